"""Parallel extraction: worker processes on this machine (``--workers N``) or a Dask
distributed cluster (``--cluster``), feeding the one writer of ``Newstrace.ingest``.

The core object takes an engine (``Newstrace(engine=make_engine(...))``); its
``extract`` then hands articles to the engine, which returns the outcomes in input
order, so the writer, the store and its promises (idempotent, resumable) are the same
whichever engine extracted.
"""
from __future__ import annotations

from newstrace.parallel.config import ParallelConfig, default_workers
from newstrace.parallel.engine import Engine, EngineError, EngineLost

__all__ = ["Engine", "EngineError", "EngineLost", "ParallelConfig", "default_workers", "make_engine"]


def make_engine(workers: int | None = None, cluster: str | None = None) -> Engine | None:
    """The engine for ``--workers`` / ``--cluster``: None (extract in this process) for
    one worker; a local pool for more (default: every core); Dask for a cluster."""
    if cluster:
        from newstrace.parallel.cluster import DaskEngine

        return DaskEngine(cluster)
    workers = workers or default_workers()
    if workers == 1:
        return None
    from newstrace.parallel.pool import LocalPool

    return LocalPool(workers)
