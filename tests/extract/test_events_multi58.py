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


def test_a_passive_conjoined_to_an_active_verb_undergoes_on_its_subject(core):
    text = "John Smith killed three people and was later arrested."
    found = [e for e in events(core, text) if e.type == "COERCE"]
    assert [e.target for e in found] == ["John Smith"], events(core, text)


def test_the_by_agent_of_a_vouching_participle_is_the_source(core):
    # revfix28: "confirmed by" names who vouches for the attack, not who attacked
    text = "The attack confirmed by the observatory killed ten soldiers."
    assert not [e for e in events(core, text) if e.actor == "observatory"], events(core, text)
