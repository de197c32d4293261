"""Relative date expressions resolved against an article's publication date.

News tells time relative to the day it is published: "Thursday" is the last Thursday
on or before publication, "last week" the week before, "in December" the last
December. dateparser does the parsing; this module picks the granularity to report:
a month name alone gives ``YYYY-MM``, a year alone ``YYYY``, anything else a day.

Before dateparser, the expressions news uses most are read here (``data/dates.toml``):
a weekday is the last one on or before publication ("Thursday" on a Thursday is that
day; "last Friday" the one before; "next Friday" the one after); "today", "yesterday",
"a day earlier" give a day; "this month", "last month" a month; "last year", "ten years
ago" a year; "in January of last year" a month of that year.

Numbers are not dates by default (``data/dates.toml``): a bare number is a year only in
a date context ("in 2019", not "resolution 2259" or "a farmer, 40"); a length of time
("for 99 years") and a clock time ("1625 UTC") give no date at all.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache, lru_cache

import dateparser

from newstrace.data import load_toml

VAGUE = re.compile(r"^(recent(ly)?|lately|soon|earlier|later|now|currently|at the time|previously)$", re.I)
MONTH_ONLY = re.compile(
    r"^(?:(?:in|last|this|early|late|since|until|till|by|from|during|through|mid|the\s+end\s+of|the\s+start\s+of|"
    r"the\s+beginning\s+of|the\s+middle\s+of|end\s+of|start\s+of)(?:\s+|-))*"
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:,?\s+(?:of\s+)?(?P<year>\d{4}))?$", re.I)
# "2019", "in 2019"; "in early 2017", "late 2019", "mid-2018" (a part of a year is that year)
YEAR_ONLY = re.compile(r"^(in\s+|since\s+|by\s+|until\s+|during\s+|from\s+)?((?:early|mid|late)(?:\s+|-))?(\d{4})$", re.I)
BARE_NUMBER = re.compile(r"^\d+$")
# "the 1960s", "the early 2000s", "the '90s", "the 1800s": a decade or a century is a span, no point in time
# (dateparser reads "the 1960s" as today)
DECADE = re.compile(r"(?<![\w'’])(?:\d{2}|['’])?\d0['’]?s\b", re.I)
GLUED_HOUR = re.compile(r"^(.*\b\d{4}),?\s+\d{1,2}$")
LEADING_PREPOSITION = re.compile(r"^(on|in|at|since|by|from|until|during)\s+", re.I)


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?P<{}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|" \
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
# a date line's day: "September 10, 2010", "Tue, Dec. 20 2005", "16 September 2013", "04 / 28 / 09",
# with the day's ordinal ending ("May 3rd, 2013", "Monday 10th June 2013") or written year first
# ("published: 2012-04-04", "Published: 2012. 08. 08"), or with hyphens ("November 27-2005", "Mon Dec-19-05"),
# or run into a headline in capitals ("DA SAYSSEPTEMBER 19, 2013")
DATE_LINE = re.compile(
    r"(?:(?<![\w/])(?:" + _MONTH.format("m1") + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+|-)(?P<y1>\d{4})"
    r"|" + _MONTH.format("m5") + r"-(?P<d5>\d{1,2})-(?P<y5>\d{4}|\d{2})"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH.format("m2") + r",?\s+(?P<y2>\d{4})"
    r"|(?P<m3>\d{1,2})\s*/\s*(?P<d3>\d{1,2})\s*/\s*(?P<y3>\d{4}|\d{2})"
    r"|(?P<y4>\d{4})\s*(?P<sep>[-.])\s*(?P<m4>\d{1,2})\s*(?P=sep)\s*(?P<d4>\d{1,2}))"
    # a capitalised headline run into its date line ("DA SAYSSEPTEMBER 19, 2013"): a capital before a month's name
    # in capitals; the two are case-sensitive (``(?-i:``), as the pattern's ``re.I`` would take any letter there
    r"|(?-i:(?<=[A-Z])(?=[A-Z]{3}))" + _MONTH.format("m6") +
    r"\s+(?P<d6>\d{1,2}),?\s+(?P<y6>\d{4}))(?![\w/])", re.I)
# a clock time right after a date ("on September 14, 2013 11: 41am", "on Jul 7 2012, 5: 55p"): the page's stamp
_CLOCK_AFTER = re.compile(r",?\s*\d{1,2}\s*:\s*\d{2}")


# a day of the month beside its month's name: "Sept. 13", "13 September", "the 5th of May"
MONTH_DAY = re.compile(r"(?<!\w)(?:" + _MONTH.format("md") + r"\s*\d{1,2}(?!\d)|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                       + _MONTH.format("dm") + r"(?!\w))", re.I)

# "the 5th of May", "on the 12th of June": a day of the month written before its month, which the
# recogniser leaves out of the month's DATE ("May" alone): the words just before a month name
DAY_OF_MONTH_BEFORE = re.compile(r"(?<![\w-])(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+of\s+$", re.I)


def day_before_month(text: str, start: int, end: int) -> int:
    """Where a time expression at ``text[start:end]`` begins once the day of the month written
    before it is counted ("the 5th of May": a DATE over "May" alone begins at "the"): ``start``
    unless the expression is a month name with no day ("May", "May 2010") and the words before
    it are a day's ordinal and "of" (``DAY_OF_MONTH_BEFORE``)."""
    if not MONTH_ONLY.match(text[start:end].strip()) or re.search(r"\d", text[start:end].split()[0]):
        return start
    before = DAY_OF_MONTH_BEFORE.search(text, max(0, start - 20), start)
    return before.start() if before else start


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Two dates of one happening agree when one is a prefix of the other ("2013-05" and
    "2013-05-03": a month and a day in it) or either is missing (no evidence either way).
    Used by the events stage's merge of retellings and by the stories' event links and
    date contradictions."""
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def date_line(head: str, not_after: frozenset[str] = frozenset()) -> str | None:
    """The day a page's date line gives, in ``head`` (the text's first characters): the
    first full date there (day, month and year: "Kraft Plant September 10, 2010 10: 14 AM
    Police say", "Published: Tuesday, Dec. 20 2005", "16 September 2013 Last updated",
    "04 / 28 / 09": month first, as US pages write it, unless the first number is no month),
    unless the word before it is one of ``not_after`` ("On September 11, 2001, ...": a date
    the text tells, not the page's)."""
    found = _date_line_match(head, not_after)
    return found[0] if found else None


def date_line_span(head: str, not_after: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """Where in ``head`` the date line :func:`date_line` reads stands (its characters)."""
    found = _date_line_match(head, not_after)
    return found[1] if found else None


def stamped_date_line(text: str) -> tuple[str, tuple[int, int]] | None:
    """The day and characters of a page's time stamp further down than a date line stands
    ("... Police not searching for any other suspects PUBLISHED: 16: 05 GMT, 9 June 2013 |
    UPDATED: ...": a page whose headline and summary points come first): the first full date
    in ``text`` right after a stamp word (:func:`is_page_stamp`); else None. The page's reader
    reads its relative days against it as against a date line."""
    chars = int(load_toml("dates.toml").get("page_stamp_chars") or 0)
    for m in DATE_LINE.finditer(text):
        if not is_page_stamp(text[max(0, m.start() - chars):m.start()]):
            continue
        found = _date_line_match(m.group(0), frozenset())
        if found is not None:
            return found[0], m.span()
    return None


def _date_line_match(head: str, not_after: frozenset[str]) -> tuple[str, tuple[int, int]] | None:
    stamps = _words("page_stamp_words")
    for m in DATE_LINE.finditer(head):
        # ("Break-In July 29, 2004": a hyphened word is no preposition)
        before = re.findall(r"[\w'-]+", head[:m.start()][-30:])
        # "Posted on November 15, 2011", "Last updated on: November 11, 2011", "... Drunk Driver on
        # September 14, 2013 11: 41am": a page's stamp word or a clock after the date makes it the page's
        if before and before[-1].lower() in not_after and not (
                len(before) > 1 and before[-2].lower() in stamps) and not _CLOCK_AFTER.match(head, m.end()):
            continue
        if m["y4"]:
            year, month, day = int(m["y4"]), int(m["m4"]), int(m["d4"])
        elif m["y1"] or m["y2"] or m["y5"] or m["y6"]:
            month = _MONTHS.index((m["m1"] or m["m2"] or m["m5"] or m["m6"])[:3].lower()) + 1
            day, year = int(m["d1"] or m["d2"] or m["d5"] or m["d6"]), int(m["y1"] or m["y2"] or m["y5"] or m["y6"])
            year += 2000 if year < 50 else 1900 if year < 100 else 0
        else:
            month, day, year = int(m["m3"]), int(m["d3"]), int(m["y3"])
            if month > 12:
                month, day = day, month
            year += 2000 if year < 100 and year < 50 else 1900 if year < 100 else 0
        try:
            return date(year, month, day).isoformat(), m.span()
        except ValueError:
            continue
    return None


class PageDayText(str):
    """The words of a page's date line read as an event's date ("2 Dead ... Kraft Plant
    September 10, 2010 10: 14 AM Police say two people have been killed": the title, the date
    line and the lead run together as one sentence): the day the page was written, which a
    retelling's own day ("the shooting took place ... Thursday night") replaces
    (``extract/events/merge.py``). (A ``str``, so that it rides in ``date_text``; copies and
    pickles keep the class by ``str.__getnewargs__``, as it takes no argument of its own
    (``AnchoredText`` needs its own for its days). A string operation on it gives a plain ``str``.)"""


@cache
def _page_stamp() -> re.Pattern[str] | None:
    words = sorted(_words("page_stamp_words"), key=len, reverse=True)
    if not words:
        return None
    # the stamp word, a colon or "at" and a clock, then no sentence break up to the expression
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\s*(?::|at\s+\d)[^.!?\n]*$", re.I)


def is_page_stamp(before_text: str) -> bool:
    """Whether a date expression preceded by ``before_text`` (the characters just before it)
    is the page's time stamp ("UPDATED: 19: 14 GMT, 12 April 2013", "Published at 12: 45,
    Wednesday, 12 June 2013", ``page_stamp_words``): when the page was written, not when
    anything it tells happened."""
    stamp = _page_stamp()
    return stamp is not None and stamp.search(before_text) is not None


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


@cache
def _clock_time() -> re.Pattern[str]:
    """An hour and its suffix (``clock_suffixes``, longest first), compiled once: the dates
    stage asks of every date expression."""
    return re.compile(r"\b\d{1,4}(?:[:.]\s?\d{2})?\s*(?:" + "|".join(
        re.escape(s) for s in sorted(_words("clock_suffixes"), key=len, reverse=True)) + r")(?![\w])", re.I)


@cache
def _any_word(kind: str, before: str, after: str) -> re.Pattern[str] | None:
    """One pattern for "any word or phrase of ``kind`` between the lookarounds ``before``
    and ``after``": the same answer as a search per phrase (an alternation tries every
    phrase at every position), in one pass; None for an empty list (which matches nothing)."""
    phrases = _words(kind)
    if not phrases:
        return None
    return re.compile(before + "(?:" + "|".join(re.escape(p) for p in sorted(phrases)) + ")" + after)


def _is_clock_time(text: str) -> bool:
    """"1625 UTC", "10 a.m.", "0900 GMT": an hour, maybe with a day ("Monday at 10 a.m.")."""
    return bool(_clock_time().search(text))


def is_clock_day(text: str, label: str) -> bool:
    """"2 a. m. Sunday": a clock time and a day that the entity recogniser typed as a measure
    (``clock_day_labels``: QUANTITY, reading "a. m." as a unit) is a time expression all the
    same; only with a weekday or a day word beside the hour (``clock_day_words``: "today")."""
    if label not in _words("clock_day_labels") or not _is_clock_time(text):  # "2 a. m. Sunday"
        return False
    return bool(WEEKDAY.search(text) or _has_word(text.lower(), "clock_day_words"))


def _is_time_of_day(text: str) -> bool:
    """"midnight", "19:00", "the evening rush hour": an hour with no day. A part of a day with a
    day of the month ("the night of Sept. 13", "the morning of the 5th of May") is that day's."""
    bare = re.sub(r"^(?:at|around|about|by|after|before|shortly|just|the)\s+", "", text.strip().lower())
    return bool(re.fullmatch(r"\d{1,2}[:.]\s?\d{2}", bare)) or _has_word(bare, "times_of_day") and not (
        WEEKDAY.search(bare) or re.search(r"\d{4}|today|yesterday|tonight|this|last|next", bare)
        or MONTH_DAY.search(bare))


def names_hour_only(text: str | None) -> bool:
    """"at around 9. 35am", "shortly after midnight", "at dawn": an hour or a part of a day and no
    day, week, month or year beside it (a clock time presupposes the day its story is on)."""
    if not text:
        return False
    if _is_time_of_day(text):
        return True
    if not _is_clock_time(text):
        return False
    rest = _without_clock_time(text).lower()
    return not (WEEKDAY.search(rest) or re.search(r"\d|" + _MONTH.format("m") + r"(?!\w)", rest)
                or _has_word(rest, "clock_day_words") or _has_word(rest, "anchors"))


def _without_clock_time(text: str) -> str:
    return _clock_time_with_at().sub("", text).strip(" ,")


@cache
def _clock_time_with_at() -> re.Pattern[str]:
    return re.compile(r"(?:\bat\s+)?" + _clock_time().pattern, re.I)


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
AGO = re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)"
                 r"\s+(day|week|month|year)s?\s+(ago|earlier|before)\b", re.I)
