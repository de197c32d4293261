"""The one core object that the CLI, the Python API and the tests all build."""
from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newstrace import pipeline
from newstrace.evaluate import Report, load_gold, score
from newstrace.failures import ExtractionError, WriteError
from newstrace.language import with_language
from newstrace.limits import time_limit
from newstrace.parallel.engine import EngineLost
from newstrace.record import Article, Record
from newstrace.settings import Settings
from newstrace.sources import SourceError, read_inputs
from newstrace.store import Store, Stored, StoredArticle
from newstrace.store.write import is_newer

if TYPE_CHECKING:
    from newstrace.stories import StoryStats


Outcome = Record | SourceError | ExtractionError
IngestOutcome = Stored | SourceError | ExtractionError | WriteError


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
        if isinstance(outcome, Stored):
            setattr(self, outcome.status, getattr(self, outcome.status) + 1)
            self.copies += outcome.duplicate_of is not None and outcome.status == "added"
        else:
            self.failed += 1
            self.not_stored += isinstance(outcome, WriteError)


class Newstrace:
    """Reads articles, turns them into records, and scores records against gold."""

    def __init__(self, settings: Settings | None = None, *, db: str | Path | None = None, engine=None):
        """``db``: the corpus store, a PostgreSQL URL or an SQLite file (default
        NEWSTRACE_DB, else ./newstrace.sqlite); opened on first use of :attr:`store`.
        ``engine``: where extraction runs (``newstrace.parallel.make_engine``); None:
        in this process."""
        self.settings = settings or Settings.load()
        self.db = db
        self.engine = engine
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        """The corpus store, created and migrated to the newest schema on first use."""
        if self._store is None:
            self._store = Store(self.db)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def read(self, inputs: Iterable[str | Path | Article]) -> Iterator[Article | SourceError]:
        """Articles from files, folders, URLs and feeds; Article objects (posted to the
        REST API) pass through as they are. One fetcher serves the whole batch."""
        from newstrace.sources.web import Fetcher

        with Fetcher() as fetcher:
            for item in inputs:
                if isinstance(item, Article):
                    yield item
                else:
                    yield from read_inputs([item], fetcher=fetcher)

    # Reading the store: the CLI, the REST API and the web pages all ask these, so they
    # give the same answers. Filters and rows are those of ``store.query``/``store.browse``.

    def events(self, *, limit: int | None = None, offset: int = 0, **filters: str | None) -> list[dict]:
        return self.store.events(limit=limit, offset=offset, **filters)

    def claims(self, *, limit: int | None = None, offset: int = 0, **filters: str | None) -> list[dict]:
        return self.store.claims(limit=limit, offset=offset, **filters)

    def entities(self, *, limit: int | None = None, offset: int = 0, **filters: str | None) -> list[dict]:
        return self.store.entities(limit=limit, offset=offset, **filters)

    def search(self, text: str, *, limit: int | None = None) -> list[dict]:
        return self.store.search(text, limit=limit)

    def articles(self, *, limit: int | None = None, offset: int = 0, **filters: str | None) -> list[dict]:
        return self.store.articles(limit=limit, offset=offset, **filters)

    def article(self, ref: str) -> list[StoredArticle]:
        """Stored articles with this source id or key (prefix); empty if none."""
        return self.store.show(ref)

    def entity(self, name: str, type: str | None = None) -> dict | None:  # noqa: A002
        return self.store.entity(name, type)

    def article_story(self, key: str) -> dict | None:
        """The story (id, title, counts) the article with this key is in; None if none yet."""
        return self.store.article_story(key)

    def counts(self) -> dict[str, int]:
        return self.store.counts()

    def extract(self, articles: Iterable[Article | SourceError]) -> Iterator[Outcome]:
        """Records for the articles, in order; read errors pass through, and an article
        whose analysis fails becomes an ExtractionError instead of stopping the batch.
        An article in a language not in ``settings.languages`` gets a record with that
        ``language`` and nothing extracted (:meth:`unread_language` tells)."""
        if self.engine is not None:  # worker processes or a cluster, same outcomes in the same order
            yield from self.engine.extract(articles, self.settings)
            return
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
                    errors.append(ready)

        from newstrace import nlp

        docs = nlp.pipe(articles_only(), model=self.settings.model, batch_size=self.settings.batch_size,
                        chunk_chars=self.settings.chunk_chars)
        for article, doc in docs:
            while errors:
                yield errors.pop(0)
            try:
                with time_limit(self.settings.article_time_limit_s):
                    record = pipeline.build_record(article, doc, self.settings)
            except Exception as exc:  # one bad article never stops a batch
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
        article = Article(id=metadata.pop("id", None) or "text", text=text, **metadata)
        outcome = next(self.extract([article]))
        if isinstance(outcome, Record):
            return outcome
        raise ValueError(str(outcome))

    def evaluate(self, gold_path: Path) -> tuple[Report, list[Record]]:
        """Extract the gold articles' texts (with their metadata) and score the records."""
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

        store = self.store
        commit_every = commit_every or store.config.commit_every
        stats = stats if stats is not None else IngestStats()
        skipped: list[Stored] = []
        lookup_s = 0.0

        def to_extract() -> Iterator[Article | SourceError]:
            # Checked a chunk at a time: one query per chunk, not per article.
            nonlocal lookup_s
            seen: set[str] = set()
            chunk: list[Article | SourceError] = []
            items = iter(self.read(inputs))
            while True:
                chunk = [item for _, item in zip(range(commit_every), items)]
                if not chunk:
                    return
                started = time.perf_counter()
                keys = {id(a): store.key(a.text, a.url) for a in chunk if isinstance(a, Article)}
                versions = store.versions(keys.values())
                lookup_s += time.perf_counter() - started
                for item in chunk:
                    key = keys.get(id(item))
                    if key is not None and (key in seen or _current(versions.get(key), __version__)):
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
    if isinstance(item, SourceError):
        return item
    if len(item.text) > settings.max_text_chars:
        return ExtractionError(item.id, f"text of {len(item.text):,} characters is longer than "
                                        f"the {settings.max_text_chars:,} read (max_text_chars)")
    item = with_language(item, min_confidence=settings.language_min_confidence)
    return item if item.language in settings.languages else Record(**item.model_dump())


def _current(stored_version: str | None, version: str) -> bool:
    """Whether a stored record needs no re-extraction by this version."""
    return stored_version is not None and not is_newer(version, stored_version)
