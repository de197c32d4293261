"""Gold records -> parsed Docs whose trigger heads are labelled, for the event-trigger detector.

Each gold event becomes one labelled token in its sentence: the word of the trigger
phrase that tells the act, as :func:`head_token` picks it (``benchmarks/events/errors.py``
reports its misses by the same word).

An event whose sentence or trigger can't be found is counted and left out, never guessed.
"""
from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newstrace import nlp as nlp_module
from newstrace.record import Article

SPANS_KEY = "events"
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


@dataclass
class Conversion:
    articles: int = 0
    events: int = 0
    labelled: int = 0
    lost: list[str] = field(default_factory=list)


def trigger_lemmas() -> set[str]:
    return set(trigger_pos())


@cache
def trigger_pos() -> dict[str, frozenset[str]]:
    """Each trigger lemma of ``data/events.toml`` and the parts of speech its rules read it as."""
    rules = tomllib.loads(resources.files("newstrace").joinpath("data/events.toml").read_text(encoding="utf-8"))
    pos: dict[str, set[str]] = {}
    for rule in rules.get("trigger", []):
        for lemma in rule.get("lemmas", []):
            pos.setdefault(lemma, set()).update(rule.get("pos", []))
    return {lemma: frozenset(p) for lemma, p in pos.items()}


def _pattern(phrase: str) -> re.Pattern[str]:
    words = phrase.translate(_QUOTES).split()
    return re.compile(r"\s+".join(re.escape(w) for w in words))


def _find(phrase: str, text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    match = _pattern(phrase).search(text.translate(_QUOTES), start, len(text) if end is None else end)
    return (match.start(), match.end()) if match else None


def _first(value):
    return value[0] if isinstance(value, list) else value


# words of a name: "Islamic State", "Air Force" name no act
_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# a copula's or preposition's word that tells what is said of the subject or object
_PREDICATES = ("attr", "acomp", "oprd", "pobj", "pcomp")
_CONTENT = ("VERB", "NOUN", "PROPN", "ADJ")


def _named(token: Token, lexicon: set[str]) -> bool:
    """The lexicon names the word as what it is here: a rule lists its lemma for its part of
    speech ("bars" in "behind bars" is no verb "bar"; "back" in "come back" no trigger)."""
    lemma = token.lemma_.lower() if token.lemma_.lower() in lexicon else token.lower_
    if lemma not in lexicon:
        return False
    if token.pos_ == "PROPN":  # the small model tags some nominal triggers as proper nouns
        return token.ent_type_ not in _NAME_TYPES and "NOUN" in trigger_pos().get(lemma, ())
    return token.pos_ in trigger_pos().get(lemma, ())


def _act_word(span: Span, lexicon: set[str]) -> Token:
    root = span.root
    named = [t for t in span if _named(t, lexicon)]
    if named:
        return named[-1]
    if root.pos_ in _CONTENT:
        return root
    predicates = [c for c in root.children if c.dep_ in _PREDICATES and c in span and c.pos_ in _CONTENT]
    predicates += [g for c in root.children if c.dep_ == "prep" for g in c.children
                   if g.dep_ in _PREDICATES and g in span and g.pos_ in ("NOUN", "ADJ")]
    # a phrase of pieces with heads outside it ("economic coercion by China"): its first content one
    heads = [t for t in span if t.pos_ in _CONTENT and not (span.start <= t.head.i < span.end)]
    if root.pos_ != "AUX" and heads:
        return heads[0]
    return predicates[0] if predicates else root


def head_token(doc: Doc, sentence: tuple[int, int], trigger: str, lexicon: set[str]) -> int | None:
    """The one word of a gold trigger phrase that the detector learns: the word an event
    reader takes for the act. The phrase is found in the gold sentence, then, first that holds:

    1. the last word the lexicon names for its part of speech: a light verb's event noun
       ("made a state visit" -> visit, "held talks" -> talks, "imposed sanctions" ->
       sanctions), "fought back" -> fought ("back" is named as no adverb), "was killed by US
       special forces" -> killed ("force" is named as a verb only; a word of a name names
       none);
    2. its root when a verb, noun or adjective: "put him behind bars" -> put (a light verb
       whose noun the lexicon names as no noun: "bar" is a verb), "stab in the back" -> stab;
    3. for a function word at its root: a copula's predicate ("is the aggressor" ->
       aggressor, "are in contact" -> contact); a content word of the phrase whose head is
       outside it ("economic coercion by China" -> coercion), else a preposition's object ("in
       conflict against" -> conflict); else the root itself ("Another was").

    "Named" is by lemma and part of speech, as the lexicon's rules match. When the phrase is
    not found, its first word found anywhere in the sentence is taken.
    """
    found = _find(trigger, doc.text, *sentence)
    if found is not None:
        span = doc.char_span(*found, alignment_mode="expand")
        if span is not None and len(span):
            return _act_word(span, lexicon).i
    words = trigger.split()
    if words:
        found = _find(words[0], doc.text, *sentence)
        if found is not None:
            span = doc.char_span(*found, alignment_mode="expand")
            if span is not None and len(span):
                return span.root.i
    return None


def gold_doc(nlp: Language, record: dict, lexicon: set[str], stats: Conversion) -> Doc:
    # made as the reader makes an article's Doc: its headline and dateline end a sentence
    article = Article(**{k: record.get(k) for k in ("id", "title", "url", "source", "published", "text")})
    doc = nlp(nlp_module.make_doc(nlp, article))
    labelled: dict[int, str] = {}
    for event in record.get("events") or []:
        stats.events += 1
        sentences = event["sentence"] if isinstance(event["sentence"], list) else [event["sentence"]]
        where = next((s for s in (_find(x, doc.text) for x in sentences) if s), None)
        if where is None or not event.get("trigger"):
            stats.lost.append(f"{record['id']}: sentence not found: {sentences[0][:60]!r}")
            continue
        token = head_token(doc, where, event["trigger"], lexicon)
        if token is None:
            stats.lost.append(f"{record['id']}: trigger not found: {event['trigger']!r}")
            continue
        labelled.setdefault(token, _first(event["type"]))
    doc.spans[SPANS_KEY] = [Span(doc, i, i + 1, label=label) for i, label in sorted(labelled.items())]
    stats.labelled += len(labelled)
    stats.articles += 1
    return doc


def read_gold(paths: list[Path]) -> list[dict]:
    files = sorted(f for p in paths for f in (p.glob("*.json") if p.is_dir() else [p]))
    return [json.loads(f.read_text(encoding="utf-8")) for f in files]



