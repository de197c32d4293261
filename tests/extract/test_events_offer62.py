"""events62: telling or ordering a party to do something asks it of them (REQUEST), and an
offer of terms to a party (a contract, years, a sum) is a move in a negotiation (CONSULT).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.test_events import events


@pytest.mark.parametrize("text, actor, target", [
    ("Sarah Collins told Mark Dunne to leave the building.", "Collins", "Dunne"),
    ("General Adams ordered the soldiers to open the gate.", "Adams", "soldiers"),
])
def test_telling_or_ordering_a_party_to_act_is_a_request(core, text, actor, target):
    found = events(core, text)
    asked = [e for e in found if e.type == "REQUEST"]
    assert asked and actor in (asked[0].actor or "") and target in (asked[0].target or ""), found


@pytest.mark.parametrize("text", [
    "Sarah Collins told reporters that the talks would resume.",
    "The minister ordered an inquiry into the crash.",
])
def test_telling_a_fact_or_ordering_a_thing_asks_no_party(core, text):
    assert not [e for e in events(core, text) if e.type == "REQUEST"], events(core, text)


@pytest.mark.parametrize("text", [
    "The Rangers offered the striker a five-year contract worth $90 million.",
    "The Lakers have extended an offer to John Mercer.",
])
def test_an_offer_of_terms_is_negotiation(core, text):
    found = events(core, text)
    assert [e for e in found if e.type == "CONSULT"] and not [e for e in found if e.type == "AGREE"], found


def test_an_offer_of_talks_stays_intent(core):
    found = events(core, "The government offered talks to the rebels.")
    assert [e for e in found if e.type == "AGREE"] and not [e for e in found if e.type == "CONSULT"], found


@pytest.mark.parametrize("text, target", [
    ("The two hostages were rescued on Friday.", "hostages"),
    ("John Miller was rescued from the river.", "Miller"),
])
def test_a_rescue_told_without_its_rescuers_is_aid(core, text, target):
    aid = [e for e in events(core, text) if e.type == "AID"]
    assert aid and aid[0].actor is None and target in (aid[0].target or ""), events(core, text)


def test_rescuing_talks_helps_no_one(core):
    assert not [e for e in events(core, "The minister tried to rescue the talks.") if e.type == "AID"]
