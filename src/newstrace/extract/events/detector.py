"""The learned trigger detector: for each content word, how likely it tells an event
of each PLOVER type, from the word and the parse around it.

A linear model over sparse features (below), trained on the annotated corpus by
``scripts/train-events`` and shipped as ``data/models/event_detector.npz``: the
feature names, the labels (the 16 types and ``NONE``), one weight per pair, and how
often each lemma was a candidate in training (the events stage vetoes a rule trigger
only where that is often enough). Run time needs only NumPy; scikit-learn is used to
train it, not to run it.

The sparse features keep what the lexicon knows (the types whose rules name this
lemma, and the rule that fires with its constraints) beside what it can't see: the
word's neighbours, its arguments' lemmas and entity types, its governor, whether it is
negated or inside quotation marks, and where it stands in the article.

A model may also weigh dense features: the contextual vectors the spaCy pipeline's
tok2vec leaves in ``doc.tensor`` (the word's row and its governor's). The shipped one
does not: with the small English model they added nothing in cross-validation
(``training/README.md``). A Doc without that tensor scores as if its vectors were the
training average.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Token

from newstrace.extract.events.lexicon import match, rules

NONE = "NONE"
CANDIDATE_POS = frozenset({"VERB", "NOUN", "ADJ", "PROPN"})
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "agent", "attr", "dative", "obj", "compound", "amod", "prep"}


@cache
def _types_by_lemma() -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for rule in rules():
        for lemma in rule.lemmas:
            index.setdefault(lemma, set()).add(rule.type)
    return {k: frozenset(v) for k, v in index.items()}


def lexicon_lemma(token: Token) -> bool:
    """Whether some trigger rule names this word's lemma."""
    return token.lemma_.lower() in _types_by_lemma()


def is_candidate(token: Token) -> bool:
    return token.pos_ in CANDIDATE_POS or token.lemma_.lower() in _types_by_lemma()


_QUOTE_MARKS = frozenset({'"', "“", "”"})


def _position_bucket(sentence_no: int) -> str:
    for bound, name in ((0, "0"), (1, "1"), (2, "2"), (3, "3"), (6, "4-6"), (10, "7-10")):
        if sentence_no <= bound:
            return name
    return "11+"


def features(token: Token, in_quote: bool, sentence_no: int | None = None, repeated: bool | None = None) -> list[str]:
    """The sparse features of ``token``. ``sentence_no`` (its sentence's ordinal in the
    article) and ``repeated`` (whether its lemma was a candidate earlier in the
    article) are there because an article tells its news first and then tells it
    again: the annotation, like the reader, keeps a happening where it is first told."""
    lemma = token.lemma_.lower()
    head = token.head
    out = [f"lemma={lemma}", f"pos={token.pos_}", f"tag={token.tag_}", f"dep={token.dep_}",
           f"lemma_pos={lemma}|{token.pos_}", f"head={head.lemma_.lower()}", f"head_pos={head.pos_}",
           f"dep_head={token.dep_}|{head.lemma_.lower()}", f"ent={token.ent_type_ or '-'}",
           f"suffix={token.lower_[-3:]}"]
    for lexical_type in _types_by_lemma().get(lemma, ()):
        out.append(f"lex={lexical_type}")
    rule = match(token)
    out.append(f"rule={rule.type if rule else '-'}")
    if rule is not None:
        out.append(f"rule_mode={rule.mode}")
    doc = token.doc
    if token.i > 0:
        out.append(f"prev={doc[token.i - 1].lemma_.lower()}")
    if token.i + 1 < len(doc):
        out.append(f"next={doc[token.i + 1].lemma_.lower()}")
    for child in token.children:
        out.append(f"child_dep={child.dep_}")
        if child.dep_ in _ARGUMENT_DEPS:
            out.append(f"arg={child.dep_}|{child.lemma_.lower()}")
            if child.ent_type_:
                out.append(f"arg_ent={child.dep_}|{child.ent_type_}")
        if child.dep_ == "prep":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    out.append(f"prep_obj={child.lower_}|{grandchild.lemma_.lower()}")
                    if grandchild.ent_type_:
                        out.append(f"prep_ent={child.lower_}|{grandchild.ent_type_}")
        if child.dep_ == "neg":
            out.append("negated")
    out.append(f"in_quote={int(in_quote)}")
    if sentence_no is not None:
        out.append(f"sentence={_position_bucket(sentence_no)}")
    if repeated is not None:
        out.append(f"repeated={int(repeated)}")
        out.append(f"repeated_pos={int(repeated)}|{token.pos_}")
    return out