NUMBER_WORDS = {w: i for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                            "nine", "ten", "eleven", "twelve"])} | {
    "a": 1, "an": 1, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
MONTH_OF_YEAR = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:of\s+)?(this|last)\s+year\b",
                           re.I)


MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _month(match: re.Match, base: date | None) -> str | None:
    """"in mid-March", "late September", "February 2020": that month of the year given,
    else the last one on or before publication."""
    month = MONTHS.index(match.group("month")[:3].lower()) + 1
    year = match.group("year")
    if year:
        return f"{int(year):04d}-{month:02d}"
    if base is None:
        return None
    return f"{base.year - (month > base.month):04d}-{month:02d}"


def _has_phrase(text: str, kind: str) -> bool:
    """A phrase of ``kind`` as whole words (hyphens join words)."""
    pattern = _any_word(kind, r"(?<![\w-])", r"(?![\w-])")
    return pattern is not None and pattern.search(text) is not None


def names_week(text: str | None) -> bool:
    """Whether a date expression names a week and no day of it ("last week", "earlier this
    week"; not "Tuesday last week", "a week ago": ``week_spans``)."""
    if not text:
        return False
    t = text.lower().replace("’", "'")
    return _has_phrase(t, "week_spans") and not WEEKDAY.search(t) and not re.search(r"\d", t) and not AGO.search(t)


