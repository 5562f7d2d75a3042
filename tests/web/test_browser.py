"""The browser UI on the seeds, driven by Playwright in Debian's headless chromium."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dateline.ingest import ingest_paths
from dateline.store import open_store

from .conftest import RunningServer


def _seeded_store(tmp_path: Path, seeds_dir: Path) -> Path:
    db = tmp_path / "seeds.db"
    with open_store(db) as store:
        ingest_paths([seeds_dir], store)
    return db


def test_search_sources_and_article_page(
    tmp_path: Path, seeds_dir: Path, browser, shots: Path
) -> None:
    db = _seeded_store(tmp_path, seeds_dir)
    with RunningServer(db) as server:
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(server.url + "/")
        page.screenshot(path=str(shots / "1-home.png"))
        page.fill("#q", "Haftar")
        page.keyboard.press("Enter")
        page.wait_for_selector(".entry")
        entries = page.locator(".entry")
        assert entries.count() >= 5
        assert page.locator(".chart .mark").count() >= 1
        days = page.locator(".entry time").all_inner_texts()
        assert "2020-11-23" in days and days == sorted(days)
        page.screenshot(path=str(shots / "2-timeline.png"), full_page=True)

        entry = page.locator(".entry", has=page.locator("time", has_text="2020-11-23"))
        toggle = entry.locator("button.toggle")
        toggle.focus()
        page.keyboard.press("Enter")  # the sources control works from the keyboard
        assert toggle.get_attribute("aria-expanded") == "true"
        marked = entry.locator(".sources mark").first
        marked.wait_for()
        assert "announced on Monday" in marked.inner_text()
        entry.screenshot(path=str(shots / "3-sources.png"))

        entry.locator(".sources a").first.click()
        page.wait_for_selector("article h1")
        assert "Haftar" in page.locator("article h1").inner_text()
        assert "announced on Monday" in page.locator("#quoted").inner_text()
        assert page.locator(".copies tbody tr").count() >= 1
        assert "Duplicates in the same story (1)" in page.locator("article").inner_text()
        page.screenshot(path=str(shots / "4-article.png"), full_page=True)
        assert errors == []


HOSTILE_TITLE = (
    '<script>window.__pwned = "title"</script><img src=x onerror="window.__pwned=\'img\'">'
)
FILLER = "the harbour plan was approved after a long debate in the council chamber on the quay " * 2
HOSTILE_TEXT = (
    f'The council met on Tuesday and {FILLER} <script>window.__pwned = "script"</script> and '
    f"<img src=x onerror=\"window.__pwned = 'onerror'\"> today.\n"
    f"Officials said on Tuesday <a href=\"javascript:window.__pwned='link'\">click here</a> that {FILLER}.\n"
    f"Engineers said on Tuesday that {'A' * 1_000_000} was the longest word ever written, {FILLER}.\n"
)


def test_hostile_article_runs_no_script_and_keeps_the_layout(
    tmp_path: Path, browser, shots: Path
) -> None:
    corpus = tmp_path / "hostile"
    corpus.mkdir()
    (corpus / "evil.jsonl").write_text(
        __import__("json").dumps(
            {"title": HOSTILE_TITLE, "text": HOSTILE_TEXT, "date": "2021-03-03"}
        )
        + "\n"
    )
    db = tmp_path / "hostile.db"
    with open_store(db) as store:
        ingest_paths([corpus], store)
    with RunningServer(db) as server:
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(server.url + "/?query=harbour")
        page.wait_for_selector(".entry")
        for toggle in page.locator("button.toggle").all():
            toggle.click()
        assert page.evaluate("window.__pwned") is None
        assert page.locator(".entry script, .entry img, .sources script").count() == 0
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 1280
        page.screenshot(path=str(shots / "timeline.png"))
        page.goto(server.url + page.locator(".sources a").first.get_attribute("href"))
        page.wait_for_selector("article h1")
        assert page.evaluate("window.__pwned") is None
        assert "<script>" in page.locator("article h1").inner_text()  # shown as text, not run
        body = page.locator("article .body").inner_text()
        assert "<script>" in body and "onerror" in body and "paragraph cut: 1,0" in body
        assert page.locator("article .body a, article .body img, article .body script").count() == 0
        assert page.evaluate("document.documentElement.scrollWidth") <= 1280
        page.screenshot(path=str(shots / "article.png"))


def _haftar_page_edited(server: RunningServer, browser, edit: Callable[[dict], None]):  # type: ignore[no-untyped-def]
    """The Haftar timeline page, its API answer changed by `edit` on the way to the browser."""

    def edited(route) -> None:  # type: ignore[no-untyped-def]
        response = route.fetch()
        data = response.json()
        edit(data)
        route.fulfill(response=response, json=data)

    page = browser.new_page()
    page.route("**/api/timeline?*", edited)
    page.goto(server.url + "/?query=Haftar")
    return page


def test_rewritten_summary_is_shown_as_text_above_its_evidence(
    tmp_path: Path, seeds_dir: Path, browser
) -> None:
    """The API carries summaries written by a rewriter; the page shows them, never runs them."""
    summary = '<img src=x onerror="window.__pwned = 1">Haftar forces took Sirte.'

    def add_summary(data: dict) -> None:
        data["entries"][0]["summary"] = summary

    with RunningServer(_seeded_store(tmp_path, seeds_dir)) as server:
        page = _haftar_page_edited(server, browser, add_summary)
        page.wait_for_selector(".entry .rewritten")
        first = page.locator(".entry").first
        assert first.locator(".rewritten").inner_text() == summary
        assert first.locator("img").count() == 0 and page.evaluate("window.__pwned") is None
        assert page.locator(".entry .rewritten").count() == 1
        assert first.locator(".summary li").count() >= 1  # the evidence is still listed


def test_an_entry_announced_ahead_carries_a_label(tmp_path: Path, seeds_dir: Path, browser) -> None:
    def mark_last(data: dict) -> None:
        data["entries"][-1]["announced_ahead"] = True

    with RunningServer(_seeded_store(tmp_path, seeds_dir)) as server:
        page = _haftar_page_edited(server, browser, mark_last)
        page.wait_for_selector(".entry h2 .ahead")
        assert page.locator(".entry h2 .ahead").count() == 1
        label = page.locator(".entry").last.locator("h2 .ahead")
        assert label.inner_text() == "announced ahead"
        assert "published before this date" in (label.get_attribute("title") or "")


def test_the_status_line_tells_how_many_matching_stories_were_left_out(
    tmp_path: Path, seeds_dir: Path, browser
) -> None:
    def left_out(data: dict) -> None:
        data["stories_left_out"] = 169

    with RunningServer(_seeded_store(tmp_path, seeds_dir)) as server:
        page = _haftar_page_edited(server, browser, left_out)
        page.wait_for_selector(".entry")
        status = page.locator("#status").inner_text()
        assert "169 more matching stories were left out" in status, status
