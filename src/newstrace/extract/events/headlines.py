"""Headlines: sentences that are titles, not reports.

Read before step 1 of the fallback order in :mod:`newstrace.extract.events`: a sentence
in title case (``_headline``; a title the article's text then tells again) gives no events, and a subheading the
sentence splitter glued to the front of a paragraph (``_glued_heading``) gives none of its
words.
"""
from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from newstrace.data import load_toml
from newstrace.extract.events.lexicon import words


_WORD = re.compile(r"[^\W\d_][\w'’]*")


def _headline(text: str) -> bool:
    """Whether a sentence is a headline in title case: each of its words but the small
    ones ([words] headline_small_words) starts with a capital, at least ``[defaults]
    headline_min_words`` of them ("Woman Convicted of Double Murder In 2010 Kraft Foods
    Rampage", "2 Dead, 1 Wounded in Shooting at NE Phila."). Run once per sentence that
    holds a possible trigger; most sentences stop at their second or third word."""
    small, least = _headline_words()
    capitalised = 0
    for m in _WORD.finditer(text):
        word = m.group()
        if word.lower() in small:
            continue
        if not word[0].isupper():
            return False
        capitalised += 1
    return capitalised >= least


def _glued_heading(doc: Doc, start: int, end: int) -> int | None:
    """Where a subheading the sentence splitter left on the front of a paragraph ends: a
    capitalised opener (``[words] heading_openers``: The, Last, In ...) within the first
    ``[defaults] heading_max_words`` words, after a lower-case word and before one ("Chinese
    demand The changes in Japanese immigration policy ...", "Japanese occupation photos Last
    year, Detrez posted ..."). The words before it are a title, not a report."""
    openers, most = _heading_openers()
    for k in range(start + 2, min(start + most + 1, end - 1)):
        word, before, after = doc[k], doc[k - 1], doc[k + 1]
        if word.lower_ in openers and word.text[0].isupper() and before.is_alpha and before.is_lower \
                and (after.is_lower or after.like_num):
            return k
    return None


@cache
def _heading_openers() -> tuple[frozenset[str], int]:
    return words("heading_openers"), int(load_toml("events.toml")["defaults"]["heading_max_words"])


@cache
def _headline_words() -> tuple[frozenset[str], int]:
    return words("headline_small_words"), int(load_toml("events.toml")["defaults"]["headline_min_words"])
