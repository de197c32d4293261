"""When, where and how many: the circumstances the parse attaches to a trigger.

- date, in this order (the first that gives one):
  1. its own sentence (``date_of``): an expression in the trigger's clause, a time adverb on
     it, an expression elsewhere in the sentence, resolved against the publication date by
     ``extract/dates.py`` (a vague one, "now", dates the event to publication; a span,
     "last week", "the 1990s", "recently", gives none and stops the fallbacks below); a
     sentence opening "After the hearing," the day the hearing was last told (``_after_told``);
     an act in a clause told as before or after another's (", after a bullet hit him") never
     takes the time of the clause it hangs on, nor that clause's act the time of the "after"
     clause, and neither takes a day carried to it (``_sequence_clause``);
  2. a day counted from the story's ("the day before the rally": ``AnchoredText``), or the day
     last told for "the same day", "shortly afterwards" (``carry_context``);
  3. the day last told at most ``carry_sentences`` sentences back: a dated event's, or the day
     a time adverbial opening a sentence with no event sets ("On Saturday, ...";
     ``_frame_days``), never for a planned or possible act or one told in the perfect;
  4. the story's day, for an act in the simple past the story tells as its own
     (``_past_act_of_story_day``);
  5. (replacing 1) for an act dated only by the page's date line, or told as the object of a
     preposition, the day a later sentence gives when it retells a happening of its kind (``_retold_day``);
- location: see ``location_of`` (the trigger's own "in/at/near" phrase, a building named in it
  included, "at the Mvog-Ada chicken market", or its clause's unless the trigger is a noun the clause's act is about, "a trial opened in Paris over the
  bombing"; its own "from" phrase; the place a visit goes to; the place an attack, raid,
  seizure or deployment is done to, its object or "on/against/into/at" phrase, even when that
  place is the act's target ("shelled Kharkiv, officials in Kyiv said": Kharkiv; "bombed a
  hospital in Gaza": Gaza; ``acted_on_places``); another such phrase of the
  sentence, one inside the trigger's own phrase first and one on another act's verb or
  event noun last, "officials in Kabul said"; the dateline); "the capital" is the capital of
  the country meant (``_capital_meant``); "the country" is the article's
  main country, else the last country named, never one named as the owner of the forces
  its sentence tells of ("the withdrawal of U.S. troops from the country": ``owner_of_forces``);
- an event whose sentence gives no place in such a phrase takes the place its sentence names
  elsewhere, else the lead's, the actor's or the article's country's, or the title's town
  of that country (``carry_context``, ``fallback_place``; ``place_fallbacks``; "retold": the place a
  later sentence gives when it retells the event's noun with "the"); an act of speech or
  decision (``verbal_place_types``: an accusation, a call, a refusal) takes only the place
  its sentence names or a retelling gives (``verbal_place_fallbacks``), never the lead's, its
  actor's or the article's country;
- quantity: a number on the thing acted on or with, with its qualifier ("over 10,000
  soldiers", "at least 2,400 people").
"""
from __future__ import annotations

import bisect
from dataclasses import replace
import datetime as _dt
from functools import cache
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from spacy.tokens import Doc, Token

from newstrace.data import load_toml
from newstrace.extract.cues import lexicon
from newstrace.extract.countries import Country, country_by_code, country_named, country_of_demonym
from newstrace.extract.dates import (VAGUE, WEEKDAY, WEEKDAYS, PageDayText, after_publication, ends_span,
                                     has_future_marker, is_page_stamp, names_decade, names_hour_only, names_time,
                                     names_week, published_date, resolve_date)
from newstrace.extract.events.article import ArticleView
from newstrace.extract.events.lexicon import match_at, words
from newstrace.extract.events.merge import Candidate
from newstrace.extract.entities import us_state_named
from newstrace.extract.gazetteer import (bare_name, capital_keys, capital_of, key, likely_within, places_named,
                                         premises_nouns, street_words, within, world_regions)
from newstrace.extract.parsearrays import ParseArrays, parse_arrays, sentences
from newstrace.extract.syntax import present_tense, present_time_clause
from newstrace.extract.triggerwords import noun_lemmas
from newstrace.record import Entity

PLACE_TYPES = {"GPE", "LOC", "FAC"}


def _clause_at(parse: ParseArrays, i: int) -> int:
    """The verb whose clause holds word ``i`` (the word itself for a verb)."""
    pos, heads = parse.pos, parse.head
    t = i
    while pos[t] not in ("VERB", "AUX") and heads[t] != t:
        t = heads[t]
    return t


_CLAUSE_DEPS = ("ccomp", "advcl", "relcl", "parataxis")
# a relative clause on a noun ("Berisha, who was defeated in 2013, rejected ... Thursday";
# "an election to be held on August 9"): its dates are its own verb's (participle clauses,
# "acl", measured too: one right, one wrong)
_NOUN_CLAUSE_DEPS = ("relcl",)


def _in_clause(parse: ParseArrays, word: int, clause: int, trigger: int = -1) -> bool:
    """Whether ``word`` belongs to the clause of the verb ``clause``, not to a clause
    below it (the walk up stops at a content or adverbial clause, whether it hangs off
    ``clause`` itself or off a word below it, and at
    a relative clause on a noun other than ``trigger``: "Berisha, who was defeated in
    2013, rejected ...": 2013 is not the rejection's date)."""
    heads, deps = parse.head, parse.dep
    t = word
    for _ in range(12):
        if t == clause:
            return True
        head = heads[t]
        if t != word and deps[t] in _NOUN_CLAUSE_DEPS and head not in (clause, trigger):
            return False
        if head == t or deps[t] in _CLAUSE_DEPS and head == clause and t != word:
            return head == clause and deps[t] not in _CLAUSE_DEPS
        if t != word and deps[t] in _CLAUSE_DEPS and head != trigger:
            # such a clause hanging off a word deeper down ("giving them permission to access
            # what she described ... on November 3"): the date is that clause's
            return False
        t = head
    return False


def date_of(trigger: Token, view: ArticleView, follow: bool = True) -> tuple[str | None, str | None]:
    """The event's date and the words that gave it: a date expression in the trigger's
    clause (nearest first; for a verb joined to another, "sentenced ... and banned", that
    verb's expressions come before one on another noun), else a time adverb on the trigger or its clause ("recently"),
    else the nearest date expression elsewhere in the sentence (not one of the clause an
    "after / before" clause holding the trigger hangs on, nor one inside such a clause that does
    not hold it: ``_sequence_clause``). An expression that gives
    no date ("for two days") gives way to the next one; a vague one ("recently") dates
    the event to publication. (The parse is read from the Doc's arrays: each expression's
    root, text and the word before it once per article, not per trigger.)"""
    parse = parse_arrays(trigger.doc)
    i = trigger.i
    clause = _clause_at(parse, i)
    sentence = view.sentence_of(i)
    dates = view.time_expression_facts(sentence.start, sentence.end)
    stamp_chars = int(load_toml("dates.toml").get("page_stamp_chars", 0))
    if stamp_chars and dates:  # "UPDATED: 19: 14 GMT, 12 April 2013": the page's time, no event's
        doc, text = trigger.doc, view.text
        dates = [e for e in dates if not is_page_stamp(text[max(0, doc[e.start].idx - stamp_chars):doc[e.start].idx])]
    model = load_toml("dates.toml").get("model_year_determiners")
    if model and dates:
        dates = [e for e in dates if not _model_year(parse, e, model)]
    near = [e for e in dates if _in_clause(parse, e.root, clause, i) or _in_clause(parse, e.root, i, i)]
    # "the 2004 bombing", "his 2016 arrest": a date on another noun dates that noun's
    # event first, so it comes last
    by_distance = sorted(near, key=lambda e: (_dates_another_noun(parse, e.root, i), abs(e.start - i)))
    # "Last month, a court sentenced him and banned him from politics": a verb joined to
    # another shares its date, before an expression on another noun of its own clause
    heads = parse.head
    # ("voted 368-7 on Tuesday, urging ...": a participle clause without a subject is told of its verb's time)
    head = heads[clause] if (parse.dep[clause] == "conj" or _participle_clause(parse, clause)) \
        and parse.pos[heads[clause]] in ("VERB", "AUX") else None
    # "As of Monday, he was in critical condition, after a bullet hit him": an act told as before
    # or after another is not at that other's time (the clause it hangs on gives it)
    sequenced = _sequence_clause(parse, clause)
    if sequenced is not None:
        dates = [e for e in dates if not _in_clause(parse, e.root, parse.head[sequenced])]
    # ... nor is the other act at the time of the clause told as before or after it ("Conyers
    # resigned, after the allegations came to light in 2017")
    dates = [e for e in dates if (s := _sequence_clause(parse, _clause_at(parse, e.root))) is None
             or i in _subtree(parse, s)]
    shared = sorted((e for e in dates if e not in near and head is not None and _in_clause(parse, e.root, head)
                     and not _dates_another_noun(parse, e.root, head)), key=lambda e: abs(e.start - i))
    if shared:
        own = [e for e in by_distance if not _dates_another_noun(parse, e.root, i)]
        by_distance = own + shared + [e for e in by_distance if e not in own]
    adverb = None
    lowers = parse.lower
    for t in parse.children(i) + parse.children(clause):
        if lowers[t] in words("time_adverbs") or (parse.dep[t] == "amod" and lowers[t] in words("time_adjectives")):
            adverb = _with_degree(parse, trigger.doc, t)
            break
    # ... nor at the time of the act that clause is joined to ("had expected to testify ... on Thursday
    # but after threatened with death ..., their testimony has been delayed": not Thursday;
    # ``sequenced_not_joined``)
    if sequenced is not None and parse.dep[heads[sequenced]] == "conj" \
            and load_toml("dates.toml").get("sequenced_not_joined"):
        other, kept = heads[heads[sequenced]], set(_subtree(parse, heads[sequenced]))
        joined = set(_subtree(parse, other))
        dates = [e for e in dates if e.root not in joined or e.root in kept]
    rest = sorted((e for e in dates if e not in near and e not in shared
                   and not _in_other_relative(parse, e.root, i)),
                  key=lambda e: (_dates_another_noun(parse, e.root, i), abs(e.start - i)))
    # "his 2016 arrest": a year on the event's own noun is its date whatever word comes before it
    candidates: list[tuple[str, str | None, Any]] = [
        (e.text, None if heads[e.root] == i and parse.dep[e.root] in ("nummod", "compound") else e.before, e)
        for e in by_distance]
    candidates += [(adverb, None, None)] if adverb else []
    candidates += [(e.text, e.before, e) for e in rest]
    # "released him on bail till October", "ruled from 1973 until 1990": the end of a span is
    # not when the act took place; such an expression comes last
    candidates.sort(key=lambda c: ends_span(c[1]))
    span_only: str | None = None  # the act's own words give a span and no day of it (below)
    for expression, before, facts in candidates:
        own_clause = facts is None or (facts in near and not _dates_another_noun(parse, facts.root, i))
        if span_only is not None and (facts is None or not own_clause):
            continue  # only a day of its own clause still dates it ("In recent weeks, ... arrested him on Tuesday")
        anchor = _anchored(parse, facts.root, expression) if facts is not None else None
        if anchor is not None:
            # "a few hours before the attack", "the day before the rally": counted from another
            # event's day, which carry_context reads as the story's (``AnchoredText.days``)
            return None, anchor
        shifted = (load_toml("dates.toml").get("story_shifted_days") or {}).get(expression.strip().casefold()) \
            if facts is not None else None
        if shifted is not None:
            # "had warned a day earlier": counted from the story's day, which carry_context reads
            return None, AnchoredText(expression, int(shifted))
        future = facts is not None and told_in_future(parse, facts.root)
        read = _future_weekday(facts, future) if facts is not None else expression
        if facts is not None and not future and told_in_future_in_past(parse, facts.root):
            read = _weekday_near(facts.text, view.published)
        date = resolve_date(read, view.published, before=before, future=future)
        if date is None and VAGUE.match(expression.strip()) and view.published \
                and not _vague_no_day(expression):
            date = view.published[:10]
        if date is None and (names_week(expression) or names_decade(expression) or _vague_no_day(expression)) \
                and own_clause:
            # "Rebels attacked the town earlier this week, officials said on Friday", "Rebels earlier
            # attacked the town, ...": the act's own words give a span and no day of it; the saying's
            # day is not the act's
            span_only = span_only or expression
            continue
        if date is not None:
            if facts is not None and view.date_line_span is not None \
                    and view.date_line_span[0] <= trigger.doc[facts.start].idx < view.date_line_span[1]:
                expression = PageDayText(expression)  # the page's day: a retelling's own day replaces it
                # ("Published: 2012. 08. 08 09: 01 AM" read as "08 09"): a piece of the date line is its day
                date = view.date_line_day or date
            return _counted_from(parse, i, date), expression
    if span_only is not None:
        return None, span_only
    told = _after_told(trigger.doc, view, sentence.start, sentence.end, i) if follow else None
    if told is not None:
        return told
    if candidates and (by_distance or adverb):
        # the nearest words that give no day ("the same day", "last week", "Tuesday" with no page's
        # day to count from) still tell when; an age, a count or a name the recogniser took for a
        # date ("15-year-old", "three years", "23") tells nothing of when
        expression, _, facts = candidates[0]
        if facts is None or names_time(expression) or expression.strip().casefold() in _anaphoric_days():
            return None, expression
    return None, None


def _model_year(parse: ParseArrays, e: Any, determiners: Collection[str]) -> bool:
    """A bare year between an indefinite article and the name it modifies ("a 2013 Toyota
    Camry"): the model's year, not a time (``model_year_determiners``)."""
    root = e.root
    return e.before in determiners and e.start == root and len(e.text) == 4 and e.text.isdigit() \
        and parse.dep[root] in ("nummod", "compound", "amod") and parse.pos[parse.head[root]] == "PROPN"


