"""Exact and near-duplicate detection (MinHash LSH), story linking and provenance."""
