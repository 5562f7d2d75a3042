"""Map the common field names of news dumps onto our record fields."""

from __future__ import annotations

from typing import Any

FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article", "maintext", "full_text"),
    "title": ("title", "headline", "name"),
    "url": ("url", "link", "uri", "source_url"),
    "date": (
        "date",
        "published",
        "published_at",
        "publishedAt",
        "pubdate",
        "date_publish",
        "time",
        "timestamp",
        "dct",
        "datetime",
    ),
    "publisher": ("publisher", "source", "site", "domain", "outlet", "source_domain"),
    "author": ("author", "authors", "byline"),
    "id": ("id", "doc_id", "uuid", "guid"),
}


def map_fields(record: dict[str, Any]) -> dict[str, str]:
    """Return {our field: their key} for the keys of `record` that we understand."""
    lowered = {key.lower(): key for key in record}
    mapping: dict[str, str] = {}
    for ours, aliases in FIELD_ALIASES.items():
        for alias in aliases:
            key = lowered.get(alias.lower())
            if key is not None and record[key] not in (None, ""):
                mapping[ours] = key
                break
    return mapping


def field_text(record: dict[str, Any], mapping: dict[str, str], name: str) -> str | None:
    """The string value of one mapped field. A list is joined: the paragraphs of a text, the
    names of authors. A text must be a string or a list of them; a number is no text."""
    key = mapping.get(name)
    if key is None:
        return None
    value = record[key]
    if isinstance(value, list):
        items = [item for item in value if item and not isinstance(item, dict | list)]
        if name == "text":
            return "\n\n".join(item for item in items if isinstance(item, str))
        return ", ".join(str(item) for item in items)
    if isinstance(value, dict) or (name == "text" and not isinstance(value, str)):
        return None
    return str(value)


def describe_value(value: Any) -> str:
    """What a JSON value is, for a message: "a number", "an object"."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list without text"
    return "no text"
