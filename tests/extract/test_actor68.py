"""Actors read on unread ECB+ text (actor68): a common noun in apposition to a person or an
organisation stands for it ("Jermayne Timmons, the teen who shot ..."); a participle
conjoined to an agentless passive is one too ("was arrested and charged with"); putting an offer or a paper to the other side is a light verb ("presented the offer",
"tendered his resignation"); an act of an unnamed word for the police is the one police
force the article names. Sentences written for these tests; each reading has a guard."""
from __future__ import annotations

from tests.extract.test_events import events, find


def test_a_noun_in_apposition_is_the_one_it_describes(core):
    event = find(core, "The jury heard from Jermayne Timmons, the teen who shot Kathina Thomas in Albany.", "ASSAULT")
    assert event.actor == "Jermayne Timmons"


def test_a_place_in_apposition_is_no_party(core):
    text = "Gunmen attacked Kabul, the capital, where the army fought the attackers on Monday."
    assert all(e.actor != "Kabul" for e in events(core, text))


def test_arrested_and_charged_tells_the_charge(core):
    text = "Less than two weeks later, Jermayne Timmons was arrested and charged with the shooting."
    event = find(core, text, "ACCUSE")
    assert event.target == "Jermayne Timmons"
    assert event.actor is None


def test_charged_by_a_named_agent_keeps_it(core):
    text = "Jermayne Timmons was arrested and charged by the Albany Police with the shooting."
    assert all(e.actor is None or "Albany" in e.actor for e in events(core, text) if e.type == "ACCUSE")


def test_presented_the_offer_names_who_offers(core):
    event = find(core, "Arte Moreno presented the offer to Scott Boras on Tuesday.", "CONSULT")
    assert event.actor == "Arte Moreno"


def test_tendered_his_resignation_names_who_resigns(core):
    event = find(core, "Prime Minister Oleksiy Honcharuk tendered his resignation on Friday.", "CONCEDE")
    assert event.actor == "Oleksiy Honcharuk"


def test_police_are_the_one_force_the_article_names(core):
    text = ("The NYPD said a 16-year-old was shot by two officers in Brooklyn on Saturday. "
            "Later that night the crowd was dispersed by police.")
    event = find(core, text, "COERCE")
    assert event.actor == "NYPD"


def test_police_stay_police_where_two_forces_are_named(core):
    text = ("The NYPD and the Nassau County Police said a teenager was shot in Brooklyn on Saturday. "
            "Later that night the crowd was dispersed by police.")
    assert all(e.actor not in ("NYPD", "Nassau County Police") for e in events(core, text) if e.type == "COERCE")


def test_a_cop_is_the_one_force_the_article_names(core):
    text = ("The NYPD said a 16-year-old was killed in Brooklyn on Saturday. "
            "Witnesses said the cop took out his gun and started firing at Kimani Gray.")
    assert any(e.actor == "NYPD" for e in events(core, text) if e.type == "ASSAULT")
