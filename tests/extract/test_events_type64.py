"""A word's sense by its object or its voice (type64): hitting, targeting or compromising
computers and sites is a cyber attack (COERCE), not force or a concession; workers strike
with no object, a driver who "struck her" hits someone; withdrawing an offer refuses the
deal (REJECT); a threatening call is a threat, not a conversation; beating the law or
fighting tears is no assault. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.test_events import events


def typed(core, text: str) -> set[str]:
    return {e.type for e in events(core, text)}


@pytest.mark.parametrize("text", [
    "The network's site was hit by an IFrame attack on Tuesday.",
    "Hackers have been busy compromising thousands of Web sites.",
    "Internet Explorer users had already been targeted, the company said.",
])
def test_an_attack_on_computers_is_a_cyber_attack(core, text):
    found = typed(core, text)
    assert "COERCE" in found and not found & {"ASSAULT", "CONCEDE"}, events(core, text)


@pytest.mark.parametrize("text", [
    "The two parties compromised to reach a budget deal.",
    "The minister compromised on the budget after a week of talks.",
])
def test_an_intransitive_compromise_is_still_a_concession(core, text):
    assert "CONCEDE" in typed(core, text), events(core, text)


@pytest.mark.parametrize("text", [
    "Thousands of teachers struck on Monday over pay.",
    "Dock workers struck for a third day.",
])
def test_workers_striking_with_no_object_protest(core, text):
    assert "PROTEST" in typed(core, text), events(core, text)


@pytest.mark.parametrize("text", [
    "A drunken driver struck her with his car and then drove off, police said.",
    "A 59-year-old woman died after being struck by a drunken driver.",
])
def test_a_driver_who_struck_someone_is_no_strike(core, text):
    found = typed(core, text)
    assert "PROTEST" not in found and "ASSAULT" in found, events(core, text)


@pytest.mark.parametrize("text", [
    "On Sunday night, the Angels withdrew their contract offer to the pitcher.",
    "The club has withdrawn its bid for the striker.",
])
def test_withdrawing_an_offer_refuses_the_deal(core, text):
    found = typed(core, text)
    assert "REJECT" in found and not found & {"CONCEDE", "SANCTION", "RETREAT"}, events(core, text)


def test_withdrawing_a_bill_is_still_a_policy_reversal(core):
    assert "CONCEDE" in typed(core, "The government withdrew the bill after the protests.")


def test_a_threatening_call_is_a_threat(core):
    text = "On Friday morning, the bank received a threatening phone call from an unknown man."
    found = typed(core, text)
    assert "THREATEN" in found and "CONSULT" not in found, events(core, text)


def test_a_phone_call_is_still_a_conversation(core):
    assert "CONSULT" in typed(core, "Putin and Macron held a phone call on Monday.")


@pytest.mark.parametrize("text", [
    "Over time, Gigante proved better at beating the law than his rivals.",
    "The mother fought tears as the video was shown.",
    "He fought extradition for two years.",
])
def test_beating_or_fighting_what_is_no_one_is_no_assault(core, text):
    assert "ASSAULT" not in typed(core, text), events(core, text)


def test_capturing_a_scene_on_film_is_no_arrest(core):
    assert "COERCE" not in typed(core, "She was at her best in natural settings captured by the photographer.")


@pytest.mark.parametrize("text", [
    "Microsoft confirmed that a flaw in its web browser is being actively exploited.",
    "Researchers saw attacks exploiting the browser vulnerability last week.",
])
def test_exploiting_a_software_flaw_is_a_cyber_attack(core, text):
    assert "COERCE" in typed(core, text), events(core, text)


def test_exploiting_the_weakness_of_a_government_is_no_attack(core):
    assert "COERCE" not in typed(core, "The opposition exploited the vulnerability of the government.")


def test_serving_time_is_a_jail_term(core):
    found = [e for e in events(core, "Smith served time in a federal prison for fraud.") if e.type == "COERCE"]
    assert found and "Smith" in (found[0].target or ""), found


@pytest.mark.parametrize("text", [
    "Giuliani was serving as Trump's personal lawyer at the time.",
    "She served a long time as mayor of the town.",
])
def test_serving_at_the_time_is_no_jail_term(core, text):
    assert "COERCE" not in typed(core, text), events(core, text)
