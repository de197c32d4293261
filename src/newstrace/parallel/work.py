"""What runs inside a worker process, local or Dask: extract a job's articles with the
spaCy pipeline this process loaded once, and say how much memory the process holds."""
from __future__ import annotations

import os
import resource
import socket
import threading
import time
from dataclasses import dataclass, replace

from newstrace.record import Article
from newstrace.settings import Settings

# One core object per process and settings: the spaCy pipeline is loaded on first use
# and kept (nlp.load caches it per model name).
_cores: dict[str, object] = {}  # by repr(settings): Settings holds dicts, so it cannot be a key
# A Dask worker may run several threads; spaCy's pipeline is not meant to be shared by
# threads that run at once, and the GIL would gain nothing from it anyway.
_one_at_a_time = threading.Lock()


@dataclass(frozen=True)
class JobResult:
    outcomes: list            # Record | ExtractionError per article, in the job's order
    worker: str               # host:pid of the process that did the work
    version: str              # newstrace version that extracted (must match the writer's)
    seconds: float            # time spent extracting, loading the pipeline included
    peak_rss_mb: float        # the process's peak resident memory so far
    pss_mb: float = 0.0       # its proportional share of memory now: pages shared with the other workers
                              # (forked from one warm server) count for a share each


def extract_job(articles: list[Article], settings: Settings) -> JobResult:
    from newstrace import __version__

    with _one_at_a_time:
        started = time.perf_counter()
        outcomes = list(core_for(settings).extract(articles))
        return JobResult(outcomes, worker_name(), __version__, time.perf_counter() - started, peak_rss_mb(),
                         pss_mb())


def core_for(settings: Settings):
    """This process's core object for these settings, its pipeline loaded and its
    extractors warmed up on a short text: lexicons and parsers load lazily on first use,
    and that one-off cost must not count against the first real article's time limit."""
    from newstrace.app import Newstrace

    core = _cores.get(repr(settings))
    if core is None:
        # without the time limit: a lazy load cut short by it stays half done, and every
        # later article would pay for it again (and run out of time)
        list(Newstrace(replace(settings, article_time_limit_s=0)).extract(warm_up_articles()))
        core = _cores[repr(settings)] = Newstrace(settings)
    return core


# The writer hands its settings to the forkserver's preload (newstrace.parallel.preload)
# in this environment variable, for the moment the server is started.
SETTINGS_ENV = "NEWSTRACE_PARALLEL_PRELOAD_SETTINGS"


def start_warm_forkserver(settings: Settings, preload: list[str]) -> None:
    """Start this process's forkserver (if it is not running yet) with the pipeline for
    ``settings`` loaded and warm, so that the workers it forks need not load their own.
    Returns at once: the server loads while the caller goes on (opening the store,
    reading the input); forking the first worker waits for it. ``preload``: modules the
    server imports first (the caller's ``__main__``, the engine's runtime)."""
    import base64
    import multiprocessing
    import pickle
    from multiprocessing import forkserver

    if "forkserver" not in multiprocessing.get_all_start_methods():  # not Unix: spawn, no sharing
        return
    multiprocessing.get_context("forkserver").set_forkserver_preload([*preload, "newstrace.parallel.preload"])
    # A server that is already running (a second engine in this process) keeps what it
    # loaded; workers whose settings differ from it load their own (core_for).
    os.environ[SETTINGS_ENV] = base64.b64encode(pickle.dumps(settings)).decode("ascii")
    try:
        forkserver.ensure_running()
    finally:
        os.environ.pop(SETTINGS_ENV, None)


def warm_up_articles() -> list[Article]:
    """The bundled sample articles: real reports, so they reach the lazy paths (dates,
    quotes, events, countries) that a made-up sentence would not."""
    import json
    from importlib import resources

    folder = resources.files("newstrace").joinpath("samples")
    return [Article(**{k: v for k, v in json.loads(f.read_text("utf-8")).items() if k in Article.model_fields})
            for f in sorted(folder.iterdir(), key=lambda f: f.name) if f.name.endswith(".json")]


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# PSS costs a walk over every page of the process (about 5 ms for a worker holding the
# pipeline): read at most this often, the last figure reported in between. Jobs of a
# second or less would otherwise spend a few milliseconds each on it.
PSS_EVERY_S = 5.0
_pss_read: list[float] = [float("-inf"), 0.0]  # when, what


def pss_mb() -> float:
    """Proportional set size of this process in MiB (0 where /proc does not tell), read
    at most every ``PSS_EVERY_S`` seconds."""
    now = time.monotonic()
    if now - _pss_read[0] >= PSS_EVERY_S:
        _pss_read[:] = [now, _read_pss_mb()]
    return _pss_read[1]


def _read_pss_mb() -> float:
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0.0


def serve(conn, settings: Settings) -> None:
    """Main loop of a local pool's worker process: load the pipeline, then take jobs
    from the pipe until the writer closes it or sends None. A thread takes the jobs off
    the pipe as they come (the writer sends the next one while this one runs), so the
    writer never blocks on a full pipe while the worker blocks sending it a result."""
    import queue
    import signal

    # Ctrl-C reaches the whole process group; the writer decides what happens then.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        core_for(settings)
    except Exception as exc:  # e.g. the model is not installed: the writer reports it
        conn.send(("error", exc))
        return
    jobs: queue.SimpleQueue = queue.SimpleQueue()

    def receive() -> None:
        while True:
            try:
                job = conn.recv()
            except (EOFError, OSError):  # the writer is gone
                job = None
            jobs.put(job)
            if job is None:
                return

    threading.Thread(target=receive, name="newstrace-jobs", daemon=True).start()
    conn.send(("ready", worker_name()))
    while True:
        job = jobs.get()
        if job is None:
            return
        try:
            result = extract_job(job, settings)
        except Exception as exc:  # the job fails, not the worker: its articles are retried one by one
            message: tuple = ("raised", f"{type(exc).__name__}: {exc}")
        else:
            message = ("done", result)
        try:
            conn.send(message)
        except (BrokenPipeError, OSError):
            return
