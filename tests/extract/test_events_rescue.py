"""Rescue in accident news (ecb60): rescuers reaching someone is the rescue told as it
happens (AID); reaching a place, a body or a decision is not. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from tests.extract.test_events import events, find


@pytest.mark.parametrize("text", [
    "Rescuers reached the stranded fishermen after six hours.",
    "Paramedics reached the injured cyclist within minutes.",
])
def test_rescuers_reaching_someone_aid_them(core, text):
    event = find(core, text, "AID")
    assert event.actor and event.actor.lower() in ("rescuers", "paramedics")


@pytest.mark.parametrize("text", [
    "Rescuers reached the village on Tuesday.",
    "Firefighters reached the scene within minutes.",
    "Rescuers reached the bodies of the two divers.",
    "The negotiators reached the stranded fishermen by radio.",
])
def test_reaching_a_place_or_a_body_aids_no_one(core, text):
    assert all(e.type != "AID" for e in events(core, text))
