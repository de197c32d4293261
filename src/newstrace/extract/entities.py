"""Entities: one per real-world person, organisation or place, with every mention.

Fallback order for deciding what a mention is and which entity it joins:

1. spaCy's NER proposes mentions (PERSON, ORG, GPE, LOC, FAC); a leading "the" and a
   trailing possessive are trimmed so offsets cover the name only. Names NER cut or
   padded are repaired first: particles ("Ursula von der" + "Leyen"), a trailing
   preposition, a country's possessive in front (kept as a mention of its own), titles
   and honorifics, and "the U.S. government" is the country. Words that are no names
   (portfolios cut from titles, stance adjectives, demonyms before a noun, storms) go.
2. The country gazetteer overrides the label: any form of a country name is the GPE of
   that country, under its common short name ("the U.S." -> United States). The text
   overrides NER's type where it says more: a title or a person noun in apposition makes
   a person, a known place after "in" or before ", <country>" a place.
3. Mentions join an existing entity, first match wins:
   a. same normalised surface form (any type; the type is then decided by vote);
   b. an acronym defined in the text, "Baltic Maritime Observation Council (BMOC)", or whose
      letters are the initials of an organisation's name;
   c. for people (the short form then takes the person's type), a name whose words are
      a subset of a fuller name, the nearest
      preceding such name first ("Okafor" -> Romelu Okafor, "Assad" -> Hafez al-Assad),
      but only when one person of the article has such a name ("Trump" joins nobody when
      Donald and Mary Trump are both named), and two different full names never merge;
   d. for organisations, a shorter name that is the tail or head of a longer one
      ("Petrobras" -> Brazil Petrobras).
4. Roles come from the parse: titles before a name ("Deputy Foreign Minister Andrey
   Rudenko"), titles in apposition ("Chile's Interior Minister, Pavel
   Sorokin"), and affiliations ("Lee Min-jun from the Asan Institute ...").
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, KeysView, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from operator import itemgetter

import numpy as np
from spacy.attrs import ENT_IOB, IDX, ORTH, SENT_START, SPACY
from spacy.tokens import Doc, Span, Token

from newstrace.nlp import doc_text
from newstrace.data import load_toml, load_tsv, read_text
from newstrace.extract.cues import lexicon
from newstrace.extract.names import folded, is_acronym, name_key, title_words
from newstrace.extract.countries import Country, country_named, country_of, country_of_demonym, known_actor_country
from newstrace.extract.gazetteer import places_named
from newstrace.extract.parsearrays import KeptPerDoc, named_entities, parse_arrays
from newstrace.record import Entity, Role

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
PLACE_LABELS = {"GPE", "LOC"}
# Labels spaCy's small model sometimes gives to places; taken only when the
# gazetteer knows the name.
RESCUED_LABELS = {"NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}
ACRONYM_SKIP_WORDS = {"of", "for", "the", "and", "on", "in", "de", "&"}
NAME_PARTICLES = ("al-", "el-", "bin-", "ibn-")


@cache
def given_names() -> frozenset[str]:
    """Common given names, lower case: the US census lists of first names shipped by the
    ``names`` package (public-domain data), about 5,000 names. A name NER typed as an
    organisation or place that starts with one is a person's ("Dean Kamen")."""
    from importlib.resources import files

    found = set()
    for part in ("dist.male.first", "dist.female.first"):
        for line in files("names").joinpath(part).read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.add(line.split()[0].lower())
    return frozenset(found)


def _text(span: Span) -> str:
    """``span.text``, cut from the Doc's text: ``Span.text`` makes a Token of every word,
    and a name's text is asked many times over while its mention is worked out."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def _words(doc: Doc, start: int, end: int) -> Span:
    """``doc[start:end]`` for ``start >= 0``: a slice goes through spaCy's slice handling,
    several times the cost of making the Span itself."""
    start = min(start, len(doc))
    return Span(doc, start, min(len(doc), max(start, end)))


_COLUMNS = [ORTH, IDX, SENT_START, SPACY, ENT_IOB]
# a word's form -> its form and lexical flags (a lexeme's, the same wherever it occurs):
# read from the vocabulary once per process, not per Doc (``Doc.to_array`` of the six
# flags took as long as the rest of the table)
_LEXEMES: dict[int, tuple[str, bool, bool, bool, bool, bool, bool]] = {}
_MAX_LEXEMES = 500_000  # a long-running process reading many articles starts afresh past this


def _lexemes(doc: Doc, orths: list[int]) -> tuple[tuple[str, bool, bool, bool, bool, bool, bool], ...]:
    """The form and flags of each word of ``orths`` (two words or more), looked up in one
    ``itemgetter`` call (the loop in C)."""
    known = _LEXEMES
    if len(known) > _MAX_LEXEMES:
        known.clear()
    try:
        return itemgetter(*orths)(known)
    except KeyError:
        vocab = doc.vocab
        for k in set(orths).difference(known):
            lex = vocab[k]
            known[k] = (lex.orth_, lex.is_title, lex.is_lower, lex.is_upper, lex.is_punct, lex.is_alpha, lex.like_num)
        return itemgetter(*orths)(known)


class _Words:
    """Per word of a Doc, as lists: what the mention pass asks of words again and again
    (``doc[i].lower_``, ``.is_title``, ...), read from the Doc's arrays once per Doc. A
    ``doc[i]`` makes a Token object and each string attribute a StringStore look-up;
    the pass asked ~40 of them per NER span. Same values as the Token attributes: the
    lexical flags, ``is_sent_start`` (true only where SENT_START is 1), ``whitespace_``
    (``space``), ``ent_iob_ == "O"`` (``outside``); the parse's columns are
    :class:`ParseArrays`' (``lemma`` lower-cased)."""

    __slots__ = ("n", "text", "idx", "is_title", "is_lower", "is_upper", "is_punct", "is_alpha", "like_num",
                 "sent_start", "space", "outside", "lower", "lemma", "pos", "tag", "dep", "head", "ent")

    def __init__(self, doc: Doc):
        self.n = n = len(doc)
        cols = doc.to_array(_COLUMNS) if n else np.zeros((0, len(_COLUMNS)), dtype=np.uint64)
        orths = cols[:, 0].tolist()
        # (columns as tuples: indexed and sliced as lists are)
        lexemes = _lexemes(doc, orths) if n >= 2 else tuple(_lexemes(doc, orths * 2)[:n])
        self.text: tuple[str, ...]
        self.is_title: tuple[bool, ...]
        self.is_lower: tuple[bool, ...]
        self.is_upper: tuple[bool, ...]
        self.is_punct: tuple[bool, ...]
        self.is_alpha: tuple[bool, ...]
        self.like_num: tuple[bool, ...]
        (self.text, self.is_title, self.is_lower, self.is_upper, self.is_punct, self.is_alpha,
         self.like_num) = zip(*lexemes) if n else ((),) * 7
        self.idx: list[int] = cols[:, 1].tolist()
        self.sent_start: list[bool] = (cols[:, 2].astype(np.int64) == 1).tolist()
        self.space: list[bool] = cols[:, 3].astype(bool).tolist()
        self.outside: list[bool] = (cols[:, 4] == 2).tolist()
        parse = parse_arrays(doc)
        self.lower, self.lemma, self.pos, self.tag = parse.lower, parse.lemma, parse.pos, parse.tag
        self.dep, self.head, self.ent = parse.dep, parse.head, parse.ent

    def chars(self, doc: Doc, start: int, end: int) -> str:
        """The text of words ``start:end`` (``start < end``), as ``doc[start:end].text``."""
        return doc_text(doc)[self.idx[start]:self.idx[end - 1] + len(self.text[end - 1])]


_WORDS: list[tuple[Doc, _Words]] = []  # the Doc being read and its words: one article at a time


def _words_of(doc: Doc) -> _Words:
    if not _WORDS or _WORDS[0][0] is not doc:
        _WORDS[:] = [(doc, _Words(doc))]
    return _WORDS[0][1]


@dataclass
class Mention:
    start: int  # character offsets into doc.text
    end: int
    text: str
    label: str
    span: Span
    country: Country | None = None
    # typed by the text itself (apposition, title), not by NER: outvotes NER's guesses
    certain_type: bool = False
    # another form of the name the text implies ("Government of National Accord" of
    # "the Libyan Government of National Accord", "Pope Francis"): an alias, never the name
    alias: str | None = None


@dataclass
class _Cluster:
    mentions: list[Mention] = field(default_factory=list)
    country: Country | None = None
    canonical: str | None = None  # from a gazetteer
    acronyms: set[str] = field(default_factory=set)
    _voted: tuple[int, str] = (0, "")
    _named: tuple[int, str] = (0, "")
    _forms: tuple[int, KeysView[str]] = (0, {}.keys())
    _folded: tuple[int, frozenset[str]] = (0, frozenset())

    @property
    def label(self) -> str:
        if self.country:
            return "GPE"
        if self.canonical:
            return "ORG"
        if len(self.mentions) == 1:  # most clusters: one mention, no vote to count
            return self.mentions[0].label
        if self._voted[0] != len(self.mentions):  # clustering asks often; mentions only grow
            votes = Counter(m.label for m in self.mentions if m.certain_type) or Counter(m.label for m in self.mentions)
            self._voted = (len(self.mentions), votes.most_common(1)[0][0])
        return self._voted[1]

    @property
    def name(self) -> str:
        if self.country:
            return self.country.name
        if self.canonical:
            return self.canonical
        if self._named[0] != len(self.mentions):  # the person join asks for every pair it tries; mentions only grow
            forms = [m.text for m in self.mentions if m.text not in self.acronyms]
            forms = forms or [m.text for m in self.mentions]
            # the fullest form: most words, then most frequent, then first used
            counts = Counter(forms)
            self._named = (len(self.mentions), max(forms, key=lambda f: (len(f.split()), counts[f], -forms.index(f))))
        return self._named[1]

    def forms(self) -> KeysView[str]:
        """The cluster's surface forms, a set in order of first mention: callers stop at the
        first form that decides, so the order must not hang on string hashing (which
        changes from one process to the next and made records differ between runs)."""
        if self._forms[0] != len(self.mentions):  # asked often while clustering; mentions only grow
            self._forms = (len(self.mentions), dict.fromkeys(m.text for m in self.mentions).keys())
        return self._forms[1]

    def folded_forms(self) -> frozenset[str]:
        """The forms as names are matched (:func:`folded`); asked for every pair of clusters."""
        if self._folded[0] != len(self.mentions):
            self._folded = (len(self.mentions), frozenset(folded(f) for f in self.forms()))
        return self._folded[1]


class EntityTable:
    """The entities of one article, with lookups from text positions to entities."""

    def __init__(self, entities: list[Entity]):
        self.entities = entities
        self._by_start: list[tuple[int, int, Entity]] = sorted(
            ((s, e, ent) for ent in entities for s, e in ent.mentions), key=itemgetter(0, 1)
        )
        self._starts = [s for s, _, _ in self._by_start]
        self._longest = max((e - s for s, e, _ in self._by_start), default=0)
        # the furthest end among the mentions starting before each one's start (and
        # after the last): asked of every word by the later stages, most of them in no
        # mention, which it tells from one bisection
        self._ends_reached = [0]
        for _, e, _ in self._by_start:
            self._ends_reached.append(max(self._ends_reached[-1], e))
        self._by_name = {ent.name: ent for ent in entities}

    def at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping ``[start, end)``, the widest overlap first."""
        last = bisect_left(self._starts, end)  # only mentions starting before `end` can overlap
        if self._ends_reached[last] <= start:
            return None  # and all of them end before ``start``
        best, best_overlap = None, 0
        # nor can those further back than the longest one
        first = bisect_left(self._starts, start - self._longest)
        for s, e, ent in self._by_start[first:last]:
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = ent, overlap
        return best

    def within(self, start: int, end: int) -> list[Entity]:
        """Entities with a mention inside ``[start, end)``, in order of first mention there."""
        seen: dict[str, Entity] = {}
        for s, e, ent in self._by_start[bisect_left(self._starts, start):bisect_left(self._starts, end)]:
            if e <= end:
                seen.setdefault(ent.id, ent)
        return list(seen.values())

    def named(self, name: str) -> Entity | None:
        return self._by_name.get(name)

    def actor_of(self, span: Span | Token) -> str | None:
        """Canonical actor name for a phrase: an entity in it, else a country its words name or
        describe ("North Korean soldiers" -> North Korea), else None."""
        start = span.idx if isinstance(span, Token) else span.start_char
        end = start + len(span.text) if isinstance(span, Token) else span.end_char
        ent = self.at(start, end)
        if ent is not None:
            return ent.name
        tokens = [span] if isinstance(span, Token) else list(span)
        for i in range(len(tokens)):
            for j in (2, 1):
                words = " ".join(t.text for t in tokens[i:i + j])
                country = country_of(words) if j == 1 or len(tokens[i:i + j]) == 2 else None
                if country:
                    return country.name
        return None


def extract_entities(doc: Doc) -> EntityTable:
    _NER.clear()  # read afresh for each article
    _WORDS.clear()
    mentions = _mentions(doc)
    text = doc_text(doc)
    _add_known_organizations(doc, text, mentions)
    clusters = [c for c in _without_common_words(_cluster(mentions, text), text) if not _compass_point_only(c)]
    clusters = _given_name_places_to_people(clusters)
    _add_missed_repeats(doc, text, clusters)
    headline = _title_case_headline(doc, text)
    if headline:
        clusters = [c for c in clusters if any(m.end > headline for m in c.mentions)]
    works = _titles_of_works(doc)
    if works:
        # (not an organisation: a magazine or a studio goes by the title it publishes, "Playboy")
        clusters = [c for c in clusters if c.label == "ORG" or not all(_work_key(f) in works for f in c.forms())]
    clusters = [c for c in clusters if not _named_as_work(doc, c)]
    quoted_titles = _quoted_work_titles(text)
    if quoted_titles.spans:
        clusters = [c for c in clusters if not all(quoted_titles.overlap(m.start, m.end) for m in c.mentions)]
    entities = _entities(clusters)
    table = EntityTable(entities)
    _add_roles(doc, text, table)
    return table


_WORK_QUOTES = frozenset({"'", "’", '"', "”"})


def _named_as_work(doc: Doc, cluster: _Cluster) -> bool:
    """An organisation, person or facility NER found that the text names as a work or a
    product: one of its names stands right before a noun of ``work_nouns`` ("the X-Men
    movies", "'The Hunger Games' sequel", "the Harry Potter films"), and none of them is the
    subject of a verb other than "be" (a studio acts: "the Lionsgate franchise" is kept
    where "Lionsgate refused")."""
    if cluster.label not in ("ORG", "PERSON", "FAC"):
        return False
    w = _words_of(doc)
    nouns = _lists()["work_nouns"]
    for m in cluster.mentions:
        end = m.span.end
        if end < w.n and w.text[end] in _WORK_QUOTES:
            end += 1
        if end < w.n and w.lower[end] in nouns and w.tag[end].startswith("NN"):
            break
    else:
        return False
    for m in cluster.mentions:
        root = m.span.root.i
        if w.dep[root] == "nsubj" and w.lemma[w.head[root]] != "be":
            return False
    return True


def _given_name_places_to_people(clusters: list[_Cluster]) -> list[_Cluster]:
    """"... compared in the same breath with Tyler" after "Tyler Hansbrough": a one-word place
    that is a common given name (no country), never after a locative preposition ("in
    Florence"), whose word opens the name of exactly one person in the article, is that
    person called by the given name (NER typed the town of that name)."""
    places = [c for c in clusters if " " not in c.mentions[0].text and _is_given_name(c.mentions[0].text)
              and c.label in PLACE_LABELS and len(c.forms()) == 1]
    if not places:
        return clusters
    firsts: dict[str, list[_Cluster]] = {}
    for c in clusters:
        if c.label == "PERSON" and " " in c.name:
            firsts.setdefault(c.name.split(" ", 1)[0], []).append(c)
    gone = []
    for place in places:
        name = place.name
        people = firsts.get(name)
        if not people or len(people) != 1 or " " in name or not _is_given_name(name) or country_named(name) \
                or any(_after_locative(m.span) for m in place.mentions):
            continue
        _merge(people[0], place, retype=True)
        gone.append(place)
    return [c for c in clusters if not any(c is g for g in gone)] if gone else clusters


_QUOTED = re.compile(r"[\"“][^\"“”\n]{1,80}[\"”]")
_TITLE_LIST_LINKS = frozenset({" and ", " or ", ", ", ", and ", ", or "})


@cache
def _work_noun_before_pattern() -> re.Pattern[str]:
    lists = _lists()
    nouns = "|".join(sorted(lists["work_nouns"], key=len, reverse=True))
    links = "|".join(sorted(lists["work_title_links"], key=len, reverse=True))
    return re.compile(rf"\b(?i:{nouns})(?: (?:{links}))?,? $")


def _quoted_work_titles(text: str) -> _Spans:
    """The character ranges of quoted titles right after a noun for a work (``work_nouns``,
    perhaps with "like", "such as", "called" ... between), and of those listed after them:
    'the movie "Dreamgirls"', 'films like "The Prestige" and "Kate and Leopold"'. Names
    found only inside them are the work's, no actors. (From the quotes, which are few, back.)"""
    before = _work_noun_before_pattern()
    found = []
    last = -1
    for m in _QUOTED.finditer(text):
        start = m.start()
        listed = last >= 0 and text[last:start] in _TITLE_LIST_LINKS  # '"The Prestige" and "..."'
        if listed or before.search(text, max(0, start - 40), start):
            found.append(m.span())
            last = m.end()
        else:
            last = -1
    return _Spans(found)


def _work_key(text: str) -> str:
    text = text.strip(" '\"‘’“”").removesuffix("'s").removesuffix("’s").strip(" '\"‘’“”")
    return text[4:].casefold() if text[:4].lower() == "the " else text.casefold()


def _titles_of_works(doc: Doc) -> frozenset[str]:
    """What NER tags a work's title (a film, a book, a show) somewhere in the article:
    the same words typed a person or a place elsewhere ("Catching Fire" said, "Boy from
    Oz" a place) are that title, no actor."""
    ents, _ = _ner(doc)
    return frozenset(_work_key(e.text) for e in ents if e.label_ == "WORK_OF_ART")


@cache
def _headline_case() -> tuple[int, int]:
    rule = load_toml("entities.toml")["headline_case"]
    return int(rule["min_letters"]), int(rule["min_words"])


def _title_case_headline(doc: Doc, text: str) -> int:
    """The length of the headline a text opens with, when that headline (the article's
    title) is in title case or capitals: its capitals tell no names, and a name found only
    there ("Riot Breaks", "Kraft Foods Rampage") is junk. 0 otherwise."""
    title = (doc.user_data.get("newstrace.title") or "").strip()
    if not title or not text.startswith(title):
        return 0
    min_letters, min_words = _headline_case()
    words = [w for w in title.split() if len(w) >= min_letters and w[0].isalpha()]
    return len(title) if len(words) >= min_words and all(w[0].isupper() for w in words) else 0


_COMPASS_POINTS = frozenset({"north", "south", "east", "west"})


def _compass_point_only(cluster: _Cluster) -> bool:
    """A country named only as "the North" or "the South" (the gazetteer's short forms of the
    Koreas): in an article that never names the country, a direction ("in the South and East
    China seas", "the Blue Eyed Arabs of the North"), no entity."""
    return cluster.country is not None and all(f.casefold() in _COMPASS_POINTS for f in cluster.forms())


# -- mentions -----------------------------------------------------------------


@cache
def _lists() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_toml("entities.toml").items()}


@cache
def _organizations() -> dict[str, str]:
    """Every form of a well-known organisation -> its canonical name."""
    out = {}
    for row in load_tsv("organizations.tsv"):
        forms = [row[0]] + ([f.strip() for f in row[1].split(";") if f.strip()] if len(row) > 1 else [])
        for form in forms:
            out[_gazetteer_key(form)] = row[0]
    return out


@cache
def _organization_forms() -> tuple[str, ...]:
    """The capitalised forms of the well-known organisations, longest first, as written."""
    forms = {f.strip() for row in load_tsv("organizations.tsv")
             for f in [row[0], *(row[1].split(";") if len(row) > 1 else [])]}
    return tuple(sorted((f for f in forms if len(f) >= 3 and (f[0].isupper() or f[0].isdigit())
                         and not f.lower().startswith("the ")),
                        key=len, reverse=True))


@cache
def _organization_pattern() -> re.Pattern[str]:
    """What :func:`whole_word_occurrences` finds of the well-known organisations' forms,
    as one pattern, compiled once (:func:`whole_word_pattern`)."""
    return whole_word_pattern(_organization_forms())


def _add_known_organizations(doc: Doc, text: str, mentions: list[Mention]) -> None:
    """Well-known organisations NER did not find or did not keep ("on Twitter" tagged a
    product, "Democrats" a nationality): every whole-word occurrence of a form of
    ``data/organizations.tsv``, as written, that no mention covers."""
    added = []
    for start, end in (m.span() for m in _organization_pattern().finditer(text)):
        span = doc.char_span(start, end)
        if span is None or span[0].ent_iob_ == "I" or (span.end < len(doc) and doc[span.end].ent_iob_ == "I"):
            continue  # part of a longer name NER found ("Social Democratic Party")
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in inside):
            continue  # a longer mention holds it
        for m in inside:  # NER's part of the name ("Without Borders")
            mentions.remove(m)
        added.append(Mention(start, end, span.text, "ORG", span))
    mentions.extend(added)
    mentions.sort(key=lambda m: m.start)


def _gazetteer_key(text: str) -> str:
    return name_key(text)


def organization_named(text: str) -> str | None:
    return _organizations().get(_gazetteer_key(text))


