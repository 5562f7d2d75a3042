"""Date selection, event grouping, summarization and evaluation of timelines."""
