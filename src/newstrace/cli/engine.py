"""`--workers` and `--cluster`: the options `extract` and `ingest` share, and the engine they build."""
from __future__ import annotations

from typing import Annotated, Optional

import typer

from newstrace.parallel import Engine, make_engine

WorkersOption = Annotated[Optional[int], typer.Option(
    "--workers", "-w", min=1, help="Worker processes that extract (each loads the spaCy pipeline once). "
                                   "Default: the number of cores; 1: in this process.")]
ClusterOption = Annotated[Optional[str], typer.Option(
    "--cluster", help="Extract on Dask distributed: a scheduler address (tcp://HOST:8786) or local:N "
                      "(start a LocalCluster of N worker processes). Records are stored by this process.")]


def build_engine(workers: int | None, cluster: str | None) -> Engine | None:
    if workers and cluster:
        raise typer.BadParameter("give --workers or --cluster, not both (a cluster's workers are its own)",
                                 param_hint="--workers")
    try:
        return make_engine(workers, cluster)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--cluster") from None


def where(engine: Engine | None) -> str:
    """For the progress bar: where extraction runs."""
    return f" ({engine.describe()})" if engine is not None else ""


def engine_summary(engine: Engine | None) -> str:
    """For the end-of-run line: the workers' memory and what was retried."""
    if engine is None:
        return ""
    parts = [engine.describe()]
    if engine.memory_line():
        parts.append(engine.memory_line())
    if engine.stats.retried_jobs:
        parts.append(f"{engine.stats.retried_jobs} job(s) retried after a worker failed")
    return "; ".join(parts)
