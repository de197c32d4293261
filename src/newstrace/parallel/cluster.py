"""`--cluster`: extraction on Dask distributed, storage by this process.

``tcp://HOST:8786`` connects to a running scheduler (start one with ``dask scheduler``
and workers with ``dask worker tcp://HOST:8786 --nthreads 1``, each on a machine with
newstrace of the same version installed); ``local:N`` starts a ``LocalCluster`` of N
single-threaded worker processes on this machine for trying it out.

Results stream back to the one writer rather than workers writing to the database:
the default store is an SQLite file only this machine can open; near-duplicate links
and entity counts need one global order of writes (concurrent writers would race on
the LSH buckets and counters, and make the records depend on timing); and storing
costs a few milliseconds an article against about a hundred for extraction, so one
writer keeps up with dozens of workers (benchmarks/scale/README.md has the numbers
and where that stops being true).

Streaming: at most ``workers x in_flight_per_worker`` futures are in flight; the
writer waits for the first to finish (``distributed.wait(..., FIRST_COMPLETED)``, a
bounded ``as_completed``), submits the next job, and releases outcomes in input order.
Waiting in short rounds lets it notice a scheduler that went away.

Faults: a worker that dies has its tasks rescheduled by the scheduler on other
workers (up to ``distributed.scheduler.allowed-failures`` times); a job that still
fails (``KilledWorker``) is split and run article by article, so only the article that
kills workers is reported failed. A scheduler that goes away ends the run with one
line (EngineLost); the store keeps every committed batch and a re-run resumes.
"""
from __future__ import annotations

import itertools
import logging
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

from newstrace.nlp import ModelNotFound
from newstrace.parallel.config import ParallelConfig
from newstrace.parallel.engine import Engine, EngineError, EngineLost, Job, JobFailed
from newstrace.parallel.work import JobResult, extract_job, start_warm_forkserver
from newstrace.record import Article
from newstrace.settings import Settings
from newstrace.sources import SourceError

LOCAL = "local:"


def parse_cluster(spec: str) -> tuple[str | None, int | None]:
    """``local:N`` -> (None, N); a scheduler address -> (address, None)."""
    if spec.startswith(LOCAL):
        count = spec[len(LOCAL):]
        if not count.isdigit() or int(count) < 1:
            raise ValueError(f"{spec!r}: write local:N with N a number of workers, e.g. local:2")
        return None, int(count)
    if "://" not in spec:
        raise ValueError(f"{spec!r}: a Dask scheduler address like tcp://HOST:8786, or local:N")
    return spec, None


