"""The whole reader with and without the coreference stage, scored on gold sets.

    .venv/bin/python benchmarks/coref/reader.py --gold corpus/events/gold [--cv 5] [--variants base,coref]
    .venv/bin/python benchmarks/coref/reader.py --gold benchmarks/heldout/gold benchmarks/heldout2/gold

Each article is parsed once by the spaCy model (kept in /tmp/newstrace-coref-cache by a
hash of its text); then, for each variant, newstrace's reading stages run on a fresh copy
and the record is scored with the project's copy of the reference scorer
(tests/quality/reference/score.py): entities, claims and events. Variants: ``coref``
(the settings as shipped) and ``base`` (the coreference stage left out, as before it
existed). With ``--cv K`` the events are also scored the way ``training/endtoend.py``
scores them: the trigger detector retrained on the other folds (shipped thresholds),
so the corpus figure does not flatter the detector. Prints P/R/F1 per part and variant,
and the CPU seconds the coreference stage took.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
import time
from pathlib import Path

from spacy.tokens import DocBin, Span

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "training"))

from newstrace import nlp as nlp_module  # noqa: E402
from newstrace.extract.components import PIPE_PREFIX, stage_pipes  # noqa: E402
from newstrace.extract.doc import TRIGGERS  # noqa: E402
from newstrace.pipeline import build_record  # noqa: E402
from newstrace.record import Article  # noqa: E402
from newstrace.settings import Settings  # noqa: E402

CACHE = Path("/tmp/newstrace-coref-cache")
PARTS = ("entities", "claims", "events", "events_strict")


def scorer():
    spec = importlib.util.spec_from_file_location("score", ROOT / "tests/quality/reference/score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_gold(paths: list[Path]) -> list[dict]:
    files = sorted(f for p in paths for f in (p.glob("*.json") if p.is_dir() else [p]))
    out = []
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        out.extend(data if isinstance(data, list) else [data])
    return out


def article_of(record: dict) -> Article:
    return Article(**{k: record.get(k) for k in ("id", "title", "url", "source", "published", "text")})


def parsed(base, record: dict):
    """The model's parse of the article (no reading stages), from the cache if there."""
    key = hashlib.sha1((base.meta["name"] + record["text"]).encode()).hexdigest()
    path = CACHE / f"{key}.spacy"
    if not path.exists():
        doc = base(record["text"])
        store = DocBin(store_user_data=True)
        store.add(doc)
        CACHE.mkdir(exist_ok=True)
        store.to_disk(path)
    return next(DocBin().from_disk(path).get_docs(base.vocab))


def read(nlp, record: dict, doc, skip: set[str], timings: dict[str, float], triggers=None):
    doc = nlp_module.make_doc(nlp, article_of(record), doc=doc)
    for name in stage_pipes(nlp):
        if name[len(PIPE_PREFIX):] in skip:
            continue
        if name == PIPE_PREFIX + "triggers" and triggers is not None:
            detected = sorted(triggers.detect(doc).items())
            doc.spans[TRIGGERS] = [Span(doc, i, i + 1, label=label) for i, (label, _) in detected]
            doc.spans[TRIGGERS].attrs["scores"] = [p for _, (_, p) in detected]
            continue
        started = time.process_time()
        doc = nlp.get_pipe(name)(doc)
        timings[name] = timings.get(name, 0.0) + time.process_time() - started
    return doc


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"P": round(p, 3), "R": round(r, 3), "F1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "tp": tp, "pred": n_pred, "gold": n_gold}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, nargs="+", required=True)
    parser.add_argument("--variants", default="base,coref")
    parser.add_argument("--cv", type=int, default=0, help="also cross-validate events with K folds (detector retrained)")
    parser.add_argument("--dump", type=Path, help="write the predicted records of each variant here")
    parser.add_argument("--spacy-cost", action="store_true",
                        help="also time bare spaCy (nlp.pipe, no reading stages) on the same texts, for the ratio")
    args = parser.parse_args()
    score = scorer()
    settings = Settings.load()
    nlp = nlp_module.load(settings.model, settings.stage_factories(), summary_sentences=settings.summary_sentences)
    base = nlp_module.load(settings.model)
    records = read_gold(args.gold)
    docs = [parsed(base, r) for r in records]
    spacy_cpu = 0.0
    if args.spacy_cost:
        started = time.process_time()
        for _ in base.pipe((r["text"] for r in records), batch_size=16):
            pass
        spacy_cpu = time.process_time() - started
        print(f"bare spaCy: {spacy_cpu:.2f} CPU s over {len(records)} articles")
    variants = {"base": {"coref"}, "coref": set()}
    chosen = args.variants.split(",")
    folds = {}
    if args.cv:
        import corpus
        import detector as training

        lexicon = corpus.trigger_lemmas()
        stats = corpus.Conversion()
        gold_docs = [training.cached_doc(training.base_nlp(), r, lexicon, stats) for r in records]
        from newstrace.extract.events.detector import TriggerDetector

        ids = hashlib.sha1(json.dumps(sorted(r["id"] for r in records)).encode()).hexdigest()[:12]
        for k in range(args.cv):
            path = CACHE / f"detector-{ids}-{args.cv}-{k}.npz"  # training is the slow part: kept
            if path.exists():
                folds[k] = TriggerDetector.load(path)
                continue
            train_docs = [d for r, d in zip(records, gold_docs) if training.fold_of(r["id"], args.cv) != k]
            folds[k] = training.train(training.examples(train_docs))
            folds[k].save(path)
            print(f"fold {k} trained", file=sys.stderr)
    for name in chosen:
        skip = variants[name]
        totals = {part: [0, 0, 0] for part in PARTS}
        cv_totals = [0, 0, 0]
        timings: dict[str, float] = {}
        dumped = []
        for record, doc in zip(records, docs):
            read_doc = read(nlp, record, doc.copy(), skip, timings)
            pred = build_record(article_of(record), read_doc).model_dump()
            dumped.append(pred)
            result = score.score_article(record, pred)
            for part in PARTS:
                for j, v in enumerate(result[part]):
                    totals[part][j] += v
            if args.cv:
                import detector as training

                model = folds[training.fold_of(record["id"], args.cv)]
                cv_doc = read(nlp, record, doc.copy(), skip, {}, triggers=model)
                cv_pred = build_record(article_of(record), cv_doc).model_dump()
                for j, v in enumerate(score.score_article(record, cv_pred)["events"]):
                    cv_totals[j] += v
        print(f"== {name} ({len(records)} articles)")
        for part in PARTS:
            print(f"  {part:14} {json.dumps(prf(*totals[part]))}")
        if args.cv:
            print(f"  {'events (cv)':14} {json.dumps(prf(*cv_totals))}")
        total = sum(timings.values())
        coref_cpu = timings.get(PIPE_PREFIX + "coref", 0.0)
        print(f"  CPU s: stages {total:.2f}, coref {coref_cpu:.2f}"
              + (f" ({100 * coref_cpu / spacy_cpu:.1f}% of bare spaCy's)" if spacy_cpu else ""))
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            (args.dump / f"{name}.jsonl").write_text("".join(json.dumps(p) + "\n" for p in dumped))


if __name__ == "__main__":
    main()
