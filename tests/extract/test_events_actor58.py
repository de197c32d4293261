"""Who does the act (actor58): criminal charges told with no one bringing them are the
state's where they are brought, as an arrest is. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.test_events import find


@pytest.mark.parametrize("text, state", [
    ("Two journalists have been charged with espionage in Iran.", "Iran"),
    ("The former mayor was indicted on bribery charges in Brazil on Monday.", "Brazil"),
])
def test_charges_without_a_prosecutor_are_the_state_s(core, text, state):
    assert find(core, text, "ACCUSE").actor == state