def quote_parity(doc: Doc) -> list[bool]:
    """For each token, whether an odd number of quotation marks precede it in its
    sentence (it is inside a quotation); one pass over the Doc."""
    out, inside = [], False
    for token in doc:
        if token.is_sent_start:
            inside = False
        out.append(inside)
        if token.text in _QUOTE_MARKS:
            inside = not inside
    return out


def dense(doc: Doc, words: list[int], width: int) -> np.ndarray | None:
    """The dense features of ``words``: each word's row of ``doc.tensor`` and its
    governor's, side by side (``width`` columns); None when the Doc has no tensor of
    the width the detector was trained on."""
    tensor = doc.tensor
    if width == 0 or tensor is None or getattr(tensor, "ndim", 0) != 2 or tensor.shape[0] != len(doc) \
            or 2 * tensor.shape[1] != width:
        return None
    tensor = np.asarray(tensor, dtype=np.float32)
    heads = [doc[i].head.i for i in words]
    return np.hstack([tensor[words], tensor[heads]])


@dataclass(frozen=True)
class Context:
    """Per token of a Doc, what its features read of the article around it: whether it
    is inside a quotation, its sentence's ordinal, and whether its lemma was a
    candidate earlier in the article; and the candidate words with their lemmas. One
    pass over the Doc."""
    quoted: list[bool]
    sentence_no: list[int]
    repeated: list[bool]
    candidates: list[int]
    lemmas: dict[int, str]  # candidate -> lowercased lemma

    @classmethod
    def of(cls, doc: Doc) -> "Context":
        quoted = quote_parity(doc)
        named = _types_by_lemma()
        sentence_no, repeated, seen, candidates, lemmas = [], [], set(), [], {}
        n = 0
        for token in doc:
            if token.is_sent_start and token.i > 0:
                n += 1
            sentence_no.append(n)
            key = token.lemma_.lower()
            repeated.append(key in seen)
            if token.pos_ in CANDIDATE_POS or key in named:
                seen.add(key)
                candidates.append(token.i)
                lemmas[token.i] = key
        return cls(quoted, sentence_no, repeated, candidates, lemmas)

    def features(self, token: Token) -> list[str]:
        i = token.i
        return features(token, self.quoted[i], self.sentence_no[i], self.repeated[i])


@dataclass(frozen=True)
class Detection:
    """What the detector says of one word: its likeliest type, how likely it tells an
    event at all, the probability of each type given that it does (in ``labels``
    order, ``NONE`` at 0), and how often its lemma was a candidate in training."""
    type: str
    score: float
    types: np.ndarray
    seen: int