def _after_told(doc: Doc, view: ArticleView, start: int, end: int, i: int) -> tuple[str, str] | None:
    """"After the hearing, Hiller was ordered held": a sentence that opens with "after the" and a
    noun (``after_told_words``) told before in the article ("testifying Tuesday at Hiller's
    preliminary hearing") is told on the day its last mention gives (its date and the opening
    words), or None. The act of trigger ``i`` told in the past takes no day after the page's
    own ("A hearing is set for Friday. After the hearing, he was released": not on Friday;
    "..., the judge will order him held" may be)."""
    opening = _after_told_words()
    if not opening or end - start < 4 or doc[start].lower_ not in opening or doc[start + 1].lower_ != "the":
        return None
    # "After the preliminary hearing,": up to two modifiers, then the noun and a comma
    noun = next((t for t in range(start + 2, min(start + 5, end - 1))
                 if doc[t].pos_ == "NOUN" and doc[t + 1].text == ","), None)
    if noun is None or any(doc[t].pos_ not in ("ADJ", "NOUN", "PROPN") for t in range(start + 2, noun)):
        return None
    lemma = doc[noun].lemma_.lower()
    earlier = next((t for t in range(start - 1, -1, -1)
                    if doc[t].pos_ == "NOUN" and doc[t].lemma_.lower() == lemma), None)
    if earlier is None:
        return None
    date, _ = date_of(doc[earlier], view, follow=False)
    if date is None or len(date) != 10:
        return None
    if view.published and date > view.published[:10]:
        parse = parse_arrays(doc)  # told in the future: on the trigger's verb or one it hangs on
        if not any(told_in_future(parse, x) for x in parse.path_up(i)):
            return None
    return date, doc[start:noun + 1].text


@cache
def _after_told_words() -> frozenset[str]:
    """``after_told_words`` (``data/dates.toml``), case-folded: "after", "following"."""
    return frozenset(w.casefold() for w in load_toml("dates.toml").get("after_told_words") or ())


def _with_degree(parse: ParseArrays, doc: Doc, t: int) -> str:
    """A time adverb's words: with the adverb right before it that says how soon ("shortly
    afterwards") where the pair is one of ``anaphoric_days`` (``carry_context`` gives it the day
    last told), else the adverb alone."""
    degree = next((c for c in parse.children(t) if c == t - 1 and parse.dep[c] == "advmod"), None)
    if degree is not None and f"{parse.lower[degree]} {parse.lower[t]}" in _anaphoric_days():
        return doc[degree:t + 1].text
    return doc[t].text


@cache
def _anaphoric_days() -> frozenset[str]:
    """``anaphoric_days`` (``data/dates.toml``), case-folded: "the same day", "shortly afterwards"."""
    return frozenset(d.casefold() for d in load_toml("dates.toml").get("anaphoric_days") or ())


def _vague_no_day(expression: str | None) -> bool:
    """"recently", "earlier": a vague word that tells no day, not even the page's (``vague_no_day``)."""
    if not expression:
        return False
    return expression.strip().casefold() in _vague_no_day_words()


@cache
def _vague_no_day_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_toml("dates.toml").get("vague_no_day") or ())


class AnchoredText(str):
    """The words of a date counted from another event's day ("the day before the rally"),
    as ``date_of`` gives them for an event's ``date_text``, with the days they shift that
    day by (``days``: -1; "a few hours before the attack": 0), which ``carry_context``
    applies to the story's day. (A ``str`` so that it rides in ``Candidate.date_text`` and
    prints as the words.)"""

    days: int

    def __new__(cls, text: str, days: int) -> AnchoredText:
        anchored = super().__new__(cls, text)
        anchored.days = days
        return anchored

    def __getnewargs__(self) -> tuple[str, int]:  # type: ignore[override]
        return str(self), self.days  # copies and pickles keep the shift


def _anchored(parse: ParseArrays, root: int, expression: str) -> AnchoredText | None:
    """"a few hours before the attack", "the day before the rally": a span of hours or days
    (``anchored_units``) counted before or after a definite event noun ("the attack": the
    story's own) is that event's day shifted by it; the words so read with that shift
    ("the day before the rally": -1 day), else None ("two days before a vote" has no
    "the"; "before Christmas" no span)."""
    units = load_toml("dates.toml").get("anchored_units") or {}
    unit = parse.lower[root]
    if unit not in units:
        return None
    head = parse.head[root]
    preps = [head] if parse.dep[root] == "npadvmod" and parse.lower[head] in ("before", "after") else [
        c for c in parse.children(root) if parse.dep[c] == "prep" and parse.lower[c] in ("before", "after")]
    if not preps:
        return None
    noun = next((c for c in parse.children(preps[0]) if parse.dep[c] == "pobj"), None)
    if noun is None or parse.pos[noun] != "NOUN" or not any(
            parse.lower[c] == "the" for c in parse.children(noun)):
        return None
    side = parse.lower[preps[0]]
    days = _span_days(parse, root, units)
    return AnchoredText(f"{expression} {side} the {parse.lower[noun]}", -days if side == "before" else days)


def _span_days(parse: ParseArrays, unit: int, units: dict[str, Any]) -> int:
    """The days a span of ``anchored_units`` spans: the unit's days times the count written
    in digits on it ("2 days": 2; "the day", "a few hours": one unit)."""
    count = next((int(parse.lower[c]) for c in parse.children(unit) if parse.lower[c].isdigit()), 1)
    return int(units[parse.lower[unit]]) * count


def _counted_from(parse: ParseArrays, trigger: int, date: str) -> str:
    """"(rescued 190 passengers) a day after an attack on a train": a trigger counted from by a
    span of days (``anchored_units``) took place that span before (or after) the day its
    clause gives."""
    units = load_toml("dates.toml").get("anchored_units") or {}
    prep = parse.head[trigger]
    unit = parse.head[prep]
    if len(date) != 10 or parse.dep[trigger] != "pobj" or parse.lower[prep] not in ("before", "after") \
            or unit == prep or parse.lower[unit] not in units or not int(units[parse.lower[unit]]):
        return date
    days = _span_days(parse, unit, units)
    day = _dt.date.fromisoformat(date) + _dt.timedelta(days=-days if parse.lower[prep] == "after" else days)
    return day.isoformat()


def anchored_shift(date_text: str | None) -> int | None:
    """The days an anchored date's words shift the story's day by (``AnchoredText.days``: "the
    day before the rally": -1; "a few hours before the attack": 0), else None."""
    return date_text.days if isinstance(date_text, AnchoredText) else None


def _in_other_relative(parse: ParseArrays, word: int, trigger: int) -> bool:
    """Whether ``word`` lies in a relative clause on another noun that does not hold the
    trigger ("Erdogan also attacked the proclamation ..., which was made on Monday";
    "President Trump, who appointed Murphy ... in 2017, responded ..."): that clause's date
    is its own verb's, never one for the sentence's other events to take."""
    t = word
    for _ in range(12):
        if t == trigger:
            return False
        if parse.dep[t] in _NOUN_CLAUSE_DEPS:
            return parse.head[t] != trigger and trigger not in _subtree(parse, t)
        if parse.head[t] == t:
            return False
        t = parse.head[t]
    return False


def _sequence_clause(parse: ParseArrays, clause: int) -> int | None:
    """The adverbial clause, ``clause`` or one above it, that tells its act as before or after
    another's ("..., after a bullet hit him", "before he fled the country";
    ``sequence_marks`` of dates.toml), else None: a time the rest of the sentence gives is the
    other act's, not this one's (English orders the two acts and says nothing of how far apart)."""
    marks = _sequence_marks()
    t = clause
    for _ in range(12):
        if parse.dep[t] == "advcl" and any(parse.dep[c] == "mark" and parse.lower[c] in marks
                                           for c in parse.children(t)):
            return t
        if parse.head[t] == t or parse.dep[t] not in ("conj", "advcl", "xcomp"):
            return None
        t = parse.head[t]
    return None


@cache
def _sequence_marks() -> frozenset[str]:
    return frozenset(load_toml("dates.toml").get("sequence_marks") or ())


def _sequenced_off_main_time(doc: Doc, view: ArticleView, i: int) -> bool:
    """Whether word ``i`` is in a clause told as before or after another act
    (``_sequence_clause``) and the clause it hangs on gives a time, or is in the clause
    such a clause with a time hangs on: the time is the other act's, and this one's is told
    only as before or after it."""
    parse = parse_arrays(doc)
    sequenced = _sequence_clause(parse, _clause_at(parse, i))
    sentence = view.sentence_of(i)
    for e in view.time_expression_facts(sentence.start, sentence.end):
        if sequenced is not None and _in_clause(parse, e.root, parse.head[sequenced]):
            return True
        other = _sequence_clause(parse, _clause_at(parse, e.root))
        if other is not None and i not in _subtree(parse, other) and _in_clause(parse, i, parse.head[other], i):
            return True
    return False


def _participle_clause(parse: ParseArrays, clause: int) -> bool:
    """"..., urging the investigation", "..., giving them permission": an adverbial clause
    of a present participle with no subject of its own."""
    return parse.dep[clause] == "advcl" and parse.tag[clause] == "VBG" and not any(
        parse.dep[c] in ("nsubj", "nsubjpass", "mark") for c in parse.children(clause))


def _future_weekday(expression: Any, future: bool) -> str:
    """"On Tuesday, Rubio will join ...": a bare weekday whose verb is told in the future
    (``told_in_future``) is the next such day: read as "next Tuesday". Else the
    expression's own text."""
    text = expression.text
    if future and WEEKDAY.fullmatch(text.strip()):
        return "next " + text.strip()
    return text


def _weekday_near(text: str, published: str | None) -> str:
    """"said relatives would hold a vigil Thursday": a bare weekday of an act still to come at a
    past time of telling (``told_in_future_in_past``) is after that telling, which news tells within
    days of its page: the such day nearest the page's, the one to come ("next Thursday", published
    on a Wednesday) or the one gone by ("it was agreed a lockdown would start on Saturday", published
    on a Monday). Else the expression's own text (not a day and month: "would release it on March 3")."""
    base = published_date(published)
    day = WEEKDAY.fullmatch(text.strip())
    if base is None or day is None:
        return text
    back = (base.weekday() - WEEKDAYS.index(day.group(1).lower())) % 7
    return "next " + text.strip() if 7 - back < back else text


def told_in_future(parse: ParseArrays, i: int) -> bool:
    """Whether the verb of token ``i`` (itself, or the first verb of its next three heads:
    "Tuesday" <- "On" <- "join") has an auxiliary of ``future_auxiliaries`` (data/dates.toml):
    "will join", "I will substantially increase, on April 2nd"."""
    dates = load_toml("dates.toml")
    future = dates.get("future_auxiliaries") or ()
    head = _verb_above(parse, i)
    if any(parse.dep[c] == "aux" and parse.lower[c] in future for c in parse.children(head)):
        return True
    if _future_time_clause(parse, head):
        return True
    intents = dates.get("intent_words") or ()
    # "Sentencing is scheduled for February 4", "the vote is set for Tuesday": a verb of intent
    # told in the present dates what is to come
    if parse.lower[head] in intents and any(
            parse.dep[c] in ("aux", "auxpass") and parse.tag[c] in ("VBZ", "VBP") for c in parse.children(head)):
        return True
    # "the United States hopes to resolve the pause ... during talks Tuesday", "are scheduled to
    # meet on Friday": an infinitive under a verb of intent (``intent_words``, by form: the
    # parser's lemma of "hopes" is "hop") told in the present or the future is an act to come
    intent = parse.head[head]
    return parse.dep[head] == "xcomp" and intent != head and parse.lower[intent] in intents and (
        parse.tag[intent] in ("VBZ", "VBP") or any(
            parse.dep[c] in ("aux", "auxpass") and (parse.tag[c] in ("VBZ", "VBP") or parse.lower[c] in future)
            for c in parse.children(intent)))


def _future_time_clause(parse: ParseArrays, verb: int) -> bool:
    """Whether ``verb`` heads a clause of time told in the present (:func:`present_time_clause`)
    under a clause told in the present or with a future auxiliary ("He faces up to 75 years in
    prison when he's sentenced May 7"): an act to come, as English tells it (not a past "when he
    was sentenced", nor a clause under a past verb)."""
    if not present_time_clause(parse, verb):
        return False
    main = parse.head[verb]
    future = load_toml("dates.toml").get("future_auxiliaries") or ()
    return present_tense(parse, main) or any(
        parse.dep[c] == "aux" and parse.lower[c] in future for c in parse.children(main))


def _verb_above(parse: ParseArrays, i: int) -> int:
    """Token ``i`` if it is a verb, else the first verb of its next three heads (else the third)."""
    head = i
    for _ in range(3):
        if parse.pos[head] in ("VERB", "AUX"):
            break
        head = parse.head[head]
    return head


def told_in_future_in_past(parse: ParseArrays, i: int) -> bool:
    """Whether the verb of token ``i`` (as ``told_in_future`` finds it) tells an act still to come
    at a past time of telling: under an auxiliary of ``future_in_past_auxiliaries`` ("said they
    would hold a vigil Thursday"), or an infinitive under a word of ``future_in_past_intents``
    told in the past ("was to vote", "was due to sentence him", "planned to strike", "were set to
    march"; data/dates.toml)."""
    dates = load_toml("dates.toml")
    head = _verb_above(parse, i)
    if any(parse.dep[c] == "aux" and parse.lower[c] in (dates.get("future_in_past_auxiliaries") or ())
           for c in parse.children(head)):
        return True
    intent = parse.head[head]
    if parse.dep[head] != "xcomp" or intent == head or parse.lower[intent] not in (
            dates.get("future_in_past_intents") or ()):
        return False
    # told in the past: "planned", "was" itself, "was scheduled", or "due" after "was"
    been = {"was", "were"}
    return parse.tag[intent] == "VBD" or any(
        parse.dep[c] in ("aux", "auxpass") and parse.lower[c] in been for c in parse.children(intent)) or (
        parse.dep[intent] == "acomp" and parse.lower[parse.head[intent]] in been)