def _has_word(text: str, kind: str) -> bool:
    """A word or phrase of ``kind`` as whole words (a hyphen ends a word)."""
    pattern = _any_word(kind, r"(?<!\w)", r"(?!\w)")
    return pattern is not None and pattern.search(text) is not None


def names_decade(text: str | None) -> bool:
    """Whether a date expression names a decade or a century ("the 1960s", "the early 2000s"):
    a span, no day of it."""
    return text is not None and DECADE.search(text) is not None


def has_future_marker(text: str | None) -> bool:
    """Whether a date expression says it is to come: a word of ``future_markers``
    ("next Wednesday, July 31", "the coming month")."""
    return text is not None and bool(_words("future_markers") & set(text.lower().split()))


def names_time(text: str | None) -> bool:
    """Whether words are a time expression, a point or span of time, whether or not it gives a
    date: a weekday, a month, a year, a decade, a day of the month ("the 30th"), an hour, a word
    of ``calendar_words`` ("the day", "Election Day", "late last year"), or a unit of time with a
    word that says when ("the past two years", "a week ago"). Not a count of units that says
    only how long ("three years", "months"), an age ("15-year-old"), a number alone or a name,
    which the recogniser may take for one."""
    if not text or not text.strip():
        return False
    t = text.lower().replace("’", "'")
    if re.search(r"\d+-years?-old|\byears? old\b", t) or _is_duration(t):
        return False
    tokens = set(re.findall(r"[\w.]+", t))
    return bool(WEEKDAY.search(t) or re.search(r"\b" + _MONTH.format("m") + r"(?![\w-])", t)
                or re.search(r"(?<![\d,.-])\d{4}(?![\d-])", t) or names_decade(t) or names_week(t)
                or re.search(r"\b\d{1,2}(?:st|nd|rd|th)\b", t) or _is_clock_time(t) or _is_time_of_day(t)
                or VAGUE.match(t.strip()) or _has_phrase(t, "calendar_words")
                or tokens & _words("duration_units") and tokens & _words("anchors"))