@lru_cache(maxsize=8192)  # asked of every organisation's mention
def _organization_after_country(text: str) -> str | None:
    """"United States Democratic Party": a well-known organisation named after its
    country's name is that organisation (after a demonym it may be another: "British Red
    Cross", "Afghan Taliban")."""
    words = text.split()
    for n in (1, 2, 3):
        if len(words) > n and country_named(" ".join(words[:n])):
            return organization_named(" ".join(words[n:]))
    return None


def _mentions(doc: Doc) -> list[Mention]:
    out = []
    lists = _lists()
    storms: set[str] = set()
    prefixes: set[int] = set()
    w = _words_of(doc)
    lower = w.lower
    for ent in _joined_ents(doc):
        prefix = _country_initials(ent, w) if ent.label_ == "ORG" else None
        if prefix is not None and prefix.start_char not in prefixes:
            prefixes.add(prefix.start_char)
            # "the U.S. Securities and Exchange Commission": the country is named too
            out.append(Mention(prefix.start_char, prefix.end_char, _clean(_text(prefix)), "GPE", prefix,
                               country_named(_text(prefix).replace(" ", ""))))
        span = _trim(ent)
        if span is None or _text(span).casefold() in lists["not_names"] or _text(span).islower():
            continue  # a name has a capital somewhere ("al-Qaida"); "restraint" is no name
        span = _government_of_country(span)
        storm_first = len(span) >= 2 and lower[span.start] in lists["storm_words"]
        if storm_first or (span.start > 0 and lower[span.start - 1] in lists["storm_words"]):
            # "Cyclone Jude" is no actor or place, nor is "Jude" alone later ("Jude is the third
            # cyclone"), nor the storms named with it ("Cyclones Chido ... and Dikeledi")
            storms.add(_clean(_text(_words(span.doc, span.start + storm_first, span.end))))
            storms.update(t.text for t in span.root.conjuncts if t.i >= span.end and t.pos_ == "PROPN")
            continue
        if _not_a_name(span):
            continue
        if len(span) == 1 and span.start >= 2 and w.text[span.start - 1] == "," and w.ent[span.start - 2] == "PERSON" \
                and w.lower[span.start].strip(".") in lists["post_nominals"]:
            continue  # "Dr. Regina Benjamin, MD": a degree after a name, not Maryland
        if ent.label_ == "PERSON" and len(span) >= 2 and w.is_lower[span.end - 1] and w.is_alpha[span.end - 1] \
                and w.text[span.end - 2] != "-":
            continue  # "Si el Senado ...": a person's name ends in a capitalised word; this is a foreign sentence
        owner = _country_owner(ent, span)
        if owner is not None:  # "Kenya's Department of Water Resources": Kenya is named too
            owner_country = country_named(_text(owner))
            out.append(Mention(owner.start_char, owner.end_char, _clean(_text(owner)),
                               "GPE" if owner_country else "PERSON", owner, owner_country))
            if not owner_country and ent.label_ == "PERSON" and not _given_name_first(span):
                # "Al-Sharaa’s HTS": what a person owns is no person
                ent = Span(doc, ent.start, ent.end, label="ORG")
        country_tail = _country_tail(span) if ent.label_ == "ORG" else None
        if country_tail is not None:  # "Parliament of Botswana": Botswana is named too
            out.append(Mention(country_tail.start_char, country_tail.end_char, _clean(country_tail.text), "GPE",
                               country_tail, country_named(country_tail.text)))
        split = _trailing_place(span, ent.label_)
        if split is not None:  # "Omsk in Siberia", "Auckland, New Zealand": two names
            span, place = split
            ent = Span(span.doc, span.start, span.end, label=ent.label_)
            out.append(Mention(place.start_char, place.end_char, _clean(place.text), "GPE", place,
                               country_named(place.text)))
        titled = _titled_person(span) if ent.label_ in ("ORG", "GPE", "LOC", "FAC") else None
        if titled is not None:
            before = span.doc[span.start:titled.start]
            if len(before) and before[-1].text == ",":
                before = _words(span.doc, before.start, before.end - 1)
            before_is_place = len(before) > 0 and not _known_name(before) and _large_place(before)
            if len(before) and (_known_name(before) or before[-1].lower_ in _organization_heads() or before_is_place):
                # "NPR Hamza bin Laden", "Civil House José Dirceu", "Vermont Bernie Sanders":
                # the first is named too
                before_label = "GPE" if country_named(before.text) or before_is_place else "ORG"
                out.append(Mention(before.start_char, before.end_char, _clean(before.text), before_label, before,
                                   country_named(before.text)))
            ent, span = Span(span.doc, titled.start, titled.end, label="PERSON"), titled
        if ent.label_ == "ORG":
            span = _without_trailing_descriptor(span)
        label = _label(ent.label_, span)
        if label is None:
            continue
        span, label = _facility(span, label)
        text = _clean(_text(span))
        with_article = f"the {text}" if span.start > 0 and lower[span.start - 1] == "the" else text
        country = country_named(with_article) if label in PLACE_LABELS | {"NORP"} or ent.label_ in RESCUED_LABELS else None
        if country:
            label = "GPE"
        elif label == "NORP":
            continue
        alias = _without_demonym(span) if label == "ORG" else None
        if label == "PERSON":
            span = _strip_post_nominals(_strip_leading_places(span))
            text = _clean(_text(span))
            alias = _with_title(span)
        certain = label != ent.label_ and (label in ("ORG", "PERSON") and ent.label_ in ("ORG", "PERSON", "GPE")
                                           or label == "GPE" and ent.label_ in ("ORG", "PERSON") and country is None)
        out.append(Mention(span.start_char, span.end_char, text, label, span, country, certain_type=certain,
                           alias=alias))
    if storms:
        out = [m for m in out if m.text not in storms]
    out.extend(_titled_names_missed(doc))
    out.extend(_given_names_missed(doc))
    out.extend(_acronyms_missed(doc))
    out.extend(_places_missed(doc))
    out = _found_over(out, _places_before_their_noun(doc))
    out = _teams(doc, out)
    out = _places_playing(doc, out)
    out = _outlets_by_noun(doc, out)
    out = _organizations_after_their_noun(doc, out)
    out = _outlets_by_head(doc, out)
    out = _bodies_sharing_a_head(doc, out)
    out.extend(_offices_of_places(doc, out))
    out.sort(key=lambda m: m.start)
    return _with_place_suffixes(out, doc_text(doc))


def _country_initials(ent: Span, w: _Words) -> Span | None:
    """The country's initials that open an organisation's name ("U.S. Supreme Court", "U. S.
    Surgeon General", as texts tokenised and joined again write them), when a capitalised
    word follows them inside the name."""
    start = k = ent.start + (w.lower[ent.start] == "the")
    while k < ent.end and k - start < 3 and len(w.text[k]) <= 4 and w.text[k].endswith(".") \
            and w.text[k][:-1].replace(".", "").isupper():
        k += 1
    if k == start or k >= ent.end or not w.is_title[k] or w.lower[start] in ("st.", "mt.", "ft."):
        return None
    span = ent.doc[start:k]
    return span if country_named(_text(span).replace(" ", "")) else None


def _titled_names_missed(doc: Doc) -> list[Mention]:
    """"U.S. Representative Tulsi Gabbard of Hawaii", "Defense Minister Rustem Umerov",
    "Cardinal Marc Ouellet": two or three proper nouns right after a title, which NER left
    out of every name, are a person's name (not a word of an organisation, a facility, a
    street or a place among them: "King Charles Street")."""
    parse = parse_arrays(doc)
    titles, lists = title_words(), _lists()
    found = []
    n = len(doc)
    for i in [i for i, lemma in enumerate(parse.lemma) if lemma in titles and not parse.ent[i]]:
        if i + 2 >= n or parse.lemma[i + 1] in titles or parse.ent[i + 1] or parse.pos[i + 1] != "PROPN":
            continue
        end = i + 1
        while end < n and end - i <= 4 and parse.pos[end] == "PROPN" and not parse.ent[end]:
            end += 1
        if not 2 <= end - i - 1 <= 3 or (end < n and parse.pos[end] == "PROPN"):
            continue
        name = doc[i + 1:end]
        if name[0].is_sent_start or not all(_is_name_word(t) for t in name) or any(
                t.lower_ in lists["not_person_words"] or t.lower_ in lists["organization_last_words"]
                or t.lower_ in lists["facility_heads"] or t.lower_ in lists["street_words"]
                or t.lower_ in titles for t in name) or country_named(name.text) or organization_named(name.text) \
                or places_named(name.text):
            continue
        found.append(Mention(name.start_char, name.end_char, _clean(name.text), "PERSON", name))
    return found


# two capitalised words, the second perhaps hyphenated, that no word continues: candidates
# for :func:`_given_names_missed`, found by the regex engine (a lookahead, so that "The
# Jaguars Maurice Jones-Drew" tries "Maurice" after "Jaguars")
# (the word boundary is asked after the capital, "(?<!\w[A-Z])": a pattern that opens with a
# character class lets the regex engine skip to the next capital; one that opens with "\b"
# tries every position of the text, twice the time)
_TWO_NAME_WORDS = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+) (?=([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’-]))")


def _given_names_missed(doc: Doc) -> list[Mention]:
    """"Angels GM Tony Reagins", "The Jaguars Maurice Jones-Drew got 20 carries": a common
    given name (the census lists: not "Peyton") and one more proper noun, both left out of every name by
    NER and with no proper noun after them, are a person's name (:func:`_given_name_first`:
    not a place's or an organisation's words), also where they open a sentence (the small
    model misses names at the start of a text that follows a title-case headline). Not
    inside a title-case headline (its capitals tell no names), nor after another proper
    noun NER left out (the name is longer: "Luiz Fernando Furlan"; a plural before it is
    the person's team or group: "The Jaguars Maurice Jones-Drew"), nor after an article (a
    band's or a work's name: "the Velvet Underground"), nor a date's abbreviations ("Sun Sep 16")."""
    text = doc_text(doc)
    w = _words_of(doc)
    headline = _title_case_headline(doc, text)
    dates = _lists()["dateline_abbreviations"]
    found = []
    given = given_names()
    for match in _TWO_NAME_WORDS.finditer(text):
        # (the words matched are ASCII: no accents to fold, as _is_given_name does)
        if match.start() < headline or match.group(1).lower() not in given \
                or (match.start() > 0 and text[match.start() - 1] in "'’.-"):
            continue
        i = bisect_left(w.idx, match.start())
        j = bisect_left(w.idx, match.end(2))  # the word after the name
        if i >= w.n or w.idx[i] != match.start() or w.ent[i] or any(w.ent[k] for k in range(i, j)) \
                or j - i not in (2, 4) or (j < w.n and w.pos[j] == "PROPN" and w.text[j][:1].isupper()) \
                or (i > 0 and w.pos[i - 1] == "PROPN" and w.tag[i - 1] == "NNP" and w.is_title[i - 1]
                    and not w.ent[i - 1] and not w.sent_start[i - 1]
                    and (not w.lower[i - 1].endswith("s") or _is_given_name(w.text[i - 1]))) \
                or w.lower[i] in dates or w.lower[i + 1] in dates \
                or (i > 0 and w.lower[i - 1] in ("the", "a", "an")):
            continue  # a longer name's last words ("Luiz Fernando Furlan"); a date ("Sun Sep 16")
        span = doc[i:j]
        if not _given_name_first(doc[i:i + 2]) or not all(w.pos[k] == "PROPN" for k in range(i, j)
                                                          if not w.is_punct[k]):
            continue
        found.append(Mention(span.start_char, span.end_char, _clean(_text(span)), "PERSON", span))
    return found


# three to six capitals: a candidate for :func:`_acronyms_missed` where no letter or digit
# is next to them (checked on the match: cheaper than asking the regex engine for \b)
_CAPITALS_WORD = re.compile(r"[A-Z]{3,6}")
_ROMAN_NUMERAL = re.compile(r"[IVXLCDM]+")


def _acronyms_missed(doc: Doc) -> list[Mention]:
    """"investigated by police and OSHA", "Neither ICE nor its parent agency", "the news
    network RTHK withdrew": a word of three to six capitals that NER left out of every name,
    standing alone (no proper noun or word of capitals next to it: not a longer name's word
    nor a headline in capitals, no hyphen or stop joining it to a word) as the subject,
    object or conjunct of a clause (``acronym_roles``), is an organisation's short name (a
    country's, where it is one: "USA"). Not a common noun written in capitals
    (``common_acronyms``: "CEO", "GDP"), a time zone or other word of ``not_names``, a
    degree after a name, a date's abbreviation or a Roman numeral."""
    text = doc_text(doc)
    found: list[Mention] = []
    matches = [m for m in _CAPITALS_WORD.finditer(text)
               if not (m.start() > 0 and text[m.start() - 1].isalnum()) and not text[m.end():m.end() + 1].isalnum()]
    if not matches:
        return found
    w = _words_of(doc)
    lists = _lists()
    roles = lists["acronym_roles"]
    headline = _title_case_headline(doc, text)
    for match in matches:
        start, word = match.start(), match.group()
        lower = word.lower()
        if start < headline or lower in lists["common_acronyms"] or lower in lists["not_names"] \
                or lower in lists["post_nominals"] or lower in lists["dateline_abbreviations"] \
                or _ROMAN_NUMERAL.fullmatch(word) or (start > 0 and text[start - 1] in "-'’.&/") \
                or text[match.end():match.end() + 1] in ("-", "&", "/", "'", "’"):
            continue
        i = bisect_left(w.idx, start)
        if i >= w.n or w.idx[i] != start or w.text[i] != word or w.ent[i] or w.dep[i] not in roles \
                or w.pos[i] not in ("PROPN", "NOUN"):
            continue
        if any(0 <= k < w.n and (w.pos[k] == "PROPN" or (w.is_upper[k] and w.is_alpha[k]))
               for k in (i - 1, i + 1)):
            continue  # a longer name's word ("NBC News", "Peace Foundation USA") or capitals throughout
        span = doc[i:i + 1]
        country = country_named(word)
        found.append(Mention(span.start_char, span.end_char, word, "GPE" if country else "ORG", span, country))
    return found


def _places_missed(doc: Doc) -> list[Mention]:
    """"aid for Kyiv", "to Peshawar from Quetta", "between Washington and Kyiv": a lone
    proper noun NER left out of every name, after a word of ``untagged_place_before`` ("and"
    only after a place NER tagged), that the gazetteer knows as a country, a region or a
    large town, and that nothing marks as a person's, is that place."""
    parse = parse_arrays(doc)
    before = _lists()["untagged_place_before"]
    n = len(doc)
    found = []
    for i in [i for i, lower in enumerate(parse.lower) if lower in before and i + 1 < n]:
        j = i + 1
        if parse.pos[j] != "PROPN" or parse.ent[j] or (j + 1 < n and parse.pos[j + 1] == "PROPN") \
                or (j + 1 < n and doc[j + 1].text == "-") \
                or parse.lower[i] == "and" and (i == 0 or parse.ent[i - 1] not in PLACE_LABELS):
            continue
        span = doc[j:j + 1]
        if not _is_name_word(span[0]) or span[0].is_sent_start:
            continue
        country = country_named(span.text)
        if country is None and not _large_place_no_person(span):
            continue
        found.append(Mention(span.start_char, span.end_char, _clean(span.text), "GPE", span, country))
    return found


# what NER may call a proper noun before a division's noun that the noun outvotes ("Dashoguz
# province" PERSON, "Lebap province" EVENT, "Deh Yak district" with "Yak" a PERSON)
_PLACE_NOUN_OVERRIDES = {"PERSON", "EVENT", "PRODUCT", "WORK_OF_ART"}


@cache
def _division_noun_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(re.escape(x) for x in _lists()["division_nouns"]))
    return re.compile(rf" ({nouns})\b")


# one or two capitalised words ending right before a division noun (asked of the text before each noun)
_NAMES_BEFORE_NOUN = re.compile(r"(?<![\w-])((?:[A-Z][\w'’]*[a-z][\w'’]* ){1,2})\Z")


def _places_before_their_noun(doc: Doc) -> list[Mention]:
    """"Akhal province", "Dashoguz province": one or two proper nouns NER left out of every
    name, or that NER took for a person's or an event's, before a lower-case noun for a
    division of a country (``division_nouns``), are that division's name ("Akhal" another
    form of it). Not a demonym ("the Pakistani province"), nor a word the parse takes for
    something else than a proper noun. (One search for the nouns; the names are looked for
    only in the 60 characters before each.)"""
    text = doc_text(doc)
    found: list[Mention] = []
    w = None
    for noun in _division_noun_pattern().finditer(text):
        window = max(0, noun.start() - 60)
        before = text.rfind(" ", window, noun.start())  # the word before the noun: most are lower-case
        if not text[before + 1 if before >= 0 else window].isupper():
            continue
        match = _NAMES_BEFORE_NOUN.search(text, window, noun.start() + 1)
        if match is None or match.start() == window and window > 0 and (text[window - 1].isalnum() or text[window - 1] == "-"):
            continue
        w = w or _words_of(doc)
        name = match.group(1).rstrip()
        span = doc.char_span(match.start(1), match.start(1) + len(name))
        if span is None or not all(w.pos[i] == "PROPN" and (w.outside[i] or w.ent[i] in _PLACE_NOUN_OVERRIDES)
                                   for i in range(span.start, span.end)) \
                or country_of_demonym(name) or name.casefold() in _lists()["not_names"]:
            continue
        found.append(Mention(match.start(1), noun.end(), text[match.start(1):noun.end()], "GPE",
                             _words(doc, span.start, span.end), alias=name))
    return found


@cache
def _place_office_pattern() -> re.Pattern[str]:
    phrases = "|".join(sorted((re.escape(p).replace("'", "['’]") for p in _lists()["place_office_phrases"]),
                              key=len, reverse=True))
    return re.compile(rf" (?i:{phrases})\b")


def _offices_of_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the Bristol district attorney's office", "the Los Angeles Sheriff's office": a place
    right before a lower-case phrase for a public office (``place_office_phrases``) names that
    office too, an organisation (the place stays named)."""
    text = doc_text(doc)
    pattern = _place_office_pattern()
    found = []
    for m in mentions:
        if m.label != "GPE" or m.end >= len(text) or text[m.end] != " ":
            continue
        match = pattern.match(text, m.end)
        if match is None:
            continue
        span = doc.char_span(m.start, match.end(), alignment_mode="expand")
        if span is not None:
            found.append(Mention(m.start, match.end(), text[m.start:match.end()], "ORG", span, certain_type=True))
    return found


# a capitalised word that may be a plural ("Colts", "Panthers"), after a word: candidates for
# :func:`_teams`, found by the regex engine rather than a walk over every word
_PLURAL_NAME = re.compile(r"[A-Z](?<=\w [A-Z])[a-z]*[a-rt-z]s\b")  # "(?<=\w )" asked after the capital: as above


def _teams(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the Indianapolis Colts", "Carolina Panthers", "Charlotte Bobcats": a region's or a
    large town's name followed by a capitalised plural that ends the name is a team (or
    another body named after its town), not the place, whether NER left it out, tagged the
    place alone ("Indianapolis" GPE) or a person. The plural alone is its short form
    ("the Colts"). Party members, peoples and the land's plurals (``team_not_plurals``,
    ``feature_last_words``) are no team; nor a name the gazetteer knows as a place, nor
    one whose first word is a given name, or that NER read as a person's, unless "the" or an
    owner comes before it ("the Carolina Panthers", "the NBA's Charlotte Bobcats", but
    "referee Sam Williams"), nor a people ("South Koreans") or a work's title NER found ("The
    Ontario Ghostbusters", a fan club named after a film)."""
    text = doc_text(doc)
    w = _words_of(doc)
    lists = _lists()
    found: list[Mention] = []
    towns: dict[str, str] = {}  # a team's town -> the team's name
    for match in _PLURAL_NAME.finditer(text):
        i = bisect_left(w.idx, match.start())
        if i >= w.n or w.idx[i] != match.start() or w.text[i] != match.group() or w.pos[i] != "PROPN" \
                or (i + 1 < w.n and w.pos[i + 1] == "PROPN") or w.lower[i] in lists["team_not_plurals"] \
                or w.lower[i] in lists["feature_last_words"] or country_of_demonym(w.text[i]):
            continue
        for k in range(max(0, i - 3), i):
            if any(w.pos[j] != "PROPN" or not w.is_title[j] for j in range(k, i)) \
                    or (k > 0 and w.pos[k - 1] == "PROPN"):
                continue
            place = w.chars(doc, k, i)
            if not _large_place_named(place) or country_named(place):
                continue
            if (_is_given_name(w.text[k]) or w.ent[k] == "PERSON" or w.ent[i] == "PERSON") \
                    and (k == 0 or w.lower[k - 1] not in ("the", "'s", "’s")):
                break  # "referee Sam Williams", "chief Kaja Kallas": a team takes "the" or an owner
            if w.ent[i] in ("NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW") \
                    or country_of_demonym(w.chars(doc, k, i + 1)) or country_of_demonym(w.text[i][:-1]):
                break  # "South Koreans", "Central Africans": a people
            name = w.chars(doc, k, i + 1)
            if places_named(name) or country_named(name):
                break
            span = doc[k:i + 1]
            found.append(Mention(span.start_char, span.end_char, _clean(name), "ORG", span, certain_type=True,
                                 alias=w.text[i]))
            towns[place] = _clean(name)
            break
    if not found:
        return mentions
    # a longer name NER found around it stays ("Los Angeles Angels GM Tony Reagins" is left
    # to the name rules); names inside it go
    return _towns_as_teams(_found_over(mentions, found), towns)


