"""The ingest run: read -> clean -> date -> dedup -> store, one input file per transaction."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dateline.clean.cleaner import clean_document
from dateline.clean.line_stats import LineStats
from dateline.dedup.linker import LinkDecision, MatchKind, StoryLinker
from dateline.io.problems import Problem
from dateline.io.readers import discover, read_file
from dateline.records import CleanArticle, RawDocument
from dateline.settings import DEFAULT_SETTINGS, Settings
from dateline.store.store import NewArticle, Store

ProgressCallback = Callable[[str, int, int], None]


@dataclass(slots=True)
class IngestReport:
    """What one run read, kept, merged and refused; the CLI prints it as a table."""

    files_found: int = 0
    files_read: int = 0
    files_unchanged: int = 0
    documents_read: int = 0
    documents_already_stored: int = 0
    articles_stored: int = 0
    sources_added: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    stories_merged: int = 0
    articles_split: int = 0
    boilerplate_lines_removed: int = 0
    truncated_flagged: int = 0
    dated_by: Counter[str] = field(default_factory=Counter)
    undated: int = 0
    empty_after_cleaning: int = 0
    problems: list[Problem] = field(default_factory=list)
    fields_used: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def failures(self) -> Counter[str]:
        return Counter(problem.kind for problem in self.problems)


def ingest_paths(
    paths: Iterable[str | Path],
    store: Store,
    settings: Settings = DEFAULT_SETTINGS,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """Ingest files and folders into the store. Bad input is reported, never fatal."""
    report = IngestReport()
    files: list[Path] = []
    for found in discover(Path(p) for p in paths):
        if isinstance(found, Problem):
            report.problems.append(found)
        else:
            files.append(found)
    report.files_found = len(files)
    pending = [path for path in files if not _unchanged(store, path, report)]
    stats = _count_lines(pending, store, settings)
    linker = StoryLinker(store, settings.dedup)
    for number, path in enumerate(pending, start=1):
        if progress:
            progress(str(path), number, len(pending))
        _ingest_file(path, store, stats, linker, settings, report)
    with store.transaction():
        store.add_line_counts(dict(stats.batch))
    return report


def _unchanged(store: Store, path: Path, report: IngestReport) -> bool:
    try:
        status = path.stat()
    except OSError:
        return False
    if store.file_unchanged(str(path), status.st_size, status.st_mtime_ns):
        report.files_unchanged += 1
        return True
    return False


def _prose_documents(path: Path, settings: Settings) -> Iterator[RawDocument]:
    for item in read_file(path, settings.ingest):
        if isinstance(item, RawDocument) and item.is_prose:
            yield item


def _count_lines(files: list[Path], store: Store, settings: Settings) -> LineStats:
    """First pass: how many new documents carry each short line (HTML is already extracted)."""
    stats = LineStats()
    for path in files:
        if path.suffix.lower() in (".html", ".htm"):
            continue
        for document in _prose_documents(path, settings):
            if not store.has_raw_document(document.source.key):
                stats.add_document(document.text)
    stats.stored = store.line_document_counts(stats.hashes())
    return stats


def _ingest_file(
    path: Path,
    store: Store,
    stats: LineStats,
    linker: StoryLinker,
    settings: Settings,
    report: IngestReport,
) -> None:
    documents = problems = 0
    pending = 0
    store.connection.execute("BEGIN IMMEDIATE")
    try:
        for item in read_file(path, settings.ingest):
            if isinstance(item, Problem):
                problems += 1
                report.problems.append(item)
                continue
            documents += 1
            _ingest_document(item, store, stats, linker, settings, report)
            pending += 1
            if pending >= settings.ingest.commit_every:
                store.connection.execute("COMMIT")
                store.connection.execute("BEGIN IMMEDIATE")
                pending = 0
        report.files_read += 1
        try:
            status = path.stat()
            if not problems or documents:
                store.mark_file(str(path), status.st_size, status.st_mtime_ns, documents, problems)
        except OSError:
            pass
        store.connection.execute("COMMIT")
    except BaseException:
        store.connection.execute("ROLLBACK")
        raise


def _ingest_document(
    raw: RawDocument,
    store: Store,
    stats: LineStats,
    linker: StoryLinker,
    settings: Settings,
    report: IngestReport,
) -> None:
    report.documents_read += 1
    raw_key = raw.source.key
    if store.has_raw_document(raw_key):
        report.documents_already_stored += 1
        return
    if raw.source.fields_used:
        report.fields_used.setdefault(raw.source.file_path, dict(raw.source.fields_used))
    articles = clean_document(raw, stats.count, settings.clean)
    if not articles:
        report.empty_after_cleaning += 1
        report.problems.append(
            Problem(
                raw.source.file_path,
                "no main text left after cleaning",
                raw.source.locator,
                fatal=False,
            )
        )
        return
    report.articles_split += len(articles) - 1
    for article in articles:
        _store_article(article, raw_key, store, linker, report)


def _store_article(
    article: CleanArticle, raw_key: str, store: Store, linker: StoryLinker, report: IngestReport
) -> None:
    decision = linker.link(article.text)
    report.boilerplate_lines_removed += len(article.removed)
    if decision.kind is MatchKind.EXACT:
        report.exact_duplicates += 1
        if article.published:
            store.improve_publication_date(decision.article_id, article.published)
    else:
        _insert_new_text(article, decision, store, report)
    if store.add_source(
        decision.article_id, article, raw_key, decision.kind.value, decision.similarity
    ):
        report.sources_added += 1
    store.refresh_story(decision.story_id)


def _insert_new_text(
    article: CleanArticle, decision: LinkDecision, store: Store, report: IngestReport
) -> None:
    prints = decision.fingerprint
    store.insert_article(
        NewArticle(
            decision.article_id,
            article,
            prints.text_hash,
            prints.n_words,
            prints.n_shingles,
            prints.signature,
            decision.band_keys,
        ),
        decision.story_id,
    )
    report.articles_stored += 1
    report.truncated_flagged += int(article.truncated)
    if article.published:
        report.dated_by[article.published.method.value] += 1
    else:
        report.undated += 1
    if decision.kind is MatchKind.NEAR:
        report.near_duplicates += 1
        report.stories_merged += len(decision.stories_to_merge)
        store.merge_stories(decision.story_id, decision.stories_to_merge)
    store.add_provenance(
        decision.article_id, "clean", [(r.reason, r.text) for r in article.removed]
    )
    store.add_provenance(decision.article_id, "caption", [("caption", c) for c in article.captions])
    if decision.matched_article:
        detail = f"{decision.matched_article} similarity={decision.similarity:.3f}"
        store.add_provenance(decision.article_id, "dedup", [(decision.kind.value, detail)])
