"""CPU time of the entities stage's own work alone (``extract_entities``), on Docs saved by
``stages_only.py --parse``, a few passes in one process.

    .venv/bin/python benchmarks/throughput/entities_only.py --docs /tmp/parsed.spacy --rounds 4 [--profile out.prof]

Each pass reads the Docs afresh from the DocBin (no per-Doc cache carries over); the
first pass also fills the per-process caches (gazetteer look-ups, word forms). To compare
two versions of the code, run it alternately with each (``PYTHONPATH=/tmp/old/src``)
and compare the later passes' medians. ``--profile`` profiles the last pass (CPU time).
"""
from __future__ import annotations

import argparse
import cProfile
import gc
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import articles  # noqa: E402

from newstrace import Newstrace, nlp  # noqa: E402
from newstrace.extract import entities  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=Path, required=True, help="Docs saved by stages_only.py --parse")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--profile", type=Path, help="write a cProfile (CPU time) of the last pass here")
    args = ap.parse_args()
    from spacy.tokens import DocBin

    core = Newstrace()
    s = core.settings
    language = nlp.load(s.model, s.stage_factories(), summary_sentences=s.summary_sentences)
    list(core.extract(articles()[:5]))  # lazy tables and models loaded before timing
    spent = []
    for r in range(args.rounds):
        docs = list(DocBin().from_disk(args.docs).get_docs(language.vocab))
        gc.collect()
        profile = cProfile.Profile(time.process_time) if args.profile and r == args.rounds - 1 else None
        started = time.process_time()
        if profile:
            profile.enable()
        for doc in docs:
            entities.extract_entities(doc)
        if profile:
            profile.disable()
        spent.append(time.process_time() - started)
        if profile:
            profile.dump_stats(args.profile)
    print(f"{len(docs)} Docs; entities CPU s per pass: " + " ".join(f"{t:.3f}" for t in spent)
          + f"; load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
