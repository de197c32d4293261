"""events62: telling a party to do something asks it of them (REQUEST), and an
offer of terms to a party (a contract, years, a sum) is a move in a negotiation (CONSULT).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.test_events import events


@pytest.mark.parametrize("text, actor, target", [
    ("Sarah Collins told Mark Dunne to leave the building.", "Collins", "Dunne"),
    ("General Adams told the soldiers to open the gate.", "Adams", "soldiers"),
])
def test_telling_a_party_to_act_is_a_request(core, text, actor, target):
    found = events(core, text)
    asked = [e for e in found if e.type == "REQUEST"]
    assert asked and actor in (asked[0].actor or "") and target in (asked[0].target or ""), found


@pytest.mark.parametrize("text", [
    "Sarah Collins told reporters that the talks would resume.",
    "The minister ordered an inquiry into the crash.",
])
def test_telling_a_fact_asks_no_party(core, text):
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

