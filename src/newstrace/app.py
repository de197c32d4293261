"""The one core object that the CLI, the Python API and the tests all build.

Everything goes through :class:`Newstrace`: reading articles (with its fetch policy),
extraction, evaluation, ingest, and the store's queries (``events``, ``claims``,
``entities``, ``search``, ``show``, ``provenance``, ``export``). Its errors are the
exceptions of :mod:`newstrace.errors`.

Imports are deferred to the methods that need them: a query on an SQLite store loads
neither spaCy nor SQLAlchemy (see benchmarks/coldstart).
"""
from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from newstrace.errors import StoreNotFound
from newstrace.failures import ExtractionError, WriteError
from newstrace.parallel.engine import EngineLost
from newstrace.settings import Settings
from newstrace.sources.errors import SourceError

if TYPE_CHECKING:
    import sqlite3

    from newstrace.evaluate import Report
    from newstrace.record import Article, Record
    from newstrace.sources.web import FetchPolicy
    from newstrace.store import Store, Stored, StoredArticle

if TYPE_CHECKING:
    from newstrace.stories import StoryStats


Outcome = Union["Record", SourceError, ExtractionError]
IngestOutcome = Union["Stored", SourceError, ExtractionError, WriteError]


@dataclass
class IngestStats:
    """Counts and time of one ingest, storage separated from reading and extraction."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    copies: int = 0
    failed: int = 0
    not_stored: int = 0  # of the failed: extracted but not written (a store problem)
    # one line per article stored without analysis (a language the extractors do not
    # read); the CLI prints and clears them as they come
    notes: list[str] = field(default_factory=list)
    extract_s: float = 0.0
    store_s: float = 0.0
    stories_s: float = 0.0
    _started: float = field(default_factory=time.perf_counter, repr=False)

    @property
    def done(self) -> int:
        return self.added + self.replaced + self.unchanged + self.failed

    @property
    def rate(self) -> float:
        return self.done / max(time.perf_counter() - self._started, 1e-9)

    def count(self, outcome: IngestOutcome) -> None:
        from newstrace.store import Stored

        if isinstance(outcome, Stored):
            setattr(self, outcome.status, getattr(self, outcome.status) + 1)
            self.copies += outcome.duplicate_of is not None and outcome.status == "added"
        else:
            self.failed += 1
            self.not_stored += isinstance(outcome, WriteError)


class Newstrace:
    """Reads articles, turns them into records, stores them, answers queries on them,
    and scores records against gold."""

    def __init__(self, settings: Settings | None = None, *, db: str | Path | None = None,
                 fetch: FetchPolicy | None = None, engine=None):
        """``db``: the corpus store, a PostgreSQL URL or an SQLite file (default
        NEWSTRACE_DB, else ./newstrace.sqlite); opened on first use. ``fetch``: how
        inputs from the web are fetched (default ``data/fetch.toml``). ``engine``: where
        extraction runs (``newstrace.parallel.make_engine``); None: in this process."""
        self.settings = settings or Settings.load()
        self.db = db
        self.fetch_policy = fetch
        self.engine = engine
        self._store: Store | None = None
        self._reader: sqlite3.Connection | None = None

    # The store ---------------------------------------------------------------------

    @property
    def store_url(self) -> str:
        from newstrace.store.config import resolve_url

        return resolve_url(self.db)

    @property
    def store_name(self) -> str:
        """The store for messages, password hidden."""
        return self._store.name if self._store is not None else self.store_url.split("@")[-1]

    def store_exists(self) -> bool:
        """Whether there is a store to query (an SQLite file is made only by writing)."""
        from newstrace.store.config import sqlite_path

        path = sqlite_path(self.store_url)
        return path is None or path.exists()

    @property
    def store(self) -> Store:
        """The corpus store, created and migrated to the newest schema on first use.
        Raises StoreError when it cannot be opened."""
        if self._store is None:
            from newstrace.store import Store

            self._store = Store(self.db)
        return self._store

    def open_store(self, *, create: bool = False) -> Store:
        """The store, checked now; StoreNotFound for a missing SQLite file unless ``create``."""
        if not create and not self.store_exists():
            raise StoreNotFound(f"{self.store_url.removeprefix('sqlite:///')}: no store there yet "
                                "(create one with newstrace ingest)")
        return self.store

    def store_settings(self) -> Any:
        """The store's settings (``data/store.toml``): batch size, limits, dedup."""
        from newstrace.store.config import load_config

        return load_config()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    # Queries -----------------------------------------------------------------------

    def _query_connection(self) -> Any:
        """A read-only sqlite3 connection when the store is an up-to-date SQLite file
        (no SQLAlchemy to import), else a connection of the full Store; the caller
        closes neither."""
        from newstrace.store.config import sqlite_path
        from newstrace.store.reading import open_sqlite

        path = sqlite_path(self.store_url)
        if self._store is None and path is not None:
            if self._reader is None:
                if not path.exists():
                    self.open_store()  # raises StoreNotFound
                self._reader = open_sqlite(path)
            if self._reader is not None:
                return _Borrowed(self._reader)
        return self.open_store().connect()

    def _limit(self, limit: int | None) -> int:
        cfg = self.store_settings()
        return max(1, min(limit or cfg.default_limit, cfg.max_limit))

    def events(self, *, actor: str | None = None, target: str | None = None, type: str | None = None,  # noqa: A002
               since: str | None = None, until: str | None = None, modality: str | None = None,
               limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Stored events, newest first: actor/target by canonical name (any case), PLOVER
        type, modality, since/until (YYYY-MM-DD, inclusive)."""
        from newstrace.store import reading

        with self._query_connection() as conn:
            return reading.list_events(conn, limit=self._limit(limit), offset=max(0, offset), actor=actor,
                                       target=target, type=type, since=since, until=until, modality=modality)

    def claims(self, *, speaker: str | None = None, certainty: str | None = None, text: str | None = None,
               limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Stored claims by speaker (canonical name), certainty and words of their content."""
        from newstrace.store import reading

        with self._query_connection() as conn:
            return reading.list_claims(conn, limit=self._limit(limit), offset=max(0, offset), speaker=speaker,
                                       certainty=certainty, text=text)

    def entities(self, *, name: str | None = None, type: str | None = None,  # noqa: A002
                 limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Canonical entities across the store, most reported first."""
        from newstrace.store import reading

        with self._query_connection() as conn:
            return reading.list_entities(conn, limit=self._limit(limit), offset=max(0, offset), name=name, type=type)

    def search(self, query: str, *, limit: int | None = None) -> list[dict[str, Any]]:
        """Articles whose title or text hold every word of ``query``, best match first."""
        from newstrace.store import reading

        with self._query_connection() as conn:
            return reading.search(conn, query, limit=self._limit(limit))

    def show(self, ref: str) -> list[StoredArticle]:
        """Stored articles with this source id or key (prefix); empty if none."""
        return self.open_store().show(ref)

    def article(self, ref: str) -> list[StoredArticle]:
        """Stored articles with this source id or key (prefix); empty if none."""
        return self.show(ref)

    def articles(self, *, limit: int | None = None, offset: int = 0, **filters: str | None) -> list[dict[str, Any]]:
        return self.open_store().articles(limit=limit, offset=offset, **filters)

    def entity(self, name: str, type: str | None = None) -> dict[str, Any] | None:  # noqa: A002
        return self.open_store().entity(name, type)

    def article_story(self, key: str) -> dict[str, Any] | None:
        """The story (id, title, counts) the article with this key is in; None if none yet."""
        return self.open_store().article_story(key)

    def counts(self) -> dict[str, int]:
        return self.open_store().counts()

    def provenance(self, ref: str) -> list[dict[str, Any]]:
        """One row per stored item of the articles ``ref`` names, with its offsets and the
        text they cover: where each entity mention, event and claim stands."""
        rows: list[dict[str, Any]] = []
        found: list[dict[str, Any]]
        for stored in self.show(ref):
            r = stored.record
            found = [{"article": r.id, "kind": "mention", "item": e.id, "label": e.name, "start": s, "end": t}
                     for e in r.entities for s, t in e.mentions]
            found += [{"article": r.id, "kind": "event", "item": v.id,
                       "label": f"{v.type} {v.actor or ''} -> {v.target or ''}",
                       "start": v.sentence_span[0], "end": v.sentence_span[1]} for v in r.events]
            found += [{"article": r.id, "kind": "claim", "item": c.id, "label": f"{c.speaker or ''}: {c.content}",
                       "start": c.content_span[0], "end": c.content_span[1]} for c in r.claims]
            rows += [{**row, "text": r.text[row["start"]:row["end"]]} for row in found]
        return rows

    def export(self, fmt: str, out: str | Path) -> int:
        """Write the whole store as ``fmt`` (jsonl, csv, parquet, graphml); returns how
        many articles (edges, for graphml) were written."""
        return self.open_store().export(fmt, Path(out))

    # Reading and extraction --------------------------------------------------------

    def read(self, inputs: Iterable[str | Path | Article]) -> Iterator[Article | SourceError]:
        """Articles from files, folders, URLs, feeds or WARC files, fetched by this
        object's fetch policy (one fetcher for the whole batch); Article objects (posted
        to the REST API) pass through as they are. An input that cannot be read is
        yielded as SourceError."""
        from newstrace.record import Article
        from newstrace.sources.route import read_inputs
        from newstrace.sources.web import Fetcher

        with Fetcher(self.fetch_policy) as fetcher:
            for item in inputs:
                if isinstance(item, Article):
                    yield item
                else:
                    yield from read_inputs([item], fetcher=fetcher)

    def extract(self, articles: Iterable[Article | SourceError]) -> Iterator[Outcome]:
        """Records for the articles, in order; read errors pass through, and an article
        whose analysis fails becomes an ExtractionError instead of stopping the batch.
        An article in a language not in ``settings.languages`` gets a record with that
        ``language`` and nothing extracted (:meth:`unread_language` tells)."""
        if self.engine is not None:  # worker processes or a cluster, same outcomes in the same order
            yield from self.engine.extract(articles, self.settings)
            return
        from newstrace.record import Article, Record

        # read errors, and records of articles in a language the extractors do not read,
        # pass by spaCy and come out in their place
        errors: list[SourceError | ExtractionError | Record] = []
        settings = self.settings

        def articles_only() -> Iterator[Article]:
            for item in articles:
                ready = prepare(item, settings)
                if type(ready) is Article:
                    yield ready
                else:
                    errors.append(ready)  # type: ignore[arg-type]

        from newstrace import nlp, pipeline

        s = self.settings
        docs = nlp.pipe(articles_only(), model=s.model, batch_size=s.batch_size, stages=s.stage_factories(),
                        time_limit_s=s.article_time_limit_s, summary_sentences=s.summary_sentences,
                        chunk_chars=s.chunk_chars)
        for article, doc in docs:
            while errors:
                yield errors.pop(0)
            try:
                record = pipeline.build_record(article, doc)
            except pipeline.ReadingFailed as exc:  # one bad article never stops a batch
                yield ExtractionError(article.id, str(exc))
            except Exception as exc:
                yield ExtractionError(article.id, f"{type(exc).__name__}: {exc}")
            else:
                yield record
        yield from errors

    def unread_language(self, record: Record) -> str | None:
        """One line when the record's language is one the extractors do not read, else None."""
        if record.language in self.settings.languages:
            return None
        return (f"{record.id}: language {record.language!r} detected; not analysed (newstrace reads "
                f"{', '.join(self.settings.languages)}), kept without entities, events or claims")

    def extract_paths(self, inputs: Iterable[str | Path]) -> Iterator[Outcome]:
        return self.extract(self.read(inputs))

    def extract_text(self, text: str, **metadata: str | None) -> Record:
        """One record from one text: the shortest way in for Python users."""
        from newstrace.record import Article, Record

        article = Article(id=metadata.pop("id", None) or "text", text=text, **metadata)  # type: ignore[arg-type]
        if not text.strip():  # as a source file with no text: refused by name
            raise ValueError(f"{article.id}: is empty")
        outcome = next(self.extract([article]))
        if isinstance(outcome, Record):
            return outcome
        raise ValueError(str(outcome))

    def evaluate(self, gold_path: Path) -> tuple[Report, list[Record]]:
        """Extract the gold articles' texts (with their metadata) and score the records."""
        from newstrace.evaluate import load_gold, score
        from newstrace.record import Article, Record

        golds = load_gold(gold_path)
        articles = [
            Article(id=str(g["id"]), title=g.get("title"), url=g.get("url"), source=g.get("source"),
                    published=g.get("published"), text=g["text"])
            for g in golds
        ]
        records = [r for r in self.extract(articles) if isinstance(r, Record)]
        return score(golds, [r.to_json_dict() for r in records]), records

    def ingest(self, inputs: Iterable[str | Path], *, commit_every: int | None = None,
               stats: IngestStats | None = None, stories: bool = True) -> Iterator[IngestOutcome]:
        """Read, extract and store articles; yields what happened to each.

        Articles already stored by this newstrace version (or a newer one) are not
        extracted again; those stored by an older version are re-extracted and replaced.
        Records are written ``commit_every`` at a time, one transaction per batch, so an
        interrupted ingest keeps every finished batch and a re-run picks up after it.
        With ``stories`` (default), each committed batch's articles then join a story
        or open one (docs/STORIES.md).
        """
        from newstrace import __version__
        from newstrace.record import Article, Record
        from newstrace.store import Stored

        read: Iterator[Article | SourceError] = iter(self.read(inputs))
        if self.engine is not None:  # workers start loading now, while the store opens
            read = self.engine.begin(read, self.settings)
        store = self.open_store(create=True)
        if self.engine is not None:
            _import_writer_modules(stories)
        commit_every = commit_every or store.config.commit_every
        stats = stats if stats is not None else IngestStats()
        skipped: list[Stored] = []
        lookup_s = 0.0

        def to_extract() -> Iterator[Article | SourceError]:
            # Checked a chunk at a time: one query per chunk, not per article.
            nonlocal lookup_s
            seen: set[str] = set()
            chunk: list[Article | SourceError] = []
            while True:
                chunk = [item for _, item in zip(range(commit_every), read)]
                if not chunk:
                    return
                started = time.perf_counter()
                keys = {id(a): store.key(a.text, a.url) for a in chunk if isinstance(a, Article)}
                versions = store.versions(keys.values())
                lookup_s += time.perf_counter() - started
                for item in chunk:
                    key = keys.get(id(item))
                    if isinstance(item, Article) and key is not None \
                            and (key in seen or _current(versions.get(key), __version__)):
                        skipped.append(Stored(item.id, key, "unchanged"))
                        continue
                    if key is not None:
                        seen.add(key)
                    yield item

        pending: list[Record] = []

        def flush() -> Iterator[IngestOutcome]:
            started = time.perf_counter()
            results = store.write(pending, version=__version__) if pending else []
            stats.store_s += time.perf_counter() - started
            pending.clear()
            if stories:
                started = time.perf_counter()
                self.update_stories(refresh_keys=[r.key for r in results
                                                  if isinstance(r, Stored) and r.status == "replaced"])
                stats.stories_s += time.perf_counter() - started
            for result in results:
                stats.count(result)
                yield result

        outcomes = self.extract(to_extract())
        while True:
            started, before = time.perf_counter(), lookup_s
            try:
                outcome = next(outcomes, None)
            except EngineLost:  # keep what was extracted: stored now, not redone on the re-run
                yield from flush()
                raise
            stats.extract_s += time.perf_counter() - started - (lookup_s - before)
            stats.store_s += lookup_s - before
            while skipped:
                stats.count(skipped[0])
                yield skipped.pop(0)
            if outcome is None:
                break
            if isinstance(outcome, Record):
                note = self.unread_language(outcome)
                if note:
                    stats.notes.append(note)
                pending.append(outcome)
                if len(pending) >= commit_every:
                    yield from flush()
            else:
                stats.count(outcome)
                yield outcome
        yield from flush()

    # Stories (docs/STORIES.md) ----------------------------------------------------

    def update_stories(self, *, rebuild: bool = False, refresh_keys: Iterable[str] = (),
                       on_progress=None) -> "StoryStats":
        """Put every stored article without a story into one (``rebuild``: cluster the
        whole store again from scratch); ``refresh_keys``: re-extracted articles whose
        stories' details are rebuilt."""
        from newstrace import stories

        return stories.update(self.store, rebuild=rebuild, refresh_keys=refresh_keys, on_progress=on_progress)

    def stories(self, *, since: str | None = None, until: str | None = None, entity: str | None = None,
                type: str | None = None, min_sources: int | None = None, limit: int | None = None,
                update: bool = True) -> list[dict]:
        """Stories as dicts of docs/STORIES.md, most recently seen first. With ``update``
        (default) articles stored without a story are assigned first."""
        from newstrace import stories

        if update:
            self.update_stories()
        return stories.list_stories(self.store, since=since, until=until, entity=entity, type=type,
                                    min_sources=min_sources, limit=limit)

    def story(self, story_id: str) -> dict | None:
        """One story by id (or unique id prefix); None if there is none."""
        from newstrace import stories

        return stories.get_story(self.store, story_id)

    def entity_timeline(self, name: str, *, since: str | None = None, until: str | None = None) -> dict:
        """The story events an entity acts in or is the target of, across stories, in date order."""
        from newstrace import stories

        return stories.entity_timeline(self.store, name, since=since, until=until)


def prepare(item: Article | SourceError, settings: Settings) -> Article | Outcome:
    """What an input becomes before spaCy: the article (its language detected) when the
    extractors read it, else what passes by them in its place (a read error, a text too
    long, a record of an article in another language). Parallel engines call it too, so
    their batches for spaCy are cut exactly like this process's."""
    from newstrace.language import with_language
    from newstrace.record import Record

    if isinstance(item, SourceError):
        return item
    if len(item.text) > settings.max_text_chars:
        return ExtractionError(item.id, f"text of {len(item.text):,} characters is longer than "
                                        f"the {settings.max_text_chars:,} read (max_text_chars)")
    item = with_language(item, min_confidence=settings.language_min_confidence)
    return item if item.language in settings.languages else Record(**item.model_dump())


def _import_writer_modules(stories: bool) -> None:
    """Import what storing and the stories stage need, while the workers load their
    pipeline: those seconds leave a core free, whereas the same imports at the first
    batch (datasketch pulls in SciPy; the stories' stop words are spaCy's list) take
    a core from extraction."""
    import newstrace.store.write  # noqa: F401

    if stories:
        import spacy.lang.en.stop_words  # noqa: F401

        import newstrace.stories  # noqa: F401


def _current(stored_version: str | None, version: str) -> bool:
    """Whether a stored record needs no re-extraction by this version."""
    from newstrace.store.write import is_newer

    return stored_version is not None and not is_newer(version, stored_version)


class _Borrowed:
    """A connection lent to a ``with`` block without closing it at the end."""

    def __init__(self, conn: Any):
        self.conn = conn

    def __enter__(self) -> Any:
        return self.conn

    def __exit__(self, *exc: object) -> None:
        return None
