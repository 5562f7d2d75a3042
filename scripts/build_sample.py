"""Write the shipped sample corpus (src/dateline/sample/) from the fictional story texts.

Run: python scripts/build_sample.py. The output is committed; this script documents how it
was made: which copies are duplicates, excerpts, undated, or carry site furniture.
"""

from __future__ import annotations

import gzip
import html
import io
import json
import shutil
from datetime import date
from pathlib import Path

from sample_story import STORIES, Story
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUT = Path(__file__).resolve().parent.parent / "src" / "dateline" / "sample"
BY_KEY = {story.key: story for story in STORIES}

COURIER_HEAD = ["Skip to content", "Menu", "Calder Courier", "News | Business | Sport | Opinion"]
COURIER_TAIL = [
    "Share this article",
    "Related:",
    "Calder council approves new harbour bus lane",
    "Ferry fares to rise in summer",
    "Comments (14)",
    "Subscribe to the Courier from 1 crown a week.",
    "© 2025 Calder Courier. All rights reserved.",
]
GAZETTE_HEAD = ["Northshore Gazette", "Home", "Local news"]
GAZETTE_TAIL = [
    "Read more:",
    "Northshore schools to trial four-day week",
    "Weather: gales expected on coast",
    "Sign up for our morning newsletter",
    "Follow us on social media",
    "Advertisement",
]
HARBOUR_TAIL = [
    "Most read",
    "Harbour Post readers' photo of the week",
    "Click to comment",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
]


def long_date(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day:%A}, {day:%B} {day.day}, {day.year}"


def page(
    story: Story,
    head: list[str],
    tail: list[str],
    dateline: str | None,
    sep: str = "\n\n",
    paragraphs: tuple[str, ...] | None = None,
) -> str:
    lines = [*head, story.title]
    if dateline:
        lines.append(dateline)
    lines += list(paragraphs or story.paragraphs)
    lines += tail
    return sep.join(lines) + "\n"


def html_page(story: Story, meta_date: str | None, jsonld: bool = False) -> str:
    meta = (
        f'<meta property="article:published_time" content="{meta_date}T08:30:00Z">'
        if meta_date and not jsonld
        else ""
    )
    ld = ""
    if jsonld and meta_date:
        ld = (
            '<script type="application/ld+json">'
            + json.dumps(
                {"@type": "NewsArticle", "headline": story.title, "datePublished": meta_date}
            )
            + "</script>"
        )
    body = "".join(f"<p>{html.escape(p)}</p>" for p in story.paragraphs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(story.title)} | "
        f"{story.outlet}</title>{meta}{ld}<meta name='author' content='{story.outlet} staff'></head>"
        "<body><header><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/subscribe'>"
        "Subscribe</a></nav></header><main><article>"
        f"<h1>{html.escape(story.title)}</h1>{body}</article></main>"
        "<aside><h2>Most read</h2><ul><li><a href='/a'>Harbour bus lane approved</a></li></ul></aside>"
        "<footer><p>© 2025 All rights reserved.</p><p>Cookie settings</p></footer></body></html>"
    )


def api_record(story: Story, dated: bool = True) -> dict[str, str]:
    record = {
        "headline": story.title,
        "body": "\n\n".join(story.paragraphs),
        "link": f"https://{story.outlet.lower().replace(' ', '')}.example/{story.key}",
        "source": story.outlet,
    }
    if dated:
        record["published_at"] = f"{story.date}T07:00:00+01:00"
    return record


def write(name: str, text: str) -> None:
    (OUT / name).write_text(text, encoding="utf-8")


def write_warc(name: str, items: list[tuple[str, str, str]]) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for uri, content_type, payload in items:
        http_headers = StatusAndHeaders(
            "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            uri,
            "response",
            payload=io.BytesIO(payload.encode()),
            http_headers=http_headers,
            warc_headers_dict={"WARC-Date": "2025-03-28T10:00:00Z"},
        )
        writer.write_record(record)
    (OUT / name).write_bytes(buffer.getvalue())


