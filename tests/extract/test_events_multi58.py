"""multi58: the doer of an act noun named in a light verb's passive participle."""
from __future__ import annotations

import pytest


def events(core, text: str):
    return core.extract_text(text, published="2024-03-15").events


@pytest.mark.parametrize("text, event_type, actor", [
    ("The attack carried out by the rebels killed ten people.", "ASSAULT", "rebels"),
    ("The protest organised by the students ended peacefully.", "PROTEST", "students"),
])
def test_the_by_agent_of_a_light_verb_participle_does_the_act(core, text, event_type, actor):
    found = {e.actor for e in events(core, text) if e.type == event_type}
    assert actor in found, events(core, text)


def test_the_by_agent_of_a_receiving_participle_does_not_give(core):
    text = "Aid received by the refugees was stolen."
    assert not [e for e in events(core, text) if e.type == "AID" and e.actor == "refugees"], events(core, text)


def test_a_clash_verb_with_people_is_each_sides_act(core):
    text = "Protesters clashed with riot police in Ottawa on Tuesday."
    found = {(e.actor, e.target) for e in events(core, text) if e.type == "ASSAULT"}
    assert {("Protesters", "riot police"), ("riot police", "Protesters")} <= found, events(core, text)


@pytest.mark.parametrize("text", [
    "His politics have clashed with the stances of party leaders.",  # a thing, no side
    "The Kurds fought with the Americans against the militants.",  # an ally
])
def test_a_fight_verb_with_no_opposing_side_stays_one_way(core, text):
    assert not [e for e in events(core, text) if e.type == "ASSAULT" and e.actor in ("stances", "Americans")], \
        events(core, text)


def test_a_passive_conjoined_to_an_active_verb_undergoes_on_its_subject(core):
    text = "John Smith killed three people and was later arrested."
    found = [e for e in events(core, text) if e.type == "COERCE"]
    assert [e.target for e in found] == ["John Smith"], events(core, text)
