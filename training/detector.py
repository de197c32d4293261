"""Train and cross-validate the linear trigger detector (newstrace.extract.events.detector).

    python training/detector.py cv  --gold corpus/events/gold [--folds 5] [--group-by story|article]
    python training/detector.py fit --gold corpus/events/gold --out src/newstrace/data/models/event_detector.npz

Folds are by article (``--group-by article``, the default: a hash of its id), so no
article is on both sides of a fold; ``--group-by story`` folds by a hash of the article's
story (``corpus/events/story_groups.json``, made by ``training/story_groups.py``), so no
story is either. By article, a story's sibling articles fall on both sides of a fold, and
CV rewards the detector's memory of the story (its names, its words).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import weakref
from collections import Counter
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import numpy as np
from scipy import sparse
from spacy.language import Language
from spacy.tokens import DocBin
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).parent))
import corpus  # noqa: E402
from story_groups import GROUP_BY, fold_of, story_of  # noqa: E402,F401  (callers read them from here)

from newstrace import attribute_rules  # noqa: E402
from newstrace import nlp as nlp_module  # noqa: E402
from newstrace.extract import hyphens  # noqa: E402
from newstrace.extract.components import STAGES  # noqa: E402
from newstrace.extract.hyphens import HYPHEN_LEMMAS  # noqa: E402
from newstrace.extract.events import detector as det  # noqa: E402
from newstrace.settings import Settings  # noqa: E402


def base_nlp() -> Language:
    """The parser of the training docs: the reader's model as newstrace loads it for
    reading (its tokenizer's abbreviations, its line-break and long-run components, the
    lemma exceptions of ``data/lemmas.toml`` and the lexicon's hyphenated lemmas), with
    every reading stage left out. Fit, CV and every benchmark parse with this one: spaCy's
    model as shipped splits or joins other sentences (a third of the corpus parses
    otherwise), and without the reader's lemmas the detector learns "fin" where the reader
    asks about "fine" ("fined")."""
    return nlp_module.load(Settings.load().model, {stage: "" for stage in STAGES})


def parser_fingerprint(nlp: Language) -> str:
    """What makes ``nlp``'s parses of a text: its model and version, its pipes, its
    tokenizer's rules (the abbreviations among them) and, for newstrace's own pipes, the
    code that defines them. In the training docs' cache key, so that docs parsed by one
    parser are never read back as another's (the cache is shared by every tree and
    script on the machine, and which one wrote a doc first used to decide what every
    later run trained on)."""
    known = _FINGERPRINTS.get(nlp)
    if known is None:
        digest = hashlib.sha1(repr((nlp.meta.get("lang"), nlp.meta.get("name"), nlp.meta.get("version"),
                                    nlp.pipe_names)).encode())
        digest.update(nlp.tokenizer.to_bytes())
        if any(name.startswith("newstrace") for name in nlp.pipe_names):
            digest.update(Path(nlp_module.__file__).read_bytes())
        if HYPHEN_LEMMAS in nlp.pipe_names:  # loaded for reading: the lemma exceptions and their code too
            for path in (attribute_rules.__file__, hyphens.__file__, files("newstrace.data") / "lemmas.toml"):
                digest.update(Path(str(path)).read_bytes())
        known = _FINGERPRINTS[nlp] = digest.hexdigest()
    return known


_FINGERPRINTS: "weakref.WeakKeyDictionary[Language, str]" = weakref.WeakKeyDictionary()

C = float(os.environ.get("DETECTOR_C", "0.5"))


# shared by every tree on the machine unless NEWSTRACE_TRAIN_CACHE names a folder of its own
CACHE = Path(os.environ.get("NEWSTRACE_TRAIN_CACHE") or "/tmp/newstrace-train-cache")


def cached_doc(nlp, record, lexicon, stats):
    """The parsed gold doc, kept on disk by a hash of the record: parsing is most of the
    cost. A DocBin keeps no ``doc.tensor``: it is kept beside it (``.tensor.npy``), and
    remade by the tok2vec alone (the same rows the full pipeline leaves) when missing."""
    # the lexicon (lemmas and parts of speech) and the labelling code are in the key: a gold
    # trigger's labelled head is the word corpus.head_token picks by them (the cache is shared
    # by every tree on the machine); so is the parser (parser_fingerprint)
    labelling = hashlib.sha1(Path(corpus.__file__).read_bytes()
                             + repr(sorted((k, sorted(v)) for k, v in corpus.trigger_pos().items())).encode()).hexdigest()
    key = hashlib.sha1(json.dumps([record, sorted(lexicon), labelling, parser_fingerprint(nlp)],
                                  sort_keys=True).encode()).hexdigest()
    path = CACHE / f"{key}.spacy"
    tensor_path = CACHE / f"{key}.tensor.npy"
    if path.exists():
        stats.articles += 1
        doc = next(DocBin().from_disk(path).get_docs(nlp.vocab))
        if tensor_path.exists():
            doc.tensor = np.load(tensor_path)
        else:
            doc.tensor = nlp.get_pipe("tok2vec").predict([doc])[0]
            write_whole(tensor_path, lambda tmp: np.save(tmp, np.asarray(doc.tensor, dtype=np.float32)))
        return doc
    doc = corpus.gold_doc(nlp, record, lexicon, stats)
    CACHE.mkdir(exist_ok=True)
    store = DocBin(store_user_data=False)
    store.add(doc)
    # the tensor first and each file whole: runs sharing the cache (helpers' cross-validations)
    # must never read a doc without its tensor or a file half written
    write_whole(tensor_path, lambda tmp: np.save(tmp, np.asarray(doc.tensor, dtype=np.float32)))
    write_whole(path, store.to_disk)
    return doc


def write_whole(path: Path, write) -> None:
    """``write(tmp)`` to a file beside ``path``, then moved onto it in one step: a reader sees
    the old file, none, or the whole new one, and a failed write leaves no file behind."""
    tmp = path.with_name(f".{os.getpid()}.{path.name}")  # the same suffix: np.save adds ".npy" to any other
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _reader_fingerprint() -> str:
    """A hash of the reading code and its data files: the rules' triggers kept on disk are
    reused only while neither changed (a rule change would otherwise reuse stale triggers)."""
    src = Path(__file__).resolve().parents[1] / "src" / "newstrace"
    digest = hashlib.sha1()
    for path in sorted([*src.joinpath("extract").rglob("*.py"), *src.joinpath("data").glob("*.toml")]):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def rule_triggers(records, docs, lexicon) -> list[dict[int, str]]:
    """The rule extractor's events as {head token: type}, read like the gold heads."""
    from newstrace import Newstrace
    from newstrace.record import Article

    core = Newstrace()
    out = []
    code = _reader_fingerprint()
    for record, doc in zip(records, docs):
        key = hashlib.sha1(("rules" + code + json.dumps(record, sort_keys=True)).encode()).hexdigest()
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


