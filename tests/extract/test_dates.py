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
