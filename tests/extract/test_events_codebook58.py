"""Act words of the PLOVER codebook the lexicon lacked (lex58): retaking or overrunning ground,
sexual abuse, defacing, rising against a ruler. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.test_events import events, find


@pytest.mark.parametrize("text, event_type, actor", [
    ("The army retook the city from the rebels on Monday.", "ASSAULT", "army"),
    ("The rebels overran an army post near the border last week.", "ASSAULT", "rebels"),
    ("Two priests sexually abused boys at the school, the commission found.", "ASSAULT", "priests"),
    ("Hackers defaced hundreds of government websites on Sunday.", "COERCE", "Hackers"),
    ("The villagers rose up against the governor last spring.", "PROTEST", "villagers"),
])
def test_codebook_act_words(core, text, event_type, actor):
    assert actor.lower() in str(find(core, text, event_type).actor).lower()


@pytest.mark.parametrize("text, event_type", [
    ("She retook the exam in June.", "ASSAULT"),
    ("The minister abused his power.", "ASSAULT"),
    ("The dollar rose against the euro.", "PROTEST"),
])
def test_other_senses_of_the_codebook_words(core, text, event_type):
    assert all(e.type != event_type for e in events(core, text)), events(core, text)


def test_physical_abuse_is_no_sexual_assault(core):
    # revfix28: "physically abused" is violence, of no sexual mode
    found = find(core, "The teacher physically abused the pupil.", "ASSAULT")
    assert found.mode != "sexual", found
    assert find(core, "The teacher sexually abused the pupil.", "ASSAULT").mode == "sexual"


@pytest.mark.parametrize("text", [
    "Police recaptured the escaped prisoner on Tuesday.",
    "The Democrats retook the House in the midterm elections.",
    "Hospitals were overrun with patients.",
])
def test_retaking_people_or_seats_and_crowding_are_no_fighting(core, text):
    # revfix28: recapturing a prisoner is an arrest, retaking a chamber an election won, a
    # hospital overrun with patients crowded
    assert all(e.type != "ASSAULT" for e in events(core, text)), events(core, text)
