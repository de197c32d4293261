"""Police and guard acts (crime54): a removal under guard ("escorted out of the building") is
COERCE; an escort to safety or to a place is not. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.test_events import events, find


@pytest.mark.parametrize("text", [
    "The protester was escorted out of the hall by security guards.",
    "After the argument, the worker was escorted from the factory.",
])
def test_escorted_out_is_removed(core, text):
    find(core, text, "COERCE")


@pytest.mark.parametrize("text", [
    "Police escorted the children to safety.",
    "The delegation was escorted from the airport to the palace.",
    "Police escorted the senator safely out of the building.",  # revfix27: protection, no removal
])
def test_escort_to_a_place_removes_no_one(core, text):
    assert all(e.type != "COERCE" for e in events(core, text))
