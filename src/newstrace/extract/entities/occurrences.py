"""Whole-word search in an article's text: where any of some names occurs as a whole word,
and sets of character spans asked for overlap. Used by step 1 (known organisations,
names missed by NER), step 3 (repeats of a name NER missed) and the cluster filters.
"""
from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterable


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
