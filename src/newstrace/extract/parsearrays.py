"""A Doc's parse as Python lists, read from its arrays once per Doc.

The learned trigger detector reads every content word's lemma, form, tags and
dependants, and the trigger rules walk the argument phrases of every word the lexicon
names (:func:`newstrace.extract.events.lexicon.argument_lemmas`). Asking ``Token``
objects for that makes an object per word visited and a StringStore look-up per
attribute; here each column is read once per Doc (``Doc.to_array``) and each string id
turned into its string by one dict look-up, kept for the process. No stage changes
the parse, so the lists are kept per Doc (weakly: they go with it).

The Doc's sentences likewise (:class:`SentenceTable`, :func:`sentences`): ``Doc.sents``
makes a ``Span`` per sentence on every walk, and five stages walked it, or looked up a
token's sentence through it, each on its own; and NER's entities
(:class:`NamedEntities`, :func:`named_entities`), which ``Doc.ents`` builds afresh, a
``Span`` each, on every access (the places, dates and summary stages read them).
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from operator import itemgetter
from typing import Generic, TypeVar
from weakref import WeakKeyDictionary, ref

import numpy as np
from spacy.tokens import Doc, Span

from newstrace.nlp import readable_ranges

_COLUMNS: list[int | str] = ["LEMMA", "LOWER", "POS", "TAG", "DEP", "ENT_TYPE", "HEAD"]

# string id -> its string (and lower-cased, for lemmas): the StringStore look-up is
# the slow part of reading a word, and articles share most of their words
_STRINGS: dict[int, str] = {}
_LOWERED: dict[int, str] = {}
_MAX_KEPT = 500_000  # a long-running process reading many articles starts afresh past this


def strings_of(doc: Doc, ids: np.ndarray, *, lowered: bool = False) -> list[str]:
    """The strings of the string ids ``ids`` (lower-cased with ``lowered``), each
    distinct id looked up in the StringStore once per process (a dict look-up per word
    costs less than finding the distinct ids first)."""
    known = _LOWERED if lowered else _STRINGS
    if len(known) > _MAX_KEPT:
        known.clear()
    keys = ids.tolist()
    try:
        return _look_up(known, keys)
    except KeyError:
        strings = doc.vocab.strings
        for i in set(keys).difference(known):
            known[i] = strings[i].lower() if lowered else strings[i]
        return _look_up(known, keys)


def _look_up(known: dict[int, str], keys: list[int]) -> list[str]:
    """``[known[k] for k in keys]``: one ``itemgetter`` call does the loop in C, a third
    faster than ``map`` (it returns the item itself for a single key)."""
    if len(keys) < 2:
        return [known[k] for k in keys]
    return list(itemgetter(*keys)(known))


class ParseArrays:
    """Per token of a Doc: its lower-cased lemma (``lemma``, as ``token.lemma_.lower()``),
    lower-case form, part of speech, tag, dependency label, entity type ("" outside
    one) and governor (``head``, the root its own); and its dependants in order
    (:meth:`children`, as ``Token.children``). Holds no reference to the Doc."""

    def __init__(self, doc: Doc):
        n = len(doc)
        columns = doc.to_array(_COLUMNS) if n else np.zeros((0, len(_COLUMNS)), dtype=np.uint64)
        self.lemma = strings_of(doc, columns[:, 0], lowered=True)
        self.lower = strings_of(doc, columns[:, 1])
        self.pos = strings_of(doc, columns[:, 2])
        self.tag = strings_of(doc, columns[:, 3])
        self.dep = strings_of(doc, columns[:, 4])
        self.ent = strings_of(doc, columns[:, 5])
        positions = np.arange(n)
        head = columns[:, 6].astype(np.int64) + positions  # HEAD is an offset, stored unsigned
        self.head: list[int] = head.tolist()
        # each word's dependants, in order: the words sorted (stably) by governor
        by_head = np.argsort(head, kind="stable")
        self.by_head: list[int] = by_head.tolist()
        self.first: list[int] = np.searchsorted(head[by_head], positions, "left").tolist()
        self.last: list[int] = np.searchsorted(head[by_head], positions, "right").tolist()

    def path_up(self, i: int) -> list[int]:
        """Word ``i`` and the words above it, nearest first, the root last (``Token.ancestors``
        after the word itself)."""
        path, head = [i], self.head
        while head[i] != i:
            i = head[i]
            path.append(i)
        return path

    def children(self, i: int) -> list[int]:
        """Word ``i``'s dependants, in order (``Token.children``)."""
        kids = self.by_head[self.first[i]:self.last[i]]  # a new list: the caller's to keep
        if self.head[i] == i:
            kids.remove(i)  # a root is its own governor: the one word among its own kids
        return kids


