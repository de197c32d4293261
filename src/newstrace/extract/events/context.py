"""When, where and how many: the circumstances the parse attaches to a trigger.

- date: a DATE/TIME expression in the trigger's clause, else a time adverb on it
  ("recently"), resolved against the publication date; a vague one keeps its words;
- location: a place entity in an "in/at/near" phrase of the trigger's clause, else the
  article's dateline ("NAIROBI, Kenya —");
- quantity: a number on the thing acted on or with, with its qualifier ("over 10,000
  soldiers", "at least 2,400 people").
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newstrace.extract.dates import VAGUE, resolve_date
from newstrace.extract.events.article import ArticleView
from newstrace.extract.events.lexicon import words

PLACE_TYPES = {"GPE", "LOC", "FAC"}
DATELINE = re.compile(r"^\s*([A-Z][A-Za-z.'\- ]{1,40}?)(?:,\s*[A-Z][A-Za-z.' ]{1,30})?\s*(?:\([^)]{1,40}\)\s*)?[—–]|^\s*([A-Z][A-Z.'\- ]{2,30}),?\s*(?:\([^)]{1,40}\)\s*)?[-—–]{1,2}\s")


def clause_of(trigger: Token) -> Token:
    """The verb whose clause holds the trigger (the trigger itself for a verb)."""
    t = trigger
    while t.pos_ not in ("VERB", "AUX") and t.head != t:
        t = t.head
    return t


def _in_clause(token: Token, clause: Token) -> bool:
    t = token
    for _ in range(12):
        if t == clause:
            return True
        if t.head == t or t.dep_ in ("ccomp", "advcl", "relcl", "parataxis") and t.head == clause and t != token:
            return t.head == clause and t.dep_ not in ("ccomp", "advcl", "relcl", "parataxis")
        t = t.head
    return False


def date_of(trigger: Token, view: ArticleView) -> tuple[str | None, str | None]:
    clause = clause_of(trigger)
    sentence: Span = trigger.sent
    dates = [e for e in view.time_expressions if sentence.start <= e.start < sentence.end]
    near = [e for e in dates if _in_clause(e.root, clause) or _in_clause(e.root, trigger)]
    expression, before = None, None
    if near:
        closest = min(near, key=lambda e: abs(e.start - trigger.i))
        expression = closest.text
        # the word in front tells a year ("in 2019") from a number ("resolution 2259")
        before = trigger.doc[closest.start - 1].lower_ if closest.start > 0 else ""
    else:
        for t in list(trigger.children) + list(clause.children):
            if t.lower_ in words("time_adverbs") or (t.dep_ == "amod" and t.lower_ in words("time_adjectives")):
                expression = t.text
                break
    if expression is None:
        return None, None
    date = resolve_date(expression, view.published, before=before)
    if date is None and VAGUE.match(expression.strip()) and view.published:
        date = view.published[:10]
    return date, expression


def location_of(trigger: Token, view: ArticleView, exclude: set[str]) -> str | None:
    clause = clause_of(trigger)
    for head in (trigger, clause):
        for t in head.subtree:
            if t.dep_ == "pobj" and t.head.lower_ in words("place_preps") and t.head.head in (trigger, clause):
                ent = view.table.at(t.left_edge.idx, t.idx + len(t.text))
                if ent is not None and ent.type in PLACE_TYPES and ent.name not in exclude:
                    return ent.name
    return _dateline(view)


def _dateline(view: ArticleView) -> str | None:
    m = DATELINE.match(view.text[:120])
    if not m:
        return None
    place = (m.group(1) or m.group(2) or "").strip()
    start = view.text.index(place)
    ent = view.table.at(start, start + len(place))
    return ent.name if ent is not None else place.title()


def quantity_of(tokens: list[Token | None]) -> str | None:
    for token in tokens:
        if token is None:
            continue
        for child in token.children:
            if child.dep_ == "nummod" or (child.dep_ == "amod" and child.lower_ in words("quantity_modifiers")):
                count = [t for t in child.subtree if t.dep_ not in ("punct",)]
                return " ".join([t.text for t in count] + [token.text])
        if token.pos_ == "NUM" or token.lower_ in words("quantity_nouns"):
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            lead = " ".join(t.text for t in token.subtree if t.i <= token.i)
            return f"{lead} of {obj.text}" if obj is not None else lead
    return None
