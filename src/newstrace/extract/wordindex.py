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
            ids = numpy.unique(columns[:, column]).tolist()
            known = _verdicts(doc, collection, fold, ids)
            wanted |= numpy.isin(columns[:, column], [i for i in ids if known[i]])
    return numpy.flatnonzero(wanted).tolist()


# id(collection) -> (the collection, kept alive so its id stays its own; string id -> in it)
_seen: dict[int, tuple[Collection[str], dict[int, bool]]] = {}


def _verdicts(doc: Doc, collection: Collection[str], fold: bool, ids: list[int]) -> dict[int, bool]:
    """Whether each string id's string (lower-cased when ``fold``) is in ``collection``,
    each id asked once per process: the StringStore look-up is the slow part."""
    key = id(collection) * 2 + fold
    entry = _seen.get(key)
    if entry is None or entry[0] is not collection:
        entry = _seen[key] = (collection, {})
    known = entry[1]
    strings = doc.vocab.strings
    for i in ids:
        if i not in known:
            text = strings[i]
            known[i] = (text.lower() if fold else text) in collection
    return known
