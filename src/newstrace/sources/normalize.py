"""Normalise article metadata read from sources."""
from __future__ import annotations

import re
from datetime import date, datetime

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def normalize_published(value: object) -> str | None:
    """An ISO 8601 date (``YYYY-MM-DD``) or date-time for a publication date, else None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if ISO_DATE.match(text):
        return text
    # ISO 8601 and RFC 2822 (feeds) keep their UTC offset: "10:00+05:00" is not "10:00"
    try:
        return _iso(datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text))
    except ValueError:
        pass
    try:
        from email.utils import parsedate_to_datetime

        return _iso(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser

    parsed = dateparser.parse(text, settings={"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"},
                              languages=["en"])
    if parsed is None:
        return None
    if parsed.time() == datetime.min.time():
        return parsed.date().isoformat()
    return parsed.isoformat()


def _iso(parsed: datetime) -> str:
    if parsed.tzinfo is None and parsed.time() == datetime.min.time():
        return parsed.date().isoformat()
    return parsed.isoformat()
