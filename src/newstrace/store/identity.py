"""Stable article identity and the small text helpers the store needs.

An article's key is a content hash of its normalised text plus its URL: the same
report read again (from a re-run, a second feed, a WARC of the same page) gets the same
key, whatever id its source gave it; the same text at another URL is another article
(a copy, which dedup links to the first).
"""
from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata

from newstrace.record import Span

_SPACE = re.compile(r"\s+")
# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before
# white space and a capital, digit or opening quote. Records give events and claims
# their sentences from the parser; mentions carry none, so the store finds theirs.
# A single capital before the stop ("U.S. Army", "John F. Kennedy") is an initial, not an end.
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def normalize_text(text: str) -> str:
    """NFKC, white space collapsed, trimmed: what makes two copies of a text 'the same'."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def normalize_url(url: str | None) -> str:
    """URL without surrounding space or #fragment (fragments name places in one page)."""
    return (url or "").strip().split("#", 1)[0]


def article_key(text: str, url: str | None) -> str:
    """128-bit hex key: sha256 of the normalised URL, a newline, and the normalised text."""
    digest = hashlib.sha256(f"{normalize_url(url)}\n{normalize_text(text)}".encode("utf-8"))
    return digest.hexdigest()[:32]


def day_of(date: str | None) -> str | None:
    """A date or date-time (ISO 8601, possibly partial) as YYYY-MM-DD, partial dates as
    their first day; None for anything else."""
    match = _DATE.match(date or "")
    if not match:
        return None
    year, month, day = match.groups()
    return f"{year}-{month or '01'}-{day or '01'}"


def sentence_spans(text: str) -> list[Span]:
    """Sentence spans of a text, by punctuation: used only where a record gives none."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start() + len(match.group().rstrip())))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text.rstrip())))
    return [s for s in spans if s[1] > s[0]]


def sentence_of(spans: list[Span], offset: int) -> Span:
    """The span containing ``offset`` (spans sorted); the nearest one before it otherwise."""
    i = bisect.bisect_right([s[0] for s in spans], offset) - 1
    return spans[max(i, 0)] if spans else (offset, offset)
