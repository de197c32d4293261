"""When, where and how many: the circumstances the parse attaches to a trigger.

- date: see ``date_of`` (an expression in the trigger's clause, a time adverb on it, an
  expression elsewhere in the sentence), resolved against the publication date by
  ``extract/dates.py``; a vague one ("recently") dates the event to publication;
- location: see ``location_of`` (the trigger's own "in/at/near" phrase, the place a
  visit goes to, another such phrase of the sentence, the dateline);
- an event whose sentence gives no date or place takes those of the event one sentence
  before it, and a place still missing is the lead's (``carry_context``);
- quantity: a number on the thing acted on or with, with its qualifier ("over 10,000
  soldiers", "at least 2,400 people").
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from newstrace.data import load_toml
from newstrace.extract.countries import country_named
from newstrace.extract.dates import VAGUE, resolve_date
from newstrace.extract.events.article import ArticleView
from newstrace.extract.events.lexicon import words
from newstrace.extract.events.merge import Candidate
from newstrace.extract.gazetteer import places_named

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
    clause (nearest first; for a verb joined to another, "sentenced ... and banned", that
    verb's expressions come before one on another noun), else a time adverb on the trigger or its clause ("recently"),
    else the nearest date expression elsewhere in the sentence. An expression that gives
    no date ("for two days") gives way to the next one; a vague one ("recently") dates
    the event to publication."""
    clause = clause_of(trigger)
    sentence: Span = trigger.sent
    dates = view.time_expressions_within(sentence.start, sentence.end)
    near = [e for e in dates if _in_clause(e.root, clause) or _in_clause(e.root, trigger)]
    # "the 2004 bombing", "his 2016 arrest": a date on another noun dates that noun's
    # event first, so it comes last
    by_distance = sorted(near, key=lambda e: (_dates_another_noun(e, trigger), abs(e.start - trigger.i)))
    # "Last month, a court sentenced him and banned him from politics": a verb joined to
    # another shares its date, before an expression on another noun of its own clause
    head = clause.head if clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") else None
    shared = sorted((e for e in dates if e not in near and head is not None and _in_clause(e.root, head)
                     and not _dates_another_noun(e, head)), key=lambda e: abs(e.start - trigger.i))
    if shared:
        own = [e for e in by_distance if not _dates_another_noun(e, trigger)]
        by_distance = own + shared + [e for e in by_distance if e not in own]
    adverb = None
    for t in list(trigger.children) + list(clause.children):
        if t.lower_ in words("time_adverbs") or (t.dep_ == "amod" and t.lower_ in words("time_adjectives")):
            adverb = t.text
            break
    rest = sorted((e for e in dates if e not in near and e not in shared),
                  key=lambda e: (_dates_another_noun(e, trigger), abs(e.start - trigger.i)))
    candidates: list[tuple[str, str | None]] = [(e.text, _word_before(e)) for e in by_distance]
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


def _dates_another_noun(expression: Span, trigger: Token) -> bool:
    root = expression.root
    return (root.dep_ in ("compound", "amod", "nummod", "poss", "nmod") and root.head.pos_ in ("NOUN", "PROPN")
            and root.head != trigger and not (root.head.ent_type_ in ("DATE", "TIME")))


def _word_before(expression: Span) -> str:
    """The word in front tells a year ("in 2019") from a number ("resolution 2259")."""
    return expression.doc[expression.start - 1].lower_ if expression.start > 0 else ""


def location_of(trigger: Token, view: ArticleView, exclude: set[str]) -> str | None:
    """Where the event took place, the first of:

    1. a place in an "in/at/near ..." phrase on the trigger or its clause, not the actor
       or target ("attacked a base in Kalat", "met in Bangui"); of several, a town or
       region before a country ("in Clairton, Pennsylvania, in the United States"); in
       "in Pakistan's southwest province of Balochistan" the most specific place of the
       phrase; "in the city" is the last city named before it;
    2. the place a movement or visit goes to ("visited Beijing", "a visit to Europe");
    3. a place in an "in/at/near ..." phrase elsewhere in the sentence, nearest first;
    4. the article's dateline ("NAIROBI, Kenya —").
    """
    clause = clause_of(trigger)
    in_sentence = view.place_objects(trigger.sent)
    # the walk over the clause only when the sentence has such a phrase on it (most have none)
    own = [t for head in (trigger, clause) for t in head.subtree
           if t.dep_ == "pobj" and t.head.lower_ in words("place_preps") and t.head.head in (trigger, clause)] \
        if any(t.head.head in (trigger, clause) for t in in_sentence) else []
    found = _most_specific([_place_in(t, view, exclude) for t in sorted(own, key=lambda t: abs(t.i - trigger.i))])
    if found:
        return found
    if trigger.lemma_.lower() in words("destination_lemmas"):
        for t in trigger.subtree:
            if (t.dep_ == "dobj" and t.head == trigger) or (
                    t.dep_ == "pobj" and t.head.lower_ in ("to", "in", "into") and t.head.head == trigger):
                place = _place_in(t, view, set())
                if place:
                    return place
    others = [t for t in in_sentence if t not in own]
    found = _most_specific([_place_in(t, view, exclude) for t in sorted(others, key=lambda t: abs(t.i - trigger.i))])
    return found or view.dateline_place


def _most_specific(places: list[str | None]) -> str | None:
    """The first town or region of the list, else its first place (a country)."""
    named = [p for p in places if p]
    return next((p for p in named if country_named(p) is None), named[0] if named else None)


