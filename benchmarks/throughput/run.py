"""Throughput of `newstrace extract` against the bare spaCy pipeline, same texts, one run.

    .venv/bin/python benchmarks/throughput/run.py [--repeat N] [--write]

Reads every article under ../shared/data/news/ (Wikinews and VOA JSONL). Times, in
alternation so machine noise hits both alike: (a) spaCy's `nlp.pipe` over the texts,
(b) newstrace's whole extraction (the same `nlp.pipe` plus entities, claims, events,
summary). Reports articles/s, words/s, and newstrace's own share: (b - a) / a, in
wall time and in CPU time of this process (the CPU share is the one to read on a
machine shared with other jobs, where wall time mostly measures waiting for a CPU).
With --write, the result table is written into this folder's README.md.
"""
from __future__ import annotations

import argparse
import os
import platform
import re
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
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    arts = articles()
    words = sum(len(a.text.split()) for a in arts)
    core = Newstrace()
    nlp = load(core.settings.model)
    texts = [a.text for a in arts]
    list(nlp.pipe(texts[:20]))  # warm up caches and lazy loads on both sides
    list(core.extract(arts[:20]))
    spacy_times, newstrace_times, spacy_cpu, newstrace_cpu = [], [], [], []
    for _ in range(args.repeat):
        t, c = time.perf_counter(), time.process_time()
        for _ in nlp.pipe(texts, batch_size=core.settings.batch_size):
            pass
        spacy_times.append(time.perf_counter() - t)
        spacy_cpu.append(time.process_time() - c)
        t, c = time.perf_counter(), time.process_time()
        records = [r for r in core.extract(arts) if isinstance(r, Record)]
        newstrace_times.append(time.perf_counter() - t)
        newstrace_cpu.append(time.process_time() - c)
        assert len(records) == len(arts)
    a, b = min(spacy_times), min(newstrace_times)
    ac, bc = min(spacy_cpu), min(newstrace_cpu)
    rows = [
        ("spaCy nlp.pipe only", a),
        ("newstrace extract", b),
    ]
    lines = [
        f"{len(arts)} articles, {words:,} words; best of {args.repeat}; model {core.settings.model};",
        f"Python {platform.python_version()} on {platform.machine()}, {platform.processor() or 'cpu'}",
        "",
        "| pipeline | seconds | articles/s | words/s | CPU seconds |",
        "|---|---:|---:|---:|---:|",
    ]
    for (name, s), cpu in zip(rows, (ac, bc)):
        lines.append(f"| {name} | {s:.2f} | {len(arts) / s:.1f} | {words / s:,.0f} | {cpu:.2f} |")
    lines += ["", f"newstrace's own work adds **{(b - a) / a:.1%}** to spaCy's time, **{(bc - ac) / ac:.1%}** to its "
              f"CPU time (target: at least 0.85x spaCy's throughput, i.e. at most 17.6% added: {a / b:.2f}x wall, "
              f"{ac / bc:.2f}x CPU); load average at the end {os.getloadavg()[0]:.1f}."]
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
