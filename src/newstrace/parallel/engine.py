"""What every parallel engine shares: cutting the input into jobs, retrying the jobs of
workers that died, and handing outcomes to the single writer in input order.

Order: workers finish jobs in any order; outcomes are released in the order the
articles were read (a reorder buffer of at most ``workers x lookahead_per_worker``
units, each one ``nlp.pipe`` batch of the input). The store links a near-duplicate to
the copy stored first, so writing in input order is what makes a parallel run store the
same records as a run in one process.

Job sizes: a unit is cut where one process cuts its batches (so outcomes come out in
that process's order, read errors included), and handed out in jobs of a size chosen
to keep every worker fed (``job_size``): small first jobs while the cost of an article
is not known, then jobs of about ``job_seconds`` of work, and smaller and smaller ones
once the end of the input is in sight, so that the workers finish together. A job's
articles are one spaCy batch in its worker; the pipeline's output does not depend on
which texts share a batch (its CNN layers pad between texts), so every job size stores
the same records (checked by the tests and by benchmarks/scale on every run).
"""
from __future__ import annotations

import math
import statistics
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from newstrace.failures import ExtractionError
from newstrace.parallel.config import ParallelConfig
from newstrace.parallel.work import JobResult
from newstrace.record import Article, Record
from newstrace.settings import Settings
from newstrace.sources import SourceError

Outcome = Record | SourceError | ExtractionError


class EngineError(RuntimeError):
    """The engine cannot go on (no scheduler, no workers, mismatched versions): one line
    for the user; every batch already committed stays stored."""


class EngineLost(EngineError):
    """The engine went away in the middle of a run (the Dask scheduler stopped)."""


@dataclass(frozen=True)
class JobFailed:
    """A job that produced no records: its worker died, or the job raised."""

    reason: str
    final: bool = False  # the engine has already retried it (Dask's allowed-failures)


@dataclass(eq=False)
class Unit:
    """A stretch of the input: the articles of one nlp.pipe batch, cut where a run in one
    process cuts its batches, and what passed by spaCy on the way (read errors, texts too
    long, articles in a language not read). Released as a whole, in that process's order:
    what passed by first, then the records."""

    seq: int
    passed: list[Outcome]
    articles: list[Article]
    outcomes: dict[int, Outcome] = field(default_factory=dict)
    handed_out: int = 0  # articles [0, handed_out) are in jobs already

    @property
    def unassigned(self) -> int:
        return len(self.articles) - self.handed_out

    @property
    def done(self) -> bool:
        return len(self.outcomes) == len(self.articles)

    def in_order(self) -> Iterator[Outcome]:
        yield from self.passed
        for index in range(len(self.articles)):
            yield self.outcomes[index]


@dataclass(eq=False)
class Job:
    """Articles of one unit sent to one worker (a stretch of it, or one when retried alone)."""

    unit: Unit
    indices: list[int]
    attempts: int = 0

    @property
    def articles(self) -> list[Article]:
        return [self.unit.articles[i] for i in self.indices]


@dataclass
class EngineStats:
    """What the engine saw: for the end-of-run line and the benchmarks."""

    jobs: int = 0
    articles: int = 0
    retried_jobs: int = 0
    died_articles: int = 0
    work_s: float = 0.0                     # extraction time summed over workers
    peak_rss_mb: dict[str, float] = field(default_factory=dict)  # per worker process
    peak_pss_mb: dict[str, float] = field(default_factory=dict)  # per worker process (shared pages in shares)
    started: float = field(default_factory=time.perf_counter)
    ready: float | None = None              # when the workers were up (start() returned)
    first_result: float | None = None
    job_sizes: list[int] = field(default_factory=list)               # articles per job, in hand-out order
    last_result: dict[str, float] = field(default_factory=dict)      # per worker: when its last job came back
    per_article_s: deque = field(default_factory=lambda: deque(maxlen=16))  # recent jobs' seconds per article

    def record(self, result: JobResult) -> None:
        now = time.perf_counter()
        self.jobs += 1
        self.articles += len(result.outcomes)
        self.work_s += result.seconds
        self.peak_rss_mb[result.worker] = max(self.peak_rss_mb.get(result.worker, 0.0), result.peak_rss_mb)
        self.peak_pss_mb[result.worker] = max(self.peak_pss_mb.get(result.worker, 0.0), result.pss_mb)
        self.last_result[result.worker] = now
        if result.outcomes:
            self.per_article_s.append(result.seconds / len(result.outcomes))
        if self.first_result is None:
            self.first_result = now


