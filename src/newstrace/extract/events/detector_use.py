"""The learned detector's use: how the rules weigh the word the learned trigger stage
(:mod:`~newstrace.extract.events.detector`) wrote on each token.

Step 1 (a)-(c) of the fallback order in :mod:`newstrace.extract.events`: which tokens the
loop of :func:`~newstrace.extract.events.extract_events` looks at (``_maybe_triggers``), what
the stage wrote, by token (``_detected``), the thresholds of ``[detector]`` in
``data/events.toml`` (``DETECTOR``: the veto ``keep``, ``keep_seen``, the ``retype``
margin, ``add``, ``keep_bare``), whether a word no rule fired on becomes a trigger (``_adds``) and the rule
it is read by (``_learned_rule``). ``DETECTOR`` is read here and by the loop: patch it on
this module.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Doc, Token

from newstrace.data import load_toml
from newstrace.extract.doc import TRIGGERS
from newstrace.extract.events.detector import lexicon_types, word_table, written_triggers
from newstrace.extract.events.lexicon import Rule, default_target_preps, lemma, lexicon_keys, types
from newstrace.extract.parsearrays import parse_arrays


def _maybe_triggers(doc: Doc, detected: Mapping[int, _Learned] | None) -> list[int]:
    """The tokens the loop of ``extract_events`` can make anything of, in order: a word of the trigger
    lexicon (by lemma or by its own form, as :func:`~newstrace.extract.events.lexicon.match`
    looks it up), a word that may voice a demand (``speech_acts._reported_demand``: one with a
    "must" or "should" of its own, or "need"), or a word the learned stage finds at
    least ``[detector] add`` likely to tell an event (a word no rule names becomes a
    trigger only then; the stage writes every word above its floor, three times as
    many). The others, most of an article, would each be turned down by every test."""
    parse = parse_arrays(doc)  # built by the trigger stage before
    # from the Doc's word table (the triggers stage made it: maps in C over the Doc's
    # lemmas and forms, not a Python step per word)
    words = word_table(doc)
    found = set(words.keyed_or_demand)
    dep, head = parse.dep, parse.head
    found.update(head[i] for i in words.obligations if dep[i] == "aux")  # their verbs
    if detected:
        found.update(i for i, learned in detected.items() if learned.score >= DETECTOR.add)
    return sorted(found)


@dataclass(frozen=True)
class _DetectorUse:
    keep: float
    keep_seen: int
    add: float
    add_pos: frozenset[str]
    add_named: bool
    retype: float
    add_named_at: float
    add_named_agree: bool
    keep_bare: float


def detections_read() -> tuple[frozenset[str], frozenset[str]]:
    """The words :func:`extract_events` reads the learned stage's word on, as (lemmas
    and forms, parts of speech): a word whose lemma or own form a rule names (a rule may
    match it: the detector may veto or retype it) or one of a part of speech the
    detector adds triggers of (``[detector] add_pos``). Of any other word (an adjective
    or a proper noun no rule names) what the stage wrote changes nothing here: the loop
    would take it into ``_maybe_triggers`` at most, where a demand needs a verb, no rule
    matches it and none is added for it. The triggers stage need not score those."""
    return lexicon_keys(), DETECTOR.add_pos


def _detector_use() -> _DetectorUse:
    table = load_toml("events.toml")["detector"]
    add = float(table["add"])
    return _DetectorUse(keep=float(table["keep"]), keep_seen=int(table.get("keep_seen", 0)), add=add,
                        add_pos=frozenset(table["add_pos"]), add_named=bool(table.get("add_named", True)),
                        retype=float(table.get("retype", 2.0)), add_named_at=float(table.get("add_named_at", add)),
                        add_named_agree=bool(table.get("add_named_agree", False)),
                        keep_bare=float(table.get("keep_bare", 2.0)))


# The thresholds the events stage reads; tests and training scripts replace it to try others.
DETECTOR = _detector_use()


class _Learned(NamedTuple):
    """What the learned trigger stage says of one word (a named tuple: one is made for
    each of the ~16,000 words the stage writes over the corpus, and a frozen dataclass
    costs three times as much to make)."""
    type: str  # its likeliest event type
    score: float  # how likely it tells an event at all
    seen: int  # how often its lemma was a candidate in training
    labels: list[str]  # the columns of ``types``
    types: list[float]  # the probability of each type, given an event

    def margin(self, rule_type: str) -> float:
        """How much likelier the detector finds its own type than ``rule_type``."""
        if not self.types or rule_type not in self.labels:
            return 0.0
        return self.types[self.labels.index(self.type)] - self.types[self.labels.index(rule_type)]


def _detected(doc: Doc) -> dict[int, _Learned] | None:
    """What the learned trigger stage wrote, by token; None when that stage did not
    run, so the rules work alone."""
    if TRIGGERS not in doc.spans:
        return None
    group = doc.spans[TRIGGERS]
    attrs = group.attrs
    labels = attrs.get("labels") or []
    n = len(group)
    seen = attrs.get("seen") or [0] * n
    types = attrs.get("types") or [[]] * n
    written = written_triggers(doc)  # the stage's own table: no Span made per word
    if written is None:
        spans = list(group)
        written = [span.start for span in spans], [span.label_ for span in spans]
    return {i: _Learned(label, score, count, labels, dist)
            for i, label, score, count, dist in zip(*written, attrs["scores"], seen, types)}


def _adds(token: Token, learned: _Learned) -> bool:
    """Whether the detector makes a trigger of a word no rule fired on: one no rule
    names at ``add``; one whose lemma some rule names (its constraints failed) at
    ``add_named_at``, and only when ``add_named`` and, with ``add_named_agree``, when the
    detector's type is one the lexicon gives that lemma."""
    named = lexicon_types(token)
    if not named:
        return learned.score >= DETECTOR.add
    return DETECTOR.add_named and learned.score >= DETECTOR.add_named_at and (
        not DETECTOR.add_named_agree or learned.type in named)


def _learned_rule(token: Token, event_type: str) -> Rule:
    """A rule for a word no lexicon rule names, typed by the detector: roles are read
    as for any trigger of that part of speech."""
    preps = default_target_preps()
    if event_type in types("both_ways_with"):
        # talks or a deal are held *with* the other side ("following talks with X"), as
        # the lexicon's own rules for them read it
        preps += tuple(load_toml("events.toml")["defaults"]["partner_target_preps"])
    return Rule(type=event_type, lemmas=frozenset({lemma(token)}), pos=frozenset({token.pos_, "NOUN"}),
                mode=None, target_preps=preps)
