"""Resignations forced (senses52): one forced to resign gives in (CONCEDE, the one forced its actor), and a
resignation forced by nobody named is no COERCE. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.test_events import events, find


def test_announced_attack_is_still_a_threat(core):
    find(core, "The Taliban said they would attack the army base at dawn.", "THREATEN")


@pytest.mark.parametrize("text, resigner, forcer", [
    ("The party forced the treasurer to resign.", "treasurer", "party"),
    ("Protesters forced the mayor to resign.", "mayor", "Protesters"),
])
def test_forced_resignation_is_the_resigners(core, text, resigner, forcer):
    assert resigner.lower() in str(find(core, text, "CONCEDE").actor).lower()
    assert forcer.lower() in str(find(core, text, "COERCE").actor).lower()


def test_forced_to_release_is_the_releasers(core):
    event = find(core, "The rebels forced the government to release the prisoners.", "CONCEDE")
    assert "government" in str(event.actor).lower()


def test_resignation_forced_by_no_one_named(core):
    text = "The minister was forced to resign after the scandal."
    assert "minister" in str(find(core, text, "CONCEDE").actor).lower()
    assert all(e.type != "COERCE" for e in events(core, text))


def test_forced_flight_still_coercion(core):
    find(core, "The rebels forced the villagers to flee their homes.", "COERCE")
