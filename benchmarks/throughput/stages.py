"""CPU time of each pipe (the model's and newstrace's stages) and of language
detection, over the corpus run.py reads, in one process.

    .venv/bin/python benchmarks/throughput/stages.py [--limit N]

The pipes run one after the other over the whole corpus (each pipe's ``pipe`` over
all the Docs, then the next), so each one's CPU time is its own; language detection
is :func:`newstrace.app.prepare`. Read the shares, not the seconds, on a loaded machine.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import articles  # noqa: E402

from newstrace import Newstrace, app, nlp  # noqa: E402

def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    arts = articles()
    if args.limit:
        arts = arts[: args.limit]
    core = Newstrace()
    s = core.settings
    list(core.extract(arts[:20]))  # loads the model and every lazy table
    language = nlp.load(s.model, s.stage_factories(), summary_sentences=s.summary_sentences)
    spent: dict[str, float] = {}
    started = time.process_time()
    ready = [app.prepare(a, s) for a in arts]
    spent["(language detection)"] = time.process_time() - started
    started = time.process_time()
    docs = [nlp.make_doc(language, a, s.article_time_limit_s) for a in ready]
    spent["(tokenizer)"] = time.process_time() - started
    for name, proc in language.pipeline:
        started = time.process_time()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=s.batch_size))
        else:
            docs = [proc(doc) for doc in docs]
        spent[name] = time.process_time() - started
    assert all(doc._.failure is None for doc in docs)
    model = sum(v for k, v in spent.items() if not k.startswith(("newstrace_", "(language")))
    ours = sum(spent.values()) - model
    print(f"{len(arts)} articles; CPU s: the model (tokenizer included) {model:.2f}, newstrace's own {ours:.2f} "
          f"({ours / model:.1%} of the model's: {model / (model + ours):.2f}x); load average {os.getloadavg()[0]:.1f}")
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:28s} {seconds:7.2f} s  {seconds / model:6.1%} of the model's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