def _towns_as_teams(mentions: list[Mention], towns: dict[str, str]) -> list[Mention]:
    """"The Colts could clinch a berth with a win over the Kansas City Chiefs ... Kansas City
    emerged from the locker room", "New Orleans coach Sean Payton": where the text names a team
    after its town, the town's name alone that acts, owns or is met is the team's short form,
    not the place; after a preposition of place ("at home in Indianapolis",
    ``place_not_team_prepositions``) it stays the town."""
    if not towns:
        return mentions
    prepositions = _lists()["place_not_team_prepositions"]
    out = []
    for m in mentions:
        team = towns.get(m.text) if m.label in PLACE_LABELS and m.country is None else None
        if team is not None:
            root = m.span.root
            if not (root.dep_ == "pobj" and root.head.lower_ in prepositions):
                m = Mention(m.start, m.end, team, "ORG", m.span, certain_type=True, alias=m.text)
        out.append(m)
    return out


_RECORD_AFTER = re.compile(r" ?\(\d{1,2}-\d{1,2}(?:-\d{1,2})?\)")  # a team's won-lost record: "(10-0)"


def _places_playing(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the top-ranked Tar Heels' 91-73 victory against Evansville", "nine rebounds for North
    Carolina (10-0)": a town's or a region's name (no country's: a country's team is left to
    its country) that is met in a game (right after "against" or "over" that hangs off a word of
    ``game_result_words``) or that a won-lost record follows is the team or the school that
    plays, an organisation."""
    text = doc_text(doc)
    w = _words_of(doc)
    results = _lists()["game_result_words"]
    out = []
    for m in mentions:
        if m.label in PLACE_LABELS and m.country is None:
            before = m.span.start - 1
            if before > 0 and w.lower[before] == "the":
                before -= 1
            if (before >= 0 and w.lower[before] in ("against", "over") and w.lemma[w.head[before]] in results) \
                    or (text.startswith(" (", m.end) and _RECORD_AFTER.match(text, m.end) is not None):
                m = Mention(m.start, m.end, m.text, "ORG", m.span, certain_type=True, alias=m.alias)
        out.append(m)
    return out


def _found_over(mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """The mentions with ``found`` in place of those it overlaps; a found name that a longer
    NER name runs past is dropped instead (the name rules decide those)."""
    found = [f for f in found if not _runs_past(mentions, f)]
    taken = _Spans((m.start, m.end) for m in found)
    return [m for m in mentions if not taken.overlap(m.start, m.end)] + found


@cache
def _outlet_noun_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(_lists()["outlet_nouns"], key=len, reverse=True))
    return re.compile(rf"\b[A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*){{0,2}}\s(?i:{nouns})\b")


@cache
def _outlet_noun_present() -> re.Pattern[str]:
    """The tail every match of :func:`_outlet_noun_pattern` ends with (a space and an outlet
    noun): most articles have none (30 of 276), and one search for it costs less than the
    full pattern, which tries up to three capitalised words at every capital."""
    nouns = "|".join(sorted(_lists()["outlet_nouns"], key=len, reverse=True))
    return re.compile(rf"\s(?i:{nouns})\b")


def _outlets_by_noun(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"an opinion poll published by Ethnos newspaper", "said WCCO TV Managing Editor ...",
    "told People magazine": the capitalised words before a common noun for an outlet
    (``outlet_nouns``) name it, an organisation, where NER left them out or cut them ("Press"
    + "Democrat"); not after a demonym ("French television", "Russian State TV"), nor "The"
    alone, nor one word opening a sentence that NER did not tag, nor inside a longer name NER
    found."""
    text = doc_text(doc)
    if _outlet_noun_present().search(text) is None:
        return mentions  # no outlet noun after a space: the full pattern cannot match
    w = _words_of(doc)
    found: list[Mention] = []
    for match in _outlet_noun_pattern().finditer(text):
        first = bisect_left(w.idx, match.start())
        if first >= w.n or w.idx[first] != match.start():
            continue
        noun = bisect_left(w.idx, match.end() - 1) - 1
        while noun + 1 < w.n and w.idx[noun + 1] < match.end():
            noun += 1
        start = first + (w.lower[first] == "the")
        if start >= noun or (w.sent_start[start] and noun - start == 1 and not w.ent[start]) \
                or any(not (w.is_title[j] or w.is_upper[j]) for j in range(start, noun)):
            continue
        end = noun + 1 if w.text[noun][0].isupper() else noun  # "PC Magazine", "WCCO TV": the noun is the name's
        name = w.chars(doc, start, noun)
        if country_of_demonym(name) or country_of_demonym(w.text[start]) or country_named(name) \
                or w.lower[start] in ("the", "a", "an"):
            continue
        span = doc[start:end]
        # (no alias without the noun: "Abu Dhabi TV" is no "Abu Dhabi")
        found.append(Mention(span.start_char, span.end_char, _clean(_text(span)), "ORG", span, certain_type=True))
    if not found:
        return mentions
    return _found_over(mentions, found)


@cache
def _noun_then_name_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(_lists()["organization_nouns"] | _lists()["outlet_nouns"]
                            | _lists()["nouns_before_organization_names"], key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns}) ((?:The )?[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){{0,2}})")


