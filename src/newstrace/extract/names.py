"""Keys for comparing names, one place for every stage.

A name is compared by a key: curly apostrophes straightened, a leading "the" dropped,
case folded, except that an acronym keeps its case ("US" is not "us"). What counts as
an acronym is the caller's policy: the country gazetteer takes only up to four capitals
("UK", "U.S.", "DPRK"), so that a name in an all-capitals dateline ("KYIV, UKRAINE")
still finds its country; organisations take up to eight ("UNICEF").
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from newstrace.data import read_text

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
_ARTICLE = re.compile(r"^(?i:the)\s+")
_POSSESSIVE = re.compile(r"'s?$")
_PUNCTUATION = re.compile(r"[^\w\s-]")


def straighten(text: str) -> str:
    """Curly apostrophes as straight ones."""
    return text.translate(_APOSTROPHES)


def is_acronym(text: str) -> bool:
    """2 to 8 capitals, dots allowed: "NATO", "U.S.", "UNICEF"."""
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def is_abbreviation(text: str) -> bool:
    """At most four letters, all capitals, anything else allowed: "UK", "U.S.", "DPRK"."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and len(letters) <= 4 and all(c.isupper() for c in letters)


@lru_cache(maxsize=65536)
def name_key(text: str, *, keep_article: bool = False, drop_possessive: bool = False,
             keeps_case: Callable[[str], bool] = is_acronym) -> str:
    """The key of a name in a gazetteer or an alias table (see the module docstring)."""
    text = straighten(text).strip()
    if not keep_article:
        text = _ARTICLE.sub("", text)
    if drop_possessive:
        text = _POSSESSIVE.sub("", text).strip()
    return text if keeps_case(text) else text.casefold()


@lru_cache(maxsize=65536)
def folded(text: str) -> str:
    """Case folded, punctuation but hyphens dropped: the form names are matched in.
    (Cached: clustering compares every pair of an article's name forms.)"""
    return _PUNCTUATION.sub("", straighten(text).casefold()).strip()


def title_key(title: str) -> str:
    """A role title for comparison: lower case, hyphens as spaces, single spaces."""
    return " ".join(title.lower().replace("-", " ").split())


@cache
def title_words() -> frozenset[str]:
    """Titles and roles that stand before a name ("President", "envoy"): ``data/titles.txt``."""
    return frozenset(
        w.strip().lower() for w in read_text("titles.txt").splitlines() if w.strip() and not w.startswith("#")
    )

