"""`--workers N`: N worker processes on this machine, each loading the spaCy pipeline once.

Why not ``concurrent.futures.ProcessPoolExecutor``: when one of its processes dies, the
whole pool breaks and every job in flight fails with it, so a killed worker cannot be
told apart from its innocent neighbours. Here each worker has its own pipe and its own
jobs (the one it runs and ``in_flight_per_worker - 1`` queued behind it, so it never
waits for the writer between two): a worker that dies costs exactly its own jobs, which
are run again on a fresh process (and, if one kills that too, article by article, so
only the culprit fails).

Workers are started by a ``forkserver``: one clean, single-threaded process that imports
newstrace, loads and warms the spaCy pipeline once (newstrace.parallel.preload), and
forks a warm worker whenever one is needed. It is set off by ``begin``, before the
writer opens the store, so that it loads while the writer starts. Never a fork of the
writer, which already runs threads (the progress bar, database pools), and not
``spawn``, where every worker (and every replacement of a killed one) imports spaCy and
newstrace and loads the pipeline again: seconds each, paid N times at once when N
workers start.
"""
from __future__ import annotations

import itertools
import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from newstrace.parallel.config import ParallelConfig
from newstrace.parallel.engine import Engine, EngineError, Job, JobFailed, Outcome
from newstrace.parallel.work import JobResult, serve, start_warm_forkserver
from newstrace.record import Article
from newstrace.settings import Settings
from newstrace.sources import SourceError


@dataclass(eq=False)
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    ready: bool = False
    jobs: deque[Job] = field(default_factory=deque)  # sent to it, in the order it runs them


