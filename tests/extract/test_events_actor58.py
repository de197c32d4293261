"""Who does the act (actor58): criminal charges told with no one bringing them are the
state's where they are brought, as an arrest is. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.test_events import events, find


@pytest.mark.parametrize("text, state", [
    ("Two journalists have been charged with espionage in Iran.", "Iran"),
    ("The former mayor was indicted on bribery charges in Brazil on Monday.", "Brazil"),
])
def test_charges_without_a_prosecutor_are_the_state_s(core, text, state):
    assert find(core, text, "ACCUSE").actor == state


@pytest.mark.parametrize("text, traveller, partner", [
    ("The Kenyan foreign minister flew to Addis Ababa on Monday for talks with Abiy Ahmed.", "Kenya", "Abiy Ahmed"),
    ("Maria Lopez is expected to travel to Berlin next week for meetings with Olaf Scholz.", "Maria Lopez",
     "Olaf Scholz"),
])
def test_talks_a_trip_is_made_for_are_the_traveller_s(core, text, traveller, partner):
    pairs = {(e.actor, e.target) for e in events(core, text) if e.type == "CONSULT"}
    assert (traveller, partner) in pairs, pairs



def test_a_noun_compound_on_a_finite_verb_is_its_subject(core):
    # the parser reads "bullet shot" as a compound: the bullet, not Maria Lopez, shot
    text = "Maria Lopez says she ran back to her car when a stray bullet shot straight into her leg."
    assert all(e.actor != "Maria Lopez" for e in events(core, text) if e.type == "ASSAULT")
