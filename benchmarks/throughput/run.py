"""Throughput of `newstrace extract` against the bare spaCy pipeline, same texts, one run.

    .venv/bin/python benchmarks/throughput/run.py [--repeat N] [--write]

Reads every article under ../shared/data/news/ (Wikinews and VOA JSONL). Times, in
alternation so machine noise hits both alike: (a) spaCy's `nlp.pipe` over the texts,
(b) newstrace's whole extraction (the same `nlp.pipe` plus entities, claims, events,
summary). Reports articles/s, words/s, and newstrace's own share: (b - a) / a.
With --write, the result table is written into this folder's README.md.
"""
from __future__ import annotations

import argparse
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
    spacy_times, newstrace_times = [], []
    for _ in range(args.repeat):
        t = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=core.settings.batch_size):
            pass
        spacy_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        records = [r for r in core.extract(arts) if isinstance(r, Record)]
        newstrace_times.append(time.perf_counter() - t)
        assert len(records) == len(arts)
    a, b = min(spacy_times), min(newstrace_times)
    rows = [
        ("spaCy nlp.pipe only", a),
        ("newstrace extract", b),
    ]
    lines = [
        f"{len(arts)} articles, {words:,} words; best of {args.repeat}; model {core.settings.model};",
        f"Python {platform.python_version()} on {platform.machine()}, {platform.processor() or 'cpu'}",
        "",
        "| pipeline | seconds | articles/s | words/s |",
        "|---|---:|---:|---:|",
    ]
    for name, s in rows:
        lines.append(f"| {name} | {s:.2f} | {len(arts) / s:.1f} | {words / s:,.0f} |")
    lines += ["", f"newstrace's own work adds **{(b - a) / a:.1%}** to spaCy's time (target: at most 25%)."]
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
