"""The events lexicon's hyphenated words as one lemma ("sit-in", "cease-fire").

A reading step, not a stage of its own: :func:`newstrace.extract.components.add_stages`
puts it right after spaCy's lemmatizer, so every stage reads the whole word. The words are
the lexicon's (no second list), read through :mod:`newstrace.extract.triggerwords`: the
step runs before every stage and imports none of their packages.
"""
from __future__ import annotations

from functools import cache

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from newstrace.extract.triggerwords import lemmas

HYPHEN_LEMMAS = "newstrace_hyphen_lemmas"


@Language.component(HYPHEN_LEMMAS)
def hyphen_lemmas(doc: Doc) -> Doc:
    """The lexicon's hyphenated trigger words ("sit-in", "cease-fire", "test-fired") as
    the lemma of their head piece. The tokenizer splits them at the hyphen into three
    tokens, and the parser makes one piece, mostly the last, the head ("held a sit-in":
    "in", the object of "held"), so a lemma "sit-in" was never found. The tokens and the
    parse stay as they are; only the head piece's lemma is the whole word, where the pieces
    are written with no space between them and the last piece's lemma (or form) closes
    a word some rule of ``data/events.toml`` names. Read from the Doc's hyphens only."""
    compounds = _hyphen_compounds()
    if not compounds or len(doc) < 3:
        return doc
    orth = doc.to_array(ORTH)
    for h in numpy.flatnonzero(orth == _hyphen_id()).tolist():
        if h == 0 or h + 1 >= len(doc):
            continue
        last = doc[h + 1]
        heads = compounds.get(last.lemma_.lower()) or compounds.get(last.lower_)
        if not heads:
            continue
        for pieces, word in heads:
            start = h + 1 - 2 * len(pieces)
            if start < 0:
                continue
            span = doc[start:h + 1]
            if all(not t.whitespace_ for t in span) and all(
                    span[2 * k].lower_ == piece and span[2 * k + 1].orth_ == "-" for k, piece in enumerate(pieces)):
                _head_piece(doc, start, h + 1).lemma_ = word
                break
    return doc


def _head_piece(doc: Doc, start: int, end: int) -> Token:
    """The piece of the hyphenated word ``doc[start:end + 1]`` that the parser hung the
    rest of the sentence on (its head lies outside the word): mostly the last ("a
    cease-fire": "fire"), at times the first ("a one-hour sit-in Monday": "sit", with
    "in" its particle); the last where none or several are."""
    heads = [doc[i] for i in range(start, end + 1, 2) if not start <= doc[i].head.i <= end or doc[i].head.i == i]
    return heads[0] if len(heads) == 1 else doc[end]


@cache
def _hyphen_id() -> numpy.uint64:
    return numpy.uint64(get_string_id("-"))


@cache
def _hyphen_compounds() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """The lexicon's hyphenated trigger words by their last piece: (the pieces before
    it, the word), longest first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for word in sorted({w for w in lemmas() if "-" in w.strip("-")}):
        *pieces, last = word.split("-")
        index.setdefault(last, []).append((tuple(pieces), word))
    return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in index.items()}
