"""Publication dates, temporal expressions and their normalization."""