def _organizations_after_their_noun(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Trade publication Variety saw ...", "ride-hailing startup Go-Jek", "Afghan broadcaster
    TOLOnews", "news agency PA Media", "social media platform X": proper nouns NER left
    untagged right after a lower-case noun for an organisation (``organization_nouns``,
    ``outlet_nouns``, ``nouns_before_organization_names``) name that organisation. Not where
    the words run on into a name NER found ("the party Secretary General Ana Lopez"), hold a
    title word, or start a sentence."""
    text = doc_text(doc)
    w = None
    titles = title_words()
    found: list[Mention] = []
    for match in _noun_then_name_pattern().finditer(text):
        w = w or _words_of(doc)
        start = bisect_left(w.idx, match.start(1))
        if start >= w.n or w.idx[start] != match.start(1) or start == 0 or w.pos[start - 1] != "NOUN":
            continue
        end = start
        while end < w.n and w.idx[end] < match.end(1) and w.outside[end] and not (end > start and w.sent_start[end]):
            end += 1
        if end == start or w.idx[end - 1] + len(w.text[end - 1]) != match.end(1) and end < w.n \
                and w.idx[end] < match.end(1):
            continue  # a word of the run is in a name NER found, or opens a sentence
        if end < w.n and not w.outside[end] and w.idx[end] == w.idx[end - 1] + len(w.text[end - 1]) + 1:
            continue  # runs on into a name NER found ("group Hamas" + "Gaza")
        if w.lower[start] == "the":
            start += 1
        if start >= end or w.sent_start[start] or any(w.lower[j] in titles for j in range(start, end)) \
                or not all(w.pos[j] == "PROPN" for j in range(start, end)):
            continue
        span = _words(doc, start, end)
        name = _clean(_text(span))
        if country_of_demonym(name) or country_named(name) or name.casefold() in _lists()["not_names"]:
            continue
        found.append(Mention(span.start_char, span.end_char, name, "ORG", span, certain_type=True))
    if not found:
        return mentions
    return _found_over(mentions, found)


@cache
def _outlet_head_pattern() -> re.Pattern[str]:
    heads = "|".join(sorted((h.title() for h in _lists()["outlet_heads"]), key=len, reverse=True))
    return re.compile(rf"the ([A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}} (?:{heads}))\b")  # (a literal first: fast)


def _outlets_by_head(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"he told the Timaru Herald": "the", a place's name (at most one more capitalised word
    after it: "the Sydney Morning Herald") and a capitalised word that heads a paper's name
    (``outlet_heads``), all left out by NER, are the paper (:func:`_outlet_name` does the same
    where NER tagged the place)."""
    text = doc_text(doc)
    w = _words_of(doc)
    found: list[Mention] = []
    for match in _outlet_head_pattern().finditer(text):
        if match.start() > 0 and (text[match.start() - 1].isalnum() or text[match.start() - 1] == "_"):
            continue  # "...the" inside a word ("breathe")
        first = bisect_left(w.idx, match.start(1))
        end = bisect_left(w.idx, match.end(1))
        if first >= w.n or w.idx[first] != match.start(1) or any(w.ent[k] for k in range(first, end)) \
                or (end < w.n and w.pos[end] == "PROPN" and w.text[end][:1].isupper()):
            continue
        if not any(places_named(w.chars(doc, first, k)) for k in range(first + 1, min(first + 3, end))):
            continue
        span = doc[first:end]
        found.append(Mention(span.start_char, span.end_char, _clean(_text(span)), "ORG", span, certain_type=True))
    if not found:
        return mentions
    taken = _Spans((m.start, m.end) for m in found)
    return [m for m in mentions if not taken.overlap(m.start, m.end)] + found


@cache
def _shared_heads() -> dict[str, str]:
    return dict(load_toml("entities.toml")["shared_heads"])


@cache
def _shared_head_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    heads = "|".join(sorted(_shared_heads(), key=len, reverse=True))
    word = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    return (re.compile(rf" and [^.,;]{{3,60}} (?i:{heads})\b"),  # where a match can end (most texts: nowhere)
            re.compile(rf"(?<![\w.-])({word}(?: {word}){{0,2}}),? and ({word}(?: {word}){{0,2}}) (?i:({heads}))\b$"))


def _bodies_sharing_a_head(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"until the Interior and Commerce departments complete a review", "the House Foreign
    Affairs and Intelligence committees": two names joined by "and" before one plural head
    noun of a body (``[shared_heads]``) are two bodies, each named with the head ("Commerce
    Department", "House Foreign Affairs Committee"; the bare name is an alias). Not a people's
    or a country's ("the French and German ministries": each country's), nor a first word that
    only opens the sentence ("The Democratic and ..." is "Democratic")."""
    text = doc_text(doc)
    present, pattern = _shared_head_patterns()
    w = None
    heads = _shared_heads()
    found: list[Mention] = []
    for hit in present.finditer(text):
        # (the names end where the head begins: the full pattern is asked only of the 120
        # characters before the head's end)
        window_start = max(0, hit.end() - 120)
        match = pattern.search(text[window_start:hit.end()])
        if match is None:
            continue
        w = w or _words_of(doc)
        names = []
        for group in (1, 2):
            start_char, end_char = window_start + match.start(group), window_start + match.end(group)
            first, end = bisect_left(w.idx, start_char), bisect_left(w.idx, end_char)
            if first < w.n and w.idx[first] == start_char and w.lower[first] == "the":
                first += 1
            if first >= end or first >= w.n:
                break
            name = w.chars(doc, first, end)
            if country_of_demonym(w.text[first]) or country_named(name) or country_of_demonym(name):
                break
            names.append((first, end, name))
        if len(names) != 2:
            continue
        head = heads[match.group(3).lower()]
        for first, end, name in names:
            span = doc[first:end]
            found.append(Mention(span.start_char, span.end_char, f"{name} {head}", "ORG", span, certain_type=True,
                                 alias=name))
    if not found:
        return mentions
    taken = _Spans((m.start, m.end) for m in found)
    return [m for m in mentions if not taken.overlap(m.start, m.end)] + found


def _runs_past(mentions: list[Mention], team: Mention) -> bool:
    return any(m.start < team.end and team.start < m.end and (m.start < team.start or m.end > team.end)
               for m in mentions)


def _with_place_suffixes(mentions: list[Mention], text: str) -> list[Mention]:
    """"Washington, D.C.": an abbreviation that belongs to the place before it
    (``place_suffixes``) is no place of its own; the whole is a form of that place."""
    suffixes = _lists()["place_suffixes"]
    out: list[Mention] = []
    for m in mentions:
        before = out[-1] if out else None
        if before is not None and m.text.casefold() in suffixes and before.label == "GPE" \
                and text[before.end:m.start].strip() in ("", ","):
            before.alias = text[before.start:m.end]
            continue
        out.append(m)
    return out


def _without_trailing_descriptor(span: Span) -> Span:
    """"Associated Press news agency", "Indian National Congress (INC) party", "U.S. Senate
    committee": lower-case words for what the organisation is (``name_descriptors``) after
    its capitalised name are no part of the name."""
    descriptors = _lists()["name_descriptors"]
    end = span.end
    while end - span.start > 1 and span.doc[end - 1].is_lower:
        end -= 1
    if end == span.end or span.doc[end - 1].is_lower or span.doc[end - 1].is_punct and span.doc[end - 1].text != ")":
        return span
    words = " ".join(t.lower_ for t in span.doc[end:span.end])
    return _words(span.doc, span.start, end) if words in descriptors else span


def _trailing_place(span: Span, label: str) -> tuple[Span, Span] | None:
    """"Omsk in Siberia", "Noroeste Farm in Cabixi", "Auckland, New Zealand", "Patrice
    Talon of Benin": a name NER ran on into the place after it. The place is a country or
    a place of the gazetteer; the name before it keeps its own type."""
    doc = span.doc
    w = _words_of(doc)
    lower, text = w.lower, w.text
    for i in range(span.start + 1, span.end - 1):
        word = lower[i]
        if not (word == "in" and w.is_lower[i] or text[i] == ","
                or word == "of" and w.is_lower[i] and _given_name_first(doc[span.start:i])):
            continue
        if not all(_is_name_word_at(w, k) or text[k] == "." for k in range(i + 1, span.end)):
            continue
        rest_text = w.chars(doc, i + 1, span.end)
        if country_named(rest_text) or (word != "of" and places_named(rest_text)):
            return doc[span.start:i], doc[i + 1:span.end]
        # "Omsk in Siberia": a town the gazetteer knows, in a region it may not
        if word == "in" and i - span.start == 1 and _large_place(doc[span.start:i]):
            return doc[span.start:i], doc[i + 1:span.end]
    return None


def _known_name(span: Span) -> bool:
    """A country, a well-known organisation or a legislature's bare name."""
    text = span.text
    return bool(country_named(text) or organization_named(text) or text.casefold() in _lists()["institution_names"]
                or known_actor_country(text) is not None)


def _with_title(span: Span) -> str | None:
    """"Pope Francis", "Queen Elizabeth II": a name with a title of rank that names the
    person as much as the name does is a form the text uses too (an alias; the name
    stays without it). Office titles ("President") are not: they change hands."""
    if span.start > 0:
        w, k = _words_of(span.doc), span.start - 1
        if w.is_title[k] and w.lower[k] in _lists()["titles_of_rank"]:
            return _clean(f"{w.text[k]} {_text(span)}")
    return None


def _strip_post_nominals(span: Span) -> Span:
    """"Kama Melly QC" -> "Kama Melly"."""
    end = span.end
    lower = _words_of(span.doc).lower
    while end > span.start + 1 and lower[end - 1].strip(".") in _lists()["post_nominals"]:
        end -= 1
    return span if end == span.end else _words(span.doc, span.start, end)


def _joined_ents(doc: Doc) -> list[Span]:
    """NER's spans, with names it cut in two joined again: a person's name through its
    particles ("Ursula von der" + "Leyen"), and an organisation's name that NER ended on
    "of" ("Clinical Research Unit of" + "Nanoro")."""
    particles = _lists()["name_particles"]
    out: list[Span] = []
    skip_to = 0
    w = _words_of(doc)
    n, lower, is_lower, is_title = w.n, w.lower, w.is_lower, w.is_title
    for ent in _ner(doc)[0]:
        if ent.start < skip_to:
            continue
        end = ent.end
        if ent.label_ == "PERSON":
            # particles inside the span or right after it, then the rest of the surname
            while end < n and lower[end] in particles and is_lower[end]:
                end += 1
            if lower[end - 1] in particles and is_lower[end - 1] and end < n \
                    and is_title[end] and not w.sent_start[end]:
                end += 1
            elif end > ent.end and not (end < n and is_title[end]):
                end = ent.end  # particles not followed by a name: leave the span as it was
            end = _person_head_after(doc, end)  # "Paulo Brizola" + "Nunes"
            end = _surname_typed_date(doc, end)  # "Tony" + "Weeks"
            start = _given_name_before(doc, ent.start, end, out[-1].end if out else 0)  # "Barend" + "Leyts"
            if start == ent.start and out and _given_name_typed_place(doc, out[-1], ent):
                start = out.pop().start  # "Dallas" + "Clark"
            if start != ent.start:
                ent = Span(doc, start, ent.end, label=ent.label_)
        elif len(ent) == 1 and ent.label_ in ("ORG", "GPE", "LOC") and is_title[ent.start]:
            # "Siyoka" + "Simasiku" (ORG), "Allah" + "Ditta" (GPE): a lone word NER typed a
            # place or body, after a proper noun the parse makes its compound, is a person's
            # surname with the given name NER left out, unless a gazetteer knows the word
            start = _given_name_before(doc, ent.start, end, out[-1].end if out else 0, opening=True)
            if start != ent.start and _may_be_surname(ent[0]):
                ent = Span(doc, start, ent.end, label="PERSON")
        label = ent.label_
        if label == "ORG" and lower[end - 1] == "of" and end < n and is_title[end]:
            k = end
            while k < n and (is_title[k] or w.is_upper[k]) and not w.is_punct[k]:
                k += 1
            end = k
        elif label == "ORG" and len(ent) >= 2 and end + 1 < n and lower[end] in ("for", "on") \
                and not w.sent_start[end] and lower[ent.end - 1] not in title_words():
            end = _name_run_on(doc, end) or end
        elif label == "ORG" and lower[ent.end - 1] in _lists()["institution_words"]:
            if not _place_led(ent):  # "Colorado State University" + "of the US": its place is named
                end = _of_country(doc, end) or end  # "Parliament" + "of Botswana"
        elif label == "ORG" and len(ent) >= 3 and lower[ent.end - 2] == "of":
            end = _and_country(doc, end - 1, end) or _and_name(doc, ent) or end  # "Court of Bosnia" + "and Herzegovina"
        elif ent.label_ == "ORG" and len(ent) >= 2:
            end = _and_name(doc, ent) or end
        elif ent.label_ == "FAC" and len(ent) >= 3 and lower[end - 1] == "and":
            # "the U. S. Fish and" + "Wildlife Service" typed a facility: a span NER ended on
            # "and" is cut, and the body's head word after it makes the whole an organisation
            name_end = _and_name(doc, ent)
            if name_end is not None and lower[name_end - 1] in _lists()["organization_last_words"]:
                end, label = name_end, "ORG"
        elif ent.label_ == "GPE":
            end = _and_country(doc, ent.start, end) or end  # "Bosnia" + "and Herzegovina"
            body_end = _body_after_place(doc, end, _office_title_may_follow(doc, ent)) if end == ent.end else None
            if body_end is not None:
                end, label = body_end, "ORG"  # "New Bedford" + "District Court"
        if end != ent.end:
            skip_to = end
            ent = Span(doc, ent.start, end, label=label)
        out.extend(_coordinated_names(ent))
    return out


def _office_title_may_follow(doc: Doc, ent: Span) -> bool:
    """A place other than a country, after "the": "the Hennepin County" + "Attorney" names
    the county's office (a country's "Attorney General" is a person's title)."""
    before = ent.start - 1
    return before >= 0 and doc[before].lower_ == "the" and not country_named(_text(ent))


def _body_after_place(doc: Doc, at: int, office: bool = False) -> int | None:
    """Where a place NER ended right before the capitalised words of a body the place
    names ("New Bedford" + "District Court", "New Zealand" + "Police", "U.S." +
    "District Court for the Northern District of California"): the end of the body's
    name, or None. The last capitalised word is a body's head (``place_led_body_heads``);
    a capitalised word after it ("Police Commissioner", "Supreme Court Justice") leaves
    the place alone. NER's own organisation span right after the place counts whole.
    With ``office`` (:func:`_office_title_may_follow`) a public office's title is a head
    too (``place_led_office_titles``: "the Hennepin County" + "Attorney"), unless a name,
    a possessive or "for/of" follows it ("County Attorney Mike Freeman")."""
    w = _words_of(doc)
    heads = _lists()["place_led_body_heads"]
    if office:
        heads = heads | _lists()["place_led_office_titles"]
    n, k = w.n, at
    org = at < n and doc[at].ent_iob_ == "B" and doc[at].ent_type_ == "ORG"
    while k < n and k - at < 4 and w.is_title[k] and not w.sent_start[k] \
            and (doc[k].ent_iob_ == "O" or org and (k == at or doc[k].ent_iob_ == "I")):
        k += 1
    if k == at or w.lower[k - 1] not in heads:
        return None
    if org:  # the rest of NER's span: "District Court" + "for the Northern District of California"
        while k < n and doc[k].ent_iob_ == "I":
            k += 1
    elif k < n and (w.is_title[k] or w.is_upper[k] and w.is_alpha[k]):
        return None
    elif k + 1 < n and w.lower[k] in ("for", "of") and w.is_lower[k] and _name_run_on(doc, k):
        return None  # "District Court for the Western District of Virginia": its short forms would not join it
    if office and w.lower[k - 1] in _lists()["place_led_office_titles"] \
            and k < n and w.lower[k] in ("'s", "’s", "for", "of", "general"):
        return None  # "the Los Angeles Sheriff's office", "Attorney for the Western District"
    return k


def _names_set_off_by_comma(ent: Span) -> list[Span]:
    """"Ministry of Information and Culture, Zia-ul Haq Haqmal", "Fort Peck, Blackfeet Nation":
    an organisation's span with one comma, each side two words or more that start and end
    with a capitalised word, is two names (not "Hungarian National Asset Management, Inc.")."""
    doc = ent.doc
    commas = [t.i for t in ent if t.text == ","]
    if len(commas) != 1:
        return [ent]
    start = ent.start + 1 if doc[ent.start].tag_ == "DT" else ent.start
    first, second = _words(doc, start, commas[0]), _words(doc, commas[0] + 1, ent.end)
    if len(first) < 2 or len(second) < 2 or not all(
            p[0].text[:1].isupper() and p[-1].text[:1].isupper() and p[-1].is_alpha for p in (first, second)):
        return [ent]
    lists = _lists()
    body_words = lists["organization_last_words"] | lists["organization_nouns"] | lists["not_person_words"] \
        | lists["institution_words"] | lists["facility_heads"]
    person = len(second) <= 4 and not any(t.lower_ in body_words for t in second) \
        and not places_named(second.text) and not organization_named(second.text) and not country_named(second.text)
    return [Span(doc, first.start, first.end, label="ORG"),
            Span(doc, second.start, second.end, label="PERSON" if person else "ORG")]


def _coordinated_names(ent: Span) -> list[Span]:
    """"the towns of Bocaranga and Bazoum", "the religious schools Santo Spirito and
    Immacolata", "Kelly and Baroni's convictions": a NER span of two names joined by "and",
    after a plural noun or each the end of a person's name of the article, is two names
    (not one the gazetteers know as a whole: "Bosnia and Herzegovina")."""
    if ent.label_ == "ORG" and len(ent) >= 5 and ", " in _text(ent):
        return _names_set_off_by_comma(ent)
    if len(ent) < 3 or " and " not in _text(ent) or ent.label_ not in ("ORG", "GPE", "LOC", "FAC", "PERSON"):
        return [ent]
    doc = ent.doc
    ands = [t.i for t in ent if t.lower_ == "and"]
    if len(ands) != 1 or ands[0] in (ent.start, ent.end - 1):
        return [ent]
    end = ent.end - 1 if doc[ent.end - 1].text in ("'s", "’s") else ent.end  # "Kelly and Baroni's"
    first, second = _words(doc, ent.start, ands[0]), _words(doc, ands[0] + 1, end)
    if ent.label_ == "ORG" and _two_bodies(first, second) and not organization_named(_text(ent)):
        start = second.start + 1 if second[0].lower_ == "the" else second.start
        return [Span(doc, first.start, first.end, label="ORG"), Span(doc, start, second.end, label="ORG")]
    # "the Nationals and Orioles": teams take "the" ("high Crimes and Misdemeanors" none)
    team = first[1:] if len(first) == 2 and first[0].lower_ == "the" else first
    if ent.label_ == "ORG" and len(team) == 1 and len(second) == 1 and team.start > 0 \
            and doc[team.start - 1].lower_ == "the" and _team_plural(team[0]) \
            and _team_plural(second[0]) and not organization_named(_text(ent)):
        return [Span(doc, team.start, team.end, label="ORG"), Span(doc, second.start, second.end, label="ORG")]
    if not (len(first) <= 3 and len(second) <= 3 and all(_is_name_word(t) for t in first)
            and all(_is_name_word(t) for t in second)):
        return [ent]
    text = _text(ent)
    if country_named(text) or organization_named(text) or places_named(text):
        return [ent]
    before = ent.start - 1
    if before >= 0 and doc[before].lower_ == "of":
        before -= 1
    after_plural = before >= 0 and doc[before].tag_ == "NNS"
    people = _ends_a_person_name(doc, first.text) and _ends_a_person_name(doc, second.text)
    if not (after_plural or people):
        return [ent]
    return [Span(doc, first.start, first.end, label=ent.label_), Span(doc, second.start, second.end, label=ent.label_)]


def _team_plural(t: Token) -> bool:
    """"the Nationals and Orioles": a capitalised plural proper noun that may name a team (as
    :func:`_teams` reads one), not party members, a people or the land's plural."""
    lists = _lists()
    return t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.endswith("s") and not t.text.endswith("ss") \
        and t.lower_ not in lists["team_not_plurals"] and t.lower_ not in lists["feature_last_words"] \
        and not country_of_demonym(t.text)


def _two_bodies(first: Span, second: Span) -> bool:
    """"Massachusetts Institute of Technology and Colorado State University": both sides of
    an organisation's "and" two words or more, each starting with a capital (or "the") and
    each holding the head noun of a body of its own (``coordinated_body_heads``), are two
    names ("Department of Health and Human Services" is one: "Human Services" holds none)."""
    heads = _lists()["coordinated_body_heads"]
    sides = [side[1:] if len(side) and side[0].lower_ == "the" else side for side in (first, second)]
    return all(len(side) >= 2 and side[0].text[:1].isupper() and any(t.lower_ in heads for t in side)
               for side in sides)


_NAME_WORD = re.compile(r"^(?:[a-z]{1,2}['’])?[A-Z]")  # "Nunes", "d'Estaing"


def _plain_name_word(words: _Words, i: int) -> bool:
    """A proper noun outside any NER entity that may end or begin a person's name: not a
    title, an honorific, a country or a word of an organisation or facility's name (word
    ``i``)."""
    lists = _lists()
    w, text = words.lower[i], words.text[i]
    return (words.pos[i] == "PROPN" and words.outside[i] and bool(_NAME_WORD.match(text)) and not words.is_upper[i]
            and w not in title_words() and w not in lists["honorifics"] and w not in lists["titles_of_rank"]
            and w not in _organization_heads() and w not in lists["facility_heads"]
            and w not in lists["organization_nouns"] and not country_of(text))


def _may_be_surname(t: Token) -> bool:
    """A word NER typed a place or body that may still be a surname: no word of an
    organisation's, facility's or street's name ("Congress", "Parliament"), no title, no
    name a gazetteer knows."""
    lists, w = _lists(), t.lower_
    return not (w in title_words() or w in _organization_heads() or w in lists["organization_nouns"]
                or w in lists["facility_heads"] or w in lists["institution_words"] or w in lists["not_person_words"]
                or w in lists["street_words"] or places_named(t.text) or country_of(t.text)
                or organization_named(t.text))


def _person_head_after(doc: Doc, end: int) -> int:
    """Where a person's name NER stopped before its last proper noun ends: "Paulo Brizola"
    + "Nunes", "Amy Berman" + "Jackson", "Valéry Giscard" + "d'Estaing". The parse makes
    the words NER kept modifiers (compounds) of that noun, so it is the name's head."""
    w = _words_of(doc)
    k = end
    while k < w.n and w.dep[k - 1] == "compound" and w.head[k - 1] >= k \
            and not w.sent_start[k] and _plain_name_word(w, k):
        k += 1
    return k


def _given_name_typed_place(doc: Doc, place: Span, person: Span) -> bool:
    """"the Colts' Dallas Clark", "Virginia Woolf": one word NER typed a place, a common given
    name, right before a person's name NER found, that the parse makes a compound of a word
    of that name, is the person's given name (the gazetteer's town of that name is not meant)."""
    w = _words_of(doc)
    k = place.start
    return place.label_ in PLACE_LABELS and len(place) == 1 and place.end == person.start \
        and w.space[k] and w.dep[k] == "compound" and person.start <= w.head[k] < person.end \
        and not w.sent_start[person.start] and _is_given_name(w.text[k]) and w.is_title[k] \
        and not country_named(w.text[k])


def _surname_typed_date(doc: Doc, end: int) -> int:
    """"referee Tony" + "Weeks": one capitalised proper noun NER typed a date or a time right
    after a person's name, the parse making the name's last word its compound, is the
    surname (not a day's or a month's name: "Trump Tuesday")."""
    w = _words_of(doc)
    if end < w.n and w.ent[end] in ("DATE", "TIME") and w.pos[end] == "PROPN" and w.is_title[end] \
            and not w.sent_start[end] and w.dep[end - 1] == "compound" and w.head[end - 1] == end \
            and (end + 1 >= w.n or doc[end + 1].ent_iob_ != "I") \
            and w.lower[end][:3] not in _lists()["dateline_abbreviations"] \
            and w.lower[end][:4] not in _lists()["dateline_abbreviations"]:
        return end + 1
    return end


def _given_name_before(doc: Doc, start: int, end: int, previous_end: int, opening: bool = False) -> int:
    """Where a person's name NER started after its first word begins: "Barend" + "Leyts",
    "Yolanda" + "Yu Hoi-kwan": one proper noun right before the name that the parse makes
    a compound of a word of it, and that is no title, honorific, country or organisation.
    Not before a name that starts with a given name or a title: the word before it is then
    a role NER rightly left out ("Legislator Tanya Chan", "Grand Ayatollah ...").
    ``opening``: the word before may open a sentence though no known given name ("Mahad
    Wasuge is ..."; person nouns such as "Engineer" are still no names)."""
    w = _words_of(doc)
    k = start - 1
    if k < previous_end or k < 0 or w.dep[k] != "compound" or w.tag[k] != "NNP" \
            or not start <= w.head[k] < end \
            or w.sent_start[k] and not opening and not _is_given_name(w.text[k]):
        return start  # most names: the word before is no part of them ("Engineer" opening a sentence)
    first = w.lower[start]
    if _is_given_name(first) and not (end - start == 1 and _is_given_name(w.text[k])) \
            or first in title_words() or first in _lists()["titles_of_rank"] or first in _lists()["honorifics"]:
        return start  # (a lone given name may be a surname: "Carly" + "Simon")
    if w.lemma[k] not in _lists()["person_nouns"] and _plain_name_word(w, k) \
            and not organization_named(w.text[k]):
        return k
    return start


# lower-case words inside a long organisation's name: "Joint Council for the Welfare of Immigrants"
_NAME_CONNECTORS = {"for", "of", "the", "and", "on", "in", "de", "et", "d'", "to"}
_NOT_NAME_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def _country_tail(span: Span) -> Span | None:
    """The country that ends an institution's name after "of" ("Parliament of Botswana")."""
    for i in range(span.start + 1, span.end - 1):
        if span.doc[i].lower_ == "of" and span.doc[i - 1].lower_ in _lists()["institution_words"]:
            tail = span.doc[i + 1:span.end]
            if tail[0].lower_ == "the" and len(tail) > 1:
                tail = tail[1:]
            return tail if country_named(tail.text) else None
    return None


_ROMANISED_NAME = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+-([a-z]+)$")  # "Lam Cheuk-ting", "Kim Jong-un"


def _romanised_person_name(text: str) -> bool:
    """A family name and a hyphenated two-syllable given name, the second syllable in lower
    case, as Chinese and Korean names are romanised ("Lam Cheuk-ting", "Moon Jae-in"), not a
    compound such as "Kong-based" (``hyphen_compound_ends``)."""
    m = _ROMANISED_NAME.match(text)
    return m is not None and len(m.group(1)) <= 5 and m.group(1) not in _lists()["hyphen_compound_ends"] \
        and not m.group(1).endswith("ed")


def _place_led(ent: Span) -> bool:
    """An institution's name that opens with a place's name ("Colorado State University",
    "the Kenya National Assembly"): it holds its place already, and "of <country>" after it
    is no part of it."""
    first = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    if first >= ent.end - 1 or ent.doc[first].lower_ in _lists()["court_districts"]:
        return False  # "Central Bank of Nigeria": a direction or a centre is no place's name here
    return country_named(ent.doc[first].text) is not None or _large_place_named(ent.doc[first].text)


def _of_country(doc: Doc, at: int) -> int | None:
    """The end of "of <country>" right after an institution's name ("the Constitutional
    Court" + "of Bosnia and Herzegovina", "Parliament" + "of Botswana"): the country is
    part of the institution's name (it is named on its own too)."""
    if at + 1 >= len(doc) or doc[at].lower_ != "of":
        return None
    first = at + 1
    if doc[first].lower_ == "the" and doc[first].ent_iob_ != "B" and first + 1 < len(doc):
        first += 1  # "of the United Kingdom", "the" outside the country's span
    if doc[first].ent_type_ != "GPE" or doc[first].ent_iob_ != "B":
        return None
    end = first + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    end = _and_country(doc, first, end) or end
    return end if country_named(doc[first:end].text) else None


def _and_country(doc: Doc, start: int, end: int) -> int | None:
    """"Bosnia" + "and" + "Herzegovina": a country whose name NER cut at its "and"."""
    if end + 1 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].is_title:
        k = end + 1
        while k < len(doc) and doc[k].is_title:
            k += 1
        if country_named(doc[start:k].text):
            return k
    return None


def _and_name(doc: Doc, ent: Span) -> int | None:
    """Where an organisation's name NER cut at its "and" ends: after the place that follows
    "<name> of <place>" ("Islamic State of Iraq" + "and the Levant", "High Court of England"
    + "and Wales"), or after capitalised words ending in an organisation's or facility's
    head word when the name cut ends in none ("Bureau of European" + "and Eurasian Affairs",
    "Army's Research" + "and Referral Hospital"). None when nothing of the kind follows."""
    end = ent.end - 1 if ent[-1].lower_ == "and" and len(ent) > 2 else ent.end  # NER's span may hold the "and"
    ent = doc[ent.start:end]
    if end + 2 >= len(doc) or doc[end].lower_ != "and" or doc[end + 1].is_sent_start:
        return None
    the = doc[end + 1].lower_ == "the"
    first = end + 2 if the else end + 1
    k = first
    while k < len(doc) and (doc[k].is_title or doc[k].is_upper and doc[k].is_alpha) and not doc[k].is_sent_start \
            and doc[k].ent_type_ not in _NOT_NAME_ENTS:
        k += 1
    if k == first or k - first > 3:
        return None
    run = doc[first:k]
    if not the and any(t.ent_type_ == "PERSON" for t in run):  # NER's person: only a second object of "of"
        return k if _second_object_of_name(ent, run) else None
    lists = _lists()
    heads = lists["institution_words"] | lists["organization_nouns"] | lists["organization_last_words"] \
        | lists["facility_heads"]
    if any(t.lower_ in heads for t in run[:-1]):
        return None  # "the Ministry of Defence and Interior Ministry officials": two bodies
    if len(run) >= 2 and _two_bodies(ent, run):
        return None  # "Massachusetts Institute of Technology and Colorado State University"
    words = [t.lower_ for t in ent]
    place_run = run[0].ent_type_ in ("GPE", "LOC") or country_named(run.text) or places_named(run.text) \
        or the and len(run) == 1 and run[0].ent_type_ != "ORG" and not organization_named(run.text)
    if words[-2] == "of" and run[-1].lower_ not in heads and place_run \
            and (country_named(ent[-1].text) or places_named(ent[-1].text)):
        return k
    if ent[-1].lower_ not in heads and run[-1].lower_ in heads \
            and (any(w in ("of", "for", "on", "'s", "’s") for w in words[1:-1])
                 or _country_initials(ent, _words_of(doc)) is not None):  # "U.S. Fish" + "and Wildlife Service"
        return k
    if not the and _second_object_of_name(ent, run):
        return k  # "Union of Rationalist Atheists" + "and Agnostics"
    return None


def _second_object_of_name(ent: Span, run: Span) -> bool:
    """The capitalised words after "and" are, in the parse, joined to the last word of the
    name, the object of its own "of" or "for" ("Union of Rationalist Atheists" + "and
    Agnostics", "Kurdish Center for Studies" + "and Legal Consultancy", NER's person): a
    second object of the name's preposition. Not a person's name or title ("the Ministry of
    Defence and John Smith", "... Security and Secretary Kristi Noem"), nor a place or a
    body NER tagged."""
    last = ent[-1]
    prep = last.head
    if last.dep_ != "pobj" or prep.lower_ not in ("of", "for") or not ent.start < prep.i < ent.end - 1:
        return False
    roots = [t for t in run if not run.start <= t.head.i < run.end]
    if len(roots) != 1 or roots[0].dep_ != "conj" or roots[0].head.i != last.i:
        return False
    if any(t.ent_type_ not in ("", "PERSON") or t.is_upper or t.lower_ in title_words() or _is_given_name(t.text)
           for t in run):
        return False  # "the Department of Homeland Security and Secretary Kristi Noem"
    return not _in_longer_person_name(run) and not _speaks(run)


def _name_run_on(doc: Doc, at: int) -> int | None:
    """Where a name NER stopped before "for" or "on" ends, when capitalised words follow
    ("Joint Council" + "for the Welfare of Immigrants", "Commission" + "on the Limits of
    the Continental Shelf"): the end of the last capitalised word, or None."""
    k, last = at, None
    while k < len(doc) and (k == at or not doc[k].is_sent_start):
        t = doc[k]
        if t.ent_type_ in _NOT_NAME_ENTS or t.ent_type_ == "PERSON":
            break  # "the Board on February 3", "on Thursday", "Coordinator for Myanmar Andrew Kirkwood"
        if t.is_title or t.is_upper and t.is_alpha:
            last = k + 1
        elif not (t.lower_ in _NAME_CONNECTORS and t.is_lower):
            break
        k += 1
    # at least one capitalised word right after the connector (and an optional "the")
    if last is None or not (doc[at + 1].is_title or doc[at + 1].lower_ == "the" and at + 2 < len(doc) and doc[at + 2].is_title):
        return None
    return last


def _titled_person(span: Span) -> Span | None:
    """"Detective Constable Daniel Dube", "Presidential Spokesperson Harry Roque" typed
    ORG: a title, then a name of two or more proper nouns, is the person of that name;
    so is "Vermont Bernie Sanders" where NER finds the name alone elsewhere as a person."""
    titles, honorifics = title_words(), _lists()["honorifics"]
    w = _words_of(span.doc)
    lower = w.lower
    start = span.start
    for i in range(span.start, span.end - 2):  # after the last title word, with at least two words left
        if lower[i] in titles or lower[i] in honorifics:
            start = i + 1
    rest: Span | None = _words(span.doc, start, span.end) if start > span.start else _named_person_tail(span)
    if rest is None:
        return None
    if len(rest) < 2 or not _is_name_word_at(w, rest.start) or not _is_name_word_at(w, rest.end - 1) \
            or not all(_is_name_word_at(w, i) or _name_joint(w, i) for i in range(rest.start + 1, rest.end - 1)):
        return None  # "Darin LaHood", "Hamza bin Laden", "Man-kei Tam"
    lists = _lists()
    if any(lower[i] in lists["organization_nouns"] or lower[i] in lists["facility_heads"]
           for i in range(rest.start, rest.end)):
        return None
    if lower[rest.end - 1] in lists["organization_last_words"]:
        return None  # "General Statistics Office": a title word begins the organisation's name
    return rest


_NER: list[tuple[Doc, Sequence[Span], frozenset[str]]] = []  # the Doc being read: one article at a time


def _ner(doc: Doc) -> tuple[Sequence[Span], frozenset[str]]:
    """NER's spans of ``doc`` and the texts it tags PERSON, read once per Doc:
    ``Doc.ents`` builds a Span for every entity on each access, and the names are asked
    about for each mention."""
    if not _NER or _NER[0][0] is not doc:
        ner, text = named_entities(doc), doc_text(doc)
        people = frozenset(text[ner.start_chars[k]:ner.end_chars[k]] for k, label in enumerate(ner.labels)
                           if label == "PERSON")
        # the Spans made from NamedEntities' offsets: ``Doc.ents`` walks the Doc again
        spans = tuple(Span(doc, s, e, label=label) for s, e, label in zip(ner.starts, ner.ends, ner.labels))
        _NER[:] = [(doc, spans, people)]
    return _NER[0][1], _NER[0][2]


def _read_place_names(doc: Doc) -> frozenset[str]:
    """The texts NER tags GPE or LOC in ``doc``."""
    ner, text = named_entities(doc), doc_text(doc)
    return frozenset(text[ner.start_chars[k]:ner.end_chars[k]] for k, label in enumerate(ner.labels)
                     if label in PLACE_LABELS)


_place_names = KeptPerDoc(_read_place_names)  # asked for each name that may be a relative's


def _person_names(doc: Doc) -> frozenset[str]:
    """The texts NER tags PERSON in ``doc``."""
    return _ner(doc)[1]


def _ends_a_person_name(doc: Doc, text: str) -> bool:
    """Whether ``text`` ends a longer name NER tags PERSON in ``doc`` ("Berisha" of "Sali
    Berisha")."""
    tail = " " + text
    return any(p.endswith(tail) for p in _person_names(doc))


def _named_person_tail(span: Span) -> Span | None:
    """The last words of a span that NER tags as a person elsewhere in the article."""
    people = _person_names(span.doc)
    text = doc_text(span.doc)
    w = _words_of(span.doc)
    end_char = span.end_char
    for i in range(span.start + 1, span.end - 1):
        if text[w.idx[i]:end_char] in people and w.lower[i - 1] != "and":  # (not "... for Studies and Legal Consultancy")
            return _words(span.doc, i, span.end)
    # "Vermont Bernie Sanders", "Scotland Nicola Sturgeon": a given name starts the tail
    for i in range(span.start + 1, span.end - 1):
        if _is_given_name(w.text[i]) and w.lower[i - 1] not in ("of", "for", "and", "the") \
                and _given_name_first(span.doc[i:span.end]):
            return span.doc[i:span.end]
    # "Civil House José Dirceu", "NPR Hamza bin Laden": a known name or one that ends in an
    # organisation's head word, then a name starting with a given name or whose last word
    # the text uses alone
    for i in range(span.start + 1, span.end - 1):
        before = _words(span.doc, span.start, i)
        if before[-1].text == ",":
            before = _words(span.doc, span.start, i - 1)
        if len(before) and (_known_name(before) or before[-1].lower_ in _organization_heads()) \
                and (_surname_used_alone(span.doc[i:span.end]) or _given_name_first(span.doc[i:span.end])):
            return span.doc[i:span.end]
    return None


@cache
def _organization_heads() -> frozenset[str]:
    lists = _lists()
    return lists["institution_words"] | lists["organization_nouns"] | lists["organization_last_words"] \
        | lists["institution_names"]


def _surname_used_alone(name: Span) -> bool:
    """Two to four proper nouns, none a word of an organisation, facility or place, whose
    last word the text uses without the word before it ("... Tam said")."""
    if not 2 <= len(name) <= 4 or name[-1].text == "-" \
            or not all(_is_name_word(t) or t.text == "-" or _hyphen_piece(t) for t in name):
        return False
    lists = _lists()
    if any(t.lower_ in lists["organization_nouns"] or t.lower_ in lists["facility_heads"]
           or t.lower_ in lists["not_person_words"] or t.lower_ in lists["street_words"] for t in name):
        return False
    last, before = name[-1].text, name[-2].text
    text = doc_text(name.doc)
    return any(not text[:m.start()].rstrip().endswith(before)
               for m in re.finditer(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text))


def _hyphen_piece(t: Token) -> bool:
    """The lower-case second part of a hyphenated given name the tokenizer split ("Man" "-"
    "kei" of "Man-kei Tam")."""
    return t.is_alpha and t.i > 1 and t.doc[t.i - 1].text == "-" and not t.doc[t.i - 2].whitespace_ \
        and not t.doc[t.i - 1].whitespace_


def _owner_named(doc: Doc, text: str) -> bool:
    """Whether ``text``, the possessor at the front of a NER span, is a country or a person
    the article names (the whole of a name NER tags PERSON, or its last words, in any case:
    "Al-Sharaa’s HTS" after "Ahmed al-Sharaa")."""
    if country_named(text):
        return True
    folded_text = text.casefold()
    tail = " " + folded_text
    return any(p.casefold() == folded_text or p.casefold().endswith(tail)
               for p in _person_names(doc) if "'" not in p and "’" not in p)


def _country_owner(ent: Span, span: Span) -> Span | None:
    """The country or person _trim cut from the front of a name as its possessor, if any."""
    doc = span.doc
    if span.start - ent.start >= 2 and doc[span.start - 1].text in ("'s", "’s"):
        owner = _words(doc, ent.start, span.start - 1)
        if owner[0].tag_ in ("DT", "PRP$"):
            owner = _words(doc, owner.start + 1, owner.end)
        if len(owner) and _owner_named(doc, _text(owner)):
            return owner
    return None


def _government_of_country(span: Span) -> Span:
    """"the U.S. government", "the UK government": a country stands for its government
    (RECORD.md), so the mention is the country's (:func:`_stands_for_its_government`)."""
    if len(span) >= 2:
        last = _words_of(span.doc).lower[span.end - 1]
        if last in _lists()["government_heads"]:
            rest = _words(span.doc, span.start, span.end - 1)
            if _stands_for_its_government(rest, last):
                return rest
    return span


def _stands_for_its_government(name: Span, head: str) -> bool:
    """A name before a government's head noun that is the actor itself: a country (RECORD.md),
    or a person NER names elsewhere, before "government" or "regime" ("the Morrison
    government"; "the Trump administration" stays an organisation, as does a city's
    government: "The Seoul government said")."""
    text = _text(name)
    if country_named(text):
        return True
    return head != "administration" and all(_is_name_word(t) for t in name) \
        and (text in _person_names(name.doc) or _ends_a_person_name(name.doc, text))


def _latin_letter(char: str) -> bool:
    """A letter of the Latin script (with its accented and extended forms)."""
    return char.isalpha() and (ord(char) < 0x250 or 0x1E00 <= ord(char) <= 0x1EFF)


_FUNCTION_POS = frozenset({"DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART"})


def _not_a_name(span: Span) -> bool:
    """Words NER takes for names that are not: a ministry's portfolio cut from a title
    ("Defense" of "Defense Secretary"), a demonym, adjectives of pairs or stances
    ("Turkish-American", "anti-Pakistan", "Sino-Russian"), a pair of people's names
    ("Jorgensen-Cohen"), a number, a title or a function word alone. (Named storms are
    left out in :func:`_mentions`, with their names used alone.)"""
    lists = _lists()
    table = _words_of(span.doc)
    lower, punct = table.lower, table.is_punct
    words = [lower[i] for i in range(span.start, span.end) if not punct[i]]
    if words and all(w in lists["portfolios"] for w in words):
        return True
    if " ".join(words) in lists["peoples"]:
        return True  # "Southeast Asian", "Uyghurs": a group, no entity
    if "and" in words and all(w in lists["peoples"] for w in words if w not in ("and", "&")):
        return True  # "the Yazidis and Druze", "Punjabi and Saraiki": groups or languages, no entity
    if len(span) == 1 and country_of_demonym(_text(span)) and not country_named(_text(span)) \
            and span.root.dep_ in ("amod", "compound", "nmod") and span.root.head.i > span.root.i:
        # "Ukrainian officials": a demonym before a noun makes its country an actor but is
        # no entity (RECORD.md); "the British relinquished control" stands for the country
        return True
    if len(words) == 1 and (words[0] in title_words() or words[0] in lists["honorifics"]
                            or words[0] in lists["titles_of_rank"]):
        return True  # "the long-serving Sultan of Oman", "Her Majesty", "Cde": a title, no name
    if len(span) == 1 and table.pos[span.start] in _FUNCTION_POS:
        return True  # "It", "A", "Le": a function word NER took for a name
    text = _text(span)
    if not (any(c.isalpha() for c in text) if text.isascii() else any(_latin_letter(c) for c in text)):
        return True  # "104", "مردم شریف": a number, or words of another script quoted in the text
    if "-" in text and " " not in text:
        parts = [p for p in text.split("-")]
        if all(not p or p.lower() in lists["compound_prefixes"] or country_of_demonym(p) or country_named(p)
               for p in parts) and not country_named(text):
            return True
        if len(parts) >= 2 and all(p[:1].isupper() for p in parts):
            # "the Jorgensen-Cohen ticket", "the Ruto-Gachagua partnership": a pair of people
            # the article names in full, no name of its own
            if all(_ends_a_person_name(span.doc, p) for p in parts):
                return True
    return False


def _without_demonym(span: Span) -> str | None:
    """"the Libyan Government of National Accord" is also "Government of National Accord":
    an organisation named after a demonym is known by the rest of its name too."""
    if len(span) >= 3 and country_of_demonym(span[0].text) and all(t.is_title or t.is_stop or t.is_upper for t in span[1:]) \
            and span[1].is_title:
        return _clean(_text(_words(span.doc, span.start + 1, span.end)))
    return None


def _label(label: str, span: Span) -> str | None:
    """The entity type of a NER span, or None when it is not an entity of ours."""
    text = _text(span)
    if country_named(text):
        return "GPE"
    if organization_named(text):
        return "ORG"
    lists = _lists()
    w = _words_of(span.doc)
    last = w.lower[span.end - 1] if len(span) else ""  # asked below again and again
    if label == "PERSON" and not _looks_like_person(span):
        return None
    if label == "PERSON" and len(span) >= 2 and span[-1].tag_ == "NNPS" and _plural_group(span):
        return "ORG"  # "Rotten Tomatoes", "McAfee Avert Labs", "Tar Heels": a plural name names a group
    if label == "PERSON" and len(span) >= 2 and last in lists["facility_heads"]:
        return "FAC"  # "John Radcliffe Hospital", "Richard J. Donovan Correctional Facility"
    if label == "PERSON" and len(span) >= 2 and last in lists["organization_last_words"]:
        return "ORG"  # "Wan Guo Jin Liang Company", "Crow Tribe"
    if label == "PERSON" and _affiliation_of_person(span) and _no_person_named(span):
        return "ORG"  # "Cheng Chung-tai of Civic Passion": what a person is "of", typed a person, is his party
    if label in ("PERSON", "GPE") and _named_as_organization(span) \
            and not (label == "PERSON" and _given_name_first(span)):
        return "ORG"  # (not "Eduardo Dutra (Petrobras, government oil company, president)")
    if label in ("ORG", "GPE", "LOC") and text.casefold() in lists["institution_names"]:
        return "ORG"  # "the Senate", "in Congress": a legislature, never a place
    if label in ("ORG", "GPE", "LOC", "FAC", "PERSON") and len(span) == 1 and w.pos[span.start] == "ADJ" \
            and not (span.end < w.n and w.pos[span.end] in ("NOUN", "PROPN")) \
            and not country_of_demonym(text) and not places_named(text):
        # "the Presidential official residence", "a GREAT and POWERFUL STATE": a lone adjective
        # is no name ("pro-Beijing" is a place; "the Khurais oil field", before a noun, a facility's name)
        return None
    if len(span) == 1 and span.start > 0 and w.text[span.start - 1] == "," \
            and last.strip(".") in lists["post_nominals"]:
        return None  # "Mark Tedeschi, QC," and "Tom Molomby, SC,": a lawyer's rank set off after the name
    if len(span) <= 3 and (text.endswith(tuple(lists["name_adjective_suffixes"]))
                           or text.lower().startswith(tuple(lists["negating_prefixes"]))):
        return None  # "a Warhol-like wig", "Muslim / non-Muslim": words made of a name, no mention of it
    if label in ("GPE", "LOC") and span.start > 0 and w.text[span.start - 1] == "The" \
            and not w.sent_start[span.start - 1] and not places_named(text):
        return "ORG"  # "told The Atlantic": a capital "The" inside a sentence starts a title, no sea's name
    if label in ("ORG", "GPE", "LOC", "FAC", "PERSON") and len(span) >= 2 and last in lists["document_heads"] \
            and not _given_name_first(span):
        return None  # "United States Constitution", "Human Life Protection Act": documents ("Nathan Law" a person)
    if label in ("ORG", "PERSON", "GPE", "LOC") and country_of_demonym(text) and not country_named(text):
        return None  # "Hong Kongers", "Puerto Rican": a demonym makes its country an actor
    if label in ("ORG", "GPE", "LOC", "FAC", "PERSON") and len(span) >= 2 and last in lists["event_heads"] \
            and not any(w.is_lower[span.start:span.end]):
        return None  # "Korean War", "Martin Luther King Jr. Day": events ("Veterans Against the War" is a group)
    if label in ("GPE", "LOC", "PERSON") and len(span) == 1 \
            and (last in lists["institution_words"] or last in lists["organization_heads"]):
        return None  # "Council", "Administration" alone: a common noun capitalised
    if label in ("ORG", "GPE", "LOC", "FAC", "PERSON") and len(span) >= 2 and last in lists["street_words"]:
        return "LOC"  # "Castlefrank Road", "Waddell Avenue"
    if label in ("ORG", "FAC", "PERSON") and len(span) >= 2 and (
            last in lists["feature_last_words"]
            or label != "ORG" and w.lower[span.start] in lists["feature_first_words"]
            or len(span) >= 3 and f"{w.lower[span.end - 2]} {last}" in lists["feature_last_phrases"]):
        return "LOC"  # "Whitsun Reef", "Causeway Bay", "Chippewa Falls", "Boni Forest", "Fort Lee"
    if label in ("ORG", "GPE", "LOC", "FAC") and _given_name_first(span):
        return "PERSON"  # "Dean Kamen", "Florence Ozor" typed as organisations
    if label in ("ORG", "GPE", "LOC") and 3 <= len(span) <= 4 and _romanised_person_name(text):
        return "PERSON"  # "Lam Cheuk-ting", "Moon Jae-in" typed an organisation or a place
    if label in ("ORG", "GPE", "LOC") and _family_name_of_person(span):
        return "PERSON"  # "Tomasz and Marek Sekielski", "Lai's son ... Sebastien Lai" typed ORG
    if label in ("ORG", "GPE", "LOC") and len(span) == 1 and _surname_of_person(span):
        return "PERSON"  # "Berisha said", "Cummings" typed as places, after "Sali Berisha"
    if label in ("ORG", "GPE", "LOC") and len(span) >= 2 and _after_title(span):
        return "PERSON"  # "spokesperson Amina Yusuf": NER typed a name after a title
    if label in ("ORG", "GPE", "LOC") and 2 <= len(span) <= 4 and _after_age(span):
        return "PERSON"  # "40-year-old Skandaraj Navaratnam" typed an organisation
    if label in ("ORG", "GPE", "LOC") and len(span) >= 2 and _described_as_person(span):
        return "PERSON"  # "Rogier Creemers, assistant professor ...", "Lydia Rosasi, 29,"
    if label in ("ORG", "GPE", "LOC") and 2 <= len(span) <= 4 and _listed_with_people(span):
        return "PERSON"  # "Antonio Palocci (Economy), ..., Celso Amorim (Exterior Relations)"
    if label == "ORG" and last in title_words() and not _place_office(span):
        return None  # "U.N. Resident Coordinator" is a title, not an organisation
    if label in ("GPE", "LOC", "ORG") and len(span) == 2 and last == "district" \
            and w.lower[span.start] in _lists()["court_districts"] and span.end < w.n \
            and w.lower[span.end] == "of":
        return None  # "the Western District of Texas": a court's district, no place of its own
    if label in ("GPE", "LOC") and " and " in text:
        return None  # "North and South Korea": a coordination, not a name
    if label in ("GPE", "LOC") and _CODE_NAME.match(text):
        return None  # "IE9", "STS-134": letters and a number make a product's or a mission's code, no place
    if label == "NORP" and len(span) == 1 and not country_of_demonym(text) \
            and (_after_locative(span) or _after_place_noun(span) or _before_place_noun(span)) and _large_place(span):
        return "GPE"  # "hospitals in Omdurman", "the capital, Tunis,", "Punjab province" typed a nationality
    if label == "NORP":
        # a known demonym only makes its country an actor; a multi-word name NER calls
        # a nationality ("Saudi Telecom") is an organisation
        if country_of_demonym(text) or len(span) == 1:
            return None
        return "ORG"
    if label == "ORG" and len(span) == 1 and not is_acronym(text) and _after_locative(span):
        return "GPE"
    if label == "ORG" and len(span) == 1 and not is_acronym(text) and _large_place(span):
        return "GPE"  # "Herat", "Mogadishu", "Peshawar" typed as organisations
    if label in ("PERSON", "ORG") and _known_place_in_place_context(span):
        return "GPE"  # "in Ghazni", "Phalombe, Malawi": NER took a town for a person
    if label == "PERSON" and len(span) <= 2 and not _given_name_first(span) and _end_of_place_range(span) \
            and not _speaks(span) and not _in_longer_person_name(span):
        return "GPE"  # "from Hong Kong south to Borneo": the other end of a range from a place is a place
    if label == "PERSON" and len(span) <= 2 and _object_of_locative(span) and not _speaks(span) \
            and not _in_longer_person_name(span) and not _ends_a_person_name(span.doc, text) \
            and not (_given_name_first(span) and (len(span) == 1 or _surname_used_alone(span))):
        # "a runway in Agalega", "the base in Diego Garcia": people are not "in" a name (but "ran
        # into Jean", "the inquiry in Joe Biden ... Biden said": a given name, a surname used alone)
        return "GPE"
    if label == "PERSON" and _after_definite_article(span):
        return "GPE" if places_named(text) else "ORG"  # "the Kantei", "the Oberster Gerichtshof"
    if label == "PERSON" and _large_place_no_person(span):
        return "GPE"  # "Da Nang", "Okinawa" typed PERSON with nothing of a person about them
    if label in ("EVENT", "WORK_OF_ART") and _outlet_named(span):
        return "ORG"  # "according to the Sydney Morning Herald" typed an event
    if label in RESCUED_LABELS | {"PERSON", "ORG"} and _object_of_place_noun(span):
        return "GPE"
    if label in RESCUED_LABELS:
        return "GPE" if _after_locative(span) else None
    return label if label in ENTITY_LABELS else None


def _place_office(span: Span) -> bool:
    """"the Hennepin County Attorney": a place's name, then a public office's title
    (``place_led_office_titles``), after "the" and with no name after it, is the office."""
    w = _words_of(span.doc)
    start = span.start + (w.lower[span.start] == "the")
    if w.lower[span.end - 1] not in _lists()["place_led_office_titles"] or start >= span.end - 1 \
            or not (start > span.start or span.start > 0 and w.lower[span.start - 1] == "the"):
        return False
    if span.end < w.n and (w.is_title[span.end] or w.lower[span.end] in ("'s", "’s", "for", "of")):
        return False
    k = span.end - 1
    while k > start and w.is_title[k - 1] and w.lower[k - 1] not in title_words():
        k -= 1  # the place's words: "Hennepin County" of "Hennepin County Attorney"
    place = _text(span.doc[start:span.end - 1])
    return k == start and not country_named(place) and bool(places_named(place))


def _plural_group(span: Span) -> bool:
    """A PERSON span ending in a plural proper noun that is no person's name: no given name
    or title first, no demonym ("Hong Kongers"), a last word the text never uses alone, as it
    does a surname that ends in "s" ("Hope Hicks ... Hicks said"), and not in a list of people."""
    return not _is_given_name(span[0].text) and span[0].lower_ not in title_words() \
        and not country_of_demonym(_text(span)) and not _ends_a_person_name(span.doc, _text(span)) \
        and not _surname_used_alone(span) and not _listed_with_people(span)


def _is_name_word(t: Token) -> bool:
    # "LaHood", "McCain", "DeSantis": capitalised names with a capital inside are names too
    return t.pos_ == "PROPN" and (t.is_title or "-" in t.text or t.text[:1].isupper() and t.text[1:2].islower())


def _is_name_word_at(w: _Words, i: int) -> bool:
    """:func:`_is_name_word` of word ``i``, from the Doc's lists."""
    text = w.text[i]
    return w.pos[i] == "PROPN" and (w.is_title[i] or "-" in text or text[:1].isupper() and text[1:2].islower())


def _name_joint(w: _Words, i: int) -> bool:
    """Word ``i`` joins the words of a name: a lower-case particle ("bin", "von"), or a hyphen
    and the lower-case piece after it that the tokenizer split off ("Man" "-" "kei")."""
    if w.lower[i] in _lists()["name_particles"] and w.is_lower[i]:
        return True
    if w.text[i] == "-":
        return not w.space[i - 1] and not w.space[i]
    return i > 1 and w.text[i - 1] == "-" and not w.space[i - 2] and not w.space[i - 1] and w.is_alpha[i]


def _is_given_name(word: str) -> bool:
    """A common given name, with or without its accents ("José", "Sébastien")."""
    word = word.lower()
    return word in given_names() or unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode() in given_names()


def _given_name_first(span: Span) -> bool:
    """Two to four proper nouns, the first a common given name that is not also a place
    ("Georgia", "Paris"), with no word of an organisation, facility or place and not a
    known organisation or place as a whole: a person's name, whatever NER typed it."""
    if not 2 <= len(span) <= 4:
        return False
    w = _words_of(span.doc)
    if not all(_is_name_word_at(w, i) for i in range(span.start, span.end)):
        return False
    first, lower = w.text[span.start], w.lower
    lists = _lists()
    # the first word may name a small town ("Nikki", "Crystal", "Luis" in the gazetteer
    # of towns): only a region or a large town ("Georgia", "Paris") makes it a place's
    if not _is_given_name(first) or lower[span.start] in lists["given_names_not_alone"] \
            or lower[span.start] in title_words() or country_of(first) or _large_place_named(first):
        return False
    if any(lower[i] in lists["organization_nouns"] or lower[i] in lists["facility_heads"]
           or lower[i] in lists["not_person_words"] or lower[i] in lists["street_words"]
           or lower[i] in lists["place_nouns"] for i in range(span.start, span.end)):
        return False
    text = _text(span)
    return not (organization_named(text) or places_named(text) or country_of(text))


def _looks_like_person(span: Span) -> bool:
    if any(c.isdigit() for c in _text(span)):
        return False
    w = _words_of(span.doc)
    if not any(w.pos[i] == "PROPN" or w.is_title[i] for i in range(span.start, span.end)
               if not w.is_punct[i] and "-" not in w.text[i]):
        return False  # "nonpartisan pan-democrat": descriptors, no name
    # a lone common noun capitalised at the start of a sentence ("Photographs showed")
    return not (len(span) == 1 and w.tag[span.start] in ("NNS", "NNPS", "NN", "JJ", "VBG"))


def _family_name_of_person(span: Span) -> bool:
    """Two to four proper nouns, none a word of an organisation, facility or place, whose
    last word ends a name NER tags PERSON elsewhere in the article (a relative: "Sebastien
    Lai" beside "Jimmy Lai"), or that NER tags PERSON elsewhere itself."""
    if not 2 <= len(span) <= 4 or not all(_is_name_word(t) for t in span):
        return False
    text, people, last = _text(span), _person_names(span.doc), span[-1].text
    if not (text in people or any(p.endswith(" " + last) and p != text for p in people)):
        return False
    lists = _lists()
    if any(t.lower_ in lists["organization_nouns"] or t.lower_ in lists["facility_heads"]
           or t.lower_ in lists["not_person_words"] or t.lower_ in lists["street_words"]
           or t.lower_ in _organization_heads() for t in span):
        return False
    # "Africa Erdogan": a place NER ran into a name
    return not (_known_name(span) or places_named(text) or country_of(span[0].text)
                or span[0].text in _place_names(span.doc))


def _surname_of_person(span: Span) -> bool:
    """One proper noun, no known name or gazetteer place, that ends a name of two or more
    words NER tags PERSON in the article: a surname used alone ("Berisha" after "Sali
    Berisha"), whatever NER typed it."""
    word = span[0]
    if not _is_name_word(word) or is_acronym(word.text) or word.lower_ in _organization_heads():
        return False
    if not _ends_a_person_name(span.doc, word.text):
        return False
    return not (_known_name(span) or places_named(word.text))


def _after_definite_article(span: Span) -> bool:
    """A name NER typed PERSON right after "the" that modifies no noun ("the Kantei said",
    "fighting the Houthis"): people's names take no article; plurals ("the Bidens", a
    family) and titles ("the Queen") aside."""
    w = _words_of(span.doc)
    if span.start == 0 or w.lower[span.start - 1] != "the":
        return False
    root = span.root.i
    if w.dep[root] in ("compound", "amod", "nmod", "poss") or w.tag[root] == "NNPS" or _text(span).endswith("s"):
        return False
    if span.end < w.n and w.pos[span.end] == "NOUN" and w.is_lower[span.end]:
        return False  # "the Warhol exhibit": the name modifies the noun after it, whatever the parse says
    first = w.lower[span.start]
    return first not in title_words() and first not in _lists()["titles_of_rank"] and _is_name_word_at(w, span.start)


def _after_title(span: Span) -> bool:
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (before is not None and before.lower_ in title_words() and before.dep_ in ("compound", "nmod", "amod", "appos")
            and all(t.pos_ == "PROPN" for t in span))


def _after_age(span: Span) -> bool:
    """A name of capitalised proper nouns right after an age ("40-year-old Skandaraj
    Navaratnam"), none a word of an organisation or facility:
    things and bodies have no years of life in news copy ("a 50-year-old company" is no
    name's word)."""
    w = _words_of(span.doc)
    i = span.start
    if i < 3 or w.lower[i - 1] != "old" or w.text[i - 2] != "-" or w.lower[i - 3] not in ("year", "years"):
        return False
    lists = _lists()
    return all(w.pos[k] == "PROPN" and (w.is_title[k] or "-" in w.text[k])
               and w.lower[k] not in lists["organization_nouns"] and w.lower[k] not in lists["facility_heads"]
               and w.lower[k] not in _organization_heads() for k in range(span.start, span.end)) \
        and not _known_name(span)


def _described_as_person(span: Span) -> bool:
    """A name of proper nouns in apposition with a title, a word for a person or an age."""
    if not all(t.pos_ == "PROPN" and (t.is_title or "-" in t.text) for t in span):
        return False
    if any(t.lower_ in _lists()["organization_nouns"] or t.lower_ in _lists()["facility_heads"] for t in span):
        return False
    root = span.root
    beside = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos" and root.head.i < span.start:
        beside.append(root.head)
        of = root.head.head
        if root.head.dep_ == "pobj" and of.lower_ == "of" and of.head.i < of.i:
            beside.append(of.head)  # "the president of Namibia, Hage Geingob": the parse apposes the name to Namibia
    people = _lists()["person_nouns"]
    for word in beside:
        if word.ent_type_ in ("ORG", "GPE", "LOC", "FAC"):
            continue
        if word.lower_ in title_words() or word.lemma_.lower() in people:
            return True
        if word.like_num and word.i == span.end + 1 and span.doc[span.end].text == ",":
            return True  # "Lydia Rosasi, 29, works ..."
    return False


def _listed_with_people(span: Span) -> bool:
    """Two to four proper nouns coordinated or apposed with a name NER tags PERSON ("Roger
    Agnelli ... and Eduardo Dutra", a list of ministers), with no word of an organisation,
    facility or place, and no known name or place as a whole: one more person of the list."""
    root = span.root
    linked = [root.head] if root.dep_ in ("conj", "appos") else []
    linked += [c for c in root.children if c.dep_ in ("conj", "appos") and c.i >= span.end]
    if not any(w.ent_type_ == "PERSON" and not span.start <= w.i < span.end and _plain_person(w) for w in linked):
        return False
    if not all(_is_name_word(t) for t in span):
        return False
    lists = _lists()
    if any(t.lower_ in lists["organization_nouns"] or t.lower_ in lists["facility_heads"]
           or t.lower_ in lists["not_person_words"] or t.lower_ in lists["street_words"]
           or t.lower_ in lists["place_nouns"] or t.lower_ in _organization_heads() for t in span):
        return False
    text = _text(span)
    return not (_known_name(span) or places_named(text) or country_of(span[0].text))


def _plain_person(word: Token) -> bool:
    """The PERSON name holding ``word`` starts with no region or large town and holds no
    word of an organisation or place ("Montana Native Vote", "Sioux Tribes": groups NER
    took for people, which list no people)."""
    doc, start, end = word.doc, word.i, word.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    lists = _lists()
    if any(t.lower_ in lists["not_person_words"] or t.lower_ in lists["organization_last_words"]
           or t.lower_ in lists["place_nouns"] for t in doc[start:end]):
        return False
    return not _large_place(doc[start]) and not country_of(doc[start].text)


def _affiliation_of_person(span: Span) -> bool:
    """A name after "of" that hangs on a person's name ("Cheng Chung-tai of Civic Passion")."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    owner = root.head.head
    return owner.ent_type_ == "PERSON" and owner.i < span.start


def _named_as_organization(span: Span) -> bool:
    """"the militant group al-Harakat", "al-Harakat, the group": a name beside an
    organisation noun is the organisation's, whatever NER typed it."""
    root = span.root
    nouns = _lists()["organization_nouns"]
    head = root.head.lemma_.lower()
    if root.dep_ in ("appos", "nmod") and head in nouns:
        return True
    # "al-Harakat militants": a name modifying the noun for an organisation's members
    if root.dep_ == "compound" and root.head.i >= span.end and head in nouns | _lists()["member_nouns"] \
            and not places_named(_text(span)):
        return True  # (not a place's name: "two Brooklyn gangs", "a Texas company")
    if any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in root.children):
        return True
    # "hiring law firm Sidley Austin", "the street gang Tren de Aragua", "online retailers
    # Pinduoduo and Tmall": the organisation noun right before the name (or before the name
    # it is joined to by "and") is a compound of it
    doc, name_head, start = span.doc, root, span.start
    if root.dep_ == "conj" and root.head.i < span.start and root.head.pos_ == "PROPN":
        name_head, start = root.head, root.head.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == name_head.i:
            start -= 1
    before = doc[start - 1] if start > 0 else None
    return before is not None and before.dep_ == "compound" and before.head.i == name_head.i \
        and before.lemma_.lower() in nouns


