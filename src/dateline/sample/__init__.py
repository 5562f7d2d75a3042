"""The shipped sample corpus (see scripts/build_sample.py)."""
