"""What every event stage needs to know about the article: entities, claims, quotes,
dates, all read from what the stages before events wrote on the Doc."""
from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy
from spacy.tokens import Doc, Span, Token

from newstrace.data import load_toml
from newstrace.extract.countries import country_named, country_of_demonym
from newstrace.extract.datelines import dateline, dateline_body_start
from newstrace.extract.dates import date_line, date_line_span, stamped_date_line
from newstrace.extract.doc import CLAIMS, DATES, QUOTES, ClaimReading, item_of, span_group
from newstrace.extract.entities import EntityTable
from newstrace.extract.gazetteer import street_words
from newstrace.extract.names import title_key
from newstrace.extract.parsearrays import SentenceTable, named_entities, parse_arrays
from newstrace.extract.parsearrays import sentences as sentence_table
from newstrace.nlp import TERMINAL, doc_text
from newstrace.record import Entity


@dataclass
class ArticleView:
    doc: Doc
    table: EntityTable = field(init=False)
    claims: list[ClaimReading] = field(init=False)
    published: str | None = field(init=False)
    _mentions: list[tuple[int, int, Entity]] = field(init=False)
    # token index -> the party that phrase names (roles.party), filled as asked
    parties: dict[int, Any] = field(init=False, default_factory=dict)
    _entity_at: dict[int, Entity | None] = field(init=False, default_factory=dict)  # token index -> entity_at

    def __post_init__(self) -> None:
        self.table = self.doc._.entities
        self.claims = [item_of(span, CLAIMS) for span in span_group(self.doc, CLAIMS)]
        self.published = self.doc._.published or self._date_line()
        self._mentions = sorted((s, e, ent) for ent in self.table.entities for s, e in ent.mentions)

    @cached_property
    def text(self) -> str:
        return doc_text(self.doc)

    def _date_line(self) -> str | None:
        """For an article with no publication date, the day its own date line gives
        (:func:`newstrace.extract.dates.date_line`): relative days ("today", "Tuesday") are
        then read against it, as the page's reader reads them."""
        settings = load_toml("dates.toml")
        day = date_line(self.text[:int(settings["date_line_chars"])], frozenset(settings["date_line_not_after"]))
        if day is None and (stamped := self._stamped_date_line) is not None:
            day = stamped[0]  # ("PUBLISHED: 16: 05 GMT, 9 June 2013" after a headline's summary points)
        return day

    @cached_property
    def _stamped_date_line(self) -> tuple[str, tuple[int, int]] | None:
        """A page's time stamp further down than its date line would stand
        (:func:`newstrace.extract.dates.stamped_date_line`, the first `stamped_date_line_chars`)."""
        chars = int(load_toml("dates.toml").get("stamped_date_line_chars") or 0)
        return stamped_date_line(self.text[:chars]) if chars else None

    @cached_property
    def date_line_day(self) -> str | None:
        """The day the page's date line gives (:meth:`_date_line`), whether or not the page has a
        publication date of its own."""
        return self._date_line()

    @cached_property
    def date_line_span(self) -> tuple[int, int] | None:
        """The characters of the page's date line (:func:`newstrace.extract.dates.date_line_span`),
        whether or not the page has a publication date of its own."""
        settings = load_toml("dates.toml")
        span = date_line_span(self.text[:int(settings["date_line_chars"])],
                              frozenset(settings["date_line_not_after"]))
        if span is None and (stamped := self._stamped_date_line) is not None:
            span = stamped[1]
        return span

    @cached_property
    def dateline_place(self) -> str | None:
        """The place of the article's dateline ("NAIROBI, Kenya —"), as an entity's name
        when one is there: every event the sentence places nowhere else falls back on it."""
        line = dateline(self.text)
        if line is None:
            return None
        start, end, _ = line
        ent = self.table.at(start, end)
        if ent is not None:
            return ent.name
        # "Police say — without offering evidence — that ...": capitalised words before a dash
        # that no entity names are a dateline only when set off as one ("TARTU —")
        return self.text[start:end].title() if dateline_body_start(self.text) is not None else None

    @cached_property
    def title_end(self) -> int:
        """Where the headline the text opens with ends (0 when the text does not open with
        its record's title): the title tells the story's act in headline grammar, the body
        tells it again in full. A title that ends as a sentence does ("... a state bomb
        disposal technician, authorities said.") is the text's first sentence, its lead, not
        a headline."""
        title = (self.doc.user_data.get("newstrace.title") or "").strip()
        return len(title) if title and title[-1] not in TERMINAL and self.text.startswith(title) else 0

    @cached_property
    def title_places(self) -> list[str]:
        """The article's towns and regions (place entities that are no country) that its
        title names ("... shot dead in Aden"), in the table's order: where the story names
        only a country for an event, the title says which town of it the story is about."""
        title = self.doc.user_data.get("newstrace.title") or ""
        if not title:
            return []
        lowered = title.lower()
        return [ent.name for ent in self.table.entities
                if ent.type in ("GPE", "LOC") and ent.name.lower() in lowered and country_named(ent.name) is None
                and re.search(r"\b" + re.escape(ent.name.lower()) + r"\b", lowered)]

    @cached_property
    def time_expressions(self) -> list[Span]:
        """The dates stage's DATE and TIME spans (``span._.date`` resolves each)."""
        return span_group(self.doc, DATES)

    @cached_property
    def sentence_table(self) -> SentenceTable:
        """The Doc's sentences as offsets, with whether the extractors read each."""
        return sentence_table(self.doc)

    @cached_property
    def _sentence_spans(self) -> dict[int, Span]:
        """Sentence number -> its Span, made when first asked (``token.sent`` makes two
        Doc slices each time, and each trigger asked for its sentence four times; a Span
        for every sentence of the article cost more than the few holding a trigger)."""
        return {}

    def sentence_of(self, i: int) -> Span:
        """The sentence holding word ``i`` (the span ``doc[i].sent`` gives)."""
        k = self.sentence_table.number(i)
        made = self._sentence_spans
        span = made.get(k)
        if span is None:
            span = made[k] = self.sentence_table.span(self.doc, k)
        return span

    def says_according_to(self, sentence: Span) -> bool:
        """Whether a word of ``sentence`` is "according" followed by "to"."""
        k = bisect.bisect_left(self._according_to, sentence.start)
        return k < len(self._according_to) and self._according_to[k] < sentence.end

    @cached_property
    def _according_to(self) -> list[int]:
        """The words "according" followed by "to", in order (from the Doc's arrays: the
        question is asked for every trigger, of its whole sentence)."""
        lower = self.doc.to_array("LOWER")
        according = lower[:-1] == self.doc.vocab.strings["according"]
        return numpy.flatnonzero(according & (lower[1:] == self.doc.vocab.strings["to"])).tolist()

    @cached_property
    def title_holders(self) -> dict[str, list[str]]:
        """The entities holding each role title (by :func:`~newstrace.extract.names.title_key`),
        in the table's order: asked of every unnamed party phrase ("the secretary-general")."""
        holders: dict[str, list[str]] = {}
        for ent in self.table.entities:
            for title in dict.fromkeys(title_key(role.title) for role in ent.roles):
                holders.setdefault(title, []).append(ent.name)
        return holders

    def entity_at(self, token: Token) -> Entity | None:
        """The entity a mention of which overlaps the word (asked of the same words by the
        roles, the filters and the places of several triggers: kept per word)."""
        known = self._entity_at
        i = token.i
        if i not in known:
            known[i] = self.table.at(token.idx, token.idx + len(token.text))
        return known[i]

    def entity_at_index(self, i: int) -> Entity | None:
        """:meth:`entity_at` word ``i`` (a Token made only the first time it is asked)."""
        known = self._entity_at
        if i not in known:
            token = self.doc[i]
            known[i] = self.table.at(token.idx, token.idx + len(token.text))
        return known[i]

    @property
    def mentions(self) -> list[tuple[int, int, Entity]]:
        """Every entity mention as (start, end, entity), sorted by offset."""
        return self._mentions

    def entities_before(self, char: int) -> list[tuple[int, int, Entity]]:
        """Entity mentions ending before ``char``, nearest last."""
        i = bisect.bisect_left(self._mentions, (char, -1))
        return [m for m in self._mentions[:i] if m[1] <= char]

    def countries_before(self, char: int, parties_only: bool = False) -> list[str]:
        """Countries named, or described by a demonym, before ``char``: nearest first, distinct,
        at most three. ``parties_only`` passes over a country named as a place ("for use
        in Ukraine")."""
        tokens, nearest = self._country_tokens[parties_only]
        k = bisect.bisect_left(tokens, self._token_at(char))
        return list(nearest[k - 1]) if k else []

    @cached_property
    def _country_tokens(self) -> dict[bool, tuple[list[int], list[tuple[str, ...]]]]:
        """For :meth:`countries_before`, one pass per article instead of a walk back
        through the text per question (which made events quadratic in an article's
        length): the tokens that name a country (inside an entity mention, or a demonym
        NER calls NORP), and after each, the three distinct countries named last, nearest
        first; with ``parties_only`` (True) and without."""
        doc = self.doc
        starts = self._token_starts
        ner = named_entities(doc)
        candidates = {i for k, label in enumerate(ner.labels) if label == "NORP" for i in range(ner.starts[k], ner.ends[k])}
        for s, e, _ in self._mentions:
            candidates.update(range(max(bisect.bisect_right(starts, s) - 1, 0), bisect.bisect_left(starts, e)))
        named: list[tuple[int, str, bool]] = []
        for i in sorted(candidates):
            token = doc[i]
            ent = self.entity_at(token)
            name = None
            if ent is not None:
                name = ent.name if ent.type == "GPE" and country_named(ent.name) else None
            elif token.ent_type_ == "NORP":
                country = country_of_demonym(token.text)
                name = country.name if country else None
            if name:
                named.append((i, name, _as_place(token)))
        out = {}
        for parties_only in (False, True):
            last: dict[str, None] = {}  # countries in the order last named
            indices, nearest = [], []
            for i, name, place in named:
                if parties_only and place:
                    continue
                last.pop(name, None)
                last[name] = None
                indices.append(i)
                nearest.append(tuple(reversed(list(last)[-3:])))
            out[parties_only] = (indices, nearest)
        return out

    def _token_at(self, char: int) -> int:
        return bisect.bisect_left(self._token_starts, char)

    def phrase_head(self, start_char: int, end_char: int) -> int:
        """The head word of the phrase from character ``start_char`` to ``end_char`` (a
        mention's words): the first of them whose governor lies outside them."""
        parse = parse_arrays(self.doc)
        first = last = self._token_at(start_char)
        n, starts = len(parse.head), self._token_starts
        while last + 1 < n and starts[last + 1] < end_char:
            last += 1
        return next((k for k in range(first, last + 1) if not first <= parse.head[k] <= last), first)

    @cached_property
    def _token_starts(self) -> list[int]:
        return self.doc.to_array("IDX").tolist()  # not a walk over Token objects: long articles ask too

    def claim_at(self, char: int) -> ClaimReading | None:
        """The first claim (in the claims stage's order) whose content holds ``char``."""
        found = self._claim_index.first_covering(char)
        return self.claims[found] if found is not None else None

    @cached_property
    def _claim_index(self) -> FirstCovering:
        return FirstCovering([reading.claim.content_span for reading in self.claims])

    @cached_property
    def _quote_index(self) -> FirstCovering:
        """Character ranges of the quotes stage's quotations, their marks left out."""
        return FirstCovering(self._quote_ranges)

    def quoted(self, char: int) -> bool:
        return self._quote_index.first_covering(char) is not None

    def quote_range(self, char: int) -> tuple[int, int] | None:
        """The character range of the quotation holding ``char`` (marks left out), if any."""
        k = self._quote_index.first_covering(char)
        return None if k is None else self._quote_ranges[k]

    @cached_property
    def _quote_ranges(self) -> list[tuple[int, int]]:
        return [(q.start + 1, q.end) for q in (span._.quote for span in span_group(self.doc, QUOTES))]

    def place_object_indices(self, sentence: Span) -> list[int]:
        """The objects of "in", "at", "near" ... (``place_preps`` of ``data/events.toml``),
        and a street's name after "on" (``street_preps`` of ``data/places.toml``), in the
        sentence, in order, as token indices: one pass over the Doc's arrays for
        the article, where walking the sentence for each trigger made a Token object per
        word each time."""
        found = self._place_objects
        return found[bisect.bisect_left(found, sentence.start):bisect.bisect_left(found, sentence.end)]

    @cached_property
    def _place_objects(self) -> list[int]:
        from newstrace.extract.events.lexicon import words

        # from the parse's lists, built by the stages before (a string per word, no
        # StringStore look-up per object found)
        parse = parse_arrays(self.doc)
        preps, lowers, heads = words("place_preps"), parse.lower, parse.head
        # "on Stadiou Street", "on Lyndale Avenue": a street's name says where, as "in" and "at" do
        places = load_toml("places.toml")
        street_preps = frozenset(places.get("street_preps") or ())
        streets = street_words()
        # "took to the streets of Lisbon": the scene's "of" phrase names the town
        scene_nouns, scene_preps = frozenset(places.get("scene_nouns") or ()), frozenset(places.get("scene_preps") or ())
        # ("walking down Pitkin Ave.": the parser reads the preposition as the verb's particle)
        return [i for i, dep in enumerate(parse.dep) if (dep == "pobj" and (lowers[heads[i]] in preps or (
            lowers[heads[i]] in street_preps and lowers[i] in streets and parse.pos[i] == "PROPN") or (
            lowers[heads[i]] in scene_preps and lowers[i] in scene_nouns and any(
                lowers[c] == "of" for c in parse.children(i))))) or (
            dep == "dobj" and lowers[i] in streets and parse.pos[i] == "PROPN" and any(
                parse.dep[c] == "prt" and lowers[c] in street_preps for c in parse.children(heads[i])))]

    @cached_property
    def _time_expression_starts(self) -> list[int] | None:
        """The expressions' first words, when they are in text order."""
        starts = [e.start for e in self.time_expressions]
        return starts if starts == sorted(starts) else None

    def time_expression_facts(self, start: int, end: int) -> list[TimeExpressionFacts]:
        """The dates stage's expressions starting at tokens ``start`` to ``end``, in order,
        as what dating an event reads of each."""
        starts, facts = self._time_expression_starts, self._time_expression_facts
        if starts is None:  # not in text order (a dates stage of another make): look at each
            return [f for f in facts if start <= f.start < end]
        return facts[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    @cached_property
    def _time_expression_facts(self) -> list[TimeExpressionFacts]:
        """Per expression, in the order of :attr:`time_expressions`, read once per article
        (each trigger of a sentence asks of all its expressions)."""
        doc = self.doc
        return [TimeExpressionFacts(e.start, e.root.i, e.text, doc[e.start - 1].lower_ if e.start > 0 else "")
                for e in self.time_expressions]


class TimeExpressionFacts:
    """What dating an event reads of a time expression: its first word, its root word,
    its text and the lower-case word before it ("" at the start: it tells a year, "in
    2019", from a number, "resolution 2259")."""

    __slots__ = ("start", "root", "text", "before")

    def __init__(self, start: int, root: int, text: str, before: str):
        self.start, self.root, self.text, self.before = start, root, text, before


class FirstCovering:
    """Which of a list of ``[start, end)`` ranges holds a point, the first listed when
    several do, found by bisection: the points where a range starts or ends cut the line
    into pieces, each labelled once (a sweep with a heap) with the first range over it.
    Looking through the list for each point made reading an article quadratic in its
    length."""

    def __init__(self, ranges: Sequence[tuple[int, int]]):
        opening = sorted((s, n, e) for n, (s, e) in enumerate(ranges) if s < e)
        self.points = sorted({p for s, _, e in opening for p in (s, e)})
        self.first: list[int | None] = []  # for the piece [points[j], points[j + 1])
        over: list[tuple[int, int]] = []  # (position in the list, end) of the ranges open here
        k = 0
        for point in self.points[:-1]:
            while k < len(opening) and opening[k][0] <= point:
                heapq.heappush(over, (opening[k][1], opening[k][2]))
                k += 1
            while over and over[0][1] <= point:  # ended: dropped once it comes first
                heapq.heappop(over)
            self.first.append(over[0][0] if over else None)

    def first_covering(self, point: int) -> int | None:
        """Position in the list of the first range holding ``point``, or None."""
        j = bisect.bisect_right(self.points, point) - 1
        return self.first[j] if 0 <= j < len(self.first) else None


_PLACE_PREPS = {"in", "at", "near", "inside", "across", "throughout", "into"}


def _as_place(token: Token) -> bool:
    """The head of an "in X" phrase, or a word of its name: a place, not a party."""
    t = token
    while t.dep_ in ("compound", "amod", "det") and t.head != t:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS
