"""The FastAPI app: JSON API and the browser UI over one store."""

from __future__ import annotations

import json
import re
import tempfile
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from pydantic import BaseModel, Field

from dateline.api.builder import TimelineBuilder
from dateline.api.cache import TimelineCache, store_version
from dateline.api.security import SecurityMiddleware, require_token
from dateline.ingest import ingest_paths
from dateline.io.timeline_exports import FORMATS
from dateline.store import Store, open_store
from dateline.store.browse import (
    article_with_duplicates,
    corpus_stats,
    list_stories,
    search_articles,
)
from dateline.time.period import first_day, last_day
from dateline.timeline.service import check_date_range, check_query

DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024
# Past SQLite's 64-bit integers an offset would fail the query (a 500); no page lies that far.
Offset = Annotated[int, Query(ge=0, le=2**62)]
STATIC = resources.files("dateline.web") / "static"
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_MEDIA_TYPES = {
    "md": "text/markdown",
    "csv": "text/csv",
    "tilse": "text/plain",
    "json": "application/json",
    "timelinejs": "application/json",
}


class UploadedArticle(BaseModel):
    text: str = Field(min_length=1)
    title: str | None = None
    url: str | None = None
    date: str | None = None
    publisher: str | None = None


class SearchResult(BaseModel):
    """One page of matching articles (id, title, published, snippet, copies, ...)."""

    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


class UploadBody(BaseModel):
    articles: list[UploadedArticle] = Field(min_length=1, max_length=10_000)


def _store(request: Request) -> Store:
    """One connection per server thread, reused across requests (reads see every commit)."""
    local = request.app.state.connections
    store = getattr(local, "store", None)
    if store is None:
        store = local.store = open_store(request.app.state.db_path)
    return store


StoreDep = Annotated[Store, Depends(_store)]


def _bound(value: str | None, name: str, read: Callable[[str], date]) -> date | None:
    """A from/to parameter read as a day or period (`read` takes its first or last day)."""
    if not value:
        return None
    try:
        return read(value)
    except ValueError as error:
        raise HTTPException(422, f"{name}: {error}") from error


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    app.state.builder.start()
    yield
    app.state.builder.close()


def create_app(
    db_path: str | Path,
    token: str | None = None,
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES,
    build_workers: int | None = None,
) -> FastAPI:
    """The app for one store. Writes need `token`; bodies above `max_upload_bytes` get 413."""
    app = FastAPI(
        lifespan=_lifespan,
        title="dateline",
        version="0.1.0",
        description="Timelines of key events from news articles, with their sources.",
    )
    app.state.db_path = Path(db_path)
    app.state.token = token
    app.state.cache = TimelineCache()
    app.state.connections = threading.local()
    app.state.builder = TimelineBuilder(app.state.db_path, build_workers)
    app.state.write_lock = threading.Lock()
    open_store(app.state.db_path).close()  # create and migrate before the first request
    app.add_middleware(SecurityMiddleware, max_body_bytes=max_upload_bytes)
    _add_api_routes(app)
    _add_page_routes(app)
    return app


def _add_api_routes(app: FastAPI) -> None:
    @app.get("/api/articles", response_model=SearchResult)
    def articles(
        store: StoreDep,
        q: str = "",
        from_: Annotated[str | None, Query(alias="from")] = None,
        to: str | None = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        offset: Offset = 0,
    ) -> JSONResponse:
        """Search stored articles (any query term; newest first)."""
        start, end = _bound(from_, "from", first_day), _bound(to, "to", last_day)
        page = search_articles(store, q, _iso(start), _iso(end), limit, offset)
        # Encoded directly: the items are plain rows, and the busiest endpoint should not pay
        # for FastAPI's generic encoder.
        return JSONResponse(
            {"total": page.total, "limit": limit, "offset": offset, "items": page.items}
        )

    @app.get("/api/articles/{article_id}")
    def article(article_id: str, store: StoreDep) -> dict[str, Any]:
        """One article with its sources, its duplicates and its cleaning provenance."""
        found = article_with_duplicates(store, article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id}")
        return found

    @app.get("/api/timeline", response_model=None)
    async def timeline(
        request: Request,
        query: str = "",
        from_: Annotated[str | None, Query(alias="from")] = None,
        to: str | None = None,
        dates: Annotated[int | None, Query(ge=1, le=200)] = None,
        sentences: Annotated[int, Query(ge=1, le=10)] = 2,
        format: Annotated[str, Query(pattern="^(" + "|".join(FORMATS) + ")$")] = "json",
    ) -> Response:
        """A timeline of the articles matching `query`; `format` as in the CLI."""
        start, end = _bound(from_, "from", first_day), _bound(to, "to", last_day)
        try:
            check_date_range(start, end)
        except ValueError as error:
            raise HTTPException(422, f"from/to: {error}") from error
        try:
            check_query(query)
        except ValueError as error:
            raise HTTPException(422, f"query: {error}") from error
        key = (query, start, end, dates, sentences, format)
        version = store_version(request.app.state.db_path)
        body = request.app.state.cache.get((*key, version))
        if body is None:
            body = await request.app.state.builder.build(key, version)
            request.app.state.cache.put((*key, version), body)
        return Response(body, media_type=_MEDIA_TYPES[format])

    @app.get("/api/stories")
    def stories(
        store: StoreDep,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Stories (groups of duplicates), largest first."""
        return {"items": list_stories(store, limit, offset)}

    @app.get("/api/stats")
    def stats(store: StoreDep) -> dict[str, Any]:
        """Totals, publication-date methods and articles per day."""
        return corpus_stats(store)

    @app.post("/api/articles", dependencies=[Depends(require_token)], status_code=201)
    async def upload(request: Request) -> dict[str, Any]:
        """Ingest uploaded articles: a JSON body {"articles": [...]} or multipart files."""
        with tempfile.TemporaryDirectory(prefix="dateline-upload-") as folder:
            saved = await _save_upload(request, Path(folder))
            # The files, not their folder: a file of an unknown type is then reported, not
            # skipped as a stray file of a folder is.
            with request.app.state.write_lock, open_store(request.app.state.db_path) as store:
                report = ingest_paths(saved, store)
        return {
            "articles_stored": report.articles_stored,
            "duplicates_merged": report.exact_duplicates + report.near_duplicates,
            "documents_read": report.documents_read,
            "problems": [problem.line().replace(folder, "upload") for problem in report.problems],
        }


async def _save_upload(request: Request, folder: Path) -> list[Path]:
    """The uploaded files (or the JSON body as one JSONL file), saved in `folder`."""
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        form = await request.form()
        files = [value for _, value in form.multi_items() if hasattr(value, "read")]
        if not files:
            raise HTTPException(422, "no files in the upload")
        saved = []
        for number, upload in enumerate(files):
            name = (
                _SAFE_NAME.sub("_", Path(upload.filename or "upload.txt").name)[-100:]
                or "upload.txt"
            )
            saved.append(folder / f"{number:04d}-{name}")
            saved[-1].write_bytes(await upload.read())
        return saved
    try:
        body = UploadBody.model_validate_json(await request.body())
    except ValueError as error:
        raise HTTPException(422, f'expected {{"articles": [{{"text": ...}}]}}: {error}') from error
    lines = [json.dumps(article.model_dump(exclude_none=True)) for article in body.articles]
    (folder / "upload.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [folder / "upload.jsonl"]


def _add_page_routes(app: FastAPI) -> None:
    def page(name: str) -> FileResponse:
        with resources.as_file(STATIC / name) as path:
            return FileResponse(path, media_type="text/html")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return page("index.html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/article/{article_id}", include_in_schema=False)
    def article_page(article_id: str) -> FileResponse:
        return page("article.html")

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> FileResponse:
        if name not in {"app.js", "article.js", "common.js", "style.css"}:
            raise HTTPException(404, "no such file")
        media = "text/css" if name.endswith(".css") else "text/javascript"
        with resources.as_file(STATIC / name) as path:
            return FileResponse(path, media_type=media)
