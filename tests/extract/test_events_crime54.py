"""Court and police acts (crime54): a verdict of guilt is the conviction (COERCE, the court or
jury that finds it its actor), and a removal under guard ("escorted out of the building") is
COERCE; an acquittal and an escort to a place are not. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.test_events import events, find


def test_jury_finding_guilt_convicts(core):
    event = find(core, "A jury found the former mayor guilty of bribery on Tuesday.", "COERCE")
    assert "jury" in str(event.actor).lower()


def test_found_guilty_without_a_court_named(core):
    find(core, "The former mayor was found guilty of bribery on Tuesday.", "COERCE")


def test_found_not_guilty_is_no_conviction(core):
    assert all(e.type != "COERCE" for e in events(core, "The singer was found not guilty of assault."))


@pytest.mark.parametrize("text", [
    "The protester was escorted out of the hall by security guards.",
    "After the argument, the worker was escorted from the factory.",
])
def test_escorted_out_is_removed(core, text):
    find(core, text, "COERCE")


@pytest.mark.parametrize("text", [
    "Police escorted the children to safety.",
    "The delegation was escorted from the airport to the palace.",
])
def test_escort_to_a_place_removes_no_one(core, text):
    assert all(e.type != "COERCE" for e in events(core, text))
