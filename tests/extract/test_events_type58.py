"""A failed attempt to persuade tells a refusal (type58): "failed to dissuade the unions"
says the unions did not yield (REJECT, actor the unions) besides the attempt (REQUEST); a
persuasion that worked is still a request. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.test_events import events


@pytest.mark.parametrize("text, actor", [
    ("The prime minister failed to dissuade the dockworkers' union from calling a strike.", "union"),
    ("Governor Smith failed to persuade the farmers' cooperative to drop its lawsuit.", "cooperative"),
])
def test_a_failed_persuasion_is_the_refusal_of_the_one_urged(core, text, actor):
    found = events(core, text)
    rejects = [e for e in found if e.type == "REJECT"]
    assert rejects and actor in (rejects[0].actor or "").lower(), found
    assert [e for e in found if e.type == "REQUEST"], found  # the attempt is told too


def test_a_persuasion_that_worked_is_a_request(core):
    found = events(core, "Governor Smith persuaded the farmers' cooperative to drop its lawsuit.")
    assert [e for e in found if e.type == "REQUEST"], found


@pytest.mark.parametrize("text", [
    "The rebel commander was able to negotiate safe passage for his fighters.",
    "The two ministers managed to negotiate a fishing quota on Friday.",
])
def test_a_negotiation_told_as_achieved_is_an_agreement(core, text):
    found = events(core, text)
    assert [e for e in found if e.type == "AGREE"] and not [e for e in found if e.type == "CONSULT"], found


def test_a_negotiation_only_attempted_is_talks(core):
    found = events(core, "The rebel commander tried to negotiate safe passage for his fighters.")
    assert [e for e in found if e.type == "CONSULT"], found


def test_talks_achieved_with_no_terms_named_are_talks(core):
    # revfix28: "was able to negotiate with the rebels" names no terms agreed: only talks
    found = events(core, "The envoy was able to negotiate with the rebels for hours.")
    assert [e for e in found if e.type == "CONSULT"] and not [e for e in found if e.type == "AGREE"], found
