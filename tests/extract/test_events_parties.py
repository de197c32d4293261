"""One event per party (recip44): reciprocal acts "between / among" a list of parties."""
from __future__ import annotations

import pytest


def events(core, text: str):
    return core.extract_text(text, published="2024-03-15").events


@pytest.mark.parametrize("text, event_type, actors", [
    ("The president welcomed the talks between Bolivia and Paraguay.", "CONSULT", {"president", "Bolivia", "Paraguay"}),
    ("The treaty among Norway, Sweden and Finland was signed in 2019.", "AGREE", {"Norway", "Sweden", "Finland"}),
    ("Talks between Bolivia and Paraguay resumed on Monday.", "CONSULT", {"Bolivia", "Paraguay"}),
])
def test_a_deal_or_talks_between_named_parties_is_each_partys(core, text, event_type, actors):
    found = {e.actor for e in events(core, text) if e.type == event_type}
    assert found == actors, events(core, text)


def test_talks_between_unnamed_sides_stay_one_event(core):
    text = "Talks between the two sides resumed on Monday."
    assert len([e for e in events(core, text) if e.type == "CONSULT"]) <= 1, events(core, text)


@pytest.mark.parametrize("text, event_type, actors", [
    ("The European Union, along with Japan, condemned the decision.", "ACCUSE", {"European Union", "Japan"}),
    ("Opposition lawmakers condemned the decision, along with donors and the European Union.", "ACCUSE",
     {"Opposition lawmakers", "donors", "European Union"}),
    ("The rebels fought alongside government troops against the militants.", "ASSAULT", {"rebels", "government troops"}),
])
def test_a_companion_along_with_the_doer_acts_too(core, text, event_type, actors):
    found = {e.actor for e in events(core, text) if e.type == event_type}
    assert found == actors, events(core, text)


@pytest.mark.parametrize("text, event_type, actors", [
    ("The European Union, along with Japan, filed a complaint at the WTO.", "ACCUSE", {"European Union", "Japan"}),
    ("The Sierra Club, which has filed suit along with Greenpeace, criticized the rule.", "ACCUSE",
     {"Sierra Club", "Greenpeace"}),
])
def test_a_companion_of_a_light_verb_does_the_act_its_noun_names(core, text, event_type, actors):
    found = {e.actor for e in events(core, text) if e.type == event_type}
    assert actors <= found, events(core, text)


@pytest.mark.parametrize("text, event_type, actor", [
    # the companion of a party object goes with the object
    ("Police arrested the suspect along with his brother.", "COERCE", "Police"),
    # a thing goes with the thing acted on
    ("The minister praised the report, along with photos of the new bridge.", "SUPPORT", "minister"),
])
def test_a_companion_of_the_object_does_not_act(core, text, event_type, actor):
    found = {e.actor for e in events(core, text) if e.type == event_type}
    assert found == {actor}, events(core, text)


def test_a_phone_call_of_conjoined_parties_is_each_ones(core):
    text = "Erdogan and Macron spoke by phone on Monday."
    pairs = {(e.actor, e.target) for e in events(core, text) if e.type == "CONSULT"}
    assert pairs == {("Erdogan", "Macron"), ("Macron", "Erdogan")}, pairs


@pytest.mark.parametrize("text, event_type, targets", [
    ("The court sentenced Maria Lopez and Juan Perez to ten years in prison.", "COERCE", {"Maria Lopez", "Juan Perez"}),
    ("The government imposed sanctions on Venezuela, Cuba and Nicaragua.", "SANCTION", {"Venezuela", "Cuba", "Nicaragua"}),
])
def test_holding_or_sanctioning_several_named_parties_is_one_act_each(core, text, event_type, targets):
    found = {e.target for e in events(core, text) if e.type == event_type}
    assert found == targets, events(core, text)


def test_sanctioned_ships_are_no_parties_of_their_own(core):
    text = "The Treasury Department sanctioned the tanker Golden Star and the freighter Blue Wave."
    assert len([e for e in events(core, text) if e.type == "SANCTION"]) <= 1, events(core, text)


@pytest.mark.parametrize("text, event_type, actor", [
    ("Clashes broke out between the crowd and police when the former attacked the bank manager.", "ASSAULT", "crowd"),
    ("Russia and Ukraine traded accusations. The former accused Kyiv of shelling the plant.", "ACCUSE", "Russia"),
    ("Obama met Putin and Merkel on Monday. The latter criticized the sanctions.", "ACCUSE", "Merkel"),
])
def test_the_former_or_the_latter_is_one_of_the_pair_named_before(core, text, event_type, actor):
    found = {e.actor for e in events(core, text) if e.type == event_type}
    assert found == {actor}, events(core, text)


def test_the_former_mayor_is_no_pair_member(core):
    text = "Smith and Jones spoke. The former mayor attacked the plan."
    found = {e.actor for e in events(core, text) if e.type == "ACCUSE"}
    assert found == {"former mayor"}, events(core, text)


def test_a_deal_a_verb_is_done_in_is_its_doers_with_the_partner(core):
    text = "The Yankees acquired Smith in a deal with the Boston Red Sox."
    pairs = {(e.actor, e.target) for e in events(core, text) if e.type == "AGREE"}
    assert ("Yankees", "Boston Red Sox") in pairs, pairs
