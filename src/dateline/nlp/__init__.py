"""Sentences and other annotations with character offsets."""
