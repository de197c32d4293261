"""What every step of entity extraction shares (the bottom of the package; the fallback
order is in :mod:`newstrace.extract.entities`): the entity labels, the common given names,
the per-Doc table of words the mention steps read instead of Token objects, a
:class:`Mention`, a cluster of mentions (:class:`_Cluster`, joined in step 3) and the
:class:`EntityTable` the steps return to the later stages.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import KeysView
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter

import numpy as np
from spacy.attrs import ENT_IOB, IDX, ORTH, SENT_START, SPACY
from spacy.tokens import Doc, Span, Token

from newstrace.data import read_text
from newstrace.nlp import doc_text
from newstrace.extract.names import folded
from newstrace.extract.countries import Country, country_of
from newstrace.extract.parsearrays import parse_arrays
from newstrace.record import Entity


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
    return frozenset(row[0].lower() for sex in ("male", "female") for row in _census_first_names(sex))


@cache
def world_given_names() -> frozenset[str]:
    """:func:`given_names` and the given names of many countries (``data/given_names_world.txt``,
    from Faker's person providers), about 20,000: read only where a name NER typed an
    organisation or a place is taken for a person's ("Peyton Manning", "Wladimir Klitschko"),
    whose other guards (no place, title or body word) stand as they are."""
    world = (line.strip() for line in read_text("given_names_world.txt").splitlines())
    return given_names() | frozenset(w for w in world if w and not w.startswith("#"))


def _census_first_names(sex: str) -> list[list[str]]:
    """The rows of the ``names`` package's census list of given names of a sex ("female",
    "male"): the name, its frequency per cent, ..."""
    from importlib.resources import files

    text = files("names").joinpath(f"dist.{sex}.first").read_text(encoding="utf-8")
    return [line.split() for line in text.splitlines() if line.strip()]


@cache
def given_name_sexes() -> dict[str, str]:
    """A given name's sex, "female" or "male", where the census lists (:func:`given_names`)
    give it to one sex ten times as often as to the other ("Katie", "John"; not "Jordan")."""
    freq: dict[str, dict[str, float]] = {
        sex: {row[0].lower(): float(row[1]) for row in _census_first_names(sex) if len(row) >= 2}
        for sex in ("female", "male")}
    sexes: dict[str, str] = {}
    for sex, other in (("female", "male"), ("male", "female")):
        for name, f in freq[sex].items():
            if f > 10 * freq[other].get(name, 0.0):
                sexes[name] = sex
    return sexes


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
    # the honorific right before a person's name, which the name leaves out ("mrs" of
    # "Mrs Holt"): it tells which of two people of one surname is meant
    honorific: str | None = None


@dataclass
class _Cluster:
    mentions: list[Mention] = field(default_factory=list)
    country: Country | None = None
    canonical: str | None = None  # from a gazetteer
    acronyms: set[str] = field(default_factory=set)
    short_forms: set[str] = field(default_factory=set)  # name it only where no other form does ("Mo.")
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
            forms = [m.text for m in self.mentions if m.text not in self.acronyms and m.text not in self.short_forms]
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