def build() -> None:
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    (OUT / "__init__.py").write_text(
        '"""The shipped sample corpus (see scripts/build_sample.py)."""\n'
    )
    s = BY_KEY
    # The Courier's page on the first day, saved twice by the user: an exact duplicate.
    begins = page(
        s["begins"], COURIER_HEAD, COURIER_TAIL, f"Published: {long_date(s['begins'].date)}"
    )
    (OUT / "courier").mkdir()
    (OUT / "gazette").mkdir()
    (OUT / "harbour-post").mkdir()
    (OUT / "wire").mkdir()
    (OUT / "exports").mkdir()
    write("courier/strike-shuts-port.txt", begins)
    write("courier/strike-shuts-port (1).txt", begins)
    # The wire story on the vote, republished by two sites with their own furniture, and an excerpt.
    vote = s["vote"]
    write("gazette/dockworkers-vote.txt", page(vote, GAZETTE_HEAD, GAZETTE_TAIL, None))
    edited = tuple(p.replace('"', "“", 1).replace(" per cent", "%") for p in vote.paragraphs)
    write(
        "harbour-post/wire-dockworkers-vote.txt",
        page(vote, ["Harbour Post", "Wire"], HARBOUR_TAIL, f"date {vote.date}", paragraphs=edited),
    )
    write(
        "wire/vote-excerpt.txt",
        page(
            vote,
            [],
            ["Continue reading…", "Subscribe to continue reading. Already a subscriber? Log in."],
            None,
            paragraphs=vote.paragraphs[:2],
        ),
    )
    # Undated pages full of relative dates.
    write("gazette/fuel-shortages.txt", page(s["fuel"], GAZETTE_HEAD, GAZETTE_TAIL, None))
    write("courier/clashes-at-gate.txt", page(s["clashes"], COURIER_HEAD, COURIER_TAIL, None))
    write(
        "harbour-post/dockworkers-ratify.txt",
        page(s["ratified"], ["Harbour Post"], HARBOUR_TAIL, None),
    )
    # A page holding two articles.
    two = (
        page(
            s["march"], ["Harbour Post", "Calder"], ["Click to comment"], long_date(s["march"].date)
        )
        + "\n"
        + page(s["ferry"], ["Transport"], HARBOUR_TAIL, None)
    )
    write("harbour-post/front-page-2025-03-12.txt", two)
    # Date lines in the text.
    mediator = s["mediator"]
    write(
        "wire/mediator-named.txt",
        f" date {mediator.date} " + "\n\n".join(mediator.paragraphs) + "\n\nShare this article\n",
    )
    write("wire/tentative-deal.txt", page(s["deal"], [], ["Share this article"], "March 18, 2025"))
    # HTML pages with metadata dates (and one without).
    write("courier/clashes-at-gate.html", html_page(s["clashes"], s["clashes"].date))
    write("gazette/port-back-at-full-capacity.html", html_page(s["reopens"], s["reopens"].date))
    write("wire/parliament-inquiry.html", html_page(s["inquiry"], None))
    write(
        "courier/analysis-cost-of-strike.html",
        html_page(s["analysis"], s["analysis"].date, jsonld=True),
    )
    # A news-API export (JSONL), an older gzipped one, and a single saved JSON article.
    records = [
        api_record(s[key]) for key in ("vote", "fuel", "mediator", "deal", "ratified", "inquiry")
    ]
    write("exports/newsapi-2025-03.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    older = [api_record(s[key]) for key in ("begins", "march", "clashes")]
    (OUT / "exports/newsapi-2025-03-early.jsonl.gz").write_bytes(
        gzip.compress("".join(json.dumps(r) + "\n" for r in older).encode(), mtime=0)
    )
    write(
        "exports/saved-article.json",
        json.dumps(
            {
                "title": s["reopens"].title,
                "content": "\n\n".join(s["reopens"].paragraphs),
                "url": "https://gazette.example/port-full-capacity",
                "date": s["reopens"].date,
            },
            indent=1,
        ),
    )
    # A small crawl: two HTML pages and a plain-text wire item.
    write_warc(
        "exports/crawl-2025-03-28.warc.gz",
        [
            (
                "https://wire.example/deal",
                "text/html; charset=utf-8",
                html_page(s["deal"], s["deal"].date),
            ),
            (
                "https://courier.example/analysis",
                "text/html",
                html_page(s["analysis"], s["analysis"].date),
            ),
            (
                "https://harbourpost.example/ferry.txt",
                "text/plain",
                "\n\n".join(s["ferry"].paragraphs),
            ),
        ],
    )
    # Short radio items: an excerpt of the first day, and the ratification, undated.
    write(
        "harbour-post/radio-strike-begins.txt",
        page(
            s["begins"],
            ["Bay Radio News"],
            ["Listen: the morning bulletin", "Advertisement"],
            None,
            paragraphs=s["begins"].paragraphs[:3],
        ),
    )
    write("gazette/inquiry-announced.txt", page(s["inquiry"], GAZETTE_HEAD, GAZETTE_TAIL, None))
    write(
        "courier/analysis-cost-of-strike.txt",
        page(
            s["analysis"], COURIER_HEAD, COURIER_TAIL, f"Published: {long_date(s['analysis'].date)}"
        ),
    )
    # An explainer full of relative dates, with no date anywhere on the page.
    write(
        "courier/explainer-why-they-walked-out.txt",
        page(s["explainer"], COURIER_HEAD, COURIER_TAIL, None),
    )
    # An old export in Latin-1, and a UTF-16 copy saved by a Windows tool.
    (OUT / "gazette/fuel-shortages-archive.txt").write_bytes(
        page(s["fuel"], ["Northshore Gazette archive"], [], None)
        .replace("’", "'")
        .encode("latin-1")
    )
    (OUT / "wire/mediator-named-utf16.txt").write_bytes(
        page(s["mediator"], [], ["Share this article"], f"date {s['mediator'].date}").encode(
            "utf-16"
        )
    )
    # The ferry story again, on its own page.
    write(
        "harbour-post/ferry-timetable.txt",
        page(s["ferry"], ["Harbour Post", "Transport"], HARBOUR_TAIL, long_date(s["ferry"].date)),
    )
    write("wire/reopens.txt", page(s["reopens"], [], ["Share this article"], s["reopens"].date))


if __name__ == "__main__":
    build()
    print(f"wrote {sum(1 for p in OUT.rglob('*') if p.is_file())} files to {OUT}")