class DaskEngine(Engine):
    def __init__(self, spec: str, config: ParallelConfig | None = None):
        super().__init__(config)
        self.address, self.local_workers = parse_cluster(spec)
        self.cluster: Any = None
        self.client: Any = None
        self._futures: dict = {}
        self._settings: Settings | None = None
        self._names = (f"newstrace-extract-{uuid.uuid4().hex[:8]}-{n}" for n in itertools.count())
        self._slots = 0
        self._slots_checked = 0.0
        self._connecting: threading.Thread | None = None
        self._connect_failed: BaseException | None = None
        self._dask_config: Any = None

    def describe(self) -> str:
        if self.local_workers:
            return f"Dask LocalCluster, {self.local_workers} workers"
        return f"Dask scheduler {self.address}, {self._slots} worker threads"

    def begin(self, items: Iterator[Article | SourceError], settings: Settings) -> Iterator[Article | SourceError]:
        # Connect (or start the local cluster, whose workers load the pipeline) in the
        # background while the writer opens the store; start() waits for it.
        if self.client is None and self._connecting is None:
            self._connecting = threading.Thread(target=self._connect_in_background, args=(settings,),
                                                name="newstrace-dask-start", daemon=True)
            self._connecting.start()
        return items

    def start(self, settings: Settings) -> None:
        self._settings = settings
        if self._connecting is not None:
            self._connecting.join()
            self._connecting, failed, self._connect_failed = None, self._connect_failed, None
            if failed is not None:
                raise failed
        if self.client is None:
            self._connect(settings)
        try:
            # A LocalCluster's workers start together (forked warm): wait for all of them,
            # or the first jobs would all go to the first one up. A remote cluster's come
            # and go; the first is enough, the others are counted as they join.
            self.client.wait_for_workers(self.local_workers or 1, timeout=self.config.workers_timeout_s)
        except TimeoutError:
            self.close()
            raise EngineError(f"no worker joined the Dask scheduler at {self.address} within "
                              f"{self.config.workers_timeout_s:g} s (start some: dask worker {self.address} "
                              f"--nthreads 1)") from None
        self.workers()

    def _connect(self, settings: Settings) -> None:
        from distributed import Client, LocalCluster

        if self.local_workers:
            self._fork_warm_workers(settings)
            # No dashboard, and the scheduler's HTTP server (health checks, metrics), which
            # runs without one, on a free port rather than 8787 (another cluster's).
            self.cluster = LocalCluster(n_workers=self.local_workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=logging.ERROR,
                                        scheduler_kwargs={"dashboard": False, "dashboard_address": ":0"})
            self.client = Client(self.cluster)
        else:
            _quiet_client_logs()
            try:
                self.client = Client(self.address, timeout=f"{self.config.connect_timeout_s}s")
            except (OSError, TimeoutError) as exc:
                raise EngineError(f"cannot reach the Dask scheduler at {self.address} ({_one_line(exc)})") from None

    def _connect_in_background(self, settings: Settings) -> None:
        try:
            self._connect(settings)
        except BaseException as exc:  # noqa: BLE001 (raised again by start(), in the writer's thread)
            self._connect_failed = exc

    def _fork_warm_workers(self, settings: Settings) -> None:
        """Set the LocalCluster's Dask settings (data/parallel.toml [dask_local]) for as
        long as this engine runs, with its worker processes forked from this process's
        forkserver, the pipeline already loaded (newstrace.parallel.preload), instead of
        spawned, each importing Dask, spaCy and newstrace and then loading the pipeline on
        its first task. A worker restarted after it died is forked warm too."""
        import multiprocessing

        import dask

        if "forkserver" not in multiprocessing.get_all_start_methods():
            self._dask_config = dask.config.set(self.config.dask_local)
            return
        self._dask_config = dask.config.set({**self.config.dask_local,
                                             "distributed.worker.multiprocessing-method": "forkserver"})
        start_warm_forkserver(settings, ["__main__", "distributed", "newstrace.parallel.work", "newstrace.app"])

    def workers(self) -> int:
        """Worker threads on the cluster, asked again every second (workers come and go;
        one that joins gets jobs within a second)."""
        now = time.monotonic()
        if now - self._slots_checked > 1 or not self._slots:
            try:
                self._slots = max(1, sum(self.client.nthreads().values()))
            except Exception as exc:  # noqa: BLE001 (any comm error means the scheduler is gone)
                raise self._lost(exc) from None
            self._slots_checked = now
        return self._slots

    def capacity(self) -> int:
        return self.workers() * self.config.in_flight_per_worker - len(self._futures)

    def submit(self, job: Job) -> None:
        try:
            future = self.client.submit(extract_job, job.articles, self._settings, key=next(self._names), pure=False)
        except Exception as exc:  # noqa: BLE001
            raise self._lost(exc) from None
        self._futures[future] = job

    def collect(self) -> list[tuple[Job, JobResult | JobFailed]]:
        from distributed import KilledWorker, wait

        while True:
            try:
                done, _ = wait(list(self._futures), timeout=self.config.poll_s, return_when="FIRST_COMPLETED")
            except TimeoutError:
                done = set()
            except Exception as exc:  # noqa: BLE001 (futures cancelled when the scheduler went away, comm errors)
                raise self._lost(exc) from None
            if not done:
                if self.client.status not in ("running", "connecting", "newly-created"):
                    raise self._lost(f"client {self.client.status}")
                continue
            finished: list[tuple[Job, JobResult | JobFailed]] = []
            for future in done:
                job = self._futures.pop(future)
                if future.status == "finished":
                    finished.append((job, future.result()))
                elif future.status == "error":
                    error = future.exception()
                    if isinstance(error, ModelNotFound):
                        raise error
                    if isinstance(error, KilledWorker):
                        finished.append((job, JobFailed("the workers running it died (KilledWorker)", final=True)))
                    else:
                        finished.append((job, JobFailed(f"extraction raised {type(error).__name__}: {error}")))
                else:  # cancelled: the client lost its scheduler
                    raise self._lost(_cancel_reason(future))
                future.release()
            return finished

    def close(self) -> None:
        if self._connecting is not None:  # begun, never started: what it connected is closed below
            self._connecting.join()
            self._connecting = self._connect_failed = None
        for closable in (self.client, self.cluster):
            if closable is not None:
                try:
                    closable.close()
                except Exception:  # noqa: BLE001 (closing after the scheduler went away)
                    pass
        self.client = self.cluster = None
        self._futures.clear()
        if self._dask_config is not None:  # the multiprocessing method as it was
            self._dask_config.__exit__(None, None, None)
            self._dask_config = None

    def worker_pids(self) -> dict[str, int]:
        """Process id of each worker (for tests that kill one)."""
        import os

        return self.client.run(os.getpid)

    def _lost(self, cause: object) -> EngineLost:
        where = self.address or "the local cluster"
        self.close()
        return EngineLost(f"the Dask scheduler at {where} went away ({_one_line(cause)}); every committed batch "
                          f"is stored: run the same command again (with a scheduler) to resume")


def _cancel_reason(future) -> str:
    try:
        future.result(timeout=0)
    except BaseException as exc:  # noqa: BLE001 (only its text is wanted)
        return _one_line(exc) or type(exc).__name__
    return "cancelled"


def _one_line(cause: object) -> str:
    text = str(cause).strip()
    if "scheduler-connection-lost" in text:  # distributed's FuturesCancelledError: a paragraph
        return "connection lost"
    return text.splitlines()[0] if text else type(cause).__name__


def _quiet_client_logs() -> None:
    # The client logs every reconnection attempt; the run ends with its own one line.
    names = [n for n in logging.root.manager.loggerDict if n.split(".")[0] in ("distributed", "tornado", "asyncio")]
    for name in ["distributed", "tornado", "asyncio", *names]:
        logging.getLogger(name).setLevel(logging.CRITICAL)
