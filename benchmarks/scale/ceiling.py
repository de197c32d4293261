"""What this machine allows two extracting processes, with no engine around them.

    .venv/bin/python benchmarks/scale/ceiling.py [--processes 1 2] [--repeat 2]

The speed-up targets of issue 12 compare engines end to end. Two things bound them
that no engine can remove, and this script measures both on the same input as
run.py (every article of ../shared/data/news, 276):

* **the machine's parallel ceiling**: K processes, forked from one that loaded the
  pipeline and warmed it up, each extract the same articles at the same moment (a
  barrier starts them together; nothing is stored, nothing is sent anywhere). The rate
  with K processes (K x articles / the slowest one's wall time) against one process
  says how much a second process adds on these cores when both are busy: shared caches,
  memory bandwidth, hyper-threads and the kernel take their share before any engine
  does;
* **the fixed start-up**: import newstrace, load the spaCy pipeline and warm it up (as
  each engine must before its first outcome), in wall seconds.

An engine's end-to-end speed-up with K workers on this input is at most
(start-up + T1) / (start-up + T1 / ceiling), T1 one process's extraction time: the
script prints that bound for the targets' K.
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# ../shared next to the checkout (main) or next to the worktrees' folder (wt/<branch>)
SHARED = next((p for p in (HERE.parents[2] / "shared", HERE.parents[3] / "shared") if p.is_dir()),
              HERE.parents[2] / "shared")


def read_articles():
    from newstrace.sources import SourceError, read_inputs

    files = sorted((SHARED / "data" / "news").glob("*/articles.jsonl"))
    return [a for a in read_inputs(files) if not isinstance(a, SourceError)]


def extract_all(core, articles, barrier, results) -> None:
    barrier.wait()
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in core.extract(articles):
        pass
    results.put((time.perf_counter() - wall, time.process_time() - cpu))


def run(core, articles, processes: int) -> tuple[float, float]:
    """Wall time of the slowest of ``processes`` forked extractors, and their mean CPU time."""
    context = multiprocessing.get_context("fork")
    barrier, results = context.Barrier(processes), context.Queue()
    children = [context.Process(target=extract_all, args=(core, articles, barrier, results))
                for _ in range(processes)]
    for child in children:
        child.start()
    outcomes = [results.get() for _ in children]
    for child in children:
        child.join()
    return max(w for w, _ in outcomes), sum(c for _, c in outcomes) / len(outcomes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()

    started = time.perf_counter()
    from newstrace import Newstrace
    from newstrace.parallel.work import warm_up_articles

    core = Newstrace()
    list(core.extract(warm_up_articles()))
    startup = time.perf_counter() - started
    articles = read_articles()
    print(f"{len(articles)} articles; Python {platform.python_version()} on {platform.machine()}, "
          f"{os.cpu_count()} CPUs; start-up (import, load, warm up) {startup:.1f} s", flush=True)

    best: dict[int, tuple[float, float]] = {}
    for round_ in range(args.repeat):
        for k in args.processes:
            load = os.getloadavg()[0]
            wall, cpu = run(core, articles, k)
            print(f"round {round_ + 1}: {k} process(es): wall {wall:.1f} s, CPU {cpu:.1f} s each, "
                  f"{k * len(articles) / wall:.2f} articles/s; load {load:.2f} -> {os.getloadavg()[0]:.2f}",
                  flush=True)
            if k not in best or wall < best[k][0]:
                best[k] = (wall, cpu)
    one = best.get(1)
    if one is None:
        return 0
    for k, (wall, cpu) in sorted(best.items()):
        if k == 1:
            continue
        ceiling = k * one[0] / wall
        bound = (startup + one[0]) / (startup + one[0] / ceiling)
        print(f"{k} processes vs 1: {ceiling:.2f}x the rate (best of {args.repeat}); CPU per process "
              f"{cpu:.1f} s vs {one[1]:.1f} s alone; end-to-end bound with {startup:.1f} s of start-up: "
              f"{bound:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