def told_as_future(trigger: Token, date_text: str | None) -> bool:
    """Whether the text tells the event as one to come, so that a date after publication is
    no misreading: its verb has a future auxiliary ("I will substantially increase, on April
    2nd, the Tariffs") or its date expression a future marker ("announced his resignation
    effective next Wednesday, July 31"; ``future_markers``, data/dates.toml)."""
    parse = parse_arrays(trigger.doc)
    return has_future_marker(date_text) or told_in_future(parse, trigger.i) or (
        date_text is not None and WEEKDAY.fullmatch(date_text.strip()) is not None
        and told_in_future_in_past(parse, trigger.i))


def _dates_another_noun(parse: ParseArrays, root: int, trigger: int) -> bool:
    head = parse.head[root]
    if parse.dep[root] == "pobj" and parse.lower[head] == "on" and parse.dep[head] == "prep":
        noun = parse.head[head]  # "in a rally on Friday": the rally's day
        return parse.pos[noun] == "NOUN" and noun != trigger
    return (parse.dep[root] in ("compound", "amod", "nummod", "poss", "nmod") and parse.pos[head] in ("NOUN", "PROPN")
            and head != trigger and not (parse.ent[head] in ("DATE", "TIME")))


def location_of(trigger: Token, view: ArticleView, exclude: set[str],
                act: tuple[str, str | None] | None = None) -> str | None:
    """Where the event took place, the first of:

    1. a place in an "in/at/near ..." phrase (a street's name after "on/down/along",
       ``street_preps``) on the trigger or its clause, not the actor
       or target ("attacked a base in Kalat", "met in Bangui"), or a building its own name
       singles out in such a phrase of the trigger's ("a sit-in at the Mvog-Ada chicken
       market", ``_named_building``); of several, a town or
       region before a country ("in Clairton, Pennsylvania, in the United States"); in
       "in Pakistan's southwest province of Balochistan" the most specific place of the
       phrase; "in the city" is the last city named before it (not a capital that is a verb's
       subject, "Moscow said"), "in the capital" the capital of the country meant
       (``_capital_meant``: "Kenyan police ... in the capital", Nairobi), "in the country" the
       article's main country (``the_country``), else the last country named; a noun
       trigger told as the object of a preposition on its clause's verb ("A trial opened
       in Paris over the bombing of a base in Ivory Coast") takes only its own phrases:
       the verb's "in Paris" is the trial's (``_topic_of_verb``);
    2. a place in a "from" phrase on the trigger itself (``own_origin_preps``: "the
       withdrawal of troops from the country", "released from a Wisconsin jail"; not for
       a movement or removal, whose "to" phrase is its scene, nor for a trigger with a
       direct object, "annexed the region from China", or a route's end, "marched from
       Victoria Park toward the Central district", ``route_end_preps``);
    3. the place a movement or visit goes to ("visited Beijing", "a visit to Europe"), or
       people are sent to ("deported ... to Honduras");
    3a. for an act done to a place (``act``: its type and mode, ``acted_on_places`` of
       places.toml: an attack, a raid, a seizure, a deployment), the place it is done to: the
       trigger's object or its "on/against/into/at" phrase (a noun's "of" phrase too): "shelled
       Kharkiv", "an attack on Mandera", "fired rockets at northern Israel", "bombed a
       hospital in Gaza" (the place inside a facility's phrase before the facility), even
       when the act's target is that place (``_acted_on_place``);
    4. a place in an "in/at/near ..." phrase elsewhere in the sentence: first one inside
       the trigger's own phrase, then one on no other act, last one that hangs on another
       act's verb or event noun ("officials in Kabul raised the toll", "weeks of protests
       in Hong Kong", a speaker's "said in Bangui"; ``_belongs_to_other_act``), nearest
       first within each; the first town or region in that order wins over any country
       before it (``_most_specific``: "A trial opened in Paris over the bombing of a base
       in Kenya" places the bombing in Paris; taking the first rank's place alone lost
       location accuracy on the corpus, revfix25b);
    5. the article's dateline ("NAIROBI, Kenya —").
    """
    doc = trigger.doc
    parse = parse_arrays(doc)  # the walks go by index; a Token only for a phrase looked into
    i, heads, deps, lowers = trigger.i, parse.head, parse.dep, parse.lower
    clause = _clause_at(parse, i)
    in_sentence = view.place_object_indices(view.sentence_of(i))
    # "appeared in Christchurch District Court ..., charged with murder": a participle clause
    # with no subject of its own is told where its verb is (``participle_place_tags``)
    topic = _topic_of_verb(parse, i, clause)
    holders: tuple[int, ...] = (i,) if topic else (i, clause)
    tags = _places_settings().get("participle_place_tags") or ()
    if deps[clause] == "advcl" and parse.tag[clause] in tags and heads[clause] != clause and not any(
            deps[c] in ("nsubj", "nsubjpass", "mark") for c in parse.children(clause)):
        holders = (i, clause, heads[clause])
    # the walk over the clause only when the sentence has such a phrase on it (most have none)
    own = [t for t in in_sentence if heads[heads[t]] in holders and deps[t] == "pobj"]
    found = _most_specific(_place_in(doc[t], view, exclude, venue=True) for t in sorted(own, key=lambda t: abs(t - i)))
    if found:
        return found
    adverbs = _places_settings().get("country_adverbs") or ()
    if adverbs and any(lowers[c] in adverbs for h in holders for c in parse.children(h)):
        # "Vigils nationwide ... were attended by thousands" (the word on the trigger or its verb,
        # whatever the parser calls it): over the country the article is about
        found = main_country(view, float(_places_settings()["main_country_share"])) or _place_before(
            trigger, view, country=True) or _country_of_place_before(trigger, view)
        if found:
            return found
    for t in sorted(own, key=lambda t: abs(t - i)):  # the trigger's own phrase only: "at the Brooklyn
        found = _town_of_venue(_subtree(parse, t), parse, view, exclude)  # Supreme Court" of another verb is no scene
        if found:
            return found
    removal = parse.lemma[i] in words("removal_lemmas")  # sends people: only where to, never whom
    origin_preps = _places_settings().get("own_origin_preps") or ()
    route_ends = _places_settings().get("route_end_preps") or ()
    # "the withdrawal of troops from the country": an act done from a place is done there; but
    # "annexed the region from China" takes a thing from its holder, and "marched from Victoria
    # Park toward the Central district" names where a route starts
    if origin_preps and not removal and parse.lemma[i] not in words("destination_lemmas") and not any(
            deps[c] == "dobj" or (deps[c] == "prep" and lowers[c] in route_ends)
            for c in parse.children(i)):
        for c in parse.children(i):
            if lowers[c] in origin_preps and deps[c] == "prep":
                found = _most_specific(_place_in(doc[t], view, exclude) for t in parse.children(c) if deps[t] == "pobj")
                if found:
                    return found
    if removal or parse.lemma[i] in words("destination_lemmas"):
        for t in _subtree(parse, i):
            if (deps[t] == "dobj" and heads[t] == i and not removal) or (
                    deps[t] == "pobj" and lowers[heads[t]] in (("to", "into") if removal else ("to", "in", "into"))
                    and heads[heads[t]] == i):
                place = _place_in(doc[t], view, set())
                if place:
                    return place
                # "During a visit to the Interior Department": a visit to an organisation is at its premises
                ent = view.entity_at_index(t) if lowers[heads[t]] == "to" else None
                if ent is not None and ent.type == "ORG" and parse.lemma[i] in (
                        _places_settings().get("org_destination_lemmas") or ()):
                    return ent.name
    found = _journey_end(parse, doc, i, view, exclude)
    if found:
        return found
    if act is not None:
        found = _acted_on_place(parse, doc, i, act, view)
        if found:
            return found
    found = _where_clause_place(parse, clause, view, exclude)
    if found:
        return found
    taken = set(own)
    above = set(parse.path_up(i))
    others = sorted((t for t in in_sentence if t not in taken and not _on_person(parse, t)),
                    key=lambda t: (_phrase_rank(parse, t, i, clause, above, topic), abs(t - i)))
    found = _most_specific(_place_in(doc[t], view, exclude) for t in others)
    return found or view.dateline_place


def _journey_end(parse: ParseArrays, doc: Doc, i: int, view: ArticleView, exclude: set[str]) -> str | None:
    """Where the journey the act of trigger ``i`` is made for goes: the trigger a "to" purpose
    clause (``purpose_clause_deps``) on a verb of ``destination_lemmas`` ("flew to Texas on
    Thursday night to meet with Teixeira": Texas; "visited Beijing to sign a deal": Beijing),
    that verb's "to/into" phrase or, but for a removal, its object. The act happens where
    the people travelled to, not where they set out from."""
    deps_ = _places_settings().get("purpose_clause_deps") or ()
    heads, deps, lowers = parse.head, parse.dep, parse.lower
    journey = heads[i]
    if deps[i] not in deps_ or journey == i or parse.lemma[journey] not in words("destination_lemmas") or not any(
            deps[c] == "aux" and lowers[c] == "to" for c in parse.children(i)):
        return None
    for c in parse.children(journey):
        objects = [c] if deps[c] == "dobj" else (
            [t for t in parse.children(c) if deps[t] == "pobj"] if deps[c] == "prep" and lowers[c] in ("to", "into")
            else [])
        for t in objects:
            place = _place_in(doc[t], view, exclude)
            if place:
                return place
    return None


def _acted_on_place(parse: ParseArrays, doc: Doc, i: int, act: tuple[str, str | None],
                    view: ArticleView) -> str | None:
    """The place the act of trigger ``i`` is done to, for an act of ``acted_on_places``
    ("ASSAULT", or "COERCE:seize" for one mode): its direct object (a passive's subject), or the object of an
    ``acted_on_preps`` phrase on it ("an attack on Mandera", "fired rockets into Sderot"; a
    noun trigger's "of" phrase too, "the invasion of Iraq"), when that is a place or one of
    ``premises_nouns`` ("a hospital", "the village"): the place in its own "in/at/of" phrase
    ("a hospital in Gaza", "the village of Brenzett"; or ``acted_on_inner_preps``, "villages
    between Gusau and Tsafe"), else the place it names itself. The
    act's target is no bar here: the place attacked is where the attack happened. People
    attacked somewhere ("stabbed people at the hall") are no place: the scene is told
    elsewhere."""
    settings = _places_settings()
    acts = settings.get("acted_on_places") or ()
    if act[0] not in acts and f"{act[0]}:{act[1]}" not in acts:
        return None
    preps = set(settings.get("acted_on_preps") or ())
    if parse.pos[i] == "NOUN":
        preps.add("of")
    deps, lowers = parse.dep, parse.lower
    inner = set(words("place_preps")) | {"of"} | set(settings.get("acted_on_inner_preps") or ())
    objects = [c for c in parse.children(i) if deps[c] in ("dobj", "nsubjpass")]  # "Kharkiv was shelled"
    objects += [t for c in parse.children(i) if deps[c] == "prep" and lowers[c] in preps
                for t in parse.children(c) if deps[t] == "pobj"]
    for t in objects:
        ent = view.entity_at_index(t)
        place = ent is not None and ent.type in PLACE_TYPES
        named = ent is None and parse.pos[t] == "PROPN"  # a town the recogniser missed: the gazetteer's
        if not (place or named) and (ent is not None or parse.lemma[t] not in premises_nouns()):
            continue  # a person or thing attacked is no place, wherever it was
        # the place of a facility's own phrase, whatever role it plays ("attacked the Russian embassy in
        # Vilnius": Vilnius may be read as the target)
        found = _most_specific(_place_in(doc[p], view, set()) for c in parse.children(t)
                               if deps[c] == "prep" and lowers[c] in inner
                               for p in parse.children(c) if deps[p] == "pobj")
        if found:
            return found
        if place and ent is not None:
            return ent.name
        found = _place_in(doc[t], view, set()) if named else None
        if found:
            return found
    return None


def _topic_of_verb(parse: ParseArrays, i: int, clause: int) -> bool:
    """Whether the noun trigger ``i`` is the object of a preposition on its clause's verb
    ("A trial opened in Paris over the bombing", "was charged in Boston for the killing"):
    an act of its own that the verb's act is about, not one the verb tells."""
    prep = parse.head[i]
    return i != clause and parse.dep[i] == "pobj" and parse.pos[i] == "NOUN" and parse.dep[prep] == "prep" \
        and parse.head[prep] == clause and parse.pos[clause] == "VERB" \
        and parse.lower[prep] in (_places_settings().get("topic_preps") or ())


def _phrase_rank(parse: ParseArrays, t: int, i: int, clause: int, above: set[int], topic: bool) -> int:
    """How a place phrase elsewhere in the sentence (object ``t``) stands to the trigger
    ``i`` (``above``: the trigger and the words over it; ``topic``: :func:`_topic_of_verb`): 0 inside the trigger's own phrase
    ("the bombing of a base in Ivory Coast"), 1 on no other act, 2 on another act
    (``_belongs_to_other_act``)."""
    up = parse.path_up(parse.head[t])  # the phrase's preposition, then the words over it
    if i in up:
        return 0
    return 2 if _belongs_to_other_act(parse, up[1:], i, clause, above, topic) else 1


def _belongs_to_other_act(parse: ParseArrays, up: list[int], i: int, clause: int, above: set[int],
                          topic: bool) -> bool:
    """Whether a place phrase hangs, below the word it shares with the trigger ``i``, on
    another verb or event noun of the lexicon ("officials in Kabul raised the toll", "the
    sixteen weeks of protests in Hong Kong", "said in Bangui that rebels attacked"): that
    act's place, not the trigger's. ``up``: the words over the phrase's preposition, nearest
    first; ``above``: the trigger and the words over it. The shared word counts when it is a
    verb other than the trigger's and the trigger is no part of its clause's arguments (a
    noun trigger taken as a topic, ``topic``: :func:`_topic_of_verb`)."""
    pos, nouns = parse.pos, noun_lemmas()
    for x in up:
        if x in above:
            return x != i and pos[x] == "VERB" and (x != clause or pos[i] == "VERB" or topic)
        if pos[x] == "VERB" or (pos[x] == "NOUN" and parse.lemma[x] in nouns):
            return True
    return False


