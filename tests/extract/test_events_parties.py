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
