"""Support, cooperation and refusal told in the words of politics and the courts (coop47):
a court's ruling, taking a party's side, joining forces, disagreeing with a proposal.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.test_events import events, find


@pytest.mark.parametrize("event_type, text, actor", [
    # a court's or a judge's ruling decides against a party
    ("REJECT", "The tribunal ruled in March that the landlord had broken the lease.", "tribunal"),
    ("REJECT", "The high court ruled in favour of the teachers' union.", "high court"),
    ("SUPPORT", "Most of the party's senators sided with the governor.", "senators"),
    ("SUPPORT", "Union leaders rallied behind the striking nurses.", "Union leaders"),
    ("SUPPORT", "The archbishop gave his blessing to the new charity.", "archbishop"),
    ("COOPERATE", "The two opposition parties joined forces with the farmers' league.", "opposition parties"),
    ("COOPERATE", "The charity has teamed up with the city council.", "charity"),
    ("REJECT", "The finance minister disagreed with the central bank's proposal.", "finance minister"),
])
def test_coop47_readings(core, event_type, text, actor):
    event = find(core, text, event_type)
    assert actor.lower() in str(event.actor).lower()


@pytest.mark.parametrize("text, event_type", [
    # governing, a ruling still to come or only named, is no decision against anyone
    ("The same party has ruled the province since 1994.", "REJECT"),
    ("The tribunal will rule on whether the contract is valid.", "REJECT"),
    # (revfix25) a minister's office named for justice decides, it gives no judgment
    ("Justice Minister Omar ruled that the referendum could go ahead.", "REJECT"),
    ("The players joined the team in May.", "COOPERATE"),
    # (revfix25) enlisting in a force is no act with another party: the idiom is the bare plural
    ("Her cousin joined the fire brigade's reserve force after college.", "COOPERATE"),
    ("The two brothers disagreed over the price of the farm.", "REJECT"),
])
def test_coop47_non_readings(core, text, event_type):
    assert all(e.type != event_type for e in events(core, text))
