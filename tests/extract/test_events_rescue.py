"""Rescue, emergency care and confession in accident and crime news (ecb60): a rescue or a
transfer to a place of care told in the passive with no rescuer named is still AID; confessing
to a crime or to the police is CONCEDE. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.test_events import events, find


@pytest.mark.parametrize("text, target", [
    ("Two hikers were rescued from the mountain on Sunday.", "hikers"),
    ("The injured driver was rushed to a hospital in the city.", "driver"),
    ("The fisherman was airlifted to hospital with a broken leg.", "fisherman"),
])
def test_agentless_rescue_is_aid(core, text, target):
    event = find(core, text, "AID")
    assert event.actor is None and target in (event.target or "")


@pytest.mark.parametrize("text", [
    "The committee took the proposal to the hospital board.",
    "The airline flew the new jets to the coast.",
    "The body was taken to the hospital for a post-mortem.",
])
def test_no_rescue_without_one_saved(core, text):
    assert all(e.type != "AID" for e in events(core, text))


@pytest.mark.parametrize("text", [
    "The gunman confessed to the killing.",
    "The driver confessed to police on Friday.",
])
def test_confession_concedes(core, text):
    find(core, text, "CONCEDE")


def test_confessed_feeling_concedes_nothing(core):
    assert all(e.type != "CONCEDE" for e in events(core, "She confessed that she was nervous."))
