"""CPU time of the reading stages over Docs parsed once, warm, with the collector off.

    .venv/bin/python benchmarks/throughput/stages_only.py --parse /tmp/parsed.spacy
    .venv/bin/python benchmarks/throughput/stages_rounds.py /tmp/parsed.spacy 2
    PYTHONPATH=/tmp/main/src .venv/bin/python benchmarks/throughput/stages_rounds.py /tmp/parsed.spacy 2

As ``stages_only.py``, but each stage's caches are warm (one untimed round over fresh
copies of the Docs first, as ``run.py``'s best-of-N extracts are) and the cyclic
collector is off while the stages run (its collections walk every Doc kept and land in
whichever stage allocates then: a stage's own work is what is compared). Prints each
stage's median over ROUNDS and the median and least of all stages. Run it alternately
with an older export on ``PYTHONPATH``; it prints which package it timed.
"""
from __future__ import annotations

import gc
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import articles  # noqa: E402

import newstrace  # noqa: E402
from newstrace import Newstrace, nlp  # noqa: E402
from newstrace.extract.components import stage_pipes  # noqa: E402


def main() -> int:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    from spacy.tokens import DocBin

    core = Newstrace()
    s = core.settings
    language = nlp.load(s.model, s.stage_factories(), summary_sentences=s.summary_sentences)
    stages = stage_pipes(language)
    list(core.extract(articles()[:5]))  # lazy tables and models loaded
    saved = DocBin().from_disk(sys.argv[1])
    rounds = int(sys.argv[2])
    spent: dict[str, list[float]] = {}
    for r in range(rounds + 1):  # round 0 warms the caches
        docs = list(saved.get_docs(language.vocab))
        gc.collect()
        gc.disable()
        try:
            for name in stages:
                stage = language.get_pipe(name)
                started = time.process_time()
                docs = [stage(doc) for doc in docs]
                if r:
                    spent.setdefault(name.removeprefix("newstrace_"), []).append(time.process_time() - started)
        finally:
            gc.enable()
        failed = [doc._.failure for doc in docs if doc._.failure]
        assert not failed, failed[:3]
    totals = [sum(times[k] for times in spent.values()) for k in range(rounds)]
    print(f"{newstrace.__file__}; {len(docs)} Docs; {rounds} rounds; load average {os.getloadavg()[0]:.1f}")
    print("  " + ", ".join(f"{k} {statistics.median(v):.3f}" for k, v in spent.items())
          + f"; all {statistics.median(totals):.3f} (least {min(totals):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
