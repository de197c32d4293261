"""Readings added on unread ECB+ text (events65): computers infected with malicious code are
a cyber attack (COERCE); serving time in prison is undergoing custody (COERCE); a complaint
told as a "that" clause is an accusation (ACCUSE); admitting one's role in a wrong concedes
it (CONCEDE). Sentences written for these tests; each has a guard of the same word in a
sense that tells no such event."""
from __future__ import annotations

import pytest

from tests.extract.test_events import events, find


@pytest.mark.parametrize("text", [
    "Hackers have infected thousands of computers in Brazil with malicious software.",
    "The new virus infected the servers of the Kenyan tax agency last week.",
])
def test_infected_computers_are_a_cyber_attack(core, text):
    assert find(core, text, "COERCE").mode == "cyber attack"


def test_infected_people_are_no_attack(core):
    text = "Officials in Lagos said 40 people were infected with the virus last month."
    assert all(e.type != "COERCE" for e in events(core, text))


def test_served_months_in_prison_is_custody(core):
    event = find(core, "John Ellery served four months in federal prison for obstructing justice.", "COERCE")
    assert event.target == "John Ellery"


def test_served_as_an_official_is_no_custody(core):
    text = "John Ellery served as an assistant to the attorney general in Washington."
    assert all(e.type != "COERCE" for e in events(core, text))


def test_complained_that_accuses(core):
    find(core, "Opposition parties in Uganda complained that the ballots had been printed in secret.", "ACCUSE")


def test_complained_alone_accuses_no_one(core):
    text = "Opposition parties in Uganda complained loudly on Monday."
    assert all(e.type != "ACCUSE" for e in events(core, text))


def test_admitting_ones_role_concedes(core):
    find(core, "Mark Felt admitted his role in the scandal after more than 30 years.", "CONCEDE")


def test_admitting_a_fact_concedes_nothing(core):
    text = "Senator Mark Felt admitted that the hearing would be long."
    assert all(e.type != "CONCEDE" for e in events(core, text))