def _where_clause_place(parse: ParseArrays, clause: int, view: ArticleView, exclude: set[str]) -> str | None:
    """The place a relative clause opened by "where" tells of: its antecedent's ("a vigil in
    the East Flatbush neighborhood in Brooklyn, New York, where 16-year-old Kimani Gray was
    shot": East Flatbush). From the antecedent up through appositions and the "in" phrases of
    place nouns (a place's name, ``place_part_nouns``) to the outermost such phrase, read as
    an "in" phrase is."""
    words_ = _places_settings().get("where_clause_words")
    if not words_ or parse.dep[clause] != "relcl" or not any(
            parse.lower[c] in words_ and parse.dep[c] == "advmod" for c in parse.children(clause)):
        return None
    heads, deps = parse.head, parse.dep
    parts = _places_settings().get("place_part_nouns") or ()
    t = heads[clause]
    while deps[t] in ("appos", "conj", "compound") and heads[t] != t:
        t = heads[t]
    if deps[t] != "pobj":  # "Kenosha, where ...": a place named as such
        ent = view.entity_at_index(t)
        return ent.name if ent is not None and ent.type in PLACE_TYPES and ent.name not in exclude else None
    # "... neighborhood in Brooklyn": up to the place noun the phrase hangs on
    while True:
        noun = heads[heads[t]]
        named = view.entity_at_index(noun)
        if deps[heads[t]] != "prep" or deps[noun] != "pobj" or not (
                parse.lower[noun] in parts or (named is not None and named.type in PLACE_TYPES)):
            break
        t = noun
    return _place_in(view.doc[t], view, exclude)


def _subtree(parse: ParseArrays, i: int) -> list[int]:
    """Word ``i`` and the words below it, in the order ``Token.subtree`` gives them: the
    left dependants' subtrees, the word, the right dependants' subtrees."""
    lo, hi = parse.first[i], parse.last[i]
    if lo == hi:
        return [i]  # no dependant: most words of a phrase
    out: list[int] = []
    children = parse.by_head[lo:hi]  # ParseArrays.children, inline (a root is among its own: skipped below)
    for child in children:
        if child < i:
            out += _subtree(parse, child)
    out.append(i)
    for child in children:
        if child > i:
            out += _subtree(parse, child)
    return out


def _most_specific(places: Iterable[str | None]) -> str | None:
    """The first town or region of the places, else their first place (a country); the
    places after the first town or region are not looked at."""
    first = None
    for place in places:
        if not place:
            continue
        if country_named(place) is None:
            return place
        if first is None:
            first = place
    return first


def _part_in_another(parse: ParseArrays, inside: list[Entity], at: dict[str, int], view: ArticleView) -> str | None:
    """"in the East Flatbush neighborhood in Brooklyn, New York": a place naming a part of
    a town (``place_part_nouns``: "neighborhood", "district") with an "in" phrase naming
    another place of the phrase lies in that place, whatever the gazetteer knows of it (it
    knows few neighbourhoods). Not "the Red Sea port city of Jeddah" ("of" names the noun
    itself), nor a country or a firm's name on another noun ("a West Coast Bank branch in
    Woodburn", "the U.S. Medical Center ... in Springfield")."""
    heads, deps, lowers = parse.head, parse.dep, parse.lower
    parts = _places_settings().get("place_part_nouns") or ()
    for ent in inside:
        t = at[ent.name]
        if deps[t] != "compound" or lowers[heads[t]] not in parts or country_named(ent.name) is not None:
            continue
        for c in parse.children(heads[t]):
            if lowers[c] in ("in", "inside") and any(
                    view.entity_at_index(x) in inside and view.entity_at_index(x) is not ent
                    for x in _subtree(parse, c)):
                return ent.name
    return None


def _written_as_town_state(town: str, state: str) -> bool:
    """Whether "``town``, ``state``" (a comma alone between them) is the way news writes a
    town with the state or country it lies in ("Manchester, Conn.", "Key Biscayne, Fla.",
    "Bradford, England") rather than a list ("Texas, Florida and Ohio", "France, Germany"):
    the second a US state (``state_abbreviations`` of entities.toml, or its name) or a
    country, the first no country and no name the gazetteer knows only as a region."""
    if country_named(town) is not None:
        return False
    known = places_named(town)
    if known and all(p.kind != "town" for p in known):
        return False
    if us_state_named(state) is not None or country_named(state) is not None:
        return True
    regions = places_named(state)
    return bool(regions) and all(p.kind == "region" for p in regions)


def _innermost(places: list[str], written_in: frozenset[tuple[str, str]] = frozenset()) -> str | None:
    """Of the places one phrase names, the first that no other of them lies in
    ("a children's home in Bradford, England" -> Bradford; "Pakistan's province of
    Balochistan" -> Balochistan); the gazetteer is asked only when the phrase names several.
    ``written_in`` holds the pairs (inner, outer) the text writes as "Town, State" ("a
    Manchester, Conn., warehouse", "on Key Biscayne, Fla."): the second names where the
    first lies, whether or not the gazetteer knows the town (or knows another of its name)."""
    if len(places) < 2:
        return _most_specific(places)
    for place in places:
        if not any(other != place and ((other, place) in written_in or within(other, place)) for other in places):
            return place
    return _most_specific(places)


def _place_in(obj: Token, view: ArticleView, exclude: set[str], venue: bool = False) -> str | None:
    """The place an object of a preposition names: the entity at its head word, else (with
    ``venue``: the trigger's own phrase) a court named for its town, else the most specific
    place inside its phrase ("Pakistan's southwest province of Balochistan" -> Balochistan),
    else a street's name ("down Pitkin Ave.", ``_street_named``), else the place "the city",
    "the country" refers to."""
    ent = view.entity_at(obj)
    if ent is not None and ent.type in PLACE_TYPES and ent.name not in exclude:
        return ent.name
    doc = obj.doc
    parse = parse_arrays(doc)  # the phrase walked by index; a Token only for a name tried
    court = _named_venue(obj, ent, parse, view) if venue else None  # the trigger's own phrase only: "presented
    if court:  # at the Brooklyn Supreme Court during the trial of two men accused in killing" is no scene of killing
        return court
    if parse.lower[obj.i] in (_places_settings().get("capital_nouns") or ()) and not any(
            parse.dep[c] == "appos" for c in parse.children(obj.i)):
        # "in Kenya's capital": the country's capital, not the country its phrase names
        for c in parse.children(obj.i):
            owner = view.entity_at_index(c) if parse.dep[c] == "poss" else None
            state = country_named(owner.name) if owner is not None and owner.type == "GPE" else None
            capital = _capital_as_written(capital_of(state.alpha3), view) if state is not None else None
            if capital and capital not in exclude:
                return capital
    phrase = _subtree(parse, obj.i)
    infinitives = _infinitive_clauses(parse, phrase, obj.i)
    if infinitives:
        phrase = [t for t in phrase if t not in infinitives]
    borders = _places_settings().get("border_nouns") or ()
    other_side: set[int] = set()  # "to Mexico's northern border with the U.S.": the other side's words
    # "villages ... in northeastern C.A.R., near the Cameroon border": a country naming a border says
    # which border is near, not the country the place is in; a last resort only
    border_names: set[int] = set()
    for t in phrase:
        if parse.lower[t] in borders:
            for c in parse.children(t):
                if parse.lower[c] == "with":
                    other_side.update(_subtree(parse, c))
                elif parse.dep[c] == "compound":
                    border_names.update(_subtree(parse, c))
    inside = []
    at: dict[str, int] = {}  # each place's last word in the phrase
    first_at: dict[str, int] = {}
    for t in phrase:
        if t in other_side:
            continue
        ent = view.entity_at_index(t)
        if ent is not None and ent.type in PLACE_TYPES and ent.name not in exclude:
            if ent not in inside:
                inside.append(ent)
            at[ent.name] = t
            first_at.setdefault(ent.name, t)
    if any(at[e.name] not in border_names for e in inside):
        inside = [e for e in inside if at[e.name] not in border_names]
    if len(inside) > 1:
        part = _part_in_another(parse, inside, at, view)
        if part:
            return part
    if inside:
        # "Town, State": two places with a comma alone between them
        written_in = frozenset((a.name, b.name) for a, b in zip(inside, inside[1:])
                               if first_at[b.name] == at[a.name] + 2 and parse.lower[at[a.name] + 1] == ","
                               and _written_as_town_state(a.name, b.name))
        return _innermost([e.name for e in reversed(inside)], written_in)
    # a town the entity recogniser missed ("in the Polish city of Gdańsk"): a proper noun
    # of the phrase that the gazetteer knows
    # (or misread as a people: "the country's capital, Tunis" tagged NORP, when no
    # demonym reads so)
    pos, deps, lowers = parse.pos, parse.dep, parse.lower
    for t in phrase:
        if pos[t] == "PROPN" and deps[t] != "compound" and parse.ent[t] in ("", "GPE", "LOC", "FAC", "NORP"):
            name = " ".join(doc[x].text for x in _subtree(parse, t) if x <= t and (pos[x] == "PROPN" or x == t)) \
                or doc[t].text
            if places_named(name) and (parse.ent[t] != "NORP" or country_of_demonym(name) is None):
                return name
    street = _street_named(obj, parse, view) or (_named_building(obj, parse, view) if venue else None)
    if street and street not in exclude:
        return street
    capital_nouns = _places_settings().get("capital_nouns") or ()
    if (lowers[obj.i] in capital_nouns or lowers[obj.i] == "city" and any(  # "the capital city"
            lowers[c] in capital_nouns and parse.dep[c] == "compound" for c in parse.children(obj.i))) and any(
            lowers[c] == "the" or parse.dep[c] == "poss" and lowers[c] in words("country_nouns")
            for c in parse.children(obj.i)):  # "the capital", "the country's capital"
        capital = _capital_meant(obj, parse, view)
        if capital and capital not in exclude:
            return capital
    parts = _places_settings().get("place_part_nouns") or ()
    if lowers[obj.i] in (_places_settings().get("continent_nouns") or ()) and any(
            lowers[c] == "the" for c in parse.children(obj.i)):
        # "Across the continent, opposition parties have complained": the world region last named
        return _region_before(obj, view)
    referring = lowers[obj.i] in words("referring_place_nouns")
    if (referring or lowers[obj.i] in parts) and any(lowers[c] in ("the", "this", "that")
                                                       for c in parse.children(obj.i)):
        # "searched apartment buildings in the neighborhood": the place last named with the
        # same noun ("the East Flatbush neighborhood", "the city of Jeddah")
        same = _place_named_with(obj, view) if _places_settings().get("same_noun_place") else None
        if same or not referring:
            return same
        country = lowers[obj.i] in words("country_nouns")
        if country and _places_settings().get("the_country") == "main":
            # "a failed coup in the country": the country the article is about, not the
            # last one named ("... Kenya ... in the country" in a story on Burundi)
            found = main_country(view, float(_places_settings()["main_country_share"]))
            if found and found not in _owners_of_forces(obj, view):
                return found
        return _place_before(obj, view, country=country)
    return None


def _infinitive_clauses(parse: ParseArrays, phrase: list[int], top: int) -> set[int]:
    """The words of the "to" infinitive clauses inside a place phrase (``phrase``, headed by
    ``top``; ``phrase_infinitive_deps``): "in an effort to convince the first baseman to sign
    with Boston" names no place the phrase is in, only where a later act would be."""
    deps_ = _places_settings().get("phrase_infinitive_deps") or ()
    out: set[int] = set()
    for t in phrase:
        if t != top and t not in out and parse.dep[t] in deps_ and parse.pos[t] in ("VERB", "AUX") and any(
                parse.dep[c] == "aux" and parse.lower[c] == "to" for c in parse.children(t)):
            out.update(_subtree(parse, t))
    return out


def _capital_meant(obj: Token, parse: ParseArrays, view: ArticleView) -> str | None:
    """The city "the capital" (``obj``, with "the") stands for: a demonym's country's ("the
    Georgian capital"); else the country last named in its own sentence ("In Uganda, protesters
    marched in the capital"); else the last country's capital the article named before ("... in
    Moscow. ... in the capital"); else the capital of the article's main country, or of the
    country named or described last before it ("Kenyan police fired tear gas at protesters in
    the capital": Nairobi), as the article spells it where it names it, else as the gazetteer
    does. Another modifier says it is no country's ("the provincial capital"): none. ("Kenya's
    capital" is read in ``_place_in``.)"""
    country = None
    for c in parse.children(obj.i):
        if parse.lower[c] in _places_settings().get("capital_nouns", ()) or (
                parse.dep[c] == "poss" and parse.lower[c] in words("country_nouns")):
            continue  # "the capital city", "the country's capital"
        if parse.dep[c] in ("amod", "compound", "nmod", "poss"):
            country = country_of_demonym(obj.doc[c].text)
            if country is None:
                return None
    if country is None:
        country = _country_named_in_sentence(obj, view)
    capitals = capital_keys()
    if country is None:
        for _, _, ent in reversed(view.entities_before(obj.idx)):
            if ent.type == "GPE" and key(ent.name) in capitals and country_named(ent.name) is None:
                return ent.name
        name = main_country(view, float(_places_settings()["main_country_share"])) or next(
            iter(view.countries_before(obj.idx)), None)
        country = country_named(name) if name else None
    return _capital_as_written(capital_of(country.alpha3), view) if country is not None else None