Read = TypeVar("Read")


class KeptPerDoc(Generic[Read]):
    """What ``read`` makes of a Doc, made on first use and kept while the Doc lives
    (weakly: what is kept holds no reference back to the Doc, and no stage changes the
    parse, the sentences or NER's entities after the model)."""

    def __init__(self, read: Callable[[Doc], Read]):
        self.read = read
        self.kept: WeakKeyDictionary[Doc, Read] = WeakKeyDictionary()
        # the Doc asked last and its answer: the stages ask of one Doc at a time, about
        # 150,000 times per corpus, and ``WeakKeyDictionary.get`` makes a weak reference
        # on every call (a dead Doc's reference answers None: never the Doc asked)
        self._last: tuple[Callable[[], Doc | None], Read | None] = (_nothing, None)

    def __call__(self, doc: Doc) -> Read:
        last, answer = self._last
        if last() is doc:
            return answer  # type: ignore[return-value]
        found = self.kept.get(doc)
        if found is None:
            found = self.kept[doc] = self.read(doc)
        self._last = (ref(doc), found)
        return found


def _nothing() -> None:
    return None


parse_arrays = KeptPerDoc(ParseArrays)  # a Doc's ParseArrays


class SentenceTable:
    """A Doc's sentences (as ``Doc.sents`` gives them) as offsets, in order: the token
    range of sentence ``k`` is ``starts[k]:ends[k]``, its characters
    ``start_chars[k]:end_chars[k]`` (``Span.start_char``/``end_char``), and
    ``readable[k]`` says whether the extractors read it (:func:`newstrace.nlp.readable`).
    Holds no reference to the Doc: :meth:`span` makes a sentence's ``Span`` of the Doc
    handed to it."""

    def __init__(self, doc: Doc):
        # read from Doc.sents itself (a Span per sentence, once): as cheap as the Doc's
        # arrays for a few dozen sentences, and its rules of where a sentence starts
        spans = list(doc.sents) if len(doc) else []
        self.starts: list[int] = [s.start for s in spans]
        self.ends: list[int] = [s.end for s in spans]
        self.start_chars: list[int] = [s.start_char for s in spans]
        self.end_chars: list[int] = [s.end_char for s in spans]
        self.readable: list[bool] = readable_ranges(doc, self.starts, self.ends)

    def __len__(self) -> int:
        return len(self.starts)

    def number(self, i: int) -> int:
        """The number of the sentence holding token ``i``."""
        return bisect_right(self.starts, i) - 1

    def span(self, doc: Doc, k: int) -> Span:
        """Sentence ``k`` of ``doc`` (the Doc this table was read from) as a ``Span``."""
        return Span(doc, self.starts[k], self.ends[k])


sentences = KeptPerDoc(SentenceTable)  # a Doc's SentenceTable


class NamedEntities:
    """NER's entities of a Doc (as ``Doc.ents`` gives them) as offsets, in order: entity
    ``k`` covers tokens ``starts[k]:ends[k]`` and characters
    ``start_chars[k]:end_chars[k]``, typed ``labels[k]``. Holds no reference to the Doc."""

    def __init__(self, doc: Doc):
        ents = doc.ents
        self.starts: list[int] = [e.start for e in ents]
        self.ends: list[int] = [e.end for e in ents]
        self.labels: list[str] = [e.label_ for e in ents]
        self.start_chars: list[int] = [e.start_char for e in ents]
        self.end_chars: list[int] = [e.end_char for e in ents]

    def __len__(self) -> int:
        return len(self.starts)


named_entities = KeptPerDoc(NamedEntities)  # a Doc's NamedEntities