def ends_span(before: str | None) -> bool:
    """Whether the word before a date expression makes it the end of a span ("till October",
    "until 1990"; ``span_ends``): not the day an act took place."""
    return before is not None and before.lower() in _words("span_ends")


def _month_before(day: date) -> str:
    first = day.replace(day=1) - timedelta(days=1)
    return f"{first.year:04d}-{first.month:02d}"


def _relative(text: str, base: date) -> str | None:
    """The relative expressions news uses most (see the module docstring), or None."""
    t = text.lower().replace("’", "'")
    if re.search(r"\d{4}|\d{1,2}(st|nd|rd|th)?\b", t) and not AGO.search(t):
        return None  # an explicit day or year: dateparser reads it
    m = MONTH_OF_YEAR.search(t)
    if m:
        year = base.year - (m.group(2) == "last")
        month = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].index(m.group(1)) + 1
        return f"{year:04d}-{month:02d}"
    m = WEEKDAY.search(t)
    if m:
        wanted = WEEKDAYS.index(m.group(1))
        before = t[:m.start()].split()[-1:] or [""]
        back = (base.weekday() - wanted) % 7
        if before[0] in _words("future_markers"):
            return (base + timedelta(days=(wanted - base.weekday()) % 7 or 7)).isoformat()
        if before[0] in _words("past_markers") and back == 0:
            back = 7
        return (base - timedelta(days=back)).isoformat()
    m = AGO.search(t)
    if m:
        count = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS.get(m.group(1), 1)
        unit = m.group(2)
        if unit == "year":
            return f"{base.year - count:04d}"
        if unit == "month":
            month = base.year * 12 + base.month - 1 - count
            return f"{month // 12:04d}-{month % 12 + 1:02d}"
        return (base - timedelta(days=count * (7 if unit == "week" else 1))).isoformat()
    if _has_phrase(t, "day_before"):
        return (base - timedelta(days=1)).isoformat()
    if _has_phrase(t, "same_day"):
        return base.isoformat()
    if _has_phrase(t, "last_month"):
        return _month_before(base)
    if _has_phrase(t, "this_month"):
        return f"{base.year:04d}-{base.month:02d}"
    if _has_phrase(t, "next_month"):
        return f"{base.year + (base.month == 12):04d}-{base.month % 12 + 1:02d}"
    if _has_phrase(t, "next_year"):
        return f"{base.year + 1:04d}"
    if _has_phrase(t, "last_year"):
        return f"{base.year - 1:04d}"
    if _has_phrase(t, "this_year"):
        return f"{base.year:04d}"
    return None