def _country_named_in_sentence(obj: Token, view: ArticleView) -> Country | None:
    """The country last named before ``obj`` in its own sentence ("Police in Kenya arrested
    ten men. In Uganda, protesters marched in the capital": Uganda's): the sentence says which
    country it speaks of, before the article's main country does."""
    sentence_start = obj.sent.start_char
    for start, _, ent in reversed(view.entities_before(obj.idx)):
        if start < sentence_start:
            return None
        if ent.type == "GPE" and (state := country_named(ent.name)) is not None:
            return state
    return None


def _capital_as_written(capital: str | None, view: ArticleView) -> str | None:
    """A capital by the gazetteer's name, as the article spells it where it names it."""
    if not capital:
        return None
    return next((ent.name for ent in view.table.entities
                 if ent.type in ("GPE", "LOC") and key(ent.name) == key(capital)), capital)


def _street_named(obj: Token, parse: ParseArrays, view: ArticleView) -> str | None:
    """"walking down Pitkin Ave.", "on Lyndale Avenue": a proper name whose last word is a
    street's (``street_words``) names a place, whether or not the recogniser or the gazetteer
    knows it (local streets are in neither); the article's own name for it where it names a
    street with the same first words ("Pitkin Avenue"), else the name as written."""
    i = obj.i
    if parse.lower[i] not in street_words() or parse.pos[i] != "PROPN":
        return None
    names = [x for x in _subtree(parse, i)
             if x <= i and parse.pos[x] == "PROPN" and (x == i or parse.dep[x] == "compound")]
    if len(names) < 2 or names[-1] - names[0] != len(names) - 1:
        return None  # "the Avenue": no name of its own
    doc = obj.doc
    first = " ".join(doc[x].text for x in names[:-1])
    streets = street_words()
    for ent in view.table.entities:
        words_ = ent.name.split()
        if ent.type in PLACE_TYPES and len(words_) == len(names) and " ".join(words_[:-1]) == first \
                and words_[-1].casefold() in streets:
            return ent.name
    return doc[names[0]:i + 1].text


def _named_building(obj: Token, parse: ParseArrays, view: ArticleView) -> str | None:
    """"at the Mvog-Ada chicken market", "through the Kraft Foods plant": a building
    (``named_building_nouns``) that a proper name before its noun singles out is where the act
    took place; but a name the article names as a place, or the gazetteer knows, is that place
    ("at the Mt Cook base": Mt Cook), the building one of its own. "at a school", "the city's
    main market" (an owner's name) name no building, nor does "outside a Boots store": one of
    a chain's many, the street it stands on is the place."""
    i = obj.i
    if parse.lower[i] not in (_places_settings().get("named_building_nouns") or ()) or parse.pos[i] != "NOUN" \
            or any(parse.lower[c] in ("a", "an") for c in parse.children(i)):
        return None
    left = [x for x in _subtree(parse, i) if x < i]
    start = next((x for x in left if parse.pos[x] == "PROPN"), None)
    if start is None or any(x not in left or parse.lower[x] in ("'s", "’s") for x in range(start, i)):
        return None
    doc = obj.doc
    end = start  # the proper name: its words and the hyphens joining them ("Mvog-Ada")
    while end + 1 < i and (parse.pos[end + 1] == "PROPN" or (
            end + 2 < i and doc[end + 1].text == "-" and parse.pos[end + 2] == "PROPN")):
        end += 1
    name = doc[start:end + 1].text
    place = view.table.named(name)
    if place is not None:
        return place.name if place.type in PLACE_TYPES else doc[start:i + 1].text
    if places_named(name):
        return name
    return doc[start:i + 1].text


def _named_venue(obj: Token, ent: Entity | None, parse: ParseArrays, view: ArticleView) -> str | None:
    """"arraigned today in New Bedford District Court", "appeared in Christchurch District
    Court": a court named as such (a proper name whose head is one of ``named_venue_nouns``,
    data/places.toml) is where the hearing took place, not the town its name opens with. The
    organisation's name where the recogniser found one, else the name's proper nouns."""
    nouns = _places_settings().get("named_venue_nouns") or ()
    i = obj.i
    if parse.lower[i] not in nouns or parse.pos[i] != "PROPN":
        return None
    if ent is not None and ent.type in ("ORG", "FAC"):
        name = ent.name
    else:
        names = [x for x in _subtree(parse, i)
                 if x <= i and parse.pos[x] == "PROPN" and (x == i or parse.dep[x] == "compound")]
        if len(names) < 2 or names[-1] - names[0] != len(names) - 1:
            return None  # "the Court": no name of its own
        name = obj.doc[names[0]:i + 1].text
    # named for a town the article names as a place ("Christchurch District Court"); "the
    # Superior Court", "the High Court" say no more than the court's rank: the place is the
    # story's town
    return name if _town_of_court(name, view) else None


def _town_of_court(name: str, view: ArticleView) -> str | None:
    """The town a court's name opens with, when the article names it as a place
    ("Christchurch District Court": Christchurch); None for any other name."""
    words_ = name.removeprefix("the ").removeprefix("The ").split()
    if len(words_) < 2 or words_[-1].casefold() not in (_places_settings().get("named_venue_nouns") or ()):
        return None
    return _opening_town(words_, view, PLACE_TYPES) or _gazetteer_town(words_)


def _gazetteer_town(words_: list[str]) -> str | None:
    """A court's name opening with a town of at least ``court_town_min`` people that the
    article does not name on its own ("New Bedford District Court" in a story naming only
    its streets): the gazetteer's town. Not a court named for its rank ("the Superior Court",
    "Federal Court": ``court_rank_words``), nor a country's name ("U.S. District Court")."""
    floor = int(_places_settings().get("court_town_min") or 0)
    ranks = _places_settings().get("court_rank_words") or ()
    if not floor or words_[0].casefold() in ranks:
        return None
    for n in range(min(3, len(words_) - 1), 0, -1):
        if any(w.casefold() in ranks for w in words_[:n]):
            continue
        name = " ".join(words_[:n])
        towns = [h for h in places_named(name) if h.kind == "town" and h.population >= floor]
        if towns and country_named(name) is None:
            return name  # as the court's name has it ("Manhattan", not the gazetteer's New York City)
    return None


def _opening_town(words_: list[str], view: ArticleView, kinds: Collection[str],
                  exclude: Collection[str] = ()) -> str | None:
    """The longest of a name's first one to three words (never all of them) that the
    article names as a place of ``kinds``, a town rather than a country."""
    for n in range(min(3, len(words_) - 1), 0, -1):
        town = view.table.named(" ".join(words_[:n]))
        if town is not None and town.type in kinds and town.name not in exclude \
                and country_named(town.name) is None:
            return town.name
    return None


def _town_of_venue(phrase: list[int], parse: ParseArrays, view: ArticleView, exclude: set[str]) -> str | None:
    """"killed ... in the parking lot of the Bloomington Sam's Club": an organisation's name in
    the trigger's own "in/at" phrase that opens with a town the article names as a place is
    in that town (not a paper's name: "in the Washington Post" is no place; ``outlet_heads``)."""
    if not _places_settings().get("venue_town"):
        return None
    heads = load_toml("entities.toml")["outlet_heads"]
    seen: set[str] = set()
    for t in phrase:
        ent = view.entity_at_index(t)
        if ent is None or ent.type != "ORG" or ent.name in seen or parse.dep[t] != "compound" \
                or parse.pos[t] != "PROPN":
            continue
        seen.add(ent.name)
        words_ = ent.name.removeprefix("the ").removeprefix("The ").split()
        if len(words_) < 2 or words_[-1].casefold() in heads:
            continue
        town = _opening_town(words_, view, ("GPE",), exclude)
        if town is not None:
            return town
    return None


@cache
def _places_settings() -> dict[str, Any]:
    return load_toml("places.toml")


def _place_named_with(token: Token, view: ArticleView) -> str | None:
    """The last place named before ``token`` ("the neighborhood", "the city") with the
    same noun: "the East Flatbush neighborhood", "Idlib province", "the city of Jeddah"."""
    lowers, noun = parse_arrays(token.doc).lower, token.lower_
    for start, end, ent in reversed(view.entities_before(token.idx)):
        if ent.type not in ("GPE", "LOC"):
            continue
        first, after = view._token_at(start), view._token_at(end)  # the mention's first word, the word after it
        if (after < token.i and lowers[after] == noun) or (first >= 2 and lowers[first - 1] == "of"
                                                          and lowers[first - 2] == noun):
            return ent.name
    return None


def _country_of_place_before(token: Token, view: ArticleView) -> str | None:
    """The country the last place named before ``token`` lies in, by its name, when the
    article names no country ("Gdańsk residents donated blood ... Vigils nationwide": Poland)."""
    for _, _, ent in reversed(view.entities_before(token.idx)):
        if ent.type in PLACE_TYPES and ent.country:
            country = country_by_code(ent.country)
            return country.name if country is not None else None
    return None


def _region_before(token: Token, view: ArticleView) -> str | None:
    """The last world region (``world_regions``: "Africa", "Europe") named before ``token``."""
    regions = world_regions()
    for _, _, ent in reversed(view.entities_before(token.idx)):
        if ent.type in ("GPE", "LOC") and key(ent.name) in regions:
            return ent.name
    return None


def _speaking_subject(parse: ParseArrays, i: int) -> bool:
    """Word ``i`` is the subject of a verb of saying (a claim's cue verb: "Moscow said",
    "Washington accused"), the way a government speaks through its capital's name."""
    head = parse.head[i]
    return parse.dep[i] == "nsubj" and head != i and lexicon().is_verb_cue(parse.lemma[head])


def _place_before(token: Token, view: ArticleView, *, country: bool) -> str | None:
    """The last place named before ``token`` of the kind it refers to: a country for "the
    country", a town or region for "the city", "the province". A country named as the one whose
    forces they are ("the withdrawal of U.S. troops from the country", "Russia's soldiers") is
    not where they are (``owner_of_forces``); nor is a capital named as the subject of a verb of
    saying, standing for its government ("Moscow said Ukrainian drones hit a school in the city":
    not Moscow, ``capital_as_government``); a capital that does anything else is the city ("Nairobi
    hosted a summit. ... in the city")."""
    parse = parse_arrays(token.doc)
    for start, end, ent in reversed(view.entities_before(token.idx)):
        if ent.type in ("GPE", "LOC") and (country_named(ent.name) is not None) == country:
            if country and _owner_of_forces(token.doc, view.phrase_head(start, end)):
                continue
            if not country and _places_settings().get("capital_as_government") and key(ent.name) in capital_keys() \
                    and _speaking_subject(parse, view.phrase_head(start, end)):
                continue
            return ent.name
    return None


def _owners_of_forces(token: Token, view: ArticleView) -> set[str]:
    """The countries named before ``token`` in its sentence as the owners of armed forces
    ("the withdrawal of U.S. troops from the country": the United States is not the country
    they leave, even when the article is mostly about it)."""
    sentence = view.sentence_of(token.i)
    return {ent.name for start, end, ent in view.entities_before(token.idx)
            if start >= sentence.start_char and ent.type in ("GPE", "LOC")
            and _owner_of_forces(token.doc, view.phrase_head(start, end))}


def _owner_of_forces(doc: Doc, head: int) -> bool:
    """Whether the place mention with head word ``head`` modifies a noun for armed forces
    (``force_nouns`` of events.toml: "U.S. and NATO troops", "Russia's soldiers"), through
    the names joined to it."""
    if not _places_settings().get("owner_of_forces"):
        return False
    parse = parse_arrays(doc)
    t = head
    while parse.dep[t] == "conj" and parse.head[t] != t:
        t = parse.head[t]
    return parse.dep[t] in ("compound", "amod", "nmod", "poss") and parse.lemma[parse.head[t]] in words("force_nouns")


