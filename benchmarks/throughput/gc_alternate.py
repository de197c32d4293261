"""The cyclic garbage collector's share of ``Newstrace.extract`` over the corpus, with
Python's thresholds and with the pipeline's, alternately in one process.

    .venv/bin/python benchmarks/throughput/gc_alternate.py [--rounds 2]

After a warm-up extract (which, as any first batch does, freezes what is loaded and
raises the youngest generation's threshold: :func:`newstrace.nlp.freeze_long_lived`),
each round extracts the corpus run.py reads once with ``gc.set_threshold(700, 10, 10)``
(Python's default) and once with the pipeline's (``YOUNG_COLLECTION_AFTER``, 10, 10),
timing every collection with ``gc.callbacks``. CPU seconds per generation, the number
of collections, and extract's CPU time.
"""
from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import articles  # noqa: E402

from newstrace import Newstrace, nlp  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    arts = articles()
    core = Newstrace()
    list(core.extract(arts[:40]))  # models and tables loaded, long-lived objects frozen
    spent, count, started = [0.0] * 3, [0] * 3, [0.0]

    def timed(phase: str, info: dict) -> None:
        if phase == "start":
            started[0] = time.process_time()
        else:
            spent[info["generation"]] += time.process_time() - started[0]
            count[info["generation"]] += 1

    gc.callbacks.append(timed)
    settings = {"python": (700, 10, 10), "pipeline": (nlp.YOUNG_COLLECTION_AFTER, 10, 10)}
    totals: dict[str, list[float]] = {name: [] for name in settings}
    for _ in range(args.rounds):
        for name, threshold in settings.items():
            gc.set_threshold(*threshold)
            spent[:], count[:] = [0.0] * 3, [0] * 3
            before = time.process_time()
            for _ in core.extract(arts):
                pass
            extract = time.process_time() - before
            totals[name].append(sum(spent))
            print(f"{name:8s} {threshold}: extract {extract:.2f} s CPU; collections per generation {count}, "
                  f"{', '.join(f'{s:.3f}' for s in spent)} s; load average {os.getloadavg()[0]:.1f}", flush=True)
    for name, values in totals.items():
        print(f"{name:8s} all collections, median {statistics.median(values):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
