"""The dateline at the head of an article ("NAIROBI, Kenya —", "KYIV (Reuters) -"): read by
the parse (its dash ends a sentence), the entities stage (its place is a place) and the
places stage (its place weighs in the article's country), so in no stage of its own.
"""
from __future__ import annotations

import re

# "NAIROBI, Kenya —", "KYIV (Reuters) -", "Seoul, South Korea — "
DATELINE = re.compile(r"^\s*([A-Z][A-Za-z.'\- ]{1,40}?)(?:,\s*([A-Z][A-Za-z.' ]{1,30}))?\s*(?:\([^)]{1,40}\)\s*)?[—–]"
                      r"|^\s*([A-Z][A-Z.'\- ]{2,30}),?\s*(?:\([^)]{1,40}\)\s*)?[-—–]{1,2}\s")
# a dateline is read in an article's first characters
DATELINE_CHARS = 120


def dateline(text: str) -> tuple[int, int, str | None] | None:
    """The dateline place at the head of an article: (start, end, the country words after
    its comma or None)."""
    m = DATELINE.match(text[:DATELINE_CHARS])
    if not m:
        return None
    group = 1 if m.group(1) else 3
    # "BERLIN -- ": the capitals' pattern reads hyphens in a place ("WILKES-BARRE"), so the dash's first too
    place = m.group(group).strip().rstrip("-—– ")
    start = m.start(group) + m.group(group).index(place)
    return start, start + len(place), (m.group(2) or None)


def dateline_body_start(text: str) -> int | None:
    """Where the words after a dateline's dash begin, for a dateline set off as one: its place
    in capitals ("HARARE —"), or followed by a country after a comma ("Seoul, South Korea —")
    or by a credit ("Kyiv (Reuters) —"). Capitalised words before a dash and nothing else are
    a sentence's own ("Rebels — backed by Rwanda — attacked", "Senator Anna Berg — who ...")."""
    m = DATELINE.match(text[:DATELINE_CHARS])
    if m is None:
        return None
    place = m.group(1) or m.group(3)
    if not (place.strip().rstrip("-—– ").isupper() or m.group(2) or "(" in m.group(0)):
        return None
    return m.end() + len(text[m.end():]) - len(text[m.end():].lstrip())
