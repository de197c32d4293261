"""``Newstrace.extract`` over the corpus with the reading stages run a batch at a time
(``Stage.pipe``: stage 1 over the batch's Docs, then stage 2, ...) and Doc by Doc (all
nine stages on one Doc before the next: what spaCy does for a component without
``pipe``), alternately in one process.

    .venv/bin/python benchmarks/throughput/stage_order_alternate.py [--rounds 3]

After a warm-up extract of the whole corpus each way, each round reads the corpus in
slices of one spaCy batch (32 articles), each slice once each way in ABBA order (as
run.py alternates its sides). Prints each round's CPU seconds per way and the medians;
the records of the two ways are compared (they must be equal).
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

from newstrace import Newstrace  # noqa: E402
from newstrace.extract import components  # noqa: E402
from newstrace.record import Record  # noqa: E402

BATCHED = components.Stage.pipe


def use(batched: bool) -> None:
    if batched:
        components.Stage.pipe = BATCHED  # type: ignore[method-assign]
    elif "pipe" in components.Stage.__dict__:
        del components.Stage.pipe  # spaCy checks hasattr(proc, "pipe") on every nlp.pipe call


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    arts = articles()
    core = Newstrace()
    step = core.settings.batch_size
    slices = [arts[i:i + step] for i in range(0, len(arts), step)]
    kept: dict[bool, list[dict]] = {}
    for batched in (False, True):  # warm-up, and the records of each way
        use(batched)
        kept[batched] = [r.to_json_dict() for r in core.extract(arts) if isinstance(r, Record)]
    same = kept[False] == kept[True]
    del kept
    totals: dict[bool, list[float]] = {False: [], True: []}
    for r in range(args.rounds):
        gc.collect()
        sums = {False: 0.0, True: 0.0}
        for j, part in enumerate(slices):
            for batched in ((False, True) if (r + j) % 2 == 0 else (True, False)):
                use(batched)
                started = time.process_time()
                records = [x for x in core.extract(part) if isinstance(x, Record)]
                sums[batched] += time.process_time() - started
                del records
        for way in sums:
            totals[way].append(sums[way])
        print(f"  round {r + 1}: Doc by Doc {sums[False]:.2f} s, by batch {sums[True]:.2f} s CPU", file=sys.stderr)
    a, b = statistics.median(totals[False]), statistics.median(totals[True])
    print(f"{len(arts)} articles, {args.rounds} rounds; records equal: {same}; load average {os.getloadavg()[0]:.1f}")
    print(f"  extract CPU s, Doc by Doc: {a:.2f}  ({', '.join(f'{x:.2f}' for x in totals[False])})")
    print(f"  extract CPU s, by batch:   {b:.2f}  ({', '.join(f'{x:.2f}' for x in totals[True])})")
    print(f"  saved: {a - b:.2f} s ({(a - b) / a:.1%} of extract)")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