def carry_context(events: list[Candidate], doc: Doc, view: ArticleView | None = None) -> list[Candidate]:
    """A story told over several sentences gives its when and where once: an event whose
    sentence has no date takes that of the event just before it, when that one is at most
    ``carry_sentences`` sentences back (``data/dates.toml``; or the day a time adverbial opening
    a sentence with no event sets, where that sentence is nearer: ``_frame_days``), else, when its trigger is a
    verb in the simple past, the story's day (the first day an event of the lead took
    place on; ``story_date``); a planned or possible event never takes a past event's
    date. An event dated only by the page's date line (``PageDayText``), or an act told
    as the object of a preposition, takes the day a later sentence gives when it retells
    a happening of its kind (``_retold_day``), where one does. An event whose sentence
    gives no place in an
    "in/at/near" phrase takes the first place ``place_fallbacks`` (``data/places.toml``)
    gives (``fallback_place``): the place its sentence names in another role ("Nevada
    opted not to hold a caucus, but the state party endorsed him"), else the story's lead's
    (the first place an event of its first ``lead_sentences`` sentences took place in),
    else the town the story's first placed act took place in when most of its placed acts
    did (``_common_town``), else (given ``view``) the place its actor acts in (``actor_place``), else the
    town of the story's only placed act (``sole_town_events``), else the
    article's main country (``main_country``); an act of speech or decision only the
    first two (``verbal_place_types``, ``verbal_place_fallbacks``). A place so taken that is a country gives
    way to a town or region of it that the article's title names ("Toronto serial killer
    ...": Toronto, not Canada; ``ArticleView.title_places``). A lead whose place is a country
    and whose sentences (after a headline) place an act in a town of it has that town as its
    place ("A firebomb attack on a bank in Greece ... in the centre of the capital, Athens";
    ``lead_town_for_country``), and so do the lead's acts placed in that country
    (``lead_town_for_own_country``). Any act placed only in a country or region, by a
    fallback or by another act's phrase in its sentence (``_told_of_another_act``), takes the
    town the story is set in (``_story_scene``) when that town lies in it
    (``scene_for_broad_place``)."""
    # sentences counted as a reader counts them: a blank line the splitter left as a sentence of
    # its own (between a page's title and its lead) is none
    table, text = sentences(doc), doc.text
    ordinal: dict[int, int] = {}
    counted = 0
    for start, start_char, end_char in zip(table.starts, table.start_chars, table.end_chars):
        ordinal[start] = counted
        counted += not text[start_char:end_char].isspace()
    places = load_toml("places.toml")
    dates = load_toml("dates.toml")
    date_reach = int(dates["carry_sentences"])
    ordered = sorted(events, key=lambda e: e.token_index)
    # (an act placed where someone was taken, "rushed to Jamaica Hospital", places no other act)
    scene_free = frozenset(places.get("scene_free_lemmas") or ())
    lead = next((e.location for e in ordered if e.location and e.lemma not in scene_free
                 and ordinal.get(e.sentence_index, 99) < int(places["lead_sentences"])), None)
    # the lead's sentences after the headline a text opens with (a lead's town below counts so)
    body_lead = int(places["lead_sentences"]) + (sum(
        1 for start, start_char, end_char in zip(table.starts, table.start_chars, table.end_chars)
        if start_char < view.title_end and not text[start_char:end_char].isspace()) if view is not None else 0)
    # the story's day: the first day an event of the lead took place on (the lead after the
    # headline the text opens with, ``story_date_after_headline``: a headline is no lead sentence)
    day_lead = body_lead if dates.get("story_date_after_headline") else int(places["lead_sentences"])
    # an undated act of the lead that a sentence after it retells with a day ("... she returned
    # and opened fire, killing two women, police said. The shootings happened shortly after 8: 30
    # p. m. Thursday"): that day (``retold_day_for_undated_lead``)
    lead_retold = {id(e): told for e in ordered if e.date is None and ordinal.get(e.sentence_index, 99) < day_lead
                   and (told := _retold_day(e, doc, view, dates)) is not None} \
        if view is not None and dates.get("retold_day_for_undated_lead") else {}
    story_day = next((e.date or lead_retold[id(e)][0] for e in ordered if (e.date or id(e) in lead_retold)
                      and len(e.date or lead_retold[id(e)][0]) == 10
                      and ordinal.get(e.sentence_index, 99) < day_lead), None) \
        if dates["story_date"] == "simple_past" else None
    # the kinds of act the lead tells on the story's day: a later passive of one of them retells it
    story_types = {e.type for e in ordered if (e.date or lead_retold.get(id(e), ("",))[0]) == story_day
                   and ordinal.get(e.sentence_index, 99) < day_lead} if story_day else set()
    if lead is None and view is not None and places.get("lead_scene"):
        lead = _lead_scene(doc, view, table.starts, ordinal, int(places["lead_sentences"]))
    # "A firebomb attack on a bank in Greece killed three ... Hooded youths hurled petrol bombs in
    # the centre of the capital, Athens": a lead that places its story in a country and then an
    # act of it in a town of that country names the town where the story happened
    lead_country, lead_town = lead, None
    if lead and places.get("lead_town_for_country") and country_named(lead) and view is not None \
            and not _spread_over(lead, ordered, view, places):
        lead_town = next((e.location for e in ordered if e.location and country_named(e.location) is None
                          and ordinal.get(e.sentence_index, 99) < body_lead and within(e.location, lead)), None)
        lead = lead_town or lead
    if lead and view is not None:  # a hearing's court is no scene for the story's other acts: its town
        lead = _town_of_court(lead, view) or lead
    # the town the story is set in (the lead's place, the place its sentences name, the dateline's):
    # an act placed only in that town's country or region, not by a phrase of its own, happened there
    scene = _story_scene((lead, _lead_scene(doc, view, table.starts, ordinal, int(places["lead_sentences"])),
                          view.dateline_place)) if view is not None and places.get("scene_for_broad_place") else None
    common = _common_town(ordered, places)
    sole = _common_town(ordered, places, int(places.get("sole_town_events") or 0))
    # the days set by a time adverbial opening a sentence with no event of its own ("On Saturday,
    # Trump won the state's delegates."): the next sentence's acts carry them as they carry an event's
    frames = _frame_days(doc, view, table.starts, ordinal, {e.sentence_index for e in events}) \
        if view is not None and dates.get("carry_frame_adverbials") else []
    # the days named anywhere before (a clock time, "at around 9. 35am", tells the hour of the last one)
    named = _named_days(doc, view, table.starts, ordinal) if view is not None and dates.get("clock_day_sentences") \
        else []
    clock_reach = int(dates.get("clock_day_sentences") or 0)
    carried: dict[int, Candidate] = {}
    last_date: tuple[int, str] | None = None
    last_place: tuple[int, str] | None = None
    for event in ordered:
        here = ordinal.get(event.sentence_index, -1)
        changes: dict[str, Any] = {}
        shift = anchored_shift(event.date_text) if event.date is None else None
        if id(event) in lead_retold:
            changes["date"], changes["date_text"] = lead_retold[id(event)]
            last_date = (here, changes["date"])  # (the next sentences carry it, as a day told in the lead)
        elif shift is not None:
            # "which rejected, the day before the rally, a lawsuit": the story's day shifted (or none)
            if story_day:
                changes["date"] = (_dt.date.fromisoformat(story_day) + _dt.timedelta(days=shift)).isoformat()
        elif event.date is None and last_date and event.date_text \
                and event.date_text.strip().casefold() in _anaphoric_days():
            # "The second attack ... killing at least eight people, on the same day": the day last told,
            # however far back
            changes["date"] = last_date[1]
        elif names_week(event.date_text) or names_decade(event.date_text) or _vague_no_day(event.date_text):
            pass  # "last week", "the 1960s", "recently": its own words give no day, and tell it at no other sentence's
        elif event.date is None and view is not None and _sequenced_off_main_time(doc, view, event.token_index):
            pass  # "..., after a bullet hit him": before the time its sentence gives, no day of it
        elif event.date is None and names_hour_only(event.date_text) and (
                day := _last_named(named, event.token_index, here - clock_reach)) and not (
                (prior := _last_told(last_date, frames, here)) and here - prior[0] <= date_reach
                and prior[0] >= day[0]) and event.modality not in ("planned", "possible") \
                and not _perfect(doc[event.token_index]) \
                and not told_in_future(parse_arrays(doc), event.token_index):
            # "The bodies were found at 8. 40am on Saturday. ... Jenkin, who was arrested at around
            # 9. 35am": an hour with no day of its own is on the day the text last named
            changes["date"], changes["date_text"] = day[1], None
        elif event.date is None and (prior := _last_told(last_date, frames, here)) \
                and here - prior[0] <= date_reach and event.modality not in (
                "planned", "possible") and not _perfect(doc[event.token_index]):
            # (an act told in the perfect, "DHS has dismissed the allegations", takes no carried day:
            # the perfect sets it at no time of its own)
            changes["date"] = prior[1]
            changes["date_text"] = None  # (its own words, a day after the page's, gave none)
        elif event.date is None and story_day and _past_act_of_story_day(
                event, doc[event.token_index], story_types, dates):
            changes["date"], changes["date_text"] = story_day, None
        elif view is not None and (isinstance(event.date_text, PageDayText) or (
                event.date and _act_in_phrase(event.token_index, doc, dates))):
            # (an act told as the object of a preposition, "charged Saturday with stabbing", has
            # its verb's day: "The stabbing happened Friday" gives its own)
            retold = _retold_day(event, doc, view, dates)
            if retold is not None:
                changes["date"], changes["date_text"] = retold
        if event.location is None:
            place, _ = fallback_place(event, doc, view, places, here, last_place, lead, common, sole)
            if place:
                changes["location"] = place
        if "location" in changes and view is not None and country_named(changes["location"]) and view.title_places:
            # a story about a town names only its country for some events ("Toronto serial
            # killer ...": "McArthur murdered gay men" -> Toronto, not Canada)
            town = next((p for p in view.title_places if within(p, changes["location"])), None)
            if town:
                changes["location"] = town
        if lead_town and here < body_lead and event.location == lead_country \
                and places.get("lead_town_for_own_country"):
            changes["location"] = lead_town
        place = changes.get("location", event.location)
        if scene and view is not None and place and _broad_place(place) and likely_within(scene, place) \
                and event.type not in (places.get("verbal_place_types") or ()) \
                and (event.location is None or _told_of_another_act(event, view, place)) \
                and not _country_acts(event, view, place):
            # "A mother called police in Kamloops ... The police seized the bag, saying 'In B.C.
            # ...'": Kamloops; an act its own phrase places in the country ("a visit to Saudi
            # Arabia", "a suspect in Wisconsin was charged") stays there, as does a country that
            # acts ("Both Pakistan and China reject the claims") and an act of speech (said where
            # its sentence says); no act takes a town of another country
            changes["location"] = scene
        if event.date:  # (a retold day replaces the page's: the next sentences carry it)
            last_date = (here, changes["date"] if "date_text" in changes else event.date)
        if event.location:
            last_place = (here, event.location)
        carried[id(event)] = replace(event, **changes) if changes else event
    return [carried[id(e)] for e in events]


def _frame_days(doc: Doc, view: ArticleView, starts: Sequence[int], ordinal: dict[int, int],
                with_events: Collection[int]) -> list[tuple[int, str]]:
    """The date that a time adverbial opening a sentence with no event sets ("On Saturday, Trump
    won Nevada's delegates.", "In 2000, Mugabe won a presidential election.", "Today, Lam
    delivered her address on video."), by the sentence's ordinal, in text order. A time
    adverbial put first frames what follows: the next sentence's acts ("... the state party
    endorsed him") took place then unless they say otherwise. One told later in its sentence
    ("... culminated in September, when ...") frames only its own clause, and one of the
    page's stamp or date line, or of a time to come ("On Friday, a hearing will decide"),
    none; nor does a day the sentence is about rather than an adverbial, its subject
    ("Friday was a quiet day") or a noun's ("Friday's storm")."""
    parse = parse_arrays(doc)
    stamp_chars = int(load_toml("dates.toml").get("page_stamp_chars", 0))
    frames: list[tuple[int, str]] = []
    for n, start in enumerate(starts):
        if start in with_events:
            continue
        end = starts[n + 1] if n + 1 < len(starts) else len(doc)
        e = next(iter(view.time_expression_facts(start, end)), None)
        # the sentence's first words: "Today," or a preposition and the expression, "On Saturday,"
        if e is None or not (e.start == start or e.start == start + 1 and parse.pos[start] == "ADP"):
            continue
        if parse.dep[e.root] in ("nsubj", "nsubjpass") or _dates_another_noun(parse, e.root, -1) or (
                e.start == start and not any(parse.dep[c] in ("nsubj", "nsubjpass", "expl") and c != e.root
                                             for c in parse.children(parse.head[e.root]))):
            # "Friday's storm flooded the valley", "Friday was a quiet day" (the parser may read the
            # day as an adverbial of a verb left with no subject): what it tells of, no adverbial
            # ("Yesterday, there was chaos": "there" stands as the subject, the day frames)
            continue
        at = doc[e.start].idx
        if stamp_chars and is_page_stamp(view.text[max(0, at - stamp_chars):at]) or (
                view.date_line_span is not None and view.date_line_span[0] <= at < view.date_line_span[1]):
            continue
        future = told_in_future(parse, e.root)
        ahead = future or told_in_future_in_past(parse, e.root)
        day = resolve_date(_future_weekday(e, future), view.published, before=e.before, future=future)
        if day is not None and not ahead and not after_publication(day, view.published):
            frames.append((ordinal[start], day))
    return frames


def _named_days(doc: Doc, view: ArticleView, starts: Sequence[int],
                ordinal: dict[int, int]) -> list[tuple[int, int, str]]:
    """The past days the text names, as (sentence ordinal, first token, day) in text order: any
    time expression that gives a day, save the page's stamp or date line and a time to come."""
    parse = parse_arrays(doc)
    stamp_chars = int(load_toml("dates.toml").get("page_stamp_chars", 0))
    days: list[tuple[int, int, str]] = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(doc)
        for e in view.time_expression_facts(start, end):
            at = doc[e.start].idx
            if stamp_chars and is_page_stamp(view.text[max(0, at - stamp_chars):at]) or (
                    view.date_line_span is not None and view.date_line_span[0] <= at < view.date_line_span[1]):
                continue
            if told_in_future(parse, e.root) or told_in_future_in_past(parse, e.root):
                continue
            day = resolve_date(e.text, view.published, before=e.before)
            if day is not None and len(day) == 10 and not after_publication(day, view.published):
                days.append((ordinal.get(start, -1), e.start, day))
    return days


def _last_named(named: list[tuple[int, int, str]], before_token: int,
                from_sentence: int) -> tuple[int, str] | None:
    """The last day of ``named`` told before token ``before_token`` in a sentence from
    ``from_sentence`` on, as (sentence ordinal, day)."""
    found = next((d for d in reversed(named) if d[1] < before_token), None)
    return (found[0], found[2]) if found is not None and found[0] >= from_sentence else None


def _last_told(last_date: tuple[int, str] | None, frames: list[tuple[int, str]],
               here: int) -> tuple[int, str] | None:
    """The last day told before sentence ``here``: the last dated event's, or the day a later
    sentence with no event sets by its opening adverbial (``_frame_days``)."""
    at = bisect.bisect_left(frames, (here, "")) - 1
    if at >= 0 and (last_date is None or frames[at][0] > last_date[0]):
        return frames[at]
    return last_date


def _lead_scene(doc: Doc, view: ArticleView, starts: Sequence[int], ordinal: dict[int, int],
                lead_sentences: int) -> str | None:
    """The scene a lead sets when none of its events has a place: the first place its first
    ``lead_sentences`` sentences name as the object of "in/at/near" ("A vigil turned violent
    Monday night in East Flatbush", "Two men have died in separate climbing accidents at Mt
    Cook this weekend": what follows happened there). Only a place so named itself: one
    inside another phrase ("a new page can be turned in ties with Egypt") sets no scene, nor
    one that says where the sentence's subject is ("Analysts in Washington are divided",
    "Shoppers at malls in Chicago spent less") or what a person or thing is (as
    ``_in_a_describing_phrase``)."""
    parse = parse_arrays(doc)
    for start in starts:
        if ordinal.get(start, lead_sentences) >= lead_sentences:
            break
        for t in view.place_object_indices(view.sentence_of(start)):
            ent = view.entity_at(doc[t])
            if ent is not None and ent.type in PLACE_TYPES and not _on_subject(parse, t) \
                    and not _in_a_describing_phrase(view, t, -1):
                return _town_of_street(t, parse, view) or ent.name
    return None


