"""Throughput of `newstrace extract` against the bare spaCy pipeline, same texts, one run.

    .venv/bin/python benchmarks/throughput/run.py [--repeat N] [--slice K] [--write]

Reads every article under ../shared/data/news/ (Wikinews and VOA JSONL). Times (a)
spaCy's `nlp.pipe` over the texts and (b) newstrace's whole extraction (the same
`nlp.pipe` plus entities, claims, events, summary), and reports articles/s, words/s and
newstrace's own share: (b - a) / a, in wall time and in CPU time of this process (the
CPU share is the one to read on a machine shared with other jobs, where wall time
mostly measures waiting for a CPU).

How it is kept steady (session 12; before, each side's best of N whole-corpus runs,
which moved by +-2.5 points from run to run on a quiet machine):

- the two sides alternate slice by slice, not corpus by corpus: each round reads the
  corpus in slices of K spaCy batches (default 1: 32 articles, 2-3 s each), the
  bare slice and the full slice one after the other, in ABBA order (which side goes
  first alternates from slice to slice and round to round), so a change in the machine's
  speed lasting more than a few seconds hits both sides alike;
- one untimed warm-up round first (the extractors' caches fill on the first pass over
  the corpus; the first round read 1-2 points higher than later ones);
- the collector is run before each round, and a round's records are dropped before the
  next (the previous round's records are not walked by the next round's collections);
- each round gives one ratio (full CPU / bare CPU of the same round), and the figure
  reported is the **median of the N rounds' ratios**, with their range; the seconds in
  the table are the medians of the rounds' totals per side. Also printed: each slice's
  median over the rounds, summed per side (a slice disturbed in one round drops out).

With --write, the result block is written into this folder's README.md.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import statistics
import sys
import time
from pathlib import Path

from newstrace import Newstrace
from newstrace.nlp import load
from newstrace.record import Record
from newstrace.sources import SourceError, read_inputs

HERE = Path(__file__).resolve().parent
# ../shared next to the checkout (main) or next to the worktrees' folder (wt/<branch>)
SHARED = next((p for p in (HERE.parents[2] / "shared", HERE.parents[3] / "shared") if p.is_dir()), HERE.parents[2] / "shared")
NEWS = SHARED / "data" / "news"


def articles():
    files = sorted(NEWS.glob("*/articles.jsonl"))
    out = [a for a in read_inputs(files) if not isinstance(a, SourceError)]
    if not out:
        sys.exit(f"no articles under {NEWS}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5, help="timed rounds (each reads the corpus on both sides)")
    ap.add_argument("--slice", type=int, default=1, help="spaCy batches per slice (the sides alternate per slice)")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--dump", type=Path, help="write each round's and each slice's times here (JSON)")
    args = ap.parse_args()
    arts = articles()
    words = sum(len(a.text.split()) for a in arts)
    core = Newstrace()
    nlp = load(core.settings.model)
    batch_size = core.settings.batch_size
    step = max(1, args.slice) * batch_size  # whole batches: each side parses the batches a corpus run parses
    slices = [(arts[i:i + step], [a.text for a in arts[i:i + step]]) for i in range(0, len(arts), step)]

    def bare(texts: list[str]) -> tuple[float, float]:
        t, c = time.perf_counter(), time.process_time()
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass
        return time.perf_counter() - t, time.process_time() - c

    def full(part: list, kept: list) -> tuple[float, float]:
        t, c = time.perf_counter(), time.process_time()
        kept.extend(r for r in core.extract(part) if isinstance(r, Record))
        return time.perf_counter() - t, time.process_time() - c

    rounds: list[tuple[float, float, float, float]] = []  # bare wall, full wall, bare CPU, full CPU
    by_slice: list[tuple[list[float], list[float]]] = [([], []) for _ in slices]  # bare, full CPU per round
    for r in range(args.repeat + 1):  # round 0 warms caches and lazy loads on both sides
        gc.collect()
        sums = [0.0, 0.0, 0.0, 0.0]
        records: list[Record] = []
        for j, (part, texts) in enumerate(slices):
            order = ("bare", "full") if (r + j) % 2 == 0 else ("full", "bare")
            for side in order:
                if side == "bare":
                    wall, cpu = bare(texts)
                    sums[0] += wall
                    sums[2] += cpu
                else:
                    wall, cpu = full(part, records)
                    sums[1] += wall
                    sums[3] += cpu
                if r:
                    by_slice[j][side == "full"].append(cpu)
        assert len(records) == len(arts)
        del records
        if r:
            rounds.append((sums[0], sums[1], sums[2], sums[3]))
        print(f"  round {r or 'warm-up'}: spaCy {sums[2]:.2f} s CPU, newstrace {sums[3]:.2f} s CPU, "
              f"+{sums[3] / sums[2] - 1:.1%}", file=sys.stderr)
    if args.dump:
        args.dump.write_text(json.dumps({"rounds": rounds, "by_slice": by_slice}))
    a, b, ac, bc = (statistics.median(x[k] for x in rounds) for k in range(4))
    wall_ratios = sorted(x[1] / x[0] - 1 for x in rounds)
    cpu_ratios = sorted(x[3] / x[2] - 1 for x in rounds)
    added, added_cpu = statistics.median(wall_ratios), statistics.median(cpu_ratios)
    # each slice's median over the rounds, summed: a slice disturbed in one round (a burst
    # of other jobs lasts seconds) drops out, on either side
    slice_bare = sum(statistics.median(bare_cpu) for bare_cpu, _ in by_slice)
    slice_full = sum(statistics.median(full_cpu) for _, full_cpu in by_slice)
    added_slices = slice_full / slice_bare - 1
    rows = [
        ("spaCy nlp.pipe only", a),
        ("newstrace extract", b),
    ]
    lines = [
        f"{len(arts)} articles, {words:,} words; median of {args.repeat} rounds (sides alternated every "
        f"{step} articles, after a warm-up round); model {core.settings.model};",
        f"Python {platform.python_version()} on {platform.machine()}, {platform.processor() or 'cpu'}",
        "",
        "| pipeline | seconds | articles/s | words/s | CPU seconds |",
        "|---|---:|---:|---:|---:|",
    ]
    for (name, s), cpu in zip(rows, (ac, bc)):
        lines.append(f"| {name} | {s:.2f} | {len(arts) / s:.1f} | {words / s:,.0f} | {cpu:.2f} |")
    lines += ["", f"newstrace's own work adds **{added:.1%}** to spaCy's time, **{added_cpu:.1%}** to its "
              f"CPU time (target: at least 0.85x spaCy's throughput, i.e. at most 17.6% added: {1 / (1 + added):.2f}x wall, "
              f"{1 / (1 + added_cpu):.2f}x CPU); rounds' CPU figures {cpu_ratios[0]:.1%} to {cpu_ratios[-1]:.1%} "
              f"(slices' medians summed: {added_slices:.1%}), "
              f"wall {wall_ratios[0]:.1%} to {wall_ratios[-1]:.1%}; own work {bc - ac:.2f} s CPU; "
              f"load average at the end {os.getloadavg()[0]:.1f}."]
    text = "\n".join(lines)
    print(text)
    if args.write:
        readme = HERE / "README.md"
        body = readme.read_text()
        body = re.sub(r"(<!-- result -->\n).*?(\n<!-- /result -->)", lambda m: m.group(1) + text + m.group(2), body, flags=re.S)
        readme.write_text(body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