def _known_place_in_place_context(span: Span) -> bool:
    """A name the place gazetteer knows, where the text uses it as a place: after a
    locative preposition, or followed by ", <country>"."""
    if not (_after_locative(span) or _country_follows(span)):
        return False
    lower = _words_of(span.doc).lower
    if any(lower[i] in _lists()["organization_nouns"] or lower[i] in _lists()["facility_heads"]
           for i in range(span.start, span.end)):
        return False
    return bool(places_named(_text(span)))


def _end_of_place_range(span: Span) -> bool:
    """The name is one end of a "from <place> to <name>" (or "from <name> to <place>")
    range: "stretching from Hong Kong to Borneo". The other end is a place NER tagged, at
    most ``range_gap`` words from the name's preposition, in the same sentence."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("to", "from"):
        return False
    doc, prep = span.doc, root.head
    other = "from" if prep.lower_ == "to" else "to"
    gap = int(next(iter(_lists()["range_gap"])))
    if other == "from":  # the place before: "from <place> [south] to <name>"
        window = range(prep.i - 1, max(prep.sent.start, prep.i - gap) - 1, -1)
    else:  # the place after: "from <name> to <place>"
        window = range(span.end, min(prep.sent.end, span.end + gap))
    for k in window:
        if doc[k].lower_ == other:  # its object a place ("from US President Barack Obama" is a person)
            return any(c.dep_ == "pobj" and c.ent_type_ in PLACE_LABELS for c in doc[k].children)
        if doc[k].pos_ == "VERB" or doc[k].text in (";", ".", ":"):
            return False
    return False


def _large_place(span: Span | Token) -> bool:
    """A region or a town of ``place_min_population`` people of the place gazetteer."""
    return _large_place_named(span.text if isinstance(span, Token) else _text(span))


def _large_place_named(text: str) -> bool:
    """:func:`_large_place` of a name's text."""
    limit = int(next(iter(_lists()["place_min_population"])))
    return any(p.kind == "region" or p.population >= limit for p in places_named(text))


