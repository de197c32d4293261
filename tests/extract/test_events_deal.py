"""Agreements, cooperation, requests and support told in the words of business, sport and
crime reports (deal39): advice and directives, accepted contracts, election observers and
informants. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.test_events import events, find


@pytest.mark.parametrize("event_type, text, actor", [
    ("REQUEST", "The software maker advised customers to install the update at once.", "software maker"),
    ("REQUEST", "Rescuers tried to dissuade the climbers from going up.", "Rescuers"),
    ("REQUEST", "The negotiator persuaded the gunman to release his hostages.", "negotiator"),
    ("AGREE", "The striker accepted a three-year contract with the club.", "striker"),
    ("COOPERATE", "Observers from the African Union monitored the election in Malawi.", "Observers"),
    ("COOPERATE", "The former smuggler became a police informant in 2015.", "former smuggler"),
    ("SUPPORT", "Barack Obama issued a tribute to the singer on Twitter.", "Barack Obama"),
])
def test_deal_readings(core, event_type, text, actor):
    event = find(core, text, event_type)
    assert actor.lower() in str(event.actor).lower()


@pytest.mark.parametrize("text, event_type", [
    ("Investors would be well advised to wait for the results.", "REQUEST"),
    ("The agency's website advises visitors to book early.", "REQUEST"),
    ("The mayor told reporters that the bridge would reopen.", "REQUEST"),
    ("Analysts monitored the markets closely on Friday.", "COOPERATE"),
    ("The report advised the ministry to cut spending.", "REQUEST"),
    # fix41: accepting a position that something is so takes a stance, no agreement
    ("The court accepted the position that the war was illegal.", "AGREE"),
])
def test_deal_non_readings(core, text, event_type):
    assert all(e.type != event_type for e in events(core, text))


def test_deal_advice_told_in_a_document_is_advice(core):
    # fix41: a document blocks advice only as the verb's subject ("the report advised");
    # "in a letter" is how the minister advised
    found = [e for e in events(core, "In a letter, the minister advised the unions to end the strike.")
             if e.type == "REQUEST"]
    assert [(e.trigger, e.actor) for e in found] == [("advised", "minister")], found


# agree42: wanting, encouraging or directing another party to act asks it of them
@pytest.mark.parametrize("event_type, text, actor", [
    ("REQUEST", "The coach encouraged his players to forget the defeat.", "coach"),
    ("REQUEST", "The protesters want the minister to resign.", "protesters"),
    ("REQUEST", "The mayor directed the police to reopen the road.", "mayor"),
    ("REQUEST", "The union leaders encouraged them to strike on Monday.", "union leaders"),
    # "those" with a modifier saying who is people (revfix24)
    ("REQUEST", "The governor wants those in charge to negotiate.", "governor"),
])
def test_agree42_readings(core, event_type, text, actor):
    event = find(core, text, event_type)
    assert actor.lower() in str(event.actor).lower()


@pytest.mark.parametrize("text, event_type", [
    ("The senator wants to run for president.", "REQUEST"),
    ("Investors were encouraged by the results.", "REQUEST"),
    ("Spielberg directed the film in 1993.", "REQUEST"),
    ("The farmer wants the weather to be dry.", "REQUEST"),
    # the "to" clause's doer must be one that can be asked to act
    ("The villagers wanted the bridge to reopen before winter.", "REQUEST"),
    ("The governor wants it to end soon.", "REQUEST"),
])
def test_agree42_non_readings(core, text, event_type):
    assert all(e.type != event_type for e in events(core, text))