@dataclass(frozen=True)
class Use:
    """How the rules weigh the detector (``[detector]`` of ``data/events.toml``)."""
    keep: float = 0.0       # a rule trigger less likely than this is dropped ...
    keep_seen: int = 0      # ... when its lemma was a candidate at least this often in training
    add: float = 1.01       # a word no rule names, at least this likely, becomes a trigger
    add_named: bool = True  # ... also one whose lemma a rule names, whose constraints failed
    retype: float = 1.01    # a rule trigger takes the detector's type when it is this much likelier
    add_named_at: float | None = None  # ... that one at least this likely (None: ``add``)


def combine(rules: dict[int, str], detected: dict[int, det.Detection], labels: tuple[str, ...], use: Use,
            named: frozenset[int] = frozenset()) -> dict[int, str]:
    """Rules first; the detector vetoes a rule trigger it finds unlikely (where its
    lemma was seen enough), retypes one whose type it finds much less likely than its
    own, and adds the words it is sure of that no rule caught."""
    out = {}
    for i, t in rules.items():
        d = detected.get(i)
        if d is None:
            out[i] = t
            continue
        if d.score < use.keep and d.seen >= use.keep_seen:
            continue
        # a type no example of the fold's training had has no probability: the rule's type
        # stays, as in the shipped stage (detector_use's margin)
        if t in labels and d.types[labels.index(d.type)] - d.types[labels.index(t)] >= use.retype:
            t = d.type
        out[i] = t
    for i, d in detected.items():
        at = use.add if i not in named else (use.add if use.add_named_at is None else use.add_named_at)
        if i not in rules and d.score >= at and (use.add_named or i not in named):
            out[i] = d.type
    return out


