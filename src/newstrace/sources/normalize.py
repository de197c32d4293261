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
    import dateparser

    parsed = dateparser.parse(text, settings={"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"},
                              languages=["en"])
    if parsed is None:
        return None
    if parsed.time() == datetime.min.time():
        return parsed.date().isoformat()
    return parsed.isoformat()