def _place_in(obj: Token, view: ArticleView, exclude: set[str]) -> str | None:
    """The place an object of a preposition names: the entity at its head word, else the
    most specific place inside its phrase ("Pakistan's southwest province of
    Balochistan" -> Balochistan), else the place "the city", "the country" refers to."""
    ent = view.entity_at(obj)
    if ent is not None and ent.type in PLACE_TYPES and ent.name not in exclude:
        return ent.name
    inside = []
    for t in obj.subtree:
        ent = view.entity_at(t)
        if ent is not None and ent.type in PLACE_TYPES and ent.name not in exclude and ent not in inside:
            inside.append(ent)
    if inside:
        return _most_specific([e.name for e in reversed(inside)])
    # a town the entity recogniser missed ("in the Polish city of Gdańsk"): a proper noun
    # of the phrase that the gazetteer knows
    for t in obj.subtree:
        if t.pos_ == "PROPN" and t.dep_ != "compound" and t.ent_type_ in ("", "GPE", "LOC", "FAC"):
            name = " ".join(x.text for x in t.subtree if x.i <= t.i and (x.pos_ == "PROPN" or x == t)) or t.text
            if places_named(name):
                return name
    if obj.lower_ in words("referring_place_nouns") and any(c.lower_ in ("the", "this", "that") for c in obj.children):
        return _place_before(obj, view, country=obj.lower_ in words("country_nouns"))
    return None


def _place_before(token: Token, view: ArticleView, *, country: bool) -> str | None:
    """The last place named before ``token`` of the kind it refers to: a country for "the
    country", a town or region for "the city", "the province"."""
    for _, _, ent in reversed(view.entities_before(token.idx)):
        if ent.type in ("GPE", "LOC") and (country_named(ent.name) is not None) == country:
            return ent.name
    return None


def carry_context(events: list[Candidate], doc: Doc, view: ArticleView | None = None) -> list[Candidate]:
    """A story told over several sentences gives its when and where once: an event whose
    sentence has no date or place takes those of the event just before it, when that one
    is at most ``carry_sentences`` sentences back (``data/places.toml``,
    ``data/dates.toml``); a planned or possible event never takes a past event's date.
    An event still without a place takes the story's: the first place an event of the
    lead (its first ``lead_sentences`` sentences) took place in; else (given ``view``)
    the place its actor acts in (``actor_place``: the actor itself when it is a place,
    else its country), else the article's main country (``main_country``)."""
    ordinal = {s.start: i for i, s in enumerate(doc.sents)}
    places = load_toml("places.toml")
    date_reach, place_reach = int(load_toml("dates.toml")["carry_sentences"]), int(places["carry_sentences"])
    ordered = sorted(events, key=lambda e: e.token_index)
    lead = next((e.location for e in ordered
                 if e.location and ordinal.get(e.sentence_index, 99) < int(places["lead_sentences"])), None)
    carried: dict[int, Candidate] = {}
    last_date: tuple[int, str] | None = None
    last_place: tuple[int, str] | None = None
    for event in ordered:
        here = ordinal.get(event.sentence_index, -1)
        changes: dict[str, Any] = {}
        if event.date is None and last_date and here - last_date[0] <= date_reach and event.modality not in (
                "planned", "possible"):
            changes["date"] = last_date[1]
        if event.location is None and last_place and here - last_place[0] <= place_reach:
            changes["location"] = last_place[1]
        elif event.location is None and lead:
            changes["location"] = lead
        elif event.location is None and view is not None:
            home = (actor_place(event.actor, view) if places.get("actor_place") else None) or (
                main_country(view, float(places["main_country_share"])) if places.get("main_country") else None)
            if home:
                changes["location"] = home
        if event.date:
            last_date = (here, event.date)
        if event.location:
            last_place = (here, event.location)
        carried[id(event)] = replace(event, **changes) if changes else event
    return [carried[id(e)] for e in events]


def country_entity(alpha3: str | None, view: ArticleView) -> str | None:
    """The article's entity for the country of ``alpha3`` ("Turkey"), when it names it."""
    if not alpha3:
        return None
    for ent in view.table.entities:
        country = country_named(ent.name) if ent.type in ("GPE", "LOC") else None
        if country is not None and country.alpha3 == alpha3:
            return ent.name
    return None


def state_of(place: str | None, view: ArticleView) -> str | None:
    """The country a place lies in, as the article's entity for it ("Istanbul" -> Turkey)."""
    if not place:
        return None
    country = country_named(place)
    if country is not None:
        return country_entity(country.alpha3, view)
    ent = view.table.named(place)
    return country_entity(ent.country, view) if ent is not None and ent.type in PLACE_TYPES else None


def actor_place(actor: str | None, view: ArticleView) -> str | None:
    """Where an actor acts when nothing else says: a place acts where it is ("Burundi had
    civil war"), a person or group in its country ("Trump declared an emergency")."""
    ent = view.table.named(actor) if actor else None
    if ent is None:
        return None
    if ent.type in ("GPE", "LOC"):
        return ent.name
    return country_entity(ent.country, view)


def main_country(view: ArticleView, share: float = 0.5) -> str | None:
    """The country most of the article's country mentions name, when it has at least
    ``share`` of them (``main_country_share`` of ``data/places.toml``)."""
    counts = {ent.name: len(ent.mentions) for ent in view.table.entities
              if ent.type in ("GPE", "LOC") and country_named(ent.name) is not None}
    total = sum(counts.values())
    if not total:
        return None
    name, n = max(counts.items(), key=lambda x: x[1])
    return name if n >= share * total else None


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
