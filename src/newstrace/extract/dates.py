"""Relative date expressions resolved against an article's publication date.

News tells time relative to the day it is published: "Thursday" is the last Thursday
on or before publication, "last week" the week before, "in December" the last
December. dateparser does the parsing; this module picks the granularity to report:
a month name alone gives ``YYYY-MM``, a year alone ``YYYY``, anything else a day.
"""
from __future__ import annotations

import re
from datetime import date, datetime

import dateparser

VAGUE = re.compile(r"^(recent(ly)?|lately|soon|earlier|later|now|currently|at the time|previously)$", re.I)
MONTH_ONLY = re.compile(
    r"^(in\s+|last\s+|this\s+|early\s+|late\s+|mid-?)?(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|"
    r"aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)(\s+\d{4})?$", re.I)
YEAR_ONLY = re.compile(r"^(in\s+)?(\d{4})$")
LEADING_PREPOSITION = re.compile(r"^(on|in|at|since|by|from|until|during)\s+", re.I)


def published_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published[:19]).date() if "T" in published else date.fromisoformat(published[:10])
    except ValueError:
        return None


def resolve_date(expression: str, published: str | None) -> str | None:
    """ISO date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) for ``expression``, or None.

    Without a publication date only absolute expressions resolve."""
    text = expression.strip()
    if not text or VAGUE.match(text):
        return None
    base = published_date(published)
    year_only = YEAR_ONLY.match(text)
    if year_only:
        return year_only.group(2)
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


class TimeExpression:
    """A DATE or TIME expression of an article, resolved on first use: dateparser is slow,
    and only the expressions that date an event are ever asked for."""

    __slots__ = ("text", "published", "_iso", "_resolved")

    def __init__(self, text: str, published: str | None):
        self.text, self.published = text, published
        self._iso: str | None = None
        self._resolved = False

    @property
    def iso(self) -> str | None:
        if not self._resolved:
            self._iso, self._resolved = resolve_date(self.text, self.published), True
        return self._iso

    def __repr__(self) -> str:
        return f"TimeExpression({self.text!r}, published={self.published!r})"
