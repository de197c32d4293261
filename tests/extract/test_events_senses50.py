"""The word has rules of two types and the sentence tells which (senses50): letting
observers in eases a restriction (CONCEDE, not a retreat of forces), backing the
continuation of a policy is a stance (SUPPORT, not armed backing), a plan sent to the
police is no deployment, lifting an order or a freeze is a concession, and mobilising
protests is dissent, not forces. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.test_events import events, find


@pytest.mark.parametrize("event_type, text, actor", [
    ("CONCEDE", "The junta allowed foreign observers to monitor the referendum.", "junta"),
    ("CONCEDE", "The government permitted United Nations inspectors to visit the plant.", "government"),
    ("SUPPORT", "Brazil backs the continuation of the naval mission in the gulf.", "Brazil"),
    ("SUPPORT", "The union backed the extension of the military training programme.", "union"),
    ("CONCEDE", "The appeals court lifted the injunction against the new mining company.", "appeals court"),
    ("CONCEDE", "The finance ministry lifted the freeze on the charity's accounts.", "finance ministry"),
])
def test_senses50_readings(core, event_type, text, actor):
    event = find(core, text, event_type)
    assert actor.lower() in str(event.actor).lower()


@pytest.mark.parametrize("text, event_type", [
    ("The junta allowed foreign observers to monitor the referendum.", "RETREAT"),
    ("Brazil backs the continuation of the naval mission in the gulf.", "AID"),
    ("The organisers sent the police a plan for the weekend march.", "MOBILIZE"),
    ("The organisers sent the police a proposal for a shorter route.", "MOBILIZE"),
    ("The union leader vowed to mobilise mass demonstrations against the pension reform.", "MOBILIZE"),
    ("The party mobilized rallies in every province.", "MOBILIZE"),
])
def test_senses50_non_readings(core, text, event_type):
    assert all(e.type != event_type for e in events(core, text))


def test_police_sent_to_a_town_still_deploy(core):
    find(core, "The governor sent riot police to the port town.", "MOBILIZE")

