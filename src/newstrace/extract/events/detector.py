"""The learned trigger detector: for each content word, how likely it tells an event
of each PLOVER type, from the word and the parse around it.

A linear model over sparse features (below), trained on the annotated corpus by
``scripts/train-events`` and shipped as ``data/models/event_detector.npz``: the
feature names, the labels (the 16 types and ``NONE``) and one weight per pair. Run time
needs only NumPy; scikit-learn is used to train it, not to run it.

The features keep what the lexicon knows (the types whose rules name this lemma, and
the rule that fires with its constraints) beside what it can't see: the word's
neighbours, its arguments' lemmas and entity types, its governor, whether it is
negated or inside quotation marks.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
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


def is_candidate(token: Token) -> bool:
    return token.pos_ in CANDIDATE_POS or token.lemma_.lower() in _types_by_lemma()


_QUOTE_MARKS = frozenset({'"', "“", "”"})


def features(token: Token, in_quote: bool) -> list[str]:
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


@dataclass(frozen=True)
class TriggerDetector:
    labels: tuple[str, ...]
    index: dict[str, int]
    weights: np.ndarray  # features x labels
    bias: np.ndarray

    @classmethod
    def load(cls, path: str | Path) -> "TriggerDetector":
        with np.load(path, allow_pickle=False) as data:
            names = [str(x) for x in data["features"]]
            return cls(tuple(str(x) for x in data["labels"]), {n: i for i, n in enumerate(names)},
                       data["weights"].astype(np.float32), data["bias"].astype(np.float32))

    def save(self, path: str | Path) -> None:
        names = sorted(self.index, key=self.index.get)
        np.savez_compressed(path, labels=np.array(self.labels), features=np.array(names),
                            weights=self.weights.astype(np.float16), bias=self.bias)

    def probabilities(self, token: Token, in_quote: bool) -> dict[str, float]:
        rows = [self.index[f] for f in features(token, in_quote) if f in self.index]
        scores = self.bias + (self.weights[rows].sum(axis=0) if rows else 0.0)
        scores = np.exp(scores - scores.max())
        scores /= scores.sum()
        return dict(zip(self.labels, scores.tolist()))

    def detect(self, doc: Doc) -> dict[int, tuple[str, float]]:
        """For each candidate word: its likeliest event type and how likely it tells an
        event at all (one minus the probability of no event). All words are scored in
        one matrix operation: per-word NumPy calls would cost more than the features."""
        quoted = quote_parity(doc)
        words, rows, starts = [], [], []
        for token in doc:
            if is_candidate(token):
                words.append(token.i)
                starts.append(len(rows))
                rows.extend(self.index[f] for f in features(token, quoted[token.i]) if f in self.index)
        if not words:
            return {}
        gathered = np.vstack([self.weights[rows], np.zeros((1, len(self.labels)), dtype=np.float32)])
        bounds = np.array(starts + [len(rows)])
        sums = np.add.reduceat(gathered, bounds[:-1], axis=0)
        sums[bounds[:-1] == bounds[1:]] = 0.0  # a word with no known feature scores the bias alone
        scores = sums + self.bias
        scores = np.exp(scores - scores.max(axis=1, keepdims=True))
        scores /= scores.sum(axis=1, keepdims=True)
        none = self.labels.index(NONE)
        events = 1.0 - scores[:, none]
        scores[:, none] = -1.0
        best = scores.argmax(axis=1)
        return {i: (self.labels[b], float(p)) for i, b, p in zip(words, best, events)}


@cache
def shipped() -> TriggerDetector:
    """The detector in the package, or the file NEWSTRACE_EVENT_DETECTOR names (a
    detector trained on part of the corpus, as cross-validation does)."""
    path = os.environ.get("NEWSTRACE_EVENT_DETECTOR") or str(
        resources.files("newstrace").joinpath("data/models/event_detector.npz"))
    if not Path(path).is_file():
        raise FileNotFoundError(f"event detector {path}: no such file (train one with scripts/train-events)")
    return TriggerDetector.load(path)
