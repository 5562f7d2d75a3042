"""Main-text cleaning: boilerplate lines, detokenizing, multi-article pages, paywall flags."""
