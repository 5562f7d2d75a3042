"""Readers of article dumps (txt, html, json/jsonl, warc) and writers of exports."""
