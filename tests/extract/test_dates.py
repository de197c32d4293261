import pytest

from newstrace.extract.dates import resolve_date

PUBLISHED = "2024-11-29"  # a Friday


@pytest.mark.parametrize("expression,expected", [
    ("Thursday", "2024-11-28"),
    ("on Monday", "2024-11-25"),
    ("yesterday", "2024-11-28"),
    ("in December", "2023-12"),
    ("in March", "2024-03"),
    ("last week", "2024-11-22"),
    ("2019", "2019"),
    ("March 3, 2022", "2022-03-03"),
])
def test_dates_resolve_against_publication(expression, expected):
    assert resolve_date(expression, PUBLISHED) == expected


@pytest.mark.parametrize("expression", ["recently", "soon", "", "at the time"])
def test_dates_vague_expressions_do_not_resolve(expression):
    assert resolve_date(expression, PUBLISHED) is None


def test_dates_relative_expressions_need_a_publication_date():
    assert resolve_date("Thursday", None) is None
    assert resolve_date("March 3, 2022", None) == "2022-03-03"


# -- numbers that are not years (issue 8, item 5) -----------------------------------


@pytest.mark.parametrize("expression,before", [
    ("2259", "resolution"),   # a resolution's number
    ("40", ","),              # an age: "a farmer, 40,"
    ("1625 UTC", "at"),       # a time of day
    ("99 years", "for"),      # a duration, not "99 years ago"
    ("40 years old", "is"),
])
def test_dates_numbers_outside_a_date_context_are_no_dates(expression, before):
    assert resolve_date(expression, PUBLISHED, before=before) is None


@pytest.mark.parametrize("expression,before,expected", [
    ("2019", "in", "2019"),
    ("2019", "since", "2019"),
    ("in 2019", "", "2019"),
    ("99 years ago", "", "1925-11-29"),
])
def test_dates_years_in_a_date_context_still_resolve(expression, before, expected):
    assert resolve_date(expression, PUBLISHED, before=before) == expected


@pytest.mark.parametrize("sentence", [
    "Russia vetoed resolution 2259 at the Security Council.",
    "Troops attacked the base at 1625 UTC, officials said.",
    "Rebels attacked the village, killing a farmer, 40, and his son.",
    "Police detained the protesters for 99 years.",
])
def test_dates_events_get_no_date_from_a_number_that_is_not_one(core, sentence):
    rec = core.extract_text(sentence, published=PUBLISHED)
    assert rec.events, "the sentence should still give its event"
    assert all(e.date is None for e in rec.events), [(e.type, e.date, e.date_text) for e in rec.events]


@pytest.mark.parametrize("sentence", [
    "China pledged to cut emissions by 2050.",
    "The government arrested the journalist in 2031.",
])
def test_dates_no_past_event_is_dated_after_publication(core, sentence):
    rec = core.extract_text(sentence, published=PUBLISHED)
    assert rec.events
    for e in rec.events:
        assert e.date is None or e.date[:4] <= PUBLISHED[:4] or e.modality in ("planned", "possible"), \
            (e.type, e.date, e.modality)