def _spread_over(country: str, ordered: list[Candidate], view: ArticleView, places: dict[str, Any]) -> bool:
    """Whether a sentence that places an event in ``country`` says the event spread over it
    ("Russia launched missiles across Ukraine", "protests nationwide"; ``spread_preps``,
    ``country_adverbs``): a town the lead names next is one place of many, not the story's."""
    preps = frozenset(places.get("spread_preps") or ())
    adverbs = frozenset(places.get("country_adverbs") or ())
    parse = parse_arrays(view.doc)
    for sentence in {view.sentence_of(e.token_index) for e in ordered if e.location == country}:
        if any(parse.lower[t] in adverbs for t in range(sentence.start, sentence.end)):
            return True
        for t in view.place_object_indices(sentence):
            ent = view.entity_at_index(t)
            if ent is not None and ent.name == country and parse.lower[parse.head[t]] in preps:
                return True
    return False


def _town_of_street(t: int, parse: ParseArrays, view: ArticleView) -> str | None:
    """The town a street's phrase names with it ("on Stadiou Street, downtown Athens", "on
    Castlefrank Road in Kanata"): the scene of a story whose lead names a street is that
    town, its other acts were not all on the street."""
    if parse.lower[t] not in street_words():
        return None
    for x in _subtree(parse, t):
        ent = view.entity_at_index(x) if x != t else None
        if ent is not None and ent.type == "GPE":
            return ent.name
    return None


def _on_subject(parse: ParseArrays, top: int) -> bool:
    """Whether the place phrase headed by ``top`` hangs, through nouns and prepositions only,
    on the subject of its clause ("Analysts in Washington", "Shoppers at malls in Chicago")."""
    i = top
    while parse.head[i] != i and parse.pos[i] not in ("VERB", "AUX"):
        if parse.dep[i] in ("nsubj", "nsubjpass"):
            return True
        i = parse.head[i]
    return False


def _past_act_of_story_day(event: Candidate, token: Token, story_types: Collection[str],
                           dates: dict[str, Any]) -> bool:
    """Whether an undated act is told as one of the story's day: a news story tells its own
    acts in the simple past with no day of their own, once it has given the day in its lead
    ("He urged the end to a tariff fight", "Police arrived and shot him dead"); so is a passive
    in the simple past of a kind of act the lead tells on that day (``story_types``: a later
    "was shot" retells the lead's shooting), and a participle clause with no subject of its
    own on such a verb ("Trump ... responded to her letter on Twitter, calling for the
    beginning of a transition"), told at its verb's time. Never a planned or possible act
    (not yet done), nor one the story tells as another's account or as background
    (``_told_on_story_day``)."""
    if event.modality in ("planned", "possible"):
        return False
    if (_simple_past(token) or (_past_passive(token) and (event.type in story_types
                                                          or _aftermath_of_lead(event.type, story_types, dates)))
            or _latest_perfect(event, token, story_types, dates)) \
            and _told_on_story_day(event, token, story_types, dates):
        return True
    verb = _participle_of_past(token) or _means_or_attempt_of_past(token, dates) or (
        _light_verb_of_past(token, dates) if event.type in story_types else None)
    return verb is not None and _told_on_story_day(event, verb, story_types, dates)


def _aftermath_of_lead(kind: str | None, story_types: Collection[str], dates: dict[str, Any]) -> bool:
    """Whether an act of this kind is what follows at once a kind the lead tells on the story's day
    (``story_date_aftermath_kinds``: "was rushed to a hospital" after a lead's shooting)."""
    follows = (dates.get("story_date_aftermath_kinds") or {}).get(kind or "") or ()
    return any(t in story_types for t in follows)


def _told_on_story_day(event: Candidate, token: Token, story_types: Collection[str],
                       dates: dict[str, Any]) -> bool:
    """An undated act in the simple past is the story's own (its day) unless the story tells
    it as another's account or as background: told inside a claim or reported ("said
    attackers detonated a car bomb", "They shot and killed people on the train": the
    speaker's day is not the act's; ``story_date_reported``; one sourced by a phrase is the
    story's own only when it retells a kind of act of the lead: "according to the lawsuit, the
    owner threatened the tenants" is the record's background), in a relative or subject
    clause ("Qawi was later accused ..., which he denied": what is known of a participant;
    ``story_date_background_clauses``), or with an adverb that puts
    it at another time ("Saudi Arabia initially denied all claims";
    ``story_date_other_time``)."""
    if dates.get("story_date_reported", True) and (event.attributed_to or event.modality == "reported") \
            and not (event.type in story_types and _sourced_by_phrase(token, dates)):
        return False
    background = dates.get("story_date_background_clauses")
    if background:
        head = token
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
        if head.dep_ in background:
            return False
    other = dates.get("story_date_other_time")
    return not (other and any(c.dep_ == "advmod" and c.lower_ in other for c in token.children))


def _sourced_by_phrase(token: Token, dates: dict[str, Any]) -> bool:
    """Whether the act's own clause names its source in a phrase (``story_date_source_preps``:
    "According to reports from the scene, people vandalized property"): the story tells the
    act in its own voice, on its own day, where "police said attackers detonated a bomb"
    tells the speaker's account."""
    preps = dates.get("story_date_source_preps") or ()
    head = token
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    return any(c.dep_ == "prep" and c.lower_ in preps for c in head.children)


def _participle_of_past(token: Token) -> Token | None:
    """The verb in the simple past that an undated participle clause with no subject or marker
    of its own hangs on ("responded to her letter on Twitter, calling for the beginning of a
    transition": responded); else None."""
    if token.tag_ != "VBG" or token.dep_ != "advcl" or any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children):
        return None
    return token.head if token.head is not token and _simple_past(token.head) else None


def _means_or_attempt_of_past(token: Token, dates: dict[str, Any]) -> Token | None:
    """The verb in the simple past an undated act is told under as its means ("responded by
    firing tear gas": a gerund after ``story_date_means_preps``), as what it tried ("tried to
    storm parliament": an infinitive under ``story_date_attempt_lemmas``), or as what it began
    ("began shooting", "started to fire": ``story_date_onset_lemmas``); else None."""
    if token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ in (
            dates.get("story_date_means_preps") or ()) and not any(c.dep_ == "nsubj" for c in token.children):
        verb = token.head.head
        return verb if verb is not token.head and (_simple_past(verb) or _finite_participle(verb)) else None
    if token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ in (
            dates.get("story_date_absolute_preps") or ()) and token.head.dep_ == "prep":
        # "Battles erupted ... with protesters throwing Molotov cocktails": at the verb's time
        verb = token.head.head
        return verb if verb is not token.head and _simple_past(verb) else None
    if token.tag_ == "VB" and token.dep_ == "xcomp" and token.head.lemma_ in (
            dates.get("story_date_attempt_lemmas") or ()) and _simple_past(token.head):
        return token.head
    if token.tag_ in ("VB", "VBG") and token.dep_ == "xcomp" and token.head.lemma_ in (
            dates.get("story_date_onset_lemmas") or ()) and _simple_past(token.head):
        return token.head  # "when she began shooting": the act begun, on the day it began
    return None


def _light_verb_of_past(token: Token, dates: dict[str, Any]) -> Token | None:
    """The light verb in the simple past an act noun is the object of ("held a silent vigil",
    ``story_date_light_verb_objects``), else None."""
    if dates.get("story_date_light_verb_objects") and token.pos_ == "NOUN" and token.dep_ == "dobj" \
            and token.head.lemma_ in words("light_verbs") and _simple_past(token.head):
        return token.head
    return None


def _finite_participle(token: Token) -> bool:
    """A verb tagged as a past participle that heads its sentence with a subject and no
    auxiliary ("Riot police positioned at street corners responded by firing"), or is joined
    to a verb in the simple past with no auxiliary of its own ("Police arrived and responded by
    firing"): a participle is never finite alone, so it is the simple past the tagger took for one."""
    if token.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    if token.dep_ == "conj":
        return token.head is not token and _simple_past(token.head)
    return token.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in token.children)


def _perfect(token: Token) -> bool:
    """A verb told in the perfect ("has dismissed", "have been arrested", "had requested")."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)


def _present_perfect(token: Token) -> bool:
    """A verb told in the present perfect ("has accused", "have been arrested"), not the past
    perfect ("had requested": before the story's time)."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in token.children)


def _latest_perfect(event: Candidate, token: Token, story_types: Collection[str], dates: dict[str, Any]) -> bool:
    """Whether an undated act in the present perfect is one of the story's latest acts, on its day
    (``story_date_present_perfect``): a breaking story tells what has just happened in the
    present perfect ("Protesters have occupied the City Hall", "One person has been arrested");
    "lead_kinds": only an act of a kind its lead tells on that day (``story_types``)."""
    mode = dates.get("story_date_present_perfect")
    if not mode or not _present_perfect(token) or token.tag_ == "VBG":
        return False  # ("has been fighting": a state that lasts, no act of a day)
    since = dates.get("story_date_perfect_spans") or ()
    if any(c.dep_ == "prep" and c.lower_ in since for c in token.children):
        return False  # ("Since then, protesters have demanded ...": a stretch of time up to now)
    return mode != "lead_kinds" or event.type in story_types


def _past_passive(token: Token) -> bool:
    """A passive in the simple past ("was shot dead", "were injured"), not a perfect ("has been
    accused")."""
    return token.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in token.children) \
        and not _perfect(token)


def _simple_past(token: Token) -> bool:
    """A verb in the simple past ("urged", "denounced"), not a perfect ("had warned",
    "has been fighting": the story's background) nor a noun."""
    return token.tag_ == "VBD" and not _perfect(token)


def _story_scene(places: Iterable[str | None]) -> str | None:
    """The town a story is set in: the first of its lead's place (``carry_context``), the
    place its lead's sentences name (``_lead_scene``) and its dateline's that names no
    country or region."""
    return next((p for p in places if p and not _broad_place(p)), None)


def _told_of_another_act(event: Candidate, view: ArticleView | None, place: str) -> bool:
    """Whether every phrase of the event's sentence that names ``place`` hangs on another
    act ("in the sixteen weeks of protests in Hong Kong, police fired", "seized the bag,
    stating: 'In B.C., this has been considered an emergency'"; as ``_belongs_to_other_act``):
    the sentence gives that act's place, not the event's."""
    if view is None:
        return False
    parse = parse_arrays(view.doc)
    i = event.token_index
    clause, above = _clause_at(parse, i), set(parse.path_up(i))
    topic = _topic_of_verb(parse, i, clause)
    nouns = noun_lemmas()
    others = []
    for t in view.place_object_indices(view.sentence_of(i)):
        if (ent := view.entity_at_index(t)) is None or ent.name != place:
            continue
        up = parse.path_up(parse.head[t])
        # inside the trigger's own phrase ("During weeks of protests in Kenya, officers arrested"),
        # another act's when an event noun or verb stands between
        others.append(any(parse.pos[x] == "VERB" or (parse.pos[x] == "NOUN" and parse.lemma[x] in nouns)
                          for x in up[1:up.index(i)]) if i in up
                      else _belongs_to_other_act(parse, up[1:], i, clause, above, topic))
    return bool(others) and all(others)


def _broad_place(place: str) -> bool:
    """Whether a place name names a country or a region (a first-level division) only:
    "Nigeria", "British Columbia", not "New York" (also a town)."""
    if country_named(place) is not None or country_named(bare_name(place)) is not None:
        return True
    named = places_named(place)
    return bool(named) and all(p.kind == "region" for p in named)


def _common_town(ordered: Sequence[Candidate], places: dict[str, Any], least: int | None = None) -> str | None:
    """The town the story's first placed act takes place in, when more than half of the
    article's placed acts (at least ``common_town_events``) take place there by their own
    sentences and it is no country, region, continent or sea: where a story opens and most of its acts
    happen, its other acts told with no place happened too ("a woman opened fire at a plant
    in Springfield ... She began shooting"); a town of a past case told at the end ("Earlier
    this year, a professor in Ashford ...") is not the story's. ``least``: the placed acts it
    needs, ``common_town_events`` unless given."""
    if least is None:
        least = int(places.get("common_town_events") or 0)
    scene_free = frozenset(places.get("scene_free_lemmas") or ())
    placed = [e for e in ordered if e.location and e.lemma not in scene_free]
    counts = Counter(e.location for e in placed)
    if not least or not counts:
        return None
    town = str(placed[0].location)
    n = counts[town]
    if n < least or 2 * n <= sum(counts.values()) or _broad_place(town) or key(town) in world_regions():
        return None
    return town


