"""How the events F1 grows with the detector's training data: 5-fold CV on the corpus's
politics articles, each fold's trigger detector trained on a random fraction of the
other folds' articles (both genres), the rest of the reader as shipped.

    .venv/bin/python benchmarks/events/learning_curve.py 0.25 0.5 1.0 [--seeds 2]

Reuses ``errors.py``'s cache of parsed docs (run ``errors.py corpus/events/gold --cv 5``
first); prints F1, P, R and the counts per fraction and seed.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks/events"))
sys.path.insert(0, str(ROOT / "training"))
os.environ.setdefault("NEWSTRACE_QUIET", "1")

import corpus  # noqa: E402
import detector as training  # noqa: E402
import errors  # noqa: E402

from newstrace.extract import events as events_module  # noqa: E402

FOLDS = 5


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("fractions", type=float, nargs="+")
    ap.add_argument("--seeds", type=int, default=2)
    a = ap.parse_args()
    S = errors.scorer()
    golds = S.load(ROOT / "corpus/events/gold")
    docs, _ = errors.cv_docs(golds, FOLDS, False)
    base = training.base_nlp()
    lexicon, stats = corpus.trigger_lemmas(), corpus.Conversion()
    gold_docs = [training.cached_doc(base, g, lexicon, stats) for g in golds]
    for fraction in a.fractions:
        for seed in range(1, (1 if fraction >= 1.0 else a.seeds) + 1):
            rng = random.Random(seed)
            models = []
            for k in range(FOLDS):
                train = [d for g, d in zip(golds, gold_docs) if training.fold_of(g["id"], FOLDS) != k]
                rng.shuffle(train)
                models.append(training.train(training.examples(train[: int(len(train) * fraction)])))
            counts = [0, 0, 0]
            for g, doc in zip(golds, docs):
                if str(g["id"]).startswith("ecb"):  # politics articles only
                    continue
                errors.write_fold_triggers(doc, models[training.fold_of(g["id"], FOLDS)])
                pred = {"id": g["id"], "entities": [e.model_dump(mode="json") for e in doc._.entities.entities],
                        "events": [e.model_dump(mode="json") for e in events_module.extract_events(doc)],
                        "claims": []}
                for i, n in enumerate(S.score_article(g, pred)["events"]):
                    counts[i] += n
            r = S.prf(*counts)
            print(f"fraction {fraction} seed {seed}: F1 {r['f1']:.3f} P {r['p']:.3f} R {r['r']:.3f} "
                  f"tp/pred/gold {counts}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