def _large_place_no_person(span: Span) -> bool:
    """A name of a region or a large town of the place gazetteer that nothing in the text
    marks as a person's: no title or honorific before it, and no longer person's name in
    the article that holds it ("Allen" of "Greg Allen")."""
    settings = _lists()
    limit = int(next(iter(settings["place_min_population"])))
    if not any(p.kind == "region" or p.population >= limit for p in places_named(_text(span))):
        return False
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in title_words() or before in settings["honorifics"]:
        return False
    if _speaks(span):
        return False  # "Chin said": people speak
    return not _in_longer_person_name(span)


def _in_longer_person_name(span: Span) -> bool:
    """Some longer person's name NER found in the article holds the name's words ("Allen"
    of "Greg Allen")."""
    # NER's person names from its offsets (``Doc.ents`` makes a Span, and ``.text`` a
    # Token per word, of each)
    words, ner, text = set(_text(span).split()), named_entities(span.doc), doc_text(span.doc)
    return any(label == "PERSON" and ner.ends[k] - ner.starts[k] > len(span)
               and words <= set(text[ner.start_chars[k]:ner.end_chars[k]].split())
               for k, label in enumerate(ner.labels))


def _speaks(span: Span) -> bool:
    """The name, here or in another mention of it, is the subject of a verb of saying."""
    text = _text(span)
    return any(phrase == text or phrase.endswith(" " + text) or phrase.startswith(text + " ")
               for phrase in _speakers(span.doc))


def _read_speakers(doc: Doc) -> list[str]:
    """The proper-noun subjects of verbs of saying in ``doc``, each as the phrase up to its
    head word ("Ms. Chin" of "Ms. Chin said")."""
    verbs, text = lexicon().verb_certainty, doc_text(doc)
    parse = parse_arrays(doc)  # the subjects found from the parse's lists, not a Token per word
    found = []
    for i in [i for i, (dep, pos) in enumerate(zip(parse.dep, parse.pos)) if dep == "nsubj" and pos == "PROPN"]:
        if parse.lemma[parse.head[i]] in verbs:
            subject = doc[i]
            found.append(text[subject.left_edge.idx:subject.idx + len(subject.text)])
    return found


_speakers = KeptPerDoc(_read_speakers)  # asked for each name that may be a place or a person: read once per Doc


def _country_follows(span: Span) -> bool:
    doc = span.doc
    w = _words_of(doc)
    if span.end + 1 >= w.n or w.text[span.end] != ",":
        return False
    first = span.end + 1
    region = w.ent[first] in PLACE_LABELS  # NER tags the place after the comma
    for n in range(min(w.n, span.end + 4) - first, 0, -1):
        words = w.chars(doc, first, first + n)
        # "Fort Lee, New Jersey", "Chippewa Falls, Wisconsin": a country or a region after it
        if country_named(words) or region and any(p.kind == "region" for p in places_named(words)):
            return True
    return False


def _after_locative(span: Span) -> bool:
    w, root = _words_of(span.doc), span.root.i
    return w.dep[root] == "pobj" and w.lower[w.head[root]] in _lists()["locative_prepositions"]


def _object_of_locative(span: Span) -> bool:
    """The name is the object of a preposition of place that no adjective governs ("a
    base in Diego Garcia"; not "interested in Smith")."""
    w, root = _words_of(span.doc), span.root.i
    if w.dep[root] != "pobj":
        return False
    prep = w.head[root]
    return w.lower[prep] in _lists()["place_object_prepositions"] and w.pos[w.head[prep]] != "ADJ"


def _after_place_noun(span: Span) -> bool:
    """Set off by a comma right after a noun for a place: "the country's capital, Tunis,"."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].lower_ in _lists()["place_nouns"]


def _before_place_noun(span: Span) -> bool:
    """Right before a noun for a place that it names: "the eastern Punjab province"."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in _lists()["place_nouns"] and doc[span.end].head.i != span.root.i


def _object_of_place_noun(span: Span) -> bool:
    w, root = _words_of(span.doc), span.root.i
    dep, head = w.dep, w.head
    while dep[root] == "conj" and head[root] < root:  # "the towns of A and B"
        root = head[root]
    prep = head[root]
    return dep[root] == "pobj" and w.lower[prep] == "of" and w.lemma[head[prep]] in _lists()["place_nouns"]


def _facility(span: Span, label: str) -> tuple[Span, str]:
    """A name that modifies a head noun of a facility or an organisation is part of a
    longer name: "Khurais" + "oil field" is a FAC, "Biden" + "administration" an ORG."""
    lists = _lists()
    w = _words_of(span.doc)
    lower, dep = w.lower, w.dep
    if label in ("GPE", "LOC", "FAC", "PERSON"):
        outlet = _outlet_name(span, label)
        if outlet is not None:
            return outlet, "ORG"  # "The Hollywood Reporter", "the Sydney Morning Herald": a paper
    if label in ("ORG", "GPE", "LOC", "FAC") and lower[span.end - 1] in lists["facility_heads"]:
        return span, "FAC"
    if label in ("ORG", "GPE", "LOC", "PERSON") and len(span) >= 2 \
            and lower[span.start] in lists["facility_first_words"]:
        return span, "FAC"  # "Stade de Suisse", "Masjid Al-Aqsa": the head first, as other languages write it
    if label in ("ORG", "FAC") and len(span) >= 3 and lower[span.end - 1] in ("center", "centre") \
            and lower[span.end - 2] in lists["facility_centre_words"]:
        return span, "FAC"  # "Hennepin County Medical Center": a hospital, not the body that runs it
    if label not in ("ORG", "GPE", "LOC", "FAC", "PERSON"):
        return span, label
    root = span.root.i
    if dep[root] in ("compound", "amod") and w.head[root] > root:
        head = w.head[root]
        gap = range(span.end, max(span.end, head))
        if head - span.end <= 2 and all(w.is_lower[i] and dep[i] in ("compound", "amod") for i in gap):
            if lower[head] in lists["facility_heads"] and (label != "PERSON" or _no_person_named(span)) \
                    and not (label == "ORG" and lower[head] in lists["owned_facility_heads"]) and not _large_place(span):
                # "the Khurais oil field"; "Incirlik air base", "the Dadaab refugee camp" typed PERSON
                # (not "the Biden camp": a person the article names; not "a Kraft Foods plant",
                # "a CBS station", "a Portland hospital": a company's site or a city's
                # building, no name of its own)
                return _words(span.doc, span.start, head + 1), "FAC"
            if lower[head] in lists["organization_heads"] and head == span.end \
                    and not (lower[head] in lists["government_heads"]
                             and _stands_for_its_government(span, lower[head])) \
                    and not (span.start > 0 and lower[span.start - 1] in ("a", "an")):
                # "a Jorgensen administration": one that may come, no body (the name stays the person's)
                return _words(span.doc, span.start, head + 1), "ORG"
    return span, label


def _outlet_name(span: Span, label: str) -> Span | None:
    """A place's name and, after it, a capitalised word that heads a newspaper's or a
    magazine's name ("Hollywood" + "Reporter", "Sydney" + "Morning Herald", at most one
    capitalised word between), or a place's name that already ends in one ("Edmonton Sun"
    typed a person): the paper, not the place."""
    heads = _lists()["outlet_heads"]
    doc = span.doc
    if len(span) >= 2 and span[-1].is_title and span[-1].lower_ in heads:
        place = _words(doc, span.start, span.end - 1)
        return span if _outlet_place(_text(place)) and not _given_name_first(span) else None
    for end in range(span.end, min(span.end + 2, len(doc))):
        word = doc[end]
        if not word.is_title or word.is_sent_start:
            return None
        if word.lower_ in heads:
            # a place's name ("Falling Star": a person's or a work's, no paper's)
            return _words(doc, span.start, end + 1) if label in ("GPE", "LOC") or places_named(_text(span)) else None
    return None


_CODE_NAME = re.compile(r"^[A-Z]+-?\d+$")  # "IE6", "STS-1": a place's name holds no number


def _outlet_place(text: str) -> bool:
    """What may come before a paper's head word: a place's name, or its people's ("Saudi
    Gazette")."""
    return bool(places_named(text)) or country_of_demonym(text) is not None


def _outlet_named(span: Span) -> bool:
    """"the Sydney Morning Herald" that NER took for an event or a work: a place's name (or
    its people's) and at most one capitalised word before a paper's head word."""
    if not 2 <= len(span) <= 4 or not span[-1].is_title or span[-1].lower_ not in _lists()["outlet_heads"]:
        return False
    start = span.start + 1 if span[0].lower_ == "the" else span.start
    return start < span.end - 1 and any(_outlet_place(_text(_words(span.doc, start, end)))
                                        for end in range(start + 1, min(start + 3, span.end)))


def _no_person_named(span: Span) -> bool:
    """A name NER typed PERSON with nothing of a person about it: no given name first, and
    no longer person's name in the article that ends with it."""
    text = _text(span)
    return not _given_name_first(span) and not _ends_a_person_name(span.doc, text)


def _strip_leading_places(span: Span) -> Span:
    """"Kenya John Mwangi" -> "John Mwangi": a country before a name is not part of it, nor
    is a title or a descriptive adjective ("Nonpartisan Paul Tse")."""
    start = span.start
    honorifics = _lists()["honorifics"]
    w = _words_of(span.doc)
    while start < span.end - 1 and (country_of(w.text[start]) or w.lower[start] in title_words()
                                    or w.lower[start] in honorifics
                                    or w.pos[start] == "ADJ" and start < span.end - 2):
        start += 1
    return span if start == span.start else _words(span.doc, start, span.end)


@lru_cache(maxsize=8192)  # a name's text is cleaned again at each of its mentions
def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("[", "").replace("]", "")).strip()


_MODIFIER_DEPS = {"amod", "compound", "nmod", "npadvmod", "advmod", "acomp"}
_CAMP_PREFIX = re.compile(r"^(?i:pro|anti|pan|non|ex)-")
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _trailing_non_name(w: _Words, last: int, length: int) -> bool:
    """A possessive, a punctuation mark or (in a span of two words or more) a lower-case
    preposition or conjunction that ends a NER span (``last``: the word)."""
    return (w.tag[last] == "POS" or w.is_punct[last] or w.text[last] in ("'s", "’s")
            or (length > 1 and w.is_lower[last] and w.pos[last] in ("ADP", "CCONJ")))


def _trim(ent: Span) -> Span | None:
    start, end = ent.start, ent.end
    doc = ent.doc
    # the words' attributes from the Doc's lists (:class:`_Words`), not a Token each
    w = _words_of(doc)
    text, lower = w.text, w.lower
    # a span NER ran across a sentence end ("... on X. The Taliban"): keep the last part
    for i in range(start + 1, end):
        if w.sent_start[i] or (text[i] in ("The", "A", "An") and text[i - 1].endswith(".")):
            start = i
        elif text[i] == "(" and i > start:
            # "Movement for Democratic Change (MDC": NER ran into the acronym (or other aside) in
            # parentheses after the name; a name holds no parenthesis, the acronym is its own mention
            end = i
            break
    while start < end and (w.tag[start] in ("DT", "PRP$") or w.is_punct[start]):
        start += 1
    if end - start >= 2 and w.sent_start[start] and lower[start] in _lists()["sentence_openers"] \
            and w.is_title[start + 1]:
        start += 1  # "Following Gigante's conviction": a preposition that opens the sentence, capitalised
    while end > start and _trailing_non_name(w, end - 1, end - start):
        end -= 1  # "Patrice Talon of": NER took the preposition after the name
    if end - start >= 4 and lower[end - 2] == "in" and w.like_num[end - 1]:
        end -= 2  # "Rally for the Republic in 2008": NER took the year after the name
    if end - start >= 2 and w.like_num[end - 1]:  # a count or a score after the name
        if end - start >= 3 and text[end - 2] in ("-", "–", "—"):
            end -= 2  # "Conservative Party - 365" (seats)
        elif country_named(" ".join(text[start:end - 1])):
            end -= 1  # "Sweden 1 – 0 Korea Republic"
    if end < w.n and w.like_num[end]:  # a dateline after a headline: "Regina Benjamin Jul 13", "Fri Aug 2"
        dateline = _lists()["dateline_abbreviations"]
        while end > start and lower[end - 1].rstrip(".") in dateline:
            end -= 1
    # "Malawi's Department of ...", "Russia's Sergei Lavrov", "Al-Sharaa’s HTS": the owner,
    # a country or a person the article names, is a name of its own
    for i in range(start + 1, end - 1):
        if text[i] in ("'s", "’s") and _owner_named(doc, w.chars(doc, start, i)):
            start = i + 1
            break
    # a stance or creed glued to the front of a name: "Islamist Hayat Tahrir al-Sham"
    lists = _lists()
    if end - start >= 2 and lower[start] in lists["stance_adjectives"] and w.is_title[start + 1] \
            and lower[start + 1] not in lists["organization_last_words"] | lists["organization_nouns"]:
        start += 1  # (not "Maoist Party": the word names the party)
    # political-camp descriptors glued to a name: "Pro-Beijing", "Pan-democrat"
    while start < end - 1 and _CAMP_PREFIX.match(text[start]):
        start += 1
    # the same split by the tokenizer ("pro" "-" "Beijing", "Pan" "-" "democrat"): a
    # lower-case prefix, or a lower-case word after it ("Pan-American" is a name's own)
    prefixes = lists["compound_prefixes"]
    while start + 2 < end and text[start + 1] == "-" and not w.space[start] \
            and not w.space[start + 1] and lower[start] in prefixes \
            and (w.is_lower[start] or w.is_lower[start + 2]):
        if start + 3 == end and ent.root.dep_ not in _MODIFIER_DEPS:
            break  # "the anti-Balaka fought back": a group named for its stance
        start += 3  # "anti-Sisi protests", "pro-Beijing" alone: a stance, no name (start reaches end)
    # a hyphenated given name the tokenizer split: "Wong Yeung" + "-" + "tat"
    if ent.label_ == "PERSON":
        while end + 1 < w.n and text[end] == "-" and not w.space[end - 1] \
                and not w.space[end] and w.is_alpha[end + 1]:
            end += 2
        if end < len(doc) and doc[end].text in _NICKNAME_OPENERS:
            end = _after_nickname(doc, end)
    if start >= end:
        return None
    span = _words(doc, start, end)
    # "North Korea’s" tokenised as one token keeps its possessive: cut it off by characters
    name = _text(span)
    m = _POSSESSIVE_END.search(name) if name[-1:] in ("s", "'", "’") else None  # (most names end otherwise)
    if m:
        cut = doc.char_span(span.start_char, span.start_char + m.start(), alignment_mode="contract")
        if cut is not None and len(cut):
            return cut
    return span