@dataclass(frozen=True)
class TriggerDetector:
    labels: tuple[str, ...]
    index: dict[str, int]
    weights: np.ndarray  # features x labels
    bias: np.ndarray
    dense_weights: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))  # dense x labels
    dense_mean: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))  # training average
    seen: dict[str, int] = field(default_factory=dict)  # lemma -> times a candidate in training

    @classmethod
    def load(cls, path: str | Path) -> "TriggerDetector":
        with np.load(path, allow_pickle=False) as data:
            names = [str(x) for x in data["features"]]
            labels = tuple(str(x) for x in data["labels"])
            has_dense = "dense_weights" in data.files
            seen = dict(zip((str(x) for x in data["seen_lemmas"]), data["seen_counts"].tolist())) \
                if "seen_lemmas" in data.files else {}
            return cls(labels, {n: i for i, n in enumerate(names)},
                       data["weights"].astype(np.float32), data["bias"].astype(np.float32),
                       data["dense_weights"].astype(np.float32) if has_dense
                       else np.zeros((0, len(labels)), dtype=np.float32),
                       data["dense_mean"].astype(np.float32) if has_dense else np.zeros(0, dtype=np.float32),
                       seen)

    def save(self, path: str | Path) -> None:
        names = sorted(self.index, key=lambda name: self.index[name])
        lemmas = sorted(self.seen)
        np.savez_compressed(path, labels=np.array(self.labels), features=np.array(names),
                            weights=self.weights.astype(np.float16), bias=self.bias,
                            dense_weights=self.dense_weights.astype(np.float32),
                            dense_mean=self.dense_mean.astype(np.float32),
                            seen_lemmas=np.array(lemmas, dtype=str),
                            seen_counts=np.array([self.seen[x] for x in lemmas], dtype=np.int32))

    def probabilities(self, token: Token, context: Context | None = None) -> dict[str, float]:
        context = context or Context.of(token.doc)
        scores = self.scores(token.doc, [token.i], context)[0]
        return dict(zip(self.labels, scores.tolist()))

    def scores(self, doc: Doc, words: list[int], context: Context) -> np.ndarray:
        """The probability of each label (rows: ``words``; columns: ``labels``). All
        words are scored in one matrix operation: per-word NumPy calls would cost more
        than the features."""
        rows: list[int] = []
        starts: list[int] = []
        for i in words:
            starts.append(len(rows))
            rows.extend(self.index[f] for f in context.features(doc[i]) if f in self.index)
        gathered = np.vstack([self.weights[rows], np.zeros((1, len(self.labels)), dtype=np.float32)])
        bounds = np.asarray(starts + [len(rows)], dtype=np.int64)
        sums = np.add.reduceat(gathered, bounds[:-1], axis=0)
        sums[bounds[:-1] == bounds[1:]] = 0.0  # a word with no known feature scores the bias alone
        scores = sums + self.bias
        if self.dense_weights.shape[0]:
            vectors = dense(doc, words, self.dense_weights.shape[0])
            if vectors is None:  # no tensor: the training average, whose weights the bias holds
                vectors = np.broadcast_to(self.dense_mean, (len(words), len(self.dense_mean)))
            scores = scores + (vectors - self.dense_mean) @ self.dense_weights
        scores = np.exp(scores - scores.max(axis=1, keepdims=True))
        scores /= scores.sum(axis=1, keepdims=True)
        return scores

    def detections(self, doc: Doc, floor: float = 0.0) -> dict[int, Detection]:
        """For each candidate word, what the detector says of it (:class:`Detection`);
        below ``floor`` (how likely an event at all), only the words a rule names."""
        context = Context.of(doc)
        words = context.candidates
        if not words:
            return {}
        scores = self.scores(doc, words, context)
        none = self.labels.index(NONE)
        events = 1.0 - scores[:, none]
        named = _types_by_lemma()
        kept = [j for j, (i, p) in enumerate(zip(words, events)) if p >= floor or context.lemmas[i] in named]
        if not kept:
            return {}
        types = scores[kept]
        types[:, none] = 0.0
        types /= np.maximum(types.sum(axis=1, keepdims=True), 1e-12)
        best = types.argmax(axis=1)
        out = {}
        for j, b, t in zip(kept, best.tolist(), types):
            i = words[j]
            out[i] = Detection(self.labels[b], float(events[j]), t, self.seen.get(context.lemmas[i], 0))
        return out

    def detect(self, doc: Doc) -> dict[int, tuple[str, float]]:
        """For each candidate word: its likeliest event type and how likely it tells an
        event at all (one minus the probability of no event)."""
        return {i: (d.type, d.score) for i, d in self.detections(doc).items()}


def write_triggers(doc: Doc, detections: dict[int, Detection], labels: tuple[str, ...], floor: float) -> None:
    """Write ``detections`` to ``doc.spans["triggers"]``, one one-word span per word
    labelled with its likeliest type; the group's attrs hold, per span, ``scores`` (how
    likely an event at all), ``seen`` (how often its lemma was a candidate in
    training) and ``types`` (the probability of each type in ``labels`` order, given
    an event). Words less likely than ``floor`` are left out, except those a rule
    names: the events stage may veto them, and a word left out is one the detector
    says nothing of."""
    from spacy.tokens import Span

    from newstrace.extract.doc import TRIGGERS

    spans, scores, seen, types = [], [], [], []
    for i, d in sorted(detections.items()):
        if d.score >= floor or lexicon_lemma(doc[i]):
            spans.append(Span(doc, i, i + 1, label=d.type))
            scores.append(d.score)
            seen.append(d.seen)
            types.append(d.types)
    if types:  # one conversion for all: per-row tolist() costs more than the features
        types = np.vstack(types).tolist()
    doc.spans[TRIGGERS] = spans
    attrs = doc.spans[TRIGGERS].attrs
    attrs["scores"], attrs["seen"], attrs["labels"], attrs["types"] = scores, seen, list(labels), types


@cache
def shipped() -> TriggerDetector:
    """The detector in the package, or the file NEWSTRACE_EVENT_DETECTOR names (a
    detector trained on part of the corpus, as cross-validation does)."""
    path = os.environ.get("NEWSTRACE_EVENT_DETECTOR") or str(
        resources.files("newstrace").joinpath("data/models/event_detector.npz"))
    if not Path(path).is_file():
        raise FileNotFoundError(f"event detector {path}: no such file (train one with scripts/train-events)")
    return TriggerDetector.load(path)