# The dense features (doc.tensor rows) enter the regression scaled to unit variance,
# then times DENSE_SCALE: with one C for all features, this sets how much the dense
# ones are held back against the sparse ones. 0 trains without them.
DENSE_SCALE = float(os.environ.get("DETECTOR_DENSE_SCALE", "0"))


@dataclass
class Examples:
    """Every candidate word of some docs: (article index, token index, features,
    label) rows, their dense features (one row each), and their lemmas."""
    rows: list
    dense: np.ndarray
    lemmas: list[str]


def examples(docs) -> Examples:
    rows, dense, lemmas = [], [], []
    for a, doc in enumerate(docs):
        gold = {s.start: s.label_ for s in doc.spans[corpus.SPANS_KEY]}
        context = det.Context.of(doc)
        words = [token.i for token in doc if det.is_candidate(token)]
        for i in words:
            rows.append((a, i, context.features(doc[i]), gold.get(i, det.NONE)))
            lemmas.append(doc[i].lemma_.lower())
        if words:
            vectors = det.dense(doc, words, 2 * doc.tensor.shape[1]) if doc.tensor.size else None
            if vectors is None:
                raise ValueError(f"a training doc has no tensor ({doc[:8].text!r}...)")
            dense.append(vectors)
    return Examples(rows, np.vstack(dense).astype(np.float32), lemmas)