_NICKNAME_OPENERS = {'"', "“", "‘", "'"}
_NICKNAME_CLOSERS = {'"', "”", "’", "'"}


def _after_nickname(doc: Doc, at: int) -> int:
    """Where a name ends that a quoted nickname splits: 'Salvatore "Sammy the Bull" Gravano'
    (NER tags "Salvatore" alone): a capitalised nickname of one to four words in quotes
    right after a given name, then one or two capitalised name words. ``at``, the opening
    quote, is returned when the name does not go on."""
    for close in range(at + 2, min(at + 6, len(doc))):
        if doc[close].text in _NICKNAME_CLOSERS:
            break
    else:
        return at
    if not doc[at + 1].is_title or doc[at - 1].whitespace_ == "" or doc[close - 1].whitespace_:
        return at
    end = close + 1
    while end < len(doc) and end - close <= 2 and _is_name_word(doc[end]) \
            and not doc[end].is_sent_start and doc[end].lower_ not in _lists()["not_person_words"]:
        end += 1
    return end if end > close + 1 else at


# -- clustering ---------------------------------------------------------------


@lru_cache(maxsize=8192)
def _name_words(text: str) -> tuple[str, ...]:
    words: list[str] = []
    for w in re.split(r"[\s]+", folded(text)):
        for prefix in NAME_PARTICLES:
            if w.startswith(prefix) and len(w) > len(prefix):
                w = w[len(prefix):]
        words.extend(p for p in w.split("-") if p)
    return tuple(words)


@lru_cache(maxsize=8192)
def _initials(text: str) -> str:
    # (a lower-case particle too: "HTS", "Hayat Tahrir al-Sham")
    words = [w for w in re.split(r"[\s-]+", text) if w and w.lower() not in ACRONYM_SKIP_WORDS
             and w not in ("al", "el")]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


_DEFINED_ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Za-z.&-]{1,9})\s*\)")


def _defined_acronyms(text: str, mentions: list[Mention]) -> dict[str, str]:
    """Acronyms defined in parentheses after a name: {"BMOC": "Baltic Maritime Observation Council"}."""
    out = {}
    for m in mentions:
        follow = _DEFINED_ACRONYM.match(text, m.end, m.end + 16)  # (no slice of the text per mention)
        if follow and (is_acronym(follow.group(1)) or _mixed_case_acronym(follow.group(1), m.text)):
            out[follow.group(1)] = m.text
    return out


def _mixed_case_acronym(short: str, name: str) -> bool:
    """A short form with lower-case letters whose capitals are the name's initials:
    "AfCFTA" for the "African Continental Free Trade Area"."""
    capitals = "".join(c for c in short if c.isupper())
    return len(capitals) >= 2 and short[0].isupper() and capitals == _initials(name)


def _cluster(mentions: list[Mention], text: str) -> list[_Cluster]:
    defined = _defined_acronyms(text, mentions)
    known = _Spans((m.start, m.end) for m in mentions)
    # acronyms defined in the text but missed by NER are still mentions
    for acronym, expansion in defined.items():
        source = next(m for m in mentions if m.text == expansion)
        for hit in re.finditer(rf"\b{re.escape(acronym)}(?!\w)", text):
            if not known.overlap(hit.start(), hit.start() + 1):
                mentions.append(Mention(hit.start(), hit.end(), acronym, source.label, source.span))
    mentions.sort(key=lambda m: m.start)

    # pass a: one cluster per country, gazetteer organisation or surface form
    clusters: dict[str, _Cluster] = {}
    longer = {folded(m.text) for m in mentions if m.label == "ORG" and " " in m.text}
    # "The United Nations High Commission for Refugees (UNHCR)": a name written otherwise
    # than the gazetteer's is the organisation its defined acronym names
    acronym_of = {expansion: acronym for acronym, expansion in defined.items()}
    for m in mentions:
        org = organization_named(m.text) or _organization_after_country(m.text) \
            or (organization_named(acronym_of[m.text]) if m.text in acronym_of else None) \
            if m.label == "ORG" or is_acronym(m.text) else None
        if org and " " not in m.text and any(f.endswith(" " + folded(m.text)) for f in longer):
            org = None  # "Democrats" where "Liberal Democrats" is named: the short form of that name
        key = m.country.alpha3 if m.country else (f"org:{org}" if org else folded(m.text))
        cluster = clusters.setdefault(key, _Cluster(country=m.country, canonical=org))
        cluster.mentions.append(m)
        if is_acronym(m.text) or m.text in defined:
            cluster.acronyms.add(m.text)
    ordered = list(clusters.values())
    # passes b-e fold a cluster into an earlier-listed one it names in short
    people = _full_names(ordered)
    surnames = _people_surnames(ordered, people)
    first_named = _people_first_named(ordered, people)
    # each pass only where two clusters of the article could join by it: a pass that
    # joins none keeps every cluster as it is, and working out every cluster's keys for
    # it was most of the clustering's time (most articles define no acronym, name no facility)
    for join, may_join in ((_joins_defined_acronym(defined), lambda cs: bool(defined) or _any_folds_to_nothing(cs)),
                           (_JOINS_BY_INITIALS, lambda cs: any(c.acronyms for c in cs)),  # the short one has
                           (_joins_person(people, surnames, first_named),
                            lambda cs: _labelled(cs, ("PERSON",)) >= 1),  # the fuller one is
                           (_JOINS_PLURAL, None),
                           (_JOINS_ORG_PART, lambda cs: _labelled(cs, ("ORG",)) >= 2),  # both are
                           (_JOINS_GENERIC_SUFFIX, lambda cs: _labelled(cs, ("GPE", "LOC", "ORG")) >= 2),
                           (_JOINS_FACILITY_NAME, lambda cs: _labelled(cs, ("FAC",)) >= 1),  # the fuller one is
                           (_JOINS_PLACE_WORD, lambda cs: _labelled(cs, PLACE_LABELS) >= 2  # both are, and
                            and any(_unknown_place_word(c) for c in cs))):  # the short one is unknown
        if may_join is None or may_join(ordered):
            ordered = _fold(ordered, join)
    if any(" of " in f for c in ordered for f in c.folded_forms()):
        # without a name "X of Y" no cluster has a key of this pass (:func:`_of_parts`): it
        # would keep every cluster as it is (most articles)
        ordered = _fold(ordered, _JOINS_OF_PHRASE)
    return ordered


def _any_folds_to_nothing(clusters: list[_Cluster]) -> bool:
    """Whether a form of a cluster folds to the empty string (the key every form has for
    :func:`_joins_defined_acronym` when the article defines no acronym)."""
    nothing = folded("")
    return any(nothing in c.folded_forms() for c in clusters)


def _labelled(clusters: list[_Cluster], labels: tuple[str, ...]) -> int:
    """How many of ``clusters`` are of one of ``labels``."""
    return sum(1 for c in clusters if c.label in labels)


@dataclass(frozen=True)
class _Join:
    """One way a short name joins a fuller one: ``joins(short, full)``, and keys that
    any two clusters it joins share (``short_keys(short)`` meets ``full_keys(full)``),
    so a cluster is tried only against the clusters that share a key with it, not
    against every cluster of the article. ``retype``: the short form's mentions take
    the fuller name's type."""
    joins: Callable[[_Cluster, _Cluster], bool]
    short_keys: Callable[[_Cluster], Iterable[Hashable]]
    full_keys: Callable[[_Cluster], Iterable[Hashable]]
    retype: bool = False


class _KeyIndex:
    """Positions in a list of clusters by key."""

    def __init__(self) -> None:
        self.positions: dict[Hashable, set[int]] = {}

    def add(self, position: int, keys: Iterable[Hashable]) -> None:
        positions = self.positions
        for key in keys:
            found = positions.get(key)
            if found is None:
                positions[key] = {position}
            else:
                found.add(position)

    def sharing(self, keys: Iterable[Hashable]) -> list[int]:
        """The positions of the clusters with one of ``keys``, in order."""
        positions = self.positions
        found = [positions[key] for key in keys if key in positions]  # most clusters share no key
        if not found:
            return []
        return sorted(found[0].union(*found[1:]))


def _fold(clusters: list[_Cluster], join: _Join) -> list[_Cluster]:
    """Fold each cluster into an earlier one it names in short (:class:`_Join`)."""
    kept: list[_Cluster] = []
    fuller = _KeyIndex()  # kept clusters as the fuller name
    shorter = _KeyIndex()  # kept clusters as the short name

    def put(position: int, cluster: _Cluster, short_keys: Iterable[Hashable], full_keys: Iterable[Hashable]) -> None:
        # the keys come from the forms (or acronyms) one by one, and a merged cluster
        # holds both clusters' forms: the keys of the one merged in are added to those
        # indexed before, instead of working out the merged cluster's keys again
        if position == len(kept):
            kept.append(cluster)
        else:
            kept[position] = cluster
        fuller.add(position, full_keys)
        shorter.add(position, short_keys)

    for c in clusters:
        # a country's or a gazetteer organisation's cluster is never the short name: it
        # keeps its own, and its position never holds another (its short keys go unread)
        named = c.country is not None or c.canonical is not None
        short_keys, full_keys = (() if named else join.short_keys(c)), join.full_keys(c)
        if not named:
            # nearest fuller name first: prefer clusters mentioned just before
            joined = [p for p in fuller.sharing(short_keys) if join.joins(c, kept[p])]
            target = max(joined, key=lambda p: _last_before(kept[p], c)) if joined else None
            if target is None:
                target = next((p for p in shorter.sharing(full_keys)
                               if join.joins(kept[p], c) and kept[p].country is None and kept[p].canonical is None),
                              None)
                if target is not None:
                    # the earlier cluster is the short form: the later, fuller one absorbs it
                    put(target, _merge(c, kept[target], retype=join.retype), short_keys, full_keys)
                    continue
            if target is not None:
                put(target, _merge(kept[target], c, retype=join.retype), short_keys, full_keys)
                continue
        put(len(kept), c, short_keys, full_keys)
    return kept


def _last_before(k: _Cluster, c: _Cluster) -> int:
    first = c.mentions[0].start
    before = [m.start for m in k.mentions if m.start < first]
    return max(before) if before else -1


def _merge(into: _Cluster, other: _Cluster, *, retype: bool = False) -> _Cluster:
    if retype:
        label = into.label
        for m in other.mentions:
            m.label = label
    into.mentions = sorted(into.mentions + other.mentions, key=lambda m: m.start)
    into.acronyms |= other.acronyms
    return into


def _joins_defined_acronym(defined: dict[str, str]) -> _Join:
    def joins(short: _Cluster, full: _Cluster) -> bool:
        return any(folded(defined.get(f, "")) in full.folded_forms() for f in short.forms())

    def short_keys(short: _Cluster) -> set[str]:
        return {folded(defined.get(f, "")) for f in short.forms()}
    return _Join(joins, short_keys, _Cluster.folded_forms)


def _joins_by_initials(short: _Cluster, full: _Cluster) -> bool:
    if full.label != "ORG" or not short.acronyms or short.forms() != short.acronyms:
        return False
    letters = {a.replace(".", "") for a in short.acronyms}
    return any(_name_initials(f) & letters for f in full.forms() if not is_acronym(f))


@lru_cache(maxsize=8192)
def _name_initials(form: str) -> frozenset[str]:
    """The initials of a name, and of it without the country it starts with: "CPD" for the
    "United States Commission on Presidential Debates" (the country is often left out of
    the acronym)."""
    initials = {_initials(form)}
    words = form.split()
    for n in (3, 2, 1):
        if len(words) > n + 1 and country_named(" ".join(words[:n])):
            initials.add(_initials(" ".join(words[n:])))
            break
    return frozenset(initials)


_JOINS_BY_INITIALS = _Join(_joins_by_initials, lambda short: {a.replace(".", "") for a in short.acronyms},
                           lambda full: set().union(*[_name_initials(f) for f in full.forms() if not is_acronym(f)]))


def _full_names(clusters: list[_Cluster]) -> list[frozenset[str]]:
    """The different people of an article by their fullest names: the word sets of every
    multi-word PERSON form, less those inside a fuller one ("Spike Cohen" in "Jeremy
    Spike Cohen"). A short form that several of them contain could mean any of them."""
    names = {frozenset(_name_words(f)) for c in clusters if c.label == "PERSON" and not c.acronyms
             for f in c.forms() if len(_name_words(f)) > 1}
    return [n for n in names if not any(n < other for other in names)]


def _people_surnames(clusters: list[_Cluster], people: list[frozenset[str]]) -> dict[frozenset[str], set[str]]:
    """The last words of each of :func:`_full_names`' people (their surnames)."""
    out: dict[frozenset[str], set[str]] = {p: set() for p in people}
    for c in clusters:
        if c.label == "PERSON" and not c.acronyms:
            for f in c.forms():
                words = _name_words(f)
                if len(words) > 1 and frozenset(words) in out:
                    out[frozenset(words)].add(words[-1])
    return out


def _people_first_named(clusters: list[_Cluster], people: list[frozenset[str]]) -> dict[frozenset[str], int]:
    """Where each of :func:`_full_names`' people is first named in full (a character offset)."""
    out: dict[frozenset[str], int] = {}
    for c in clusters:
        if c.label == "PERSON" and not c.acronyms:
            for m in c.mentions:
                words = frozenset(_name_words(m.text))
                if len(words) > 1 and words in people and m.start < out.get(words, m.start + 1):
                    out[words] = m.start
    return out


def _conflicting_full_names(a: _Cluster, b: _Cluster) -> bool:
    """Two clusters naming two different people in full ("Donald Trump", "Mary Trump"):
    a multi-word form of each, neither inside the other. Such clusters never merge."""
    full_a = [set(_name_words(f)) for f in a.forms() if len(_name_words(f)) > 1]
    full_b = [set(_name_words(f)) for f in b.forms() if len(_name_words(f)) > 1]
    return any(not (x <= y or y <= x) for x in full_a for y in full_b)


def _joins_person(people: list[frozenset[str]], surnames: dict[frozenset[str], set[str]] | None = None,
                  first_named: dict[frozenset[str], int] | None = None) -> _Join:
    last = surnames or {}  # each person's last words (:func:`_people_surnames`)
    named_at = first_named or {}  # where each person is first named in full

    def only_one_named_yet(short: _Cluster, full: _Cluster, word: str) -> bool:
        """A surname several people share, used alone only while one of them had been
        named in full: every bare "Lopez" after "Andrew Lopez" and before "Kristian Lopez"
        is first named, near the article's end, is Andrew's. Asked only of a name
        :func:`ambiguous` finds shared."""
        holders = [p for p in people if word in p]
        owners = [p for p in holders if any(frozenset(_name_words(g)) == p for g in full.forms())]
        if len(owners) != 1 or owners[0] not in named_at:
            return False
        first, latest = short.mentions[0].start, max(m.start for m in short.mentions)
        return named_at[owners[0]] < first and all(
            named_at.get(p, -1) > latest for p in holders if p != owners[0])

    @cache  # asked for every pair of clusters, with the same few names: once per name and article
    def ambiguous(words: tuple[str, ...]) -> bool:
        # "Biden" when the article names both Joe and Hunter Biden: it joins neither (issue 8);
        # but a word that ends one person's name only is that person's surname ("Warhol" of
        # "Andy Warhol", not of "Warhol Polaroid")
        if len(words) != 1:
            return sum(1 for p in people if set(words) <= p) > 1
        word = words[0]
        several = sum(1 for p in people if word in p) > 1 or len(word) >= 5 and sum(
            1 for p in people if any(_one_edit(word, w) for w in p)) > 1
        return several and surname_of(word) is None

    @cache
    def surname_of(word: str) -> frozenset[str] | None:
        """The one person whose name ends with ``word`` itself, where several names hold it."""
        holders = [p for p in people if word in p or len(word) >= 5 and any(_one_edit(word, w) for w in p)]
        enders = [p for p in holders if word in last.get(p, ())]
        return enders[0] if len(holders) > 1 and len(enders) == 1 else None

    def joins_person(short: _Cluster, full: _Cluster) -> bool:
        if full.label != "PERSON" or short.acronyms:
            return False
        # two different full names never join: asked last, of the few pairs that would
        return names_in_short(short, full) and not _conflicting_full_names(short, full)

    def names_in_short(short: _Cluster, full: _Cluster) -> bool:
        for f in short.forms():
            words = _name_words(f)
            if ambiguous(words) and not (len(words) == 1 and only_one_named_yet(short, full, words[0])):
                return False
            owner = surname_of(words[0]) if len(words) == 1 else None
            if owner is not None and not any(frozenset(_name_words(g)) == owner for g in full.forms()):
                return False  # "Warhol" is Andy Warhol's, not "Warhol Polaroid"'s
            # NER often types a lone surname as an organisation or place ("Lukaku" as GPE)
            surnames = _name_words(full.name)[1:]
            hyphenated_surname = len(words) > 1 and tuple(surnames[-len(words):]) == words  # "Gal-Or"
            # "Jamal" typed GPE where only Jamal Khashoggi is named: a first name used alone,
            # unless the gazetteer knows it as a place ("Florence")
            if short.label != "PERSON" and not hyphenated_surname and (len(words) != 1 or not any(
                    words[0] == w or (len(w) >= 5 and _one_edit(words[0], w)) for w in surnames)) \
                    and not (len(words) == 1 and words == _name_words(full.name)[:1] and not places_named(f)):
                return False
            for g in full.forms():
                other = _name_words(g)
                if words and other and len(words) < len(other) and set(words) <= set(other):
                    return True
                # one-letter slips in a surname ("Andersen" for "Anderson")
                if len(words) == 1 and len(words[0]) >= 5 and other and _one_edit(words[0], other[-1]):
                    return True
        return False

    def short_keys(short: _Cluster) -> set[tuple[str, str]]:
        return set().union(*map(_person_short_keys, short.forms()))

    def full_keys(full: _Cluster) -> set[tuple[str, str]]:
        return set().union(*map(_person_full_keys, full.forms()))
    return _Join(joins_person, short_keys, full_keys, retype=True)


# per form, not per cluster: a cluster's keys are asked again each time it grows
@lru_cache(maxsize=8192)
def _person_short_keys(form: str) -> frozenset[tuple[str, str]]:
    """A name inside a fuller one shares its first word with it; a one-letter slip in a
    surname shares its first two letters or its last two (:func:`_slip_keys`)."""
    words = _name_words(form)
    keys: set[tuple[str, str]] = set()
    if words:
        keys.add(("word", words[0]))
    if len(words) == 1 and len(words[0]) >= 5:
        keys.update(_slip_keys(words[0]))
    return frozenset(keys)


@lru_cache(maxsize=8192)
def _person_full_keys(form: str) -> frozenset[tuple[str, str]]:
    other = _name_words(form)
    keys = {("word", w) for w in other}
    if other:
        keys.update(_slip_keys(other[-1]))
    return frozenset(keys)


def _slip_keys(word: str) -> set[tuple[str, str]]:
    """The word's first two letters and its last two: two words one edit apart
    (:func:`_one_edit`), one of five letters or more, share one of them (an edit among the
    first two letters leaves the last two in place, as the other is four letters or more)."""
    return {("slip head", word[:2]), ("slip tail", word[-2:])}




def _joins_plural(short: _Cluster, full: _Cluster) -> bool:
    fuller = full.folded_forms()  # a form is the other's plural: "Democrat" and "Democrats"
    return any(f + "s" in fuller or (f.endswith("s") and f[:-1] in fuller) for f in short.folded_forms())


def _joins_org_part(short: _Cluster, full: _Cluster) -> bool:
    """"Petrobras" and "Brazil Petrobras", "Judiciary Committee" and "House Judiciary
    Committee": a shorter organisation's name that ends (or, one word, begins) a longer
    one. A legislature's bare name begins a longer name only before "of" ("House" of
    "House of Representatives", not of "House Judiciary Committee": there it names the
    House), and a short cluster holding a longer name of its own that is no part of the
    fuller one ("House" already joined to "House Judiciary Committee") joins no other."""
    if short.label != "ORG" or full.label != "ORG" or short.acronyms:
        return False
    fuller = [_name_words(g) for g in full.forms()]
    institutions = _lists()["institution_names"]

    def part(words: tuple[str, ...]) -> bool:
        n = len(words)
        return any(n < len(other) and (other[-n:] == words or (
            n == 1 and other[0] == words[0] and (other[1] == "of" or words[0] not in institutions)))
            for other in fuller)

    found = False
    for f in short.forms():
        words = _name_words(f)
        if part(words):
            found = True
        elif len(words) > 1:
            return False
    return found


def _singular_keys(cluster: _Cluster) -> set[str]:
    # "Democrats" and "Democrat" share "democrat"
    return {k for f in cluster.folded_forms() for k in (f, f[:-1] if f.endswith("s") else f)}


def _last_words(short: _Cluster) -> set[str]:
    return {words[-1] for f in short.forms() if (words := _name_words(f))}


def _end_words(full: _Cluster) -> set[str]:
    return {w for g in full.forms() if (words := _name_words(g)) for w in (words[0], words[-1])}


@cache
def _place_generic_suffixes() -> frozenset[str]:
    return _lists()["generic_suffixes"] | _lists()["place_suffixes"]


def _without_generic_suffix(cluster: _Cluster) -> set[str]:
    """The forms less a trailing generic word: "zamfara state" -> "zamfara"; of a place's,
    less its abbreviation too: "washington dc" -> "washington" (``place_suffixes``)."""
    suffixes = _place_generic_suffixes() if cluster.label in PLACE_LABELS else _lists()["generic_suffixes"]
    out = set()
    for f in cluster.folded_forms():
        head, _, last = f.rpartition(" ")
        if head and last in suffixes:
            out.add(head)
    return out


