"""The ingest run: read -> clean -> date -> dedup -> store, one input file per transaction."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dateline.clean.line_stats import LineStats
from dateline.clean.lines import UNBROKEN_RUN
from dateline.dedup.linker import LinkDecision, MatchKind, StoryLinker
from dateline.io.problems import Problem, SkippedFile
from dateline.io.readers import discover, is_html, read_file
from dateline.prepare import PreparedArticle, PreparedDocument, Preparer
from dateline.records import (
    CleanArticle,
    DateMethod,
    PartialDate,
    PublicationDate,
    RawDocument,
)
from dateline.settings import DEFAULT_SETTINGS, Settings
from dateline.store.store import NewArticle, Store
from dateline.time.pubdate import (
    DateEvidence,
    date_from_evidence,
    infer_publication_date,
    read_evidence,
)
from dateline.time.sentence_dates import date_sentences

ProgressCallback = Callable[[str, int, int], None]


@dataclass(slots=True)
class IngestReport:
    """What one run read, kept, merged and refused; the CLI prints it as a table."""

    files_found: int = 0
    files_skipped: Counter[str] = field(default_factory=Counter)  # by type: images, style sheets
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
    # Absolute paths: the same file named from another folder is the same source.
    for found in discover(Path(os.path.abspath(p)) for p in paths):
        if isinstance(found, Problem):
            report.problems.append(found)
        elif isinstance(found, SkippedFile):
            report.files_skipped[found.file_type] += 1
        else:
            files.append(found)
    report.files_found = len(files)
    pending = [path for path in files if not _unchanged(store, path, report)]
    run = IngestRun(store, settings, report, _count_lines(pending, store, settings))
    try:
        for number, path in enumerate(pending, start=1):
            if progress:
                progress(str(path), number, len(pending))
            run.ingest_file(path)
    finally:
        run.close()
    with store.transaction():
        store.add_line_counts(dict(run.line_stats.batch))
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


def _count_lines(files: list[Path], store: Store, settings: Settings) -> LineStats:
    """First pass: how many new documents carry each short line (HTML is already extracted)."""
    stats = LineStats()
    for path in files:
        if is_html(path):
            continue
        for item in read_file(path, settings.ingest):
            if (
                isinstance(item, RawDocument)
                and item.is_prose
                and not store.has_raw_document(item.source.key)
            ):
                stats.add_document(item.text)
    stats.stored = store.line_document_counts(stats.hashes())
    return stats


def _no_main_text(raw: RawDocument, min_words: int) -> str:
    """Why cleaning kept nothing: too little text to be an article, or only site furniture."""
    words = len(raw.text.split())
    unbroken = sum(len(run) for run in UNBROKEN_RUN.findall(raw.text))
    if unbroken > len(raw.text) / 2:
        detail = (
            f"{unbroken:,} of its {len(raw.text):,} characters run on without a space: "
            "encoded data or links, not prose"
        )
    elif words < min_words:
        detail = f"only {words} word{'s' if words != 1 else ''} and no sentence of article text"
    else:
        detail = f"its {words} words read as headings, notices, links"
    return f"no main text left after cleaning ({detail})"


def _known_day(published: PublicationDate | None) -> bool:
    return (
        published is not None
        and published.date.day is not None
        and published.method is not DateMethod.INFERRED
    )


_MAX_WAITING = 1000  # a file of undated pages keeps the dates its first neighbour gave


def _with_captions(article: CleanArticle) -> str:
    return "\n".join([article.text, *article.captions])  # captions often carry the date


@dataclass(slots=True, frozen=True)
class _WaitingArticle:
    """A new undated article, dated for now from what came before it."""

    article_id: str
    text: str
    evidence: DateEvidence  # read once, from the text with its captions
    published: PublicationDate | None


def _as_date(value: PartialDate) -> date:
    return date(value.year, value.month or 1, value.day or 1)


class IngestRun:
    """One run over many files: the store, the corpus line counts and the report it fills."""

    def __init__(
        self, store: Store, settings: Settings, report: IngestReport, line_stats: LineStats
    ) -> None:
        self.store = store
        self.settings = settings
        self.report = report
        self.line_stats = line_stats
        self.linker = StoryLinker(store, settings.dedup)
        self.preparer = Preparer(line_stats, settings)
        self.previous_date: date | None = None  # of the last dated article in this file
        # New undated articles since then, dated again once the next dated article shows
        # where they lie.
        self.waiting: list[_WaitingArticle] = []

    def close(self) -> None:
        self.preparer.close()

    def ingest_file(self, path: Path) -> None:
        """All documents of one file, prepared in batches; committed after each batch."""
        documents = problems = 0
        self.previous_date = None
        self.waiting = []
        connection = self.store.connection
        connection.execute("BEGIN IMMEDIATE")
        try:
            batch: list[RawDocument] = []
            for item in read_file(path, self.settings.ingest):
                if isinstance(item, Problem):
                    problems += 1
                    self.report.problems.append(item)
                    continue
                documents += 1
                if self._is_new(item):
                    batch.append(item)
                if len(batch) >= self.settings.ingest.batch_size:
                    self._store_batch(batch)
                    connection.execute("COMMIT")
                    connection.execute("BEGIN IMMEDIATE")
                    batch = []
            self._store_batch(batch)
            self.report.files_read += 1
            self._mark_done(path, documents, problems)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise

    def _mark_done(self, path: Path, documents: int, problems: int) -> None:
        try:
            status = path.stat()
        except OSError:
            return
        if documents or not problems:
            self.store.mark_file(str(path), status.st_size, status.st_mtime_ns, documents, problems)

    def _is_new(self, raw: RawDocument) -> bool:
        self.report.documents_read += 1
        if self.store.has_raw_document(raw.source.key):
            self.report.documents_already_stored += 1
            return False
        if raw.source.fields_used:
            self.report.fields_used.setdefault(raw.source.file_path, dict(raw.source.fields_used))
        return True

    def _store_batch(self, batch: list[RawDocument]) -> None:
        for prepared in self.preparer.prepare(batch):
            self.store_document(prepared)

    def store_document(self, prepared: PreparedDocument) -> None:
        raw = prepared.raw
        if not prepared.articles:
            self.report.empty_after_cleaning += 1
            self.report.problems.append(
                Problem(
                    raw.source.file_path,
                    _no_main_text(raw, self.settings.clean.min_article_words),
                    raw.source.locator,
                    fatal=False,
                )
            )
            return
        self.report.articles_split += len(prepared.articles) - 1
        for article in prepared.articles:
            self.store_article(article, raw.source.key)

    def store_article(self, prepared: PreparedArticle, raw_key: str) -> None:
        article = prepared.article
        decision = self.linker.link(prepared.fingerprint, prepared.article.text)
        self.report.boilerplate_lines_removed += len(article.removed)
        if article.published is not None and article.published.date.day is not None:
            self._date_waiting(_as_date(article.published.date))
        if decision.kind is MatchKind.EXACT:
            self.report.exact_duplicates += 1
            improved = article.published is not None and self.store.improve_publication_date(
                decision.article_id, article.published
            )
            if improved and article.published is not None:
                sentences = prepared.sentences or date_sentences(
                    article.text, article.published.date
                )
                self.store.replace_sentences(decision.article_id, sentences)
        else:
            if article.published is None:
                evidence = read_evidence(_with_captions(article))
                article.published = self._infer_date(evidence, decision)
                if decision.kind is MatchKind.NEW and len(self.waiting) < _MAX_WAITING:
                    self.waiting.append(
                        _WaitingArticle(
                            decision.article_id, article.text, evidence, article.published
                        )
                    )
            self._insert_new_text(prepared, decision)
        if self.store.add_source(
            decision.article_id, article, raw_key, decision.kind.value, decision.similarity
        ):
            self.report.sources_added += 1
        self.store.refresh_story(decision.story_id)
        if decision.kind is not MatchKind.NEW and _known_day(article.published):
            self._redate_story(decision.story_id)

    def _redate_story(self, story_id: str) -> None:
        """A copy with a known date arrived: copies dated only by inference are inferred again."""
        copies = [date.fromisoformat(day) for day in self.store.story_dates(story_id)]
        for article_id, text in self.store.articles_without_known_date(story_id):
            published = infer_publication_date(text, copies=copies)
            if published is not None:
                self.store.set_inferred_date(article_id, published)
                self.store.replace_sentences(article_id, date_sentences(text, published.date))

    def _infer_date(self, evidence: DateEvidence, decision: LinkDecision) -> PublicationDate | None:
        copies = []
        if decision.kind is MatchKind.NEAR:
            copies = [date.fromisoformat(day) for day in self.store.story_dates(decision.story_id)]
        neighbours = [self.previous_date] if self.previous_date else []
        return date_from_evidence(evidence, copies=copies, neighbours=neighbours)

    def _date_waiting(self, next_day: date) -> None:
        """Undated articles since the last dated one lie between it and `next_day`."""
        if self.previous_date is not None:
            for waiting in self.waiting:
                neighbours = [self.previous_date, next_day]
                published = date_from_evidence(waiting.evidence, neighbours=neighbours)
                if published is None:
                    continue
                self.store.set_inferred_date(waiting.article_id, published)
                if waiting.published is None or published.date != waiting.published.date:
                    sentences = date_sentences(waiting.text, published.date)
                    self.store.replace_sentences(waiting.article_id, sentences)
        self.waiting = []
        self.previous_date = next_day

    def _insert_new_text(self, prepared: PreparedArticle, decision: LinkDecision) -> None:
        article = prepared.article
        store, report, prints = self.store, self.report, decision.fingerprint
        store.insert_article(
            NewArticle(
                decision.article_id,
                article,
                prints.text_hash,
                prints.n_words,
                prints.n_shingles,
                prints.signature,
                prints.band_keys,
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
        store.add_provenance(
            decision.article_id, "caption", [("caption", c) for c in article.captions]
        )
        if decision.matched_article:
            detail = f"{decision.matched_article} similarity={decision.similarity:.3f}"
            store.add_provenance(decision.article_id, "dedup", [(decision.kind.value, detail)])
        sentences = prepared.sentences
        if sentences is None:  # dated only now, by inference (or not at all)
            published = article.published.date if article.published else None
            sentences = date_sentences(article.text, published)
        store.replace_sentences(decision.article_id, sentences)