def fallback_place(event: Candidate, doc: Doc, view: ArticleView | None, places: dict[str, Any], here: int,
                   last_place: tuple[int, str] | None, lead: str | None,
                   common: str | None = None, sole: str | None = None) -> tuple[str | None, str]:
    """The place of an event whose sentence gives none, and which fallback gave it: the
    first of ``place_fallbacks`` (``data/places.toml``) that gives one; an act of speech
    or decision (``verbal_place_types``: an accusation, a call, a refusal) is done where its
    own sentence says, so it takes only the first of ``verbal_place_fallbacks``: a statement
    made from nowhere in particular has no place of the story's."""
    sources = places["place_fallbacks"]
    if event.type in (places.get("verbal_place_types") or ()):
        sources = places.get("verbal_place_fallbacks", sources)
    for source in sources:
        place = None
        if source == "previous":
            place = last_place[1] if last_place and here - last_place[0] <= int(places["carry_sentences"]) else None
        elif source == "lead":
            place = lead
        elif source == "common":
            place = common
        elif source == "sole":
            place = sole
        elif view is None:
            continue
        elif source == "dateline":
            place = view.dateline_place
        elif source == "sentence":
            place = _sentence_place(event, view)
            if place and lead and places.get("sentence_country_to_lead") and country_named(place) is not None \
                    and country_named(lead) is None and within(lead, place) and not _country_acts(event, view, place):
                # "Protesters also tried to storm the Greek Parliament and the rioting spread to
                # Greece's second city": a country the sentence names in passing is less than
                # the lead's town in it (a fire-bomb attack "in Athens")
                return lead, "lead"
        elif source == "paragraph":
            place = _paragraph_place(event, doc, view)
        elif source == "retold":
            place = _retold_place(event, doc, view)
        elif source == "actor":
            place = actor_place(event.actor, view)
        elif source == "main_country":
            place = main_country(view, float(places["main_country_share"]))
        elif source == "title":
            # "Brooklyn riot over teen's death: ...": the one town its title names is where the story is
            # set, for a story that places none of its acts by their own words
            named = view.title_places
            place = named[0] if len(named) == 1 else None
        if place:
            return place, source
    return None, "none"


def _country_acts(event: Candidate, view: ArticleView, country: str) -> bool:
    """Whether the sentence names ``country`` as a subject ("Both Pakistan and China reject
    the claims"): a party that acts, not a place in passing."""
    parse = parse_arrays(view.doc)
    sentence = view.sentence_of(event.token_index)
    mentions = view.mentions
    for k in range(bisect.bisect_left(mentions, (sentence.start_char, -1)), len(mentions)):
        s, _, ent = mentions[k]
        if s >= sentence.end_char:
            break
        if ent.name == country:
            t = view._token_at(s)
            while parse.dep[t] in ("compound", "conj") and parse.head[t] != t:
                t = parse.head[t]
            if parse.dep[t] in ("nsubj", "nsubjpass"):
                return True
    return False


def _sentence_place(event: Candidate, view: ArticleView) -> str | None:
    """The place the event's sentence names nearest its trigger in any role but the
    actor's ("Nevada opted not to hold a caucus, but the state party endorsed him",
    "... the Jeddah talks"): the sentence's places read from the article's sorted mentions."""
    sentence = view.sentence_of(event.token_index)
    start, end = sentence.start_char, sentence.end_char
    at = view.doc[event.token_index].idx
    mentions = view.mentions
    best = None
    first = bisect.bisect_left(mentions, (start, -1))
    for k in range(first, len(mentions)):
        s, e, ent = mentions[k]
        if s >= end:
            break
        if ent.type in ("GPE", "LOC") and ent.name != event.actor and (best is None or abs(s - at) < best[0]) \
                and not (ent.name == event.target and _target_elsewhere(event)) \
                and not _in_a_describing_phrase(view, view.phrase_head(s, e), event.token_index):
            best = (abs(s - at), ent.name, k)
    if best is None:
        return None
    k = best[2]
    if k > first:
        # "a Manchester, Conn., warehouse": the state after a town's comma says where the town is;
        # the town is the place
        s, e, ent = mentions[k]
        ps, pe, town = mentions[k - 1]
        if town.type in ("GPE", "LOC") and town.name != event.actor and view.text[pe:s] == ", " \
                and _written_as_town_state(town.name, ent.name):
            return town.name
    return best[1]


def _in_a_describing_phrase(view: ArticleView, top: int, trigger: int) -> bool:
    """A place whose phrase (head word ``top``) says where a person is from (``_on_person``,
    given ``person_place_preps``), what kind of thing a common noun is (``_modifier_of_thing``,
    given ``modifier_place_deps``) or where a thing came from (``_origin_of_noun``, given
    ``origin_preps``): no place the event took place in."""
    parse = parse_arrays(view.doc)
    return _on_person(parse, top) or _modifier_of_thing(parse, top, trigger) or _origin_of_noun(parse, top, trigger)


def _origin_of_noun(parse: ParseArrays, top: int, trigger: int) -> bool:
    """A place in a phrase of ``origin_preps`` on a noun ("a rescue helicopter from
    Christchurch", "troops from Chad") says where the thing or people came from, not where
    the event took place; but on the trigger or an event noun of the lexicon ("a rocket
    attack from Gaza") it says where the act was done from. ``top``: the name's head word."""
    preps = _places_settings().get("origin_preps") or ()
    prep = parse.head[top]
    noun = parse.head[prep]
    return parse.dep[top] == "pobj" and parse.lower[prep] in preps and prep != top \
        and parse.pos[noun] in ("NOUN", "PROPN") and noun != prep \
        and noun != trigger and parse.lemma[noun] not in noun_lemmas()


@cache
def _place_kept_nouns() -> frozenset[str]:
    """Nouns a place name modifying them still places the event at: the lexicon's event
    nouns ("the Jeddah talks") and the nouns of places and premises ("a Kabul hospital")."""
    settings = _places_settings()
    return noun_lemmas().union(premises_nouns(), *(settings.get(key) or () for key in (
        "place_part_nouns", "named_venue_nouns")))


def _modifier_of_thing(parse: ParseArrays, top: int, trigger: int) -> bool:
    """A place named as a modifier of a common noun ("Indo-Pacific stability", "a Bush
    administration regulation", "a Santa hat"; ``modifier_place_deps``) says what kind of
    thing the noun is, not where the event took place; but not when the noun is the trigger
    itself or an event noun of the lexicon ("the Jeddah talks") or a place or premises noun
    (``place_part_nouns``, ``named_venue_nouns``, ``premises_nouns``: "a Kabul hospital").
    ``top``: the name's head word."""
    settings = _places_settings()
    deps_ = settings.get("modifier_place_deps")
    head = parse.head[top]
    if not deps_ or parse.dep[top] not in deps_ or head == top or parse.pos[head] != "NOUN" or head == trigger:
        return False
    kept = _place_kept_nouns()
    while head != trigger and parse.lemma[head] not in kept:  # up the noun's own modifiers: "the Manhattan district attorney's office"
        if parse.dep[head] not in ("compound", "poss", "amod") or parse.head[head] == head \
                or parse.pos[parse.head[head]] != "NOUN":
            return True
        head = parse.head[head]
    return False


def _target_elsewhere(event: Candidate) -> bool:
    """A place that is what a verbal or diplomatic act is about or done to ("discussed
    China's role", "filed a lawsuit against the state of Montana", "naval cooperation with
    Mauritius") is not where it took place; a place attacked, occupied or sent aid is
    (``target_place_types``: "its invasion of Iraq")."""
    kept = _places_settings().get("target_place_types")
    if kept is None:
        return False
    kind = event.type[0] if isinstance(event.type, list) and event.type else event.type
    return kind not in kept


def _on_person(parse: ParseArrays, top: int) -> bool:
    """Whether the place phrase headed by ``top`` hangs on one person (a singular noun of
    ``person_place_nouns`` or a name NER typed PERSON; "residents of Gaza" are its people,
    where things happen to them): by one of ``person_place_preps`` ("a resident of Antioch",
    "a man from Ohio"), by "based"/"born" and a preposition ("a doctor based in Martinsville"),
    or as the person's modifier ("the California lawyer")."""
    settings = _places_settings()
    preps, nouns = settings.get("person_place_preps") or (), settings.get("person_place_nouns") or ()
    if not preps:
        return False

    def person(i: int) -> bool:
        return parse.ent[i] == "PERSON" or parse.tag[i] == "NN" and parse.lemma[i] in nouns

    head = parse.head[top]
    while parse.dep[top] in ("appos", "npadvmod", "conj") and parse.ent[head] in ("GPE", "LOC") and head != top:
        top, head = head, parse.head[head]  # "Antioch, Illinois": the phrase's first place
    if parse.dep[top] in ("compound", "nmod", "amod"):
        return person(head)
    if parse.dep[top] != "pobj":
        return False
    holder = parse.head[head]
    if parse.lower[head] in preps and person(holder):
        return True
    return parse.lemma[holder] in ("base", "bear") and parse.dep[holder] == "acl" and person(parse.head[holder])


def _retold_place(event: Candidate, doc: Doc, view: ArticleView) -> str | None:
    """The place a later sentence gives in an "in/at/near" phrase when it retells the
    happening with a definite noun of the event's own ("A bomb explosion at a bank killed
    two officers. ... The explosion occurred Friday at a bank branch in Woodburn"): the
    first of the next ``retelling_sentences`` sentences that does."""
    parse = parse_arrays(doc)  # the sentences after it read from the arrays, no Token per word
    if parse.pos[event.token_index] != "NOUN":
        return None  # a verb's happening is retold by other words ("the group" is no retelling of "fought")
    lemma = parse.lemma[event.token_index]
    exclude = {event.actor} if event.actor else set()
    for following in _retelling_sentences(event, doc, view):
        retold = [t for t in range(following.start, following.end)
                  if parse.lemma[t] == lemma and parse.pos[t] == "NOUN" and _definite_at(parse, t)]
        # the phrase on the retold noun or on its verb ("The explosion occurred ... in Woodburn"),
        # not one on another word ("told VOA soon after the attack" ... "controller in Quetta")
        where = {h for t in retold for h in (t, parse.head[t])}
        for t in view.place_object_indices(following):
            if parse.head[parse.head[t]] in where:
                place = _place_in(doc[t], view, exclude)
                if place:
                    return place
    return None


def _retelling_sentences(event: Candidate, doc: Doc, view: ArticleView):
    """The sentences after the event's that may retell it: the next ``retelling_sentences``
    (``data/places.toml``), for its place (``_retold_place``) and its day (``_retold_day``)."""
    end = view.sentence_of(event.token_index).end
    for _ in range(int(_places_settings().get("retelling_sentences", 0))):
        if end >= len(doc):
            return
        following = view.sentence_of(end)
        end = following.end
        yield following


def _definite_at(parse: ParseArrays, i: int) -> bool:
    """Word ``i`` has a determiner that points back ("the explosion", "this attack":
    ``[words] anaphoric_determiners``)."""
    anaphoric = words("anaphoric_determiners")
    return any(parse.lower[c] in anaphoric for c in parse.children(i))


def _act_in_phrase(i: int, doc: Doc, dates: dict[str, Any]) -> bool:
    """Whether the trigger is a gerund or noun told as the object of a preposition on another
    word ("was charged Saturday with stabbing a classmate": ``retold_day_deps``), whose day is
    that word's, not necessarily its own."""
    deps_ = dates.get("retold_day_deps") or ()
    if not deps_:
        return False
    parse = parse_arrays(doc)
    return parse.dep[i] in deps_ and (parse.pos[i] == "NOUN" or parse.tag[i] == "VBG")


def _retold_day(event: Candidate, doc: Doc, view: ArticleView, dates: dict[str, Any]) -> tuple[str, str] | None:
    """The day a later sentence gives an event dated only by the page's date line run into
    its sentence (``PageDayText``), when it says that a happening of the event's kind took
    place then, with a definite noun as subject of a verb of happening (``happening_verbs``):
    "... Kraft Plant September 10, 2010 10: 14 AM Police say two people have been killed ...
    The shooting took place just after 8: 30pm Thursday night": Thursday, not the page's day.
    Looked for in the next ``retelling_sentences`` sentences (``data/places.toml``)."""
    verbs = set(dates.get("happening_verbs") or ())
    if not verbs:
        return None
    parse = parse_arrays(doc)
    for following in _retelling_sentences(event, doc, view):
        for e in view.time_expression_facts(following.start, following.end):
            verb = _clause_at(parse, e.root)
            said = {parse.lemma[verb]} | {f"{parse.lemma[verb]} {parse.lower[c]}" for c in parse.children(verb)
                                          if parse.dep[c] == "dobj"}  # "took place"
            if not said & verbs or not _in_clause(parse, e.root, verb):
                continue
            subject = next((c for c in parse.children(verb) if parse.dep[c] == "nsubj"), None)
            if subject is None or parse.pos[subject] != "NOUN" or not _definite_at(parse, subject):
                continue
            rule = match_at(doc, subject)  # (or the trigger's own word: "with stabbing ... The stabbing happened")
            if (rule is None or rule.type != event.type) and parse.lower[subject] != parse.lower[event.token_index]:
                continue
            day = resolve_date(e.text, view.published, before=e.before)
            if day is not None:
                return day, e.text
    return None


def _paragraph_place(event: Candidate, doc: Doc, view: ArticleView) -> str | None:
    """The last place named before the trigger in its paragraph."""
    at = doc[event.token_index].idx
    start = doc.text.rfind("\n", 0, at) + 1
    for s, _, ent in reversed(view.entities_before(at)):
        if s < start:
            return None
        if ent.type in ("GPE", "LOC"):
            return ent.name
    return None


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
    civil war"), a person or group in its country ("Trump declared an emergency"); a country
    the article names only by its adjective acts in itself too ("A Kenyan court has lifted
    the order": Kenya, the actor, though no entity names it)."""
    ent = view.table.named(actor) if actor else None
    if ent is None:
        return actor if actor and country_named(actor) is not None else None
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
        parse = parse_arrays(token.doc)  # the dependants by index: a Token only for the count found
        deps, lowers = parse.dep, parse.lower
        for c in parse.children(token.i):
            if deps[c] == "nummod" or (deps[c] == "amod" and lowers[c] in words("quantity_modifiers")):
                count = [t for t in token.doc[c].subtree if t.dep_ not in ("punct",)]
                return " ".join([t.text for t in count] + [token.text])
        if parse.pos[token.i] == "NUM" or lowers[token.i] in words("quantity_nouns"):
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            lead = " ".join(t.text for t in token.subtree if t.i <= token.i)
            return f"{lead} of {obj.text}" if obj is not None else lead
    return None