def after_publication(iso: str | None, published: str | None) -> bool:
    """Whether a resolved date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) lies after the
    publication date: such a date is a plan or a misreading, never a past event's."""
    base = published_date(published)
    if not iso or base is None:
        return False
    return iso > base.isoformat()[:len(iso)]


@lru_cache(maxsize=8192)  # events ask again for each trigger of a sentence; dateparser takes milliseconds
def resolve_date(expression: str, published: str | None, *, before: str | None = None,
                 future: bool = False) -> str | None:
    """ISO date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) for ``expression``, or None.

    ``before``: the word in front of the expression in the text, when the caller knows
    it; a bare four-digit number then needs a date context ("in", "since" ...) to be a
    year. ``future``: the expression's verb is told in the future ("will increase, on April
    2nd"): a day and month without a year is the one to come. Without a publication date
    only absolute expressions resolve."""
    text = expression.strip()
    if not text or VAGUE.match(text):
        return None
    if _is_duration(text) or _is_time_of_day(text) or names_decade(text):
        return None
    if _is_clock_time(text):
        text = _without_clock_time(text)  # "Monday at 10 a.m." keeps Monday; "1625 UTC" keeps nothing
        if not text or BARE_NUMBER.match(text):
            return None
    # a page's date line with its clock's hour glued on ("Monday, March 11, 2013 23: 51",
    # "September 10, 2010 10: 14 AM": the recogniser's span ends at the hour)
    text = GLUED_HOUR.sub(r"\1", text)
    if names_week(text):
        return None  # "last week": seven days, no one of them
    base = published_date(published)
    if base is not None:
        relative = _relative(text, base)
        if relative is not None:
            return relative
    year_only = YEAR_ONLY.match(text)
    if year_only:
        in_context = year_only.group(1) or year_only.group(2) or before is None \
            or before.lower() in _words("year_context")
        return year_only.group(3) if in_context else None
    month_only = MONTH_ONLY.match(text)
    if month_only:
        return _month(month_only, base)
    if BARE_NUMBER.match(LEADING_PREPOSITION.sub("", text)):
        return None  # "40" (an age), "12": no year, month or day by itself
    bare = LEADING_PREPOSITION.sub("", text)
    parsed = _date_parser(base).get_date_data(bare)["date_obj"]
    if parsed is None:
        return None
    no_year = not re.search(r"\d{4}", bare)
    if no_year and base is None:
        return None
    if MONTH_ONLY.match(text) or MONTH_ONLY.match(bare):
        return f"{parsed.year:04d}-{parsed.month:02d}"
    day = parsed.date()
    if no_year and base is not None and day < base and (
            future or _words("future_markers") & set(re.findall(r"\w+", bare.lower()))):
        # "next Wednesday, July 31", "will increase, on April 2nd": the day to come, not last
        # year's (dateparser prefers the past)
        later = _next_year(day)
        day = later if later is not None and later >= base else day
    return day.isoformat()


def _next_year(day: date) -> date | None:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # February 29
        return None


@lru_cache(maxsize=256)
def _date_parser(base: date | None) -> dateparser.DateDataParser:
    """dateparser's parser for English relative to ``base``, built once per publication
    day: ``dateparser.parse`` builds a new one, locales and all, on every call."""
    settings: dict = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day, 12)
    return dateparser.DateDataParser(languages=["en"], settings=settings)


class TimeExpression:
    """A DATE or TIME expression of an article, resolved on first use: dateparser is slow,
    and only the expressions that date an event are ever asked for."""

    __slots__ = ("text", "published", "before", "_iso", "_resolved")

    def __init__(self, text: str, published: str | None, before: str | None = None):
        """``before``: the word in front of the expression (see :func:`resolve_date`)."""
        self.text, self.published, self.before = text, published, before
        self._iso: str | None = None
        self._resolved = False

    @property
    def iso(self) -> str | None:
        if not self._resolved:
            self._iso, self._resolved = resolve_date(self.text, self.published, before=self.before), True
        return self._iso

    def __repr__(self) -> str:
        return f"TimeExpression({self.text!r}, published={self.published!r})"