class LocalPool(Engine):
    def __init__(self, n_workers: int, config: ParallelConfig | None = None):
        super().__init__(config)
        if n_workers < 1:
            raise ValueError("a pool needs at least one worker")
        self.n_workers = n_workers
        self._procs: list[_Worker] = []
        self._waiting: deque[Job] = deque()
        self._settings: Settings | None = None
        self._context: Any = _context()
        self._startup_deaths = 0
        self.in_process = False  # set when the input was too small to start workers

    def describe(self) -> str:
        return "in this process" if self.in_process else f"{self.n_workers} worker processes"

    def extract(self, items: Iterable[Article | SourceError], settings: Settings) -> Iterator[Outcome]:
        # An input of one nlp.pipe batch or less would keep one worker busy and the others
        # idle, after paying for their start (each loads the pipeline): extract it here.
        source = iter(items)
        head, more = _read_past(source, settings.batch_size)
        if not more:
            from newstrace.app import Newstrace

            self.in_process = True
            yield from Newstrace(settings).extract(head)
            return
        yield from super().extract(itertools.chain(head, source), settings)

    # Engine ---------------------------------------------------------------------------

    def begin(self, items: Iterator[Article | SourceError], settings: Settings) -> Iterator[Article | SourceError]:
        # Start the forkserver, which loads the pipeline once for all workers, if the input
        # is more than one batch (extract then runs workers, unless most of it turns out
        # to be stored already).
        head, more = _read_past(items, settings.batch_size)
        if more and self._context.get_start_method() == "forkserver":
            start_warm_forkserver(settings, FORKSERVER_PRELOAD)
        return itertools.chain(head, items)

    def start(self, settings: Settings) -> None:
        self._settings = settings
        if self._context.get_start_method() == "forkserver":
            start_warm_forkserver(settings, FORKSERVER_PRELOAD)
        while len(self._procs) < self.n_workers:
            self._spawn()

    def workers(self) -> int:
        return self.n_workers

    def capacity(self) -> int:
        return self.n_workers * self._in_flight() - sum(len(w.jobs) for w in self._procs) - len(self._waiting)

    def _in_flight(self) -> int:
        # At the end, one job per worker: a job queued behind another on a busy worker
        # cannot move to one that has finished (no work stealing here), and would keep
        # its worker running alone at the very end.
        return 1 if self.ending else self.config.in_flight_per_worker

    def submit(self, job: Job) -> None:
        self._waiting.append(job)
        self._dispatch()

    def collect(self) -> list[tuple[Job, JobResult | JobFailed]]:
        finished: list[tuple[Job, JobResult | JobFailed]] = []
        while not finished:
            ready = set(wait([w.conn for w in self._procs] + [w.process.sentinel for w in self._procs]))
            for worker in list(self._procs):
                if worker.conn in ready or worker.process.sentinel in ready:
                    finished += self._read(worker)
            self._dispatch()
        return finished

    def close(self) -> None:
        for worker in self._procs:
            try:
                worker.conn.send(None)
            except OSError:
                pass
        for worker in self._procs:
            worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self._procs.clear()

    # For tests and benchmarks ---------------------------------------------------------

    def busy_pids(self) -> list[int]:
        """Processes working on a job right now."""
        return [w.process.pid for w in self._procs if w.jobs and w.process.pid]

    # Inside ---------------------------------------------------------------------------

    def _spawn(self) -> None:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=serve, args=(child, self._settings), daemon=True,
                                        name="newstrace-worker")
        process.start()
        child.close()
        self._procs.append(_Worker(process, parent))

    def _dispatch(self) -> None:
        # The least loaded ready worker first: every worker gets a job before any gets a second.
        while self._waiting:
            ready = [w for w in self._procs if w.ready and len(w.jobs) < self._in_flight()]
            if not ready:
                return
            worker = min(ready, key=lambda w: len(w.jobs))
            job = self._waiting.popleft()
            worker.jobs.append(job)
            try:
                worker.conn.send(job.articles)  # its receiving thread takes it off the pipe at once
            except OSError:
                pass  # it died: its sentinel fires and its jobs are settled as failed

    def _read(self, worker: _Worker) -> list[tuple[Job, JobResult | JobFailed]]:
        finished: list[tuple[Job, JobResult | JobFailed]] = []
        try:
            while worker.conn.poll():
                kind, payload = worker.conn.recv()
                if kind == "ready":
                    worker.ready = True
                elif kind == "error":  # the pipeline cannot load: no worker ever will
                    self.close()
                    raise payload
                elif worker.jobs:
                    job = worker.jobs.popleft()
                    finished.append((job, payload if kind == "done" else JobFailed(f"extraction raised {payload}")))
        except (EOFError, OSError):
            pass
        if not worker.process.is_alive():
            finished += self._bury(worker)
        return finished

    def _bury(self, worker: _Worker) -> list[tuple[Job, JobResult | JobFailed]]:
        """A worker process died: replace it, and report its jobs as failed."""
        worker.process.join()
        worker.conn.close()
        self._procs.remove(worker)
        cause = _exit_cause(worker.process.exitcode)
        if not worker.ready:
            self._startup_deaths += 1
            if self._startup_deaths > 2 * self.n_workers:
                self.close()
                raise EngineError(f"newstrace worker processes die while starting ({cause})")
        self._spawn()
        return [(job, JobFailed(f"its worker process died ({cause})")) for job in worker.jobs]


def _read_past(
    items: Iterator[Article | SourceError], articles_limit: int
) -> tuple[list[Article | SourceError], bool]:
    """The items up to the first that takes the article count past the limit, and whether
    the input got that far (the rest stays in ``items``)."""
    head: list[Article | SourceError] = []
    articles = 0
    for item in items:
        head.append(item)
        articles += isinstance(item, Article)
        if articles > articles_limit:
            return head, True
    return head, False


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" not in multiprocessing.get_all_start_methods():  # not Unix
        return multiprocessing.get_context("spawn")
    return multiprocessing.get_context("forkserver")


# '__main__' first: the program that starts the pool is imported once, by the server,
# instead of again in every worker; then the pipeline is loaded (start_warm_forkserver).
FORKSERVER_PRELOAD = ["__main__", "newstrace.parallel.work", "newstrace.app"]


def _exit_cause(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"
