"""Settings of the parallel engines: ``data/parallel.toml``, overridden by
NEWSTRACE_PARALLEL_<KEY> environment variables."""
from __future__ import annotations

import os
from dataclasses import dataclass, fields

from newstrace.data import load_toml


@dataclass(frozen=True)
class ParallelConfig:
    lookahead_per_worker: int
    in_flight_per_worker: int
    job_seconds: float
    min_job_articles: int
    job_retries: int
    article_retries: int
    connect_timeout_s: float
    workers_timeout_s: float
    poll_s: float
    dask_local: dict  # Dask configuration of a LocalCluster started here

    @classmethod
    def load(cls) -> "ParallelConfig":
        values = dict(load_toml("parallel.toml"))
        for f in fields(cls):
            env = os.environ.get(f"NEWSTRACE_PARALLEL_{f.name.upper()}")
            if env is not None and not isinstance(values[f.name], dict):
                values[f.name] = type(values[f.name])(env)
        return cls(**values)


def default_workers() -> int:
    """The cores this process may run on (its CPU affinity, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)
