"""Relative date expressions resolved against an article's publication date.

News tells time relative to the day it is published: "Thursday" is the last Thursday
on or before publication, "last week" the week before, "in December" the last
December. dateparser does the parsing; this module picks the granularity to report:
a month name alone gives ``YYYY-MM``, a year alone ``YYYY``, anything else a day.

Numbers are not dates by default (``data/dates.toml``): a bare number is a year only in
a date context ("in 2019", not "resolution 2259" or "a farmer, 40"); a length of time
("for 99 years") and a clock time ("1625 UTC") give no date at all.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

import dateparser

from newstrace.data import load_toml

VAGUE = re.compile(r"^(recent(ly)?|lately|soon|earlier|later|now|currently|at the time|previously)$", re.I)
MONTH_ONLY = re.compile(
    r"^(in\s+|last\s+|this\s+|early\s+|late\s+|mid-?)?(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|"
    r"aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)(\s+\d{4})?$", re.I)
YEAR_ONLY = re.compile(r"^(in\s+|since\s+|by\s+|until\s+|during\s+|from\s+)?(\d{4})$", re.I)
BARE_NUMBER = re.compile(r"^\d+$")
LEADING_PREPOSITION = re.compile(r"^(on|in|at|since|by|from|until|during)\s+", re.I)


def published_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published[:19]).date() if "T" in published else date.fromisoformat(published[:10])
    except ValueError:
        return None


@cache
def _words(kind: str) -> frozenset[str]:
    return frozenset(load_toml("dates.toml")[kind])


def _is_duration(text: str) -> bool:
    """"99 years", "for two weeks", "40 years old": a count of time units with nothing
    saying when ("ago", "last")."""
    tokens = re.findall(r"[\w.]+", text.lower())
    return (any(t in _words("duration_units") for t in tokens) and not any(t in _words("anchors") for t in tokens)
            and any(t.isdigit() or t in _words("counts") for t in tokens))


def _is_clock_time(text: str) -> bool:
    """"1625 UTC", "10 a.m.", "0900 GMT": an hour, maybe with a day ("Monday at 10 a.m.")."""
    return bool(re.search(r"\b\d{1,4}(?:[:.]\d{2})?\s*(?:" + "|".join(
        re.escape(s) for s in sorted(_words("clock_suffixes"), key=len, reverse=True)) + r")(?![\w])", text, re.I))


def _without_clock_time(text: str) -> str:
    return re.sub(r"(?:\bat\s+)?\b\d{1,4}(?:[:.]\d{2})?\s*(?:" + "|".join(
        re.escape(s) for s in sorted(_words("clock_suffixes"), key=len, reverse=True)) + r")(?![\w])", "", text,
        flags=re.I).strip(" ,")


def after_publication(iso: str | None, published: str | None) -> bool:
    """Whether a resolved date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) lies after the
    publication date: such a date is a plan or a misreading, never a past event's."""
    base = published_date(published)
    if not iso or base is None:
        return False
    return iso > base.isoformat()[:len(iso)]


def resolve_date(expression: str, published: str | None, *, before: str | None = None) -> str | None:
    """ISO date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) for ``expression``, or None.

    ``before``: the word in front of the expression in the text, when the caller knows
    it; a bare four-digit number then needs a date context ("in", "since" ...) to be a
    year. Without a publication date only absolute expressions resolve."""
    text = expression.strip()
    if not text or VAGUE.match(text):
        return None
    if _is_duration(text):
        return None
    if _is_clock_time(text):
        text = _without_clock_time(text)  # "Monday at 10 a.m." keeps Monday; "1625 UTC" keeps nothing
        if not text or BARE_NUMBER.match(text):
            return None
    base = published_date(published)
    year_only = YEAR_ONLY.match(text)
    if year_only:
        in_context = year_only.group(1) or before is None or before.lower() in _words("year_context")
        return year_only.group(2) if in_context else None
    if BARE_NUMBER.match(LEADING_PREPOSITION.sub("", text)):
        return None  # "40" (an age), "12": no year, month or day by itself
    settings: dict = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day, 12)
    bare = LEADING_PREPOSITION.sub("", text)
    parsed = dateparser.parse(bare, languages=["en"], settings=settings)
    if parsed is None:
        return None
    relative = not re.search(r"\d{4}", bare)
    if relative and base is None:
        return None
    if MONTH_ONLY.match(text) or MONTH_ONLY.match(bare):
        return f"{parsed.year:04d}-{parsed.month:02d}"
    return parsed.date().isoformat()