def _joins_generic_suffix(short: _Cluster, full: _Cluster) -> bool:
    """"Zamfara" and "Zamfara State", "Nampula" and "Nampula province", "Liberal National"
    and "Liberal National Party", "New York" and "New York City": one place or party, named
    with its generic word or not (``generic_suffixes_of_long_names`` only after a name of two
    words or more that is no country's)."""
    if short.label not in ("GPE", "LOC", "ORG") or full.label not in ("GPE", "LOC", "ORG") or short.acronyms:
        return False
    stems = short.folded_forms() & _without_generic_suffix(full)
    if not stems:
        return False
    suffixes = {f.rpartition(" ")[2] for f in full.folded_forms() if f.rpartition(" ")[0] in stems}
    held = {f.rpartition(" ")[2] for f in short.folded_forms() if f.rpartition(" ")[0]} & _lists()["generic_suffixes"]
    if held and not held & suffixes:
        return False  # "New York" with "New York State" already is not also "New York City"
    if short.country is None and any(" " in stem for stem in stems):
        return True
    # a one-word name, or a country's: only by a suffix that joins any name
    return bool(suffixes - _lists()["generic_suffixes_of_long_names"])


def _of_parts(cluster: _Cluster) -> set[tuple[str, str]]:
    """The forms' parts around their first "of": ("head", "supreme court") of "Supreme Court of
    Puerto Rico", ("place", "virginia") of "State of Virginia" (a place noun before "of")."""
    out = set()
    forms = cluster.folded_forms()
    if cluster.label == "ORG":  # and the name less its demonym: "Supreme Court of Cassation" of "Italian ..."
        forms = forms | {folded(m.alias) for m in cluster.mentions if m.alias and " of " in m.alias}
    for f in forms:
        if " of " not in f:  # most names
            continue
        head, of, tail = f.partition(" of ")
        if head and tail:
            out.add(("head", head))
            if head in _kind_nouns():
                out.add(("place", tail))
    return out


@cache
def _kind_nouns() -> frozenset[str]:
    """The nouns that say what kind of place or body a name is ("state", "party")."""
    return _lists()["generic_suffixes"] | _lists()["place_nouns"]


def _short_of_keys(short: _Cluster) -> set[tuple[str, str]]:
    # only the clusters :func:`_joins_of_phrase` may join as the short name have keys
    if short.label in PLACE_LABELS:
        return {("place", f) for f in short.folded_forms()}
    if short.label == "ORG" and " " in short.name:
        return {("head", folded(short.name))}
    return set()


def _joins_of_phrase(short: _Cluster, full: _Cluster) -> bool:
    """"Supreme Court" after "Supreme Court of Puerto Rico", "Unity Party" beside "Unity Party
    of America": an organisation's name of two words or more, cut before its "of"; "Virginia"
    beside "State of Virginia": a place without its kind."""
    if short.acronyms:
        return False
    parts = _of_parts(full)
    if short.label == "ORG" and full.label == "ORG":
        # the short cluster's fullest form is the cut name ("U.S. Prohibition Party" is not
        # "Prohibition Party of Illinois", though both hold "Prohibition Party")
        name = folded(short.name)
        return " " in name and ("head", name) in parts
    if short.label in PLACE_LABELS and full.label in PLACE_LABELS:
        return any(("place", f) in parts for f in short.folded_forms())
    return False


_JOINS_OF_PHRASE = _Join(_joins_of_phrase, _short_of_keys, _of_parts)
_JOINS_PLURAL = _Join(_joins_plural, _singular_keys, _singular_keys)



def _facility_stems(full: _Cluster) -> set[str]:
    """The names a facility is named after: "incirlik" of "Incirlik air base", "kakuma" of
    "Kakuma refugee camp" (the words before lower-case words ending in a facility's head)."""
    if full.label != "FAC":
        return set()
    heads = _lists()["facility_heads"]
    out = set()
    for g in full.forms():
        words = g.split()
        k = len(words)
        while k > 1 and words[k - 1].islower():
            k -= 1
        if 1 <= k < len(words) and words[-1] in heads:
            out.add(folded(" ".join(words[:k])))
    return out


def _joins_facility_name(short: _Cluster, full: _Cluster) -> bool:
    """"Incirlik" and "Incirlik air base", "Kakuma" and "the Kakuma refugee camp": a name used
    alone that a facility of the article is named after (none a large place's: "Quetta" and
    "Quetta railway station" are two) is that facility."""
    if short.label == "FAC" or short.acronyms or not short.folded_forms() <= _facility_stems(full):
        return False
    return not any(_large_place_name(f) for f in short.forms())


@lru_cache(maxsize=4096)
def _large_place_name(text: str) -> bool:
    limit = int(next(iter(_lists()["place_min_population"])))
    return any(p.kind == "region" or p.population >= limit for p in places_named(text))


def _place_words(full: _Cluster) -> set[str]:
    """The words of a place's names of several words: "herzegovina" of "Bosnia and Herzegovina";
    none of a name a compass word opens ("South Sudan", "West Africa", "North Darfur": gold keeps
    the part and the whole apart)."""
    if full.label not in PLACE_LABELS:
        return set()
    compass = _lists()["compass_words"]
    return {w for f in full.folded_forms() if " " in f and f.split(" ", 1)[0] not in compass for w in f.split()}


def _unknown_place_word(short: _Cluster) -> set[str]:
    """The one-word name of a place cluster that neither the gazetteer nor the country list knows."""
    if short.label not in PLACE_LABELS or short.acronyms or short.country is not None:
        return set()
    forms = short.folded_forms()
    if any(" " in f for f in forms) or any(country_named(f) or places_named(f) for f in short.forms()):
        return set()
    return set(forms)


def _joins_place_word(short: _Cluster, full: _Cluster) -> bool:
    """"Herzegovina" beside "Bosnia and Herzegovina", "Republika" beside "Republika Srpska", "Chagos"
    beside "the Chagos Islands": a one-word place that no gazetteer knows, and that is a word of a
    longer place's name in the same article, is that place named in short (a known place stays
    its own: "Africa" and "South Africa", "Virginia" and "West Virginia")."""
    words = _unknown_place_word(short)
    return bool(words) and words <= _place_words(full)


_JOINS_FACILITY_NAME = _Join(_joins_facility_name, _Cluster.folded_forms, _facility_stems, retype=True)
_JOINS_GENERIC_SUFFIX = _Join(_joins_generic_suffix, _Cluster.folded_forms, _without_generic_suffix)
_JOINS_PLACE_WORD = _Join(_joins_place_word, _unknown_place_word, _place_words)
# a tail shares the last word, a one-word head the first
_JOINS_ORG_PART = _Join(_joins_org_part, _last_words, _end_words)


def _one_edit(a: str, b: str) -> bool:
    """The same word, or one letter changed, added or dropped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) > len(b):
        a, b = b, a
    i = 0  # the first difference; past it the rest must match (most pairs differ at once)
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else a[i:] == b[i + 1:]


def _add_missed_repeats(doc: Doc, text: str, clusters: list[_Cluster]) -> None:
    """NER tags a name once and misses it later ("Kallaste briefed ..."): every other
    occurrence of a form already known, or of a person's surname when only one person
    bears it, becomes a mention too."""
    taken = _Spans((m.start, m.end) for c in clusters for m in c.mentions)
    surname_owners: dict[str, list[_Cluster]] = {}
    for c in clusters:
        if c.label == "PERSON":
            words = c.name.split()
            if len(words) > 1 and len(words[-1]) >= 3 and words[-1][0].isupper():
                surname_owners.setdefault(words[-1], []).append(c)
    wanted: dict[str, _Cluster] = {}
    for name, owners in surname_owners.items():
        if len(owners) == 1:
            wanted[name] = owners[0]
    for c in clusters:  # known forms win over surnames
        wanted.update((f, c) for f in c.forms() if len(f) >= 3)
    if not wanted:
        return
    for start, end in whole_word_occurrences(text, sorted(wanted, key=len, reverse=True)):
        form = text[start:end]
        cluster = wanted[form]
        if taken.overlap(start, end):
            continue
        span = doc.char_span(start, end)
        if span is None or (form not in cluster.forms() and span[0].is_sent_start):
            continue  # a surname at a sentence start may be an ordinary word
        if any(t.ent_iob_ != "O" for t in span):
            continue  # inside another name NER found ("North" in "North Korean")
        cluster.mentions.append(Mention(start, end, form, cluster.label, span, cluster.country))
        taken.add(start, end)
    for c in clusters:
        c.mentions.sort(key=lambda m: m.start)


@lru_cache(maxsize=1024)
def _lower_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])")


def _without_common_words(clusters: list[_Cluster], text: str) -> list[_Cluster]:
    """A one-word name NER found that the article also writes in lower case ("Presidential",
    "Lunch", "We", "Homeopathy" beside "homeopathy") is a common word capitalised, not a
    name: the text's own spelling says so. Clusters with a fuller form, an acronym, a
    country, a gazetteer organisation, a type the text gave (apposition, title) or a
    legislature's bare name ("Senate") stay."""
    candidates = [c for c in clusters if c.country is None and c.canonical is None and not c.acronyms
                  and all(" " not in f and f[:1].isupper() and not f.isupper() for f in c.forms())]
    if not candidates:
        return clusters
    institutions = _lists()["institution_names"]
    dropped = set()
    for c in candidates:
        if any(m.certain_type or m.alias for m in c.mentions) or any(f.casefold() in institutions for f in c.forms()):
            continue
        # a search per form of the few candidates: cheaper than listing the text's words
        if all(f.lower() in text and _lower_word(f.lower()).search(text) for f in c.forms()):
            dropped.add(id(c))
    return [c for c in clusters if id(c) not in dropped] if dropped else clusters


def _word_char(char: str) -> bool:
    """What a regular expression's ``[\\w-]`` matches."""
    return char.isalnum() or char in "_-"


def whole_word_occurrences(text: str, forms: list[str]) -> list[tuple[int, int]]:
    """(start, end) of the occurrences of ``forms`` in ``text`` not inside a longer word
    (no letter, digit, "_" or "-" on either side), left to right and not overlapping, the
    form listed first winning at a position: what ``finditer`` of one alternation of the
    forms finds, without compiling a pattern of an article's few hundred names each time."""
    first_at: dict[int, int] = {}  # position -> end of the first form listed that fits there
    for form in forms:
        start = text.find(form)
        while start != -1:
            end = start + len(form)
            if start not in first_at and not (start and _word_char(text[start - 1])) \
                    and not (end < len(text) and _word_char(text[end])):
                first_at[start] = end
            start = text.find(form, start + 1)
    found: list[tuple[int, int]] = []
    for start in sorted(first_at):
        if not found or start >= found[-1][1]:
            found.append((start, first_at[start]))
    return found


def whole_word_pattern(forms: Iterable[str]) -> re.Pattern[str]:
    """A pattern whose matches (``finditer``) are :func:`whole_word_occurrences` of the
    (non-empty) ``forms``: built as a tree of their letters, so that it reads a text once
    instead of searching it once per form, and trying the longest form first at each
    position (longer continuations before a form's end, each end checked for a word
    boundary), which is what listing the forms longest first gives. Worth compiling for
    a fixed list of forms (the well-known organisations'), not per article."""
    tree: dict[str, dict] = {}
    for form in forms:
        node = tree
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}  # a form ends here

    def branches(node: dict[str, dict]) -> str:
        found = [re.escape(char) + branches(child) for char, child in sorted(node.items()) if char]
        if "" in node:
            found.append(r"(?![\w-])")
        return found[0] if len(found) == 1 else "(?:" + "|".join(found) + ")"

    # the start's word boundary asked after each first letter ("A(?<![\w-]A)..."), not before
    # it: a pattern that opens with a letter lets the regex engine skip to the next one, one
    # that opens with a lookbehind tries every position of the text (a quarter of the time)
    tops = [re.escape(char) + r"(?<![\w-]" + re.escape(char) + ")" + branches(child)
            for char, child in sorted(tree.items()) if char]
    return re.compile(tops[0] if len(tops) == 1 else "(?:" + "|".join(tops) + ")")


class _Spans:
    """Character spans, sorted, asked whether any overlaps a range: by bisection, since
    asking each span in turn for each name found made long articles quadratic."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans: list[tuple[int, int]] = sorted(spans)
        self.longest = max((e - s for s, e in self.spans), default=0)

    def add(self, start: int, end: int) -> None:
        insort(self.spans, (start, end))
        self.longest = max(self.longest, end - start)

    def overlap(self, start: int, end: int) -> bool:
        """Whether a span ``(s, e)`` has ``s < end`` and ``start < e``."""
        lo = bisect_left(self.spans, (start - self.longest + 1,))  # those starting further back end before start
        hi = bisect_left(self.spans, (end,))
        return any(start < e for _, e in self.spans[lo:hi])


def _entities(clusters: list[_Cluster]) -> list[Entity]:
    entities = []
    for i, c in enumerate(clusters, 1):
        name = c.name
        forms = set(c.forms()) | {m.alias for m in c.mentions if m.alias}
        aliases = sorted({f for f in forms if f != name}, key=lambda f: (-len(f), f))
        entities.append(Entity(
            id=f"e{i}", name=name, type=c.label, aliases=aliases,  # type: ignore[arg-type]
            mentions=sorted({(m.start, m.end) for m in c.mentions}),
            country=c.country.alpha3 if c.country else None,
        ))
    return entities


# -- roles --------------------------------------------------------------------


def _add_roles(doc: Doc, text: str, table: EntityTable) -> None:
    for ent in table.entities:
        if ent.type == "PERSON":
            roles: list[Role] = []
            for start, end in ent.mentions:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is None:
                    continue
                for role in _roles_of(span, table):
                    if role not in roles and role.of != ent.name:
                        roles.append(role)
            ent.roles = _fold_roles(roles)
        elif ent.type in ("ORG", "FAC") and ent.country is None:
            ent.country = _country_of_org(doc, ent, table)
        elif ent.type in PLACE_LABELS and ent.country is None:
            ent.country = _country_of_place(doc, text, ent)
    for ent in table.entities:
        if ent.type == "PERSON" and ent.country is None:
            ent.country = _country_of_person(ent, table)


def _fold_roles(roles: list[Role]) -> list[Role]:
    """Drop a role whose title is contained in a fuller one with the same or no `of`."""
    kept = []
    for r in roles:
        if any(o is not r and r.title.lower() in o.title.lower() and (r.of in (None, o.of)) and (o.title != r.title or (r.of is None and o.of))
               for o in roles):
            continue
        kept.append(r)
    return kept


def _roles_of(name: Span, table: EntityTable) -> list[Role]:
    roles = []
    root = name.root
    # 1. title words before the name in the same noun phrase
    pre = [t for t in root.lefts if t.i < name.start and t.dep_ in ("compound", "amod", "nmod", "poss", "nn")]
    if pre:
        role = _title_phrase(pre, name, table)
        if role:
            roles.append(role)
    # 2. apposition: "TITLE, NAME" or "NAME, TITLE of ORG"
    heads = []
    if root.dep_ == "appos":
        heads.append(root.head)
    heads.extend(c for c in root.children if c.dep_ == "appos")
    for head in heads:
        if head.i in range(name.start, name.end):
            continue
        role = _appositive_role(head, table)
        if role:
            roles.append(role)
    # 3. affiliation: "NAME from/of/at ORG"
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "at", "with"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    org = table.at(obj.idx, obj.idx + len(obj.text))
                    if org is not None and org.type == "ORG":
                        roles.append(Role(title=_affiliation_title(org.name), of=org.name))
    # 4. one of a group: "Russian officials, including Deputy Foreign Minister NAME"
    group_country = _country_of_group(root)
    if group_country:
        roles = [Role(title=r.title, of=group_country) if r.of is None else r for r in roles]
    return roles


def _country_of_group(member: Token) -> str | None:
    """The country of the group a name is listed in: "Russian officials, including X",
    "among them X" under "Iranian diplomats"."""
    if member.dep_ != "pobj" or member.head.lower_ not in ("including", "among"):
        return None
    group = member.head.head
    for t in group.lefts:
        if t.dep_ == "amod":
            country = country_of_demonym(t.text)
            if country:
                return country.name
    return None


def _title_phrase(tokens: list[Token], name: Span, table: EntityTable) -> Role | None:
    doc = name.doc
    start = min(t.left_edge.i for t in tokens)
    return _role_from_tokens([t for t in doc[start:name.start] if not t.is_punct], table)


def _role_from_tokens(words: list[Token], table: EntityTable, *, owner: Entity | None = None) -> Role | None:
    """A role from the words of a title phrase: organisations and countries in it give
    `of` ("Russia's ... Secretary"), unless another owner is named, in which case an
    organisation is part of the title ("Security Council Secretary")."""
    of: str | None = None
    title_tokens: list[Token] = []
    org_tokens: list[Token] = []
    org_name: str | None = None
    for t in words:
        ent = table.at(t.idx, t.idx + len(t.text))
        if ent is not None and ent is not owner and ent.type == "ORG":
            org_tokens.append(t)
            org_name = org_name or ent.name
        elif ent is not None and ent is not owner:
            of = of or ent.name
        elif country_of_demonym(t.text) and not title_tokens:
            of = of or country_of_demonym(t.text).name  # type: ignore[union-attr]
        elif t.tag_ in ("POS", "DT", "PRP$") or t.lower_ in ("'s", "’s") or t.is_punct:
            continue
        elif ent is None:
            title_tokens.append(t)
    if not title_tokens or not any(t.lower_ in title_words() for t in title_tokens):
        return None
    # an organisation named inside a title is part of it ("Security Council Secretary",
    # "Defence Minister"), unless it is an owner in its own right ("U.N. envoy")
    owner_like = org_name is not None and (organization_named(org_name) or is_acronym(org_tokens[0].text))
    if org_tokens and not owner_like and org_tokens[-1].i < title_tokens[-1].i:
        title_tokens = sorted(org_tokens + title_tokens, key=lambda t: t.i)
    elif org_name and of is None:
        of = org_name
    return Role(title=" ".join(t.text for t in title_tokens), of=of)


def _appositive_role(head: Token, table: EntityTable) -> Role | None:
    if head.ent_type_ in ENTITY_LABELS or head.pos_ == "PROPN" and head.lower_ not in title_words():
        return None
    # the title's own words: the head and the names and title words right before it
    words = [head]
    for t in reversed(list(head.lefts)):
        if t.dep_ in ("compound", "poss", "nmod") or (t.dep_ == "amod" and (t.is_title or t.lower_ in title_words())):
            words = list(t.subtree) + words
        elif t.dep_ not in ("det", "punct", "case"):
            break
    role = _role_from_tokens(sorted(set(words), key=lambda t: t.i), table)
    if role is None or role.of is not None:
        return role
    # "spokesman for the Secretary-General", "envoy to Syria", "head of the agency"
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "at", "to", "from"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    ent = table.at(obj.left_edge.idx, obj.idx + len(obj.text))
                    if ent is not None:
                        return Role(title=role.title, of=ent.name)
    return role


@cache
def _affiliation_rules() -> tuple[str, list[tuple[str, list[str]]]]:
    data = load_toml("affiliations.toml")
    return data["default"], [(g["title"], g["words"]) for g in data["title_by_org_word"]]


def _affiliation_title(org_name: str) -> str:
    default, rules = _affiliation_rules()
    lowered = f" {org_name.lower()} "
    for title, words in rules:
        if any(f" {w} " in lowered or lowered.strip().endswith(w) for w in words):
            return title
    return default


def _country_of_org(doc: Doc, ent: Entity, table: EntityTable) -> str | None:
    # the first word(s) of the name: "Saudi Press Agency", "Syrian Democratic Forces"
    words = ent.name.split()
    for n in (2, 1):
        country = country_of(" ".join(words[:n])) if len(words) > n else None
        if country:
            return country.alpha3
    # a possessor: "Russia's Security Council"
    for start, end in ent.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        for t in span.root.lefts:
            if t.dep_ == "poss":
                owner = table.at(t.idx, t.idx + len(t.text))
                if owner is not None and owner.country:
                    return owner.country
    return None


def _country_of_place(doc: Doc, text: str, ent: Entity) -> str | None:
    """A town's country from "Kharbota, Syria" or "the Somali city of Baidoa"."""
    for start, end in ent.mentions:
        after = re.match(r",\s*((?:[A-Z][\w.'’-]*\s?){1,4})", text[end:end + 40])
        # not in a list of places ("Connecticut, Florida, Georgia, Kansas"): the next name is
        # the list's next item, not the country the place lies in
        if after and not re.match(r"\s*(?:,\s*[A-Z]|and\s)", text[end + after.end():end + after.end() + 8]):
            words = after.group(1).split()
            for n in range(len(words), 0, -1):
                country = country_named(" ".join(words[:n]))
                if country:
                    return country.alpha3
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ == "of":
            noun = span.root.head.head
            if noun.lemma_.lower() in _lists()["place_nouns"]:
                for t in noun.lefts:
                    country = country_of(t.text)
                    if country:
                        return country.alpha3
    return None


def _country_in_title(title: str) -> str | None:
    """A country or demonym among a title's capitalised words ("Former French ambassador",
    "South Korean envoy", "U.S. ambassador")."""
    words = title.split()
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            part = " ".join(words[i:i + n])
            if part[:1].isupper():
                country = country_of(part)
                if country:
                    return country.alpha3
    return None


def _country_of_person(ent: Entity, table: EntityTable) -> str | None:
    for role in ent.roles:
        # "Former French ambassador" to Ivory Coast: the title's own nationality word
        # says whose office it is, before the place the office serves
        own = _country_in_title(role.title)
        if own:
            return own
        if role.of:
            owner = table.named(role.of)
            if owner is not None and owner.country:
                return owner.country
            country = country_named(role.of)
            if country:
                return country.alpha3
    return None