def train(data: Examples, dense_scale: float | None = None) -> det.TriggerDetector:
    dense_scale = DENSE_SCALE if dense_scale is None else dense_scale
    vectorizer = DictVectorizer()
    X = vectorizer.fit_transform([{f: 1 for f in r[2]} for r in data.rows])
    n_sparse = X.shape[1]
    mean = data.dense.mean(axis=0)
    scale = data.dense.std(axis=0) + 1e-6
    if dense_scale > 0:
        X = sparse.hstack([X, sparse.csr_matrix((data.dense - mean) / scale * dense_scale)]).tocsr()
    y = [r[3] for r in data.rows]
    model = LogisticRegression(C=C, max_iter=2000)
    model.fit(X, y)
    labels = tuple(str(c) for c in model.classes_)
    weights = model.coef_.T if len(labels) > 2 else np.hstack([-model.coef_.T, model.coef_.T])
    sparse_weights, dense_weights = weights[:n_sparse], weights[n_sparse:]
    # drop features whose weights are all tiny: they change no decision and bloat the file
    keep = np.abs(sparse_weights).max(axis=1) > 1e-3
    names = np.array(vectorizer.get_feature_names_out())[keep]
    if dense_scale > 0:  # folded into weights on the raw tensor rows, less the mean
        dense_weights = dense_weights * (dense_scale / scale)[:, None]
    else:
        dense_weights, mean = np.zeros((0, len(labels))), np.zeros(0)
    seen = Counter(data.lemmas)
    return det.TriggerDetector(labels, {n: i for i, n in enumerate(names)}, sparse_weights[keep].astype(np.float32),
                               model.intercept_.astype(np.float32), dense_weights.astype(np.float32),
                               mean.astype(np.float32), dict(seen))


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
    parser.add_argument("mode", choices=["fit", "cv", "sweep"])
    parser.add_argument("--dense-scales", type=float, nargs="*", default=[0.0, 0.1, 0.25, 0.5],
                        help="sweep: the dense features' scales to cross-validate")
    parser.add_argument("--gold", type=Path, nargs="+", required=True)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--group-by", choices=GROUP_BY, default="article",
                        help="cv, sweep: keep a story's articles (or only an article) on one side of a fold")
    parser.add_argument("--test", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    nlp = base_nlp()
    lexicon = corpus.trigger_lemmas()
    stats = corpus.Conversion()
    records = corpus.read_gold(args.gold)
    stories = story_of(args.group_by)
    docs = [cached_doc(nlp, r, lexicon, stats) for r in records]
    print(f"{stats.articles} articles, {stats.events} events, {stats.labelled} labelled heads, "
          f"{len(stats.lost)} lost", file=sys.stderr)
    if args.mode == "sweep":  # the detector alone, for each dense scale: few fits, no rules
        folds = [examples([d for r, d in zip(records, docs) if fold_of(r["id"], args.folds, stories) == k])
                 for k in range(args.folds)]
        for scale in args.dense_scales:
            totals = {t: [0, 0, 0] for t in (0.2, 0.3, 0.4, 0.5)}
            for k in range(args.folds):
                model = train(Examples([r for j, f in enumerate(folds) if j != k for r in f.rows],
                                       np.vstack([f.dense for j, f in enumerate(folds) if j != k]),
                                       [x for j, f in enumerate(folds) if j != k for x in f.lemmas]), scale)
                test_docs = [d for r, d in zip(records, docs) if fold_of(r["id"], args.folds, stories) == k]
                for t in totals:
                    for j, v in enumerate(evaluate(model, test_docs, t)):
                        totals[t][j] += v
            for t, v in totals.items():
                print(f"dense scale {scale}, P(event) >= {t}:", json.dumps(prf(*v)), flush=True)
        return
    if args.mode == "cv":
        thresholds = [0.2, 0.3, 0.4, 0.5, 0.6]
        totals = {t: [0, 0, 0] for t in thresholds}
        rules = rule_triggers(records, docs, lexicon)
        grid = [Use()] + [Use(add=0.5)] + [Use(keep=k, keep_seen=n) for k in (0.05, 0.1) for n in (0, 30)] \
            + [Use(keep=k, keep_seen=n, add=0.5) for k in (0.05, 0.1) for n in (0, 30)] \
            + [Use(retype=r) for r in (0.2, 0.4, 0.6)] \
            + [Use(keep=k, keep_seen=30, add=a, add_named=False) for k in (0.0, 0.05) for a in (0.4, 0.5)]
        combos = {g: [0, 0, 0] for g in grid}
        typing = Counter()  # at gold heads the rules found: whose type is right
        for k in range(args.folds):
            train_docs = [d for r, d in zip(records, docs) if fold_of(r["id"], args.folds, stories) != k]
            model = train(examples(train_docs))
            for r, d, ru in zip(records, docs, rules):
                if fold_of(r["id"], args.folds, stories) != k:
                    continue
                gold = {s.start: s.label_ for s in d.spans[corpus.SPANS_KEY]}
                detected = model.detections(d)
                named = frozenset(i for i in detected if det.lexicon_lemma(d[i]))
                for t in thresholds:
                    found = {i: x.type for i, x in detected.items() if x.score >= t}
                    totals[t][0] += sum(1 for i, lab in found.items() if gold.get(i) == lab)
                    totals[t][1] += len(found)
                    totals[t][2] += len(gold)
                for i, t in ru.items():
                    if i in gold and i in detected:
                        typing[("rules", t == gold[i])] += 1
                        typing[("detector", detected[i].type == gold[i])] += 1
                for g in grid:
                    found = combine(ru, detected, model.labels, g, named)
                    combos[g][0] += sum(1 for i, lab in found.items() if gold.get(i) == lab)
                    combos[g][1] += len(found)
                    combos[g][2] += len(gold)
            print(f"fold {k} done", file=sys.stderr)
        for t in thresholds:
            print(f"detector alone, P(event) >= {t}:", json.dumps(prf(*totals[t])))
        for who in ("rules", "detector"):
            right, wrong = typing[(who, True)], typing[(who, False)]
            print(f"type right at gold heads a rule found, {who}: {right}/{right + wrong}")
        for g in grid:
            print(f"rules, {g}:", json.dumps(prf(*combos[g])))
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
