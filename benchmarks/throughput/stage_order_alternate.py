"""``Newstrace.extract`` over the corpus with the reading stages run a batch at a time
(a ``pipe`` set on ``Stage`` here, as speed13 tried: stage 1 over the batch's Docs, then stage 2, ...) and Doc by Doc (all
nine stages on one Doc before the next: what spaCy does for a component without
``pipe``), alternately in one process.

    .venv/bin/python benchmarks/throughput/stage_order_alternate.py [--rounds 3] [--bare]

After a warm-up extract of the whole corpus each way, each round reads the corpus in
slices of one spaCy batch (32 articles), each slice once each way in ABBA order (as
run.py alternates its sides). Prints each round's CPU seconds per way and the medians;
the records of the two ways are compared (they must be equal). With ``--bare``, bare
spaCy (``nlp.pipe`` over the slice's texts, as run.py's bare side) takes a turn on each
slice too, and each way's own work (extract less bare spaCy) is printed.
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
from newstrace.nlp import load  # noqa: E402
from newstrace.extract import components  # noqa: E402
from newstrace.record import Record  # noqa: E402



def _batched(self, docs, batch_size=32):  # type: ignore[no-untyped-def]
    """A ``pipe`` for ``Stage`` (tried by speed13, not shipped): the stage over a
    batch of Docs, then the batch on to the next stage."""
    batch = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= batch_size:
            for d in batch:
                self(d)
            yield from batch
            batch = []
    for d in batch:
        self(d)
    yield from batch


BATCHED = _batched


def use(batched: bool) -> None:
    if batched:
        components.Stage.pipe = BATCHED  # type: ignore[method-assign]
    elif "pipe" in components.Stage.__dict__:
        del components.Stage.pipe  # spaCy checks hasattr(proc, "pipe") on every nlp.pipe call


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--bare", action="store_true", help="time bare spaCy on each slice too")
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
    bare = load(core.settings.model)
    list(bare.pipe([a.text for a in arts], batch_size=step))
    ways: list[bool | None] = [False, True] + ([None] if args.bare else [])  # None: bare spaCy
    totals: dict[bool | None, list[float]] = {way: [] for way in ways}
    for r in range(args.rounds):
        gc.collect()
        sums = {way: 0.0 for way in ways}
        for j, part in enumerate(slices):
            turn = (r + j) % len(ways)
            order = ways[turn:] + ways[:turn]
            for way in (order if (r + j) % 2 == 0 else order[::-1]):
                started = time.process_time()
                if way is None:
                    for _ in bare.pipe([a.text for a in part], batch_size=step):
                        pass
                else:
                    use(way)
                    records = [x for x in core.extract(part) if isinstance(x, Record)]
                    del records
                sums[way] += time.process_time() - started
        for way in sums:
            totals[way].append(sums[way])
        print(f"  round {r + 1}: Doc by Doc {sums[False]:.2f} s, by batch {sums[True]:.2f} s CPU"
              + (f", bare spaCy {sums[None]:.2f} s" if args.bare else ""), file=sys.stderr)
    a, b = statistics.median(totals[False]), statistics.median(totals[True])
    print(f"{len(arts)} articles, {args.rounds} rounds; records equal: {same}; load average {os.getloadavg()[0]:.1f}")
    print(f"  extract CPU s, Doc by Doc: {a:.2f}  ({', '.join(f'{x:.2f}' for x in totals[False])})")
    print(f"  extract CPU s, by batch:   {b:.2f}  ({', '.join(f'{x:.2f}' for x in totals[True])})")
    print(f"  saved: {a - b:.2f} s ({(a - b) / a:.1%} of extract)")
    if args.bare:
        own = {way: [t - s for t, s in zip(totals[way], totals[None])] for way in (False, True)}
        c = statistics.median(totals[None])
        print(f"  bare spaCy CPU s: {c:.2f}  ({', '.join(f'{x:.2f}' for x in totals[None])})")
        for way, name in ((False, "Doc by Doc"), (True, "by batch")):
            print(f"  own work, {name}: {', '.join(f'{x:.2f}' for x in own[way])} s; "
                  f"added to spaCy per round: {', '.join(f'{x / s:.1%}' for x, s in zip(own[way], totals[None]))}")
        cut = [(x - y) / x for x, y in zip(own[False], own[True])]
        print(f"  own work cut per round: {', '.join(f'{x:.1%}' for x in cut)} (median {statistics.median(cut):.1%})")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