class Engine:
    """Base of the local pool and the Dask engine. Subclasses start and stop workers,
    say how many jobs they can take now, take a job, and return finished ones."""

    def __init__(self, config: ParallelConfig | None = None):
        self.config = config or ParallelConfig.load()
        self.stats = EngineStats()
        self.ending = False  # the input's end has been read: the last jobs are being handed out

    # What a subclass provides -------------------------------------------------------

    def describe(self) -> str:
        raise NotImplementedError

    def begin(self, items: Iterator[Article | SourceError], settings: Settings) -> Iterator[Article | SourceError]:
        """Set off what takes long to start (worker processes loading the pipeline, a
        cluster) without waiting for it, so that it loads while the caller opens its store
        and reads; ``start`` then waits for it. Returns ``items`` unchanged (an engine may
        read a few ahead to decide whether the input is worth starting workers for)."""
        return items

    def start(self, settings: Settings) -> None:
        raise NotImplementedError

    def workers(self) -> int:
        """Worker slots now (jobs that run at the same time)."""
        raise NotImplementedError

    def capacity(self) -> int:
        """Jobs the engine would take now without queueing them behind others."""
        raise NotImplementedError

    def submit(self, job: Job) -> None:
        raise NotImplementedError

    def collect(self) -> list[tuple[Job, JobResult | JobFailed]]:
        """Block until at least one submitted job has finished or failed."""
        raise NotImplementedError

    def close(self) -> None:
        """Stop what this engine started (an engine only connected to leaves it running)."""

    def memory_line(self) -> str:
        peaks = self.stats.peak_rss_mb
        if not peaks:
            return ""
        return (f"{len(peaks)} worker process(es), peak memory {min(peaks.values()):.0f}-"
                f"{max(peaks.values()):.0f} MiB each")

    # The driver ---------------------------------------------------------------------

    def extract(self, items: Iterable[Article | SourceError], settings: Settings) -> Iterator[Outcome]:
        """Outcomes for the items, in the order a run in this process gives them."""
        self._settings_for_cuts = settings
        self._held: list[Article] = []
        source = iter(items)
        try:
            # The first batch is cut before waiting for the workers to be up: the writer's
            # own first-use load (the language identifier) then runs while theirs does.
            first = self._next_unit(source, 0)
            self.start(settings)
            self.stats.ready = time.perf_counter()
            yield from self._drive(source, first)
        finally:
            self.close()

    def _drive(self, source: Iterator[Article | SourceError], first: Unit | None) -> Iterator[Outcome]:
        units: dict[int, Unit] = {}     # the reorder buffer: cut, not yet released
        open_units: deque[Unit] = deque()  # units with articles not yet in a job
        next_seq = release = 0
        exhausted = first is None
        if first is not None:
            units[0], next_seq = first, 1
            open_units.append(first)
        while True:
            while self.capacity() > 0:
                # Read ahead (within the reorder buffer) until enough articles wait for
                # jobs to see the end of the input coming before the last jobs are cut.
                while not exhausted and len(units) < self.workers() * self.config.lookahead_per_worker \
                        and sum(u.unassigned for u in open_units) < self._read_ahead():
                    unit = self._next_unit(source, next_seq)
                    if unit is None:
                        exhausted = self.ending = True
                        break
                    units[unit.seq] = unit
                    next_seq += 1
                    open_units.append(unit)
                while open_units and not open_units[0].unassigned:
                    open_units.popleft()
                if not open_units:
                    break
                self._hand_out(open_units[0], open_units, exhausted)
            while release in units and units[release].done:
                yield from units.pop(release).in_order()
                release += 1
            if exhausted and not units:
                return
            if release in units:
                for job, result in self.collect():
                    self._settle(job, result)

    def job_size(self, remaining: int | None) -> int:
        """Articles for the next job: ``min_job_articles`` until a job has come back
        (the cost of an article here is not known yet, and small first jobs bring the
        first outcomes early), then about ``job_seconds`` of work at the recent cost per
        article, at least ``min_job_articles`` (on a slow or busy machine jobs would
        otherwise shrink to one article each, and their fixed costs add up) and at most
        one spaCy batch. ``remaining``: articles of the input left to hand out, once its
        end has been read (None before): the last jobs shrink with it (a share of
        ``remaining`` per worker slot, guided self-scheduling) so that no worker is left
        alone with a whole job while the others have finished.
        ``job_seconds = 0``: every job is a whole spaCy batch, cut as one process cuts
        them (for a pipeline whose output depends on which texts share a batch)."""
        batch = self._settings_for_cuts.batch_size
        if self.config.job_seconds <= 0:  # whole spaCy batches, cut as one process cuts them
            return batch
        recent = self.stats.per_article_s
        size = self.config.min_job_articles
        if recent:
            size = max(size, round(self.config.job_seconds / max(statistics.median(recent), 1e-6)))
        size = max(1, min(size, batch))
        if remaining is not None:
            slots = self.workers() * self.config.in_flight_per_worker
            size = min(size, max(1, math.ceil(remaining / slots)))
        return size

    def _read_ahead(self) -> int:
        """Articles to have cut and waiting for jobs: a spaCy batch per worker slot, so
        that the input's end is known before the last jobs are handed out."""
        return self.workers() * self.config.in_flight_per_worker * self._settings_for_cuts.batch_size

    def _hand_out(self, unit: Unit, open_units: deque[Unit], exhausted: bool) -> None:
        remaining = sum(u.unassigned for u in open_units) if exhausted else None
        size = self.job_size(remaining)
        # The unit's rest in jobs of about that size, split evenly (32 in jobs of 7: 7, 7, 6, 6, 6).
        take = math.ceil(unit.unassigned / math.ceil(unit.unassigned / size))
        job = Job(unit, list(range(unit.handed_out, unit.handed_out + take)))
        unit.handed_out += take
        self.stats.job_sizes.append(take)
        self.submit(job)

    def _next_unit(self, source: Iterator[Article | SourceError], seq: int) -> Unit | None:
        """The next batch, cut as ``nlp.pipe`` cuts it in one process: ``batch_size``
        articles, or fewer before a text long enough to be parsed in chunks, which is a
        batch of its own."""
        from newstrace.app import prepare

        settings = self._settings_for_cuts
        passed: list[Outcome] = []
        articles: list[Article] = []
        while len(articles) < settings.batch_size:
            if self._held:
                ready: Article | Outcome = self._held.pop()
            else:
                item = next(source, None)
                if item is None:
                    break
                ready = prepare(item, settings)
            if type(ready) is not Article:
                passed.append(ready)  # type: ignore[arg-type]
                continue
            if len(ready.text) > settings.chunk_chars:
                if articles:
                    self._held.append(ready)
                else:
                    articles.append(ready)
                break
            articles.append(ready)
        return Unit(seq, passed, articles) if passed or articles else None

    def _settle(self, job: Job, result: JobResult | JobFailed) -> None:
        if isinstance(result, JobResult):
            self._check_version(result)
            self.stats.record(result)
            for index, outcome in zip(job.indices, result.outcomes):
                job.unit.outcomes[index] = outcome
            return
        alone = len(job.indices) == 1
        retries = self.config.article_retries if alone else self.config.job_retries
        if not result.final and job.attempts < retries:
            self.stats.retried_jobs += 1
            self.submit(Job(job.unit, job.indices, job.attempts + 1))
        elif not alone:  # find the one article to blame: each runs alone from now on
            self.stats.retried_jobs += 1
            for index in job.indices:
                self.submit(Job(job.unit, [index]))
        else:
            index = job.indices[0]
            self.stats.died_articles += 1
            job.unit.outcomes[index] = ExtractionError(job.unit.articles[index].id, result.reason)

    @staticmethod
    def _check_version(result: JobResult) -> None:
        from newstrace import __version__

        if result.version != __version__:  # its records would differ from this writer's
            raise EngineError(f"worker {result.worker} runs newstrace {result.version}, this writer "
                              f"{__version__}: install the same version on every worker")
