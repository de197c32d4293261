"""Train the learned actor chooser (newstrace.extract.events.actors) on corpus/events.

    python training/actors.py fit --gold corpus/events/gold --out src/newstrace/data/models/actor_ranker.npz

Examples come from the events stage itself: each article is read up to the claims (the
docs ``benchmarks/events/errors.py`` keeps), its trigger words written by a detector
trained on the other folds (the triggers the ranker meets at run time are a detector's,
not the gold ones), and the events stage run with the rules alone while the chooser
records every trigger's candidates (``actors.recording``). A trigger whose sentence holds
a gold event of its type is an example; a candidate is positive when its name is the
actor of such an event (``score.py``'s ``same_actor``: aliases count), "none" when
that actor is empty. Triggers whose gold actor no candidate names are left out (nothing
to choose), as are those whose gold actor is "*". A trigger the rules found no actor
for and whose sentence holds no gold event of its type is an example too, "none" its
right answer, at 0.3 of the weight: without them the chooser gave an actor to
many triggers that tell no event (the events stage drops an event of most types that
has no actor), with them at full weight it gave none. Folds are by article, the detector's
(``training/detector.py fold_of``), so ``errors.py --cv`` trains each fold's chooser on
the other folds. Reproducible: deterministic solver, sorted features.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

from newstrace.extract.events import actors  # noqa: E402

# the settings chosen by cross-validation (training/README.md); the variables are for sweeps
C = float(os.environ.get("RANKER_C", "0.3"))
# which triggers with no gold event of their type in their sentence are examples too, with
# "none" as the right answer: "fill" (those the rules found no actor for: filling one
# would make a false event), "all", or "" (none); weighed NO_EVENT_WEIGHT each
NO_EVENT_IS_NONE = os.environ.get("RANKER_NO_EVENT_IS_NONE", "fill")
WITHOUT = tuple(x for x in os.environ.get("RANKER_WITHOUT", "").split(",") if x)  # feature prefixes left out
NO_EVENT_WEIGHT = float(os.environ.get("RANKER_NO_EVENT_WEIGHT", "0.3"))


def scorer():
    spec = importlib.util.spec_from_file_location("score", ROOT / "tests/quality/reference/score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def decisions(doc) -> list[actors.Decision]:
    """The chooser's candidates for each trigger of ``doc`` (its triggers written
    already), the events stage running with the rules alone."""
    from newstrace.extract.events import extract_events

    found: list[actors.Decision] = []
    with actors.using(None, None), actors.recording(found):
        extract_events(doc)
    return found


def labelled(S, gold: dict, doc, found: list[actors.Decision]) -> list[tuple[list[str], int, float]]:
    """(features, 1 if the gold actor) of each candidate of each decision that has a
    gold event of its type in its sentence and a candidate naming its actor."""
    from newstrace.nlp import doc_text

    text = doc_text(doc)
    gn = S.Names(gold.get("entities"))
    pn = S.Names([e.model_dump(mode="json") for e in doc._.entities.entities])
    out = []
    for d in found:
        sentence = {"sentence": text[d.sentence[0]:d.sentence[1]]}
        golds = [g for g in gold.get("events") or [] if S.sentence_hit(sentence, g)
                 and d.type in (g["type"] if isinstance(g["type"], list) else [g["type"]])]
        rules_none = any(c.rules_pick and c.name is None for c in d.candidates)
        if not golds and (NO_EVENT_IS_NONE == "all" or NO_EVENT_IS_NONE == "fill" and rules_none):
            # no such event here: no actor is the right answer (a filled actor would make a false event)
            out += [(c.features, int(c.name is None), NO_EVENT_WEIGHT) for c in d.candidates]
            continue
        if not golds or any(g.get("actor") == "*" for g in golds):
            continue
        labels = [int(any(S.same_actor(c.name, g.get("actor"), pn, gn) for g in golds)) for c in d.candidates]
        if not any(labels):
            continue
        out += [(c.features, y, 1.0) for c, y in zip(d.candidates, labels)]
    return out


def train(examples: list[tuple[list[str], int, float]], c: float = C) -> actors.ActorRanker:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sort=True)
    X = vectorizer.fit_transform([{f: 1 for f in feats if not (WITHOUT and f.startswith(WITHOUT))}
                                  for feats, _, _ in examples])
    y = [label for _, label, _ in examples]
    model = LogisticRegression(C=c, max_iter=3000)
    model.fit(X, y, sample_weight=[w for _, _, w in examples])
    weights = model.coef_[0]
    keep = np.abs(weights) > 1e-3
    names = np.array(vectorizer.get_feature_names_out())[keep]
    return actors.ActorRanker({str(n): i for i, n in enumerate(names)}, weights[keep].astype(np.float32),
                              float(model.intercept_[0]))


def fold_examples(S, golds, docs, fold_of) -> dict[str, list]:
    """Per article id, its labelled candidates (docs carry their fold's triggers)."""
    return {g["id"]: labelled(S, g, doc, decisions(doc)) for g, doc in zip(golds, docs)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["fit"])
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--folds", type=int, default=5)
    a = ap.parse_args()
    spec = importlib.util.spec_from_file_location("errors", ROOT / "benchmarks/events/errors.py")
    errors = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(errors)
    S = scorer()
    golds = S.load(a.gold)
    docs, models = errors.cv_docs(golds, a.folds, fresh=False)
    import detector as training  # noqa: E402
    examples = []
    for g, doc in zip(golds, docs):
        errors.write_fold_triggers(doc, models[training.fold_of(g["id"], a.folds)])
        examples += labelled(S, g, doc, decisions(doc))
    ranker = train(examples)
    ranker.save(a.out)
    positives = sum(y for _, y, _ in examples)
    print(f"{len(examples)} candidates ({positives} gold actors), {len(ranker.index)} features -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
