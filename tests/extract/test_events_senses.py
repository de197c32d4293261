"""A second sense of a word the lexicon names for another type (senses48): raising a matter
with a party, joining a lawsuit, a summons to testify, being kicked out, being forced to flee.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.test_events import events, find


@pytest.mark.parametrize("event_type, text, actor", [
    ("CONSULT", "The foreign minister raised the matter directly with the Norwegian ambassador.", "foreign minister"),
    ("ACCUSE", "Nine states joined the lawsuit against the federal agency.", "states"),
    ("REQUEST", "The senate committee summoned the mining executive to testify.", "senate committee"),
    ("COERCE", "The military government kicked the foreign reporters out of the country.", "military government"),
    ("COERCE", "The militia forced thousands of villagers to flee their homes.", "militia"),
])
def test_senses48_readings(core, event_type, text, actor):
    event = find(core, text, event_type)
    assert actor.lower() in str(event.actor).lower()


@pytest.mark.parametrize("text, event_type", [
    # the other senses of the same words stay as they were
    ("The start-up raised ten million dollars with its new investors.", "CONSULT"),
    ("The young lawyer joined the legal team of the bank.", "ACCUSE"),
    ("The striker kicked the ball out of the stadium.", "COERCE"),
    # a side knocked out of a competition lost a game, no one expelled it (revfix25b)
    ("The home side was kicked out of the cup by a village team.", "COERCE"),
    ("Heavy snow forced the hikers to abandon their climb.", "COERCE"),
    # a cause no word list names is no party either (revfix25c: `subject_party`)
    ("Rising rents forced the family to leave the city.", "COERCE"),
])
def test_senses48_non_readings(core, text, event_type):
    assert all(e.type != event_type for e in events(core, text))


@pytest.mark.parametrize("text, actor, target", [
    # a told verb of backing whose object is a party: a stance for it (stance50: `party_object`)
    ("Argentina supports Uruguay in the border dispute with Brazil.", "Argentina", "Uruguay"),
    ("Peru strongly backs Bolivia.", "Peru", "Bolivia"),
    ("The Kenyan government has backed Ethiopia throughout the crisis.", "Kenya", "Ethiopia"),
    ("The rebel militia, which supports the Popular Front, controls the north.", "rebel militia", None),
])
def test_backing_a_party(core, text, actor, target):
    event = find(core, text, "SUPPORT")
    assert actor.lower() in str(event.actor).lower()
    if target:
        assert target.lower() in str(event.target).lower()


@pytest.mark.parametrize("text", [
    "Thousands of loyal fans support the club every week.",  # a fan's team
    "The fund was set up to support Ukraine.",  # an aim, not a stance told
    "Everyone who supports me is welcome here.",  # a pronoun names no party
    "The senator supported the Second Amendment.",  # a law, not a party
    "The new phone supports Microsoft Office.",  # a thing that supports a name takes no stance
])
def test_backing_no_party(core, text):
    assert all(e.type != "SUPPORT" for e in events(core, text))
