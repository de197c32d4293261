"""When, where and how many: the circumstances the parse attaches to a trigger.

- date: see ``date_of`` (an expression in the trigger's clause, a time adverb on it, an
  expression elsewhere in the sentence), resolved against the publication date by
  ``extract/dates.py``; a vague one ("recently") dates the event to publication;
- location: see ``location_of`` (the trigger's own "in/at/near" phrase, the place a
  visit goes to, another such phrase of the sentence, the dateline);
- quantity: a number on the thing acted on or with, with its qualifier ("over 10,000
  soldiers", "at least 2,400 people").
"""
from __future__ import annotations


from spacy.tokens import Span, Token

from newstrace.extract.countries import country_named
from newstrace.extract.dates import VAGUE, resolve_date
from newstrace.extract.events.article import ArticleView
from newstrace.extract.events.lexicon import words
from newstrace.extract.places import dateline

PLACE_TYPES = {"GPE", "LOC", "FAC"}


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
    """The event's date and the words that gave it: a date expression in the trigger's
    clause (nearest first), else a time adverb on the trigger or its clause ("recently"),
    else the nearest date expression elsewhere in the sentence. An expression that gives
    no date ("for two days") gives way to the next one; a vague one ("recently") dates
    the event to publication."""
    clause = clause_of(trigger)
    sentence: Span = trigger.sent
    dates = [e for e in view.time_expressions if sentence.start <= e.start < sentence.end]
    near = [e for e in dates if _in_clause(e.root, clause) or _in_clause(e.root, trigger)]
    by_distance = sorted(near, key=lambda e: abs(e.start - trigger.i))
    adverb = None
    for t in list(trigger.children) + list(clause.children):
        if t.lower_ in words("time_adverbs") or (t.dep_ == "amod" and t.lower_ in words("time_adjectives")):
            adverb = t.text
            break
    rest = sorted((e for e in dates if e not in near), key=lambda e: abs(e.start - trigger.i))
    candidates = [(e.text, _word_before(e)) for e in by_distance]
    candidates += [(adverb, None)] if adverb else []
    candidates += [(e.text, _word_before(e)) for e in rest]
    for expression, before in candidates:
        date = resolve_date(expression, view.published, before=before)
        if date is None and VAGUE.match(expression.strip()) and view.published:
            date = view.published[:10]
        if date is not None:
            return date, expression
    if candidates and (by_distance or adverb):
        return None, candidates[0][0]
    return None, None


def _word_before(expression: Span) -> str:
    """The word in front tells a year ("in 2019") from a number ("resolution 2259")."""
    return expression.doc[expression.start - 1].lower_ if expression.start > 0 else ""


def location_of(trigger: Token, view: ArticleView, exclude: set[str]) -> str | None:
    """Where the event took place, the first of:

    1. a place in an "in/at/near ..." phrase on the trigger or its clause, not the actor
       or target ("attacked a base in Kalat", "met in Bangui"); in "in Pakistan's
       southwest province of Balochistan" the most specific place of the phrase;
    2. the place a movement or visit goes to ("visited Beijing", "a visit to Europe");
    3. a place in an "in/at/near ..." phrase elsewhere in the sentence, nearest first;
    4. the article's dateline ("NAIROBI, Kenya —").
    """
    clause = clause_of(trigger)
    own = [t for head in (trigger, clause) for t in head.subtree
           if t.dep_ == "pobj" and t.head.lower_ in words("place_preps") and t.head.head in (trigger, clause)]
    for t in sorted(own, key=lambda t: abs(t.i - trigger.i)):
        place = _place_in(t, view, exclude)
        if place:
            return place
    if trigger.lemma_.lower() in words("destination_lemmas"):
        for t in trigger.subtree:
            if (t.dep_ == "dobj" and t.head == trigger) or (
                    t.dep_ == "pobj" and t.head.lower_ in ("to", "in", "into") and t.head.head == trigger):
                place = _place_in(t, view, set())
                if place:
                    return place
    others = [t for t in trigger.sent if t.dep_ == "pobj" and t.head.lower_ in words("place_preps") and t not in own]
    for t in sorted(others, key=lambda t: abs(t.i - trigger.i)):
        place = _place_in(t, view, exclude)
        if place:
            return place
    return _dateline(view)


def _place_in(obj: Token, view: ArticleView, exclude: set[str]) -> str | None:
    """The place an object of a preposition names: the entity at its head words, else
    the most specific place inside its phrase ("Pakistan's southwest province of
    Balochistan" -> Balochistan)."""
    ent = view.entity_at(obj)
    if ent is not None and ent.type in PLACE_TYPES and ent.name not in exclude:
        return ent.name
    inside = []
    for t in obj.subtree:
        ent = view.entity_at(t)
        if ent is not None and ent.type in PLACE_TYPES and ent.name not in exclude and ent not in inside:
            inside.append(ent)
    if not inside:
        return None
    # a town or region inside a country's phrase is the more precise answer
    specific = [e for e in inside if country_named(e.name) is None]
    return (specific or inside)[-1].name


def _dateline(view: ArticleView) -> str | None:
    line = dateline(view.text)
    if line is None:
        return None
    start, end, _ = line
    ent = view.table.at(start, end)
    return ent.name if ent is not None else view.text[start:end].title()


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
