"""Cross-validated event scores of the whole reader, rules alone against rules weighed
with the learned trigger detector, on the training corpus (folds by article, or by
story with ``--group-by story``: ``training/detector.py``).

    python training/endtoend.py --gold corpus/events/gold [--folds 5] [--group-by story|article]

Each article is read once up to the claims; then, per fold, the detector is trained on
the other folds and the events stage runs with each pair of thresholds. Scored with the
project's copy of the reference scorer (tests/quality/reference/score.py).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import corpus  # noqa: E402
import detector as training  # noqa: E402

from newstrace import nlp as nlp_module  # noqa: E402
from newstrace.extract import events as events_module  # noqa: E402
from newstrace.extract.events import detector_use  # noqa: E402
from newstrace.extract.doc import TRIGGERS  # noqa: E402
from newstrace.extract.events.detector import write_triggers  # noqa: E402
from newstrace.record import Article  # noqa: E402
from newstrace.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def scorer():
    spec = importlib.util.spec_from_file_location("score", ROOT / "tests/quality/reference/score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, nargs="+", required=True)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--group-by", choices=training.GROUP_BY, default="article",
                        help="keep a story's articles (or an article) on one side of a fold")
    parser.add_argument("--shipped", action="store_true",
                        help="only rules alone and the thresholds data/events.toml ships (a lexicon change's check)")
    args = parser.parse_args()
    score = scorer()
    settings = Settings.load()
    stages = {s: f for s, f in settings.stage_factories().items() if s not in ("triggers", "events", "summary")}
    records = corpus.read_gold(args.gold)
    articles = [Article(**{k: r.get(k) for k in ("id", "title", "url", "source", "published", "text")}) for r in records]
    docs = [doc for _, doc in nlp_module.pipe(articles, model=settings.model, batch_size=16, stages=stages)]
    base = training.base_nlp()
    lexicon = corpus.trigger_lemmas()
    stats = corpus.Conversion()
    gold_docs = [training.cached_doc(base, r, lexicon, stats) for r in records]
    grid = [None] + [training.Use(add=a) for a in (0.5, 1.01)] \
        + [training.Use(keep=k, keep_seen=n, add=0.5) for k in (0.05, 0.1, 0.2) for n in (0, 10, 30)] \
        + [training.Use(add=0.5, retype=r) for r in (0.2, 0.4, 0.6)] \
        + [training.Use(keep=k, keep_seen=30, add=a, add_named=False) for k in (0.0, 0.05) for a in (0.4, 0.5)]
    original = detector_use.DETECTOR
    if args.shipped:
        grid = [None, training.Use(keep=original.keep, keep_seen=original.keep_seen, add=original.add,
                                   add_named=original.add_named, retype=original.retype,
                                   add_named_at=original.add_named_at)]
    totals = {g: [0, 0, 0] for g in grid}
    stories = training.story_of(args.group_by)
    for k in range(args.folds):
        train_docs = [d for r, d in zip(records, gold_docs) if training.fold_of(r["id"], args.folds, stories) != k]
        model = training.train(training.examples(train_docs))
        for record, doc in zip(records, docs):
            if training.fold_of(record["id"], args.folds, stories) != k:
                continue
            detections = model.detections(doc)
            for g in grid:
                if g is None:
                    doc.spans.pop(TRIGGERS, None)
                else:
                    detector_use.DETECTOR = replace(original, keep=g.keep, keep_seen=g.keep_seen, add=g.add,
                                                     add_named=g.add_named, retype=g.retype,
                                                     add_named_at=g.add if g.add_named_at is None else g.add_named_at)
                    write_triggers(doc, detections, model.labels, 0.02)
                events = [e.model_dump() for e in events_module.extract_events(doc)]
                pred = {"entities": [e.model_dump() for e in doc._.entities.entities], "events": events, "claims": []}
                tp, n_pred, n_gold = score.score_article(record, pred)["events"]
                for j, v in enumerate((tp, n_pred, n_gold)):
                    totals[g][j] += v
        detector_use.DETECTOR = original
        print(f"fold {k} done", file=sys.stderr)
    for g in grid:
        name = "rules alone" if g is None else str(g)
        print(f"{name}: {json.dumps(training.prf(*totals[g]))}")


if __name__ == "__main__":
    main()
