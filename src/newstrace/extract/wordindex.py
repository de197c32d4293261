"""Which tokens of a Doc carry words of a lexicon, found from the Doc's arrays.

The claims and events stages start from cue and trigger words (``data/cues.toml``,
``data/events.toml``) and read the rest off the parse. Asking each token in Python
whether its lemma is a cue made a ``Token`` object per word and several look-ups
each; here the Doc's lemma and lower-case columns (``Doc.to_array``) are read once,
each distinct string is looked up once, and only the tokens that carry a listed word
are handed to the stages' rules. (A spaCy ``Matcher`` with ``LEMMA IN`` patterns does
the same job more slowly, and compares lemmas with their case, where the lexicons
list lower-case lemmas of words of any case.)
"""
from __future__ import annotations

from collections.abc import Collection

import numpy
from spacy.tokens import Doc


def tokens_with(doc: Doc, *, lemmas: Collection[str] = (), words: Collection[str] = ()) -> list[int]:
    """Indices, in order, of the tokens whose lower-cased lemma is in ``lemmas`` or whose
    lower-cased text is in ``words``. (Pass the same collection objects each time: what
    each string id was found to be is kept per collection.)"""
    if not len(doc):
        return []
    columns = doc.to_array(["LEMMA", "LOWER"])
    wanted = numpy.zeros(len(doc), dtype=bool)
    for column, collection, fold in ((0, lemmas, True), (1, words, False)):
        if collection:
            wanted |= _among(columns[:, column], _members(doc, collection, fold, columns[:, column]))
    return numpy.flatnonzero(wanted).tolist()


class _Verdicts:
    """The string ids asked about so far, and those found in the collection, as sorted
    arrays: a Doc's ids are compared with them in NumPy, and only the ids never seen
    before are looked up (the StringStore look-up is the slow part)."""

    def __init__(self, collection: Collection[str]):
        self.collection = collection  # kept alive, so its id stays its own
        self.asked = numpy.zeros(0, dtype=numpy.uint64)
        self.members = numpy.zeros(0, dtype=numpy.uint64)


# id(collection) * 2 + fold -> what is known of that collection's string ids
_seen: dict[int, _Verdicts] = {}


def _members(doc: Doc, collection: Collection[str], fold: bool, ids: numpy.ndarray) -> numpy.ndarray:
    """The string ids among ``ids`` (and others asked before) whose string, lower-cased
    when ``fold``, is in ``collection``; each id looked up once per process."""
    key = id(collection) * 2 + fold
    verdicts = _seen.get(key)
    if verdicts is None or verdicts.collection is not collection:
        verdicts = _seen[key] = _Verdicts(collection)
    distinct = numpy.unique(ids)
    new = distinct[~_among(distinct, verdicts.asked)]
    if len(new):
        strings = doc.vocab.strings
        found = [i for i in new.tolist() if (strings[i].lower() if fold else strings[i]) in collection]
        verdicts.asked = _insert(verdicts.asked, new)
        if found:
            verdicts.members = _insert(verdicts.members, numpy.asarray(found, dtype=numpy.uint64))
    return verdicts.members


def _among(values: numpy.ndarray, sorted_ids: numpy.ndarray) -> numpy.ndarray:
    """Whether each of ``values`` is in ``sorted_ids`` (by bisection, as the ids are
    64-bit hashes)."""
    if not len(sorted_ids):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.minimum(numpy.searchsorted(sorted_ids, values), len(sorted_ids) - 1)
    return sorted_ids[at] == values


def _insert(sorted_ids: numpy.ndarray, new: numpy.ndarray) -> numpy.ndarray:
    """``sorted_ids`` with the sorted ids ``new`` (none of them in it) put in place."""
    return numpy.insert(sorted_ids, numpy.searchsorted(sorted_ids, new), new)
