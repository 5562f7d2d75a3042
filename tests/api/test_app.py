"""The HTTP API on a real store: endpoints, exports, tokens, size limits, headers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from dateline.api.app import create_app
from dateline.api.security import UnsafeBinding, check_binding
from dateline.cli import main
from dateline.ingest import ingest_paths
from dateline.store import open_store

TOKEN = "s3cret-token"
ARTICLE = {
    "title": "Bridge reopens",
    "date": "2021-03-04",
    "text": "The old bridge over the river reopened on Tuesday after two years of repairs, "
    "the city council said in a statement.",
}


@pytest.fixture
def db(tmp_path: Path, seeds_dir: Path) -> Path:
    path = tmp_path / "api.db"
    with open_store(path) as store:
        ingest_paths([seeds_dir], store)
    return path


@pytest.fixture
def client(db: Path) -> TestClient:
    return TestClient(create_app(db, token=TOKEN))


def _count(db: Path) -> int:
    with open_store(db) as store:
        return store.execute("SELECT COUNT(*) FROM articles").fetchone()[0]


def test_search_paginates_and_filters(client: TestClient) -> None:
    page = client.get("/api/articles", params={"q": "Haftar", "limit": 2}).json()
    assert page["total"] == 6 and len(page["items"]) == 2
    second = client.get("/api/articles", params={"q": "Haftar", "limit": 2, "offset": 2}).json()
    assert {i["id"] for i in page["items"]}.isdisjoint({i["id"] for i in second["items"]})
    dated = client.get("/api/articles", params={"from": "2020-01-01", "to": "2020-12-31"}).json()
    assert dated["items"] and all(i["published"].startswith("2020") for i in dated["items"])
    assert client.get("/api/articles", params={"from": "2020", "to": "2020"}).json() == dated
    refused = client.get("/api/articles", params={"from": "some day"})
    assert refused.status_code == 422
    assert refused.json()["detail"].startswith("from: 'some day' is not a date or period like")
    for path in ("/api/articles", "/api/stories"):  # past SQLite's integers: refused, not a 500
        assert client.get(path, params={"offset": 10**20}).status_code == 422
        assert client.get(path, params={"offset": 2**62}).json()["items"] == []


def test_article_with_sources_and_duplicates(client: TestClient) -> None:
    items = client.get("/api/articles", params={"q": "mobilisation"}).json()["items"]
    article = client.get(f"/api/articles/{items[0]['id']}").json()
    assert article["sources"] and len(article["duplicates"]) == 1
    assert client.get("/api/articles/nope").status_code == 404


def test_timeline_json_and_exports(client: TestClient) -> None:
    data = client.get("/api/timeline", params={"query": "Haftar", "dates": 4}).json()
    assert len(data["entries"]) == 4
    sentence = data["entries"][-1]["sentences"][0]
    assert sentence["context"]["sentence"] == sentence["text"]
    for fmt, marker in (
        ("md", "# Timeline: Haftar"),
        ("csv", "date,granularity,sentence"),
        ("tilse", "-" * 32),
    ):
        response = client.get("/api/timeline", params={"query": "Haftar", "format": fmt})
        assert response.status_code == 200 and marker in response.text
    assert (
        "events"
        in client.get("/api/timeline", params={"query": "Haftar", "format": "timelinejs"}).json()
    )
    assert client.get("/api/timeline", params={"format": "exe"}).status_code == 422
    in_2016 = client.get("/api/timeline", params={"query": "Haftar", "from": "2016", "to": "2016"})
    assert {e["date"][:4] for e in in_2016.json()["entries"]} == {"2016"}
    reversed_range = client.get("/api/timeline", params={"from": "2021-01-01", "to": "2020-01-01"})
    assert reversed_range.status_code == 422
    assert "ends (2020-01-01) before it starts" in reversed_range.json()["detail"]
    no_word = client.get("/api/timeline", params={"query": "((("})
    assert no_word.status_code == 422 and "no word to search for" in no_word.json()["detail"]


def test_stories_stats_and_openapi(client: TestClient) -> None:
    stories = client.get("/api/stories").json()["items"]
    assert stories[0]["size"] == 2
    stats = client.get("/api/stats").json()
    assert stats["articles"] == 6 and stats["volume"]
    paths = client.get("/openapi.json").json()["paths"]
    assert {
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/timeline",
        "/api/stories",
        "/api/stats",
    } <= set(paths)


def test_writes_need_the_token(client: TestClient, db: Path) -> None:
    before = _count(db)
    body = {"articles": [ARTICLE]}
    assert client.post("/api/articles", json=body).status_code == 401
    assert (
        client.post(
            "/api/articles", json=body, headers={"Authorization": "Bearer wrong"}
        ).status_code
        == 401
    )
    assert _count(db) == before
    done = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert done.status_code == 201 and done.json()["articles_stored"] == 1
    files = {
        "files": ("note.txt", ARTICLE["text"].replace("bridge", "tunnel").encode(), "text/plain")
    }
    uploaded = client.post("/api/articles", files=files, headers={"X-Dateline-Token": TOKEN})
    assert uploaded.status_code == 201 and _count(db) == before + 2


def test_oversized_upload_gets_413_and_stores_nothing(db: Path) -> None:
    client = TestClient(create_app(db, token=TOKEN, max_upload_bytes=2_000))
    before = _count(db)
    big = {"articles": [{**ARTICLE, "text": ARTICLE["text"] * 50}]}
    response = client.post("/api/articles", json=big, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413
    files = {"files": ("big.txt", b"x " * 5_000, "text/plain")}
    assert (
        client.post(
            "/api/articles", files=files, headers={"Authorization": f"Bearer {TOKEN}"}
        ).status_code
        == 413
    )
    assert _count(db) == before


def test_bad_upload_body_is_refused(client: TestClient) -> None:
    response = client.post(
        "/api/articles",
        content=b"{not json",
        headers={"Authorization": f"Bearer {TOKEN}", "content-type": "application/json"},
    )
    assert response.status_code == 422


def test_an_uploaded_file_of_unknown_type_is_reported_not_skipped(client: TestClient) -> None:
    files = [("files", ("notes.docx", b"PK\x03\x04 not a format we read", "application/zip"))]
    response = client.post(
        "/api/articles", files=files, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert response.status_code == 201
    [problem] = response.json()["problems"]
    assert problem.startswith("upload/0000-notes.docx: unknown file type: dateline reads .txt, ")


def test_pages_forbid_inline_scripts(client: TestClient) -> None:
    for path in ("/", "/article/x", "/api/stats"):
        policy = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    html = client.get("/").text
    assert "<script>" not in html and "onclick" not in html


def test_non_loopback_needs_a_token(db: Path) -> None:
    check_binding("127.0.0.1", None)
    check_binding("::1", None)
    with pytest.raises(UnsafeBinding):
        check_binding("0.0.0.0", None)
    check_binding("0.0.0.0", "token")
    result = CliRunner().invoke(
        main, ["serve", "--db", str(db), "--host", "0.0.0.0"], env={"DATELINE_TOKEN": ""}
    )
    assert result.exit_code != 0 and "without a token" in result.output


def test_timeline_cache_sees_new_articles(client: TestClient) -> None:
    first = client.get("/api/timeline", params={"query": "bridge"}).json()
    assert first["entries"] == []
    client.post(
        "/api/articles", json={"articles": [ARTICLE]}, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    second = client.get("/api/timeline", params={"query": "bridge"}).json()
    assert [e["date"] for e in second["entries"]] == ["2021-03-02"]
    assert json.dumps(second)  # serializable
