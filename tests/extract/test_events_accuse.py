"""ACCUSE from sentences written for these tests (accuse41): charges laid in the passive,
counts of an offence, and the idioms of criticism."""
from __future__ import annotations

import pytest

from tests.extract.test_events import events


def accusations(core, text: str):
    return [e for e in events(core, text) if e.type == "ACCUSE"]


@pytest.mark.parametrize("text, actor, target", [
    # a charge noun laid by a passive verb on the one after "against", by its agent if named
    ("Such accusations were leveled against Mayor Tom Hale on Monday.", None, "Tom Hale"),
    ("A complaint was filed against Mayor Tom Hale by his former aide on Wednesday.", "former aide", "Tom Hale"),
    # a count of an offence is a charge the one who faces it, or is held on, undergoes
    ("Senator Jo Brandt faced 18 counts of fraud.", None, "Jo Brandt"),
    ("The woman was held on two counts of murder.", None, "woman"),
    ("After the hearing, Jo Brandt was ordered held on two counts of murder.", None, "Jo Brandt"),
    # idioms of criticism: the particle or the figure tells the sense
    ("Senator Jo Brandt lashed out at Mayor Tom Hale on Twitter.", "Jo Brandt", "Tom Hale"),
    ("Senator Jo Brandt hit out at Mayor Tom Hale on Twitter.", "Jo Brandt", "Tom Hale"),
    ("Opposition lawmakers have spoken out against President Jo Brandt.", "Opposition lawmakers", "Jo Brandt"),
    ("The minister pointed the finger at the rebels.", "minister", "rebels"),
])
def test_charges_and_criticism_are_accusations(core, text, actor, target):
    found = accusations(core, text)
    assert [(e.actor, e.target) for e in found] == [(actor, target)], events(core, text)


def test_hitting_out_at_someone_strikes_no_one(core):
    assert "ASSAULT" not in {e.type for e in events(core, "Senator Jo Brandt hit out at Mayor Tom Hale on Twitter.")}


@pytest.mark.parametrize("text", [
    "Charges were dropped against Mayor Tom Hale.",  # a charge lifted, not laid
    "A judge found Tom Hale guilty of two counts of murder.",  # a verdict on counts: the conviction
    "The vote count in the district was delayed.",  # no offence counted
])
def test_charges_lifted_or_judged_are_no_accusation(core, text):
    assert not accusations(core, text), events(core, text)


@pytest.mark.parametrize("text, actor, target", [
    # noun54: a noun of a standing stance as the copula's predicate: its subject holds the
    # stance, toward the "of" object
    ("Senator Jane Holt is an outspoken critic of President Omar Diallo.", "Jane Holt", "Omar Diallo"),
    ("Mayor Tom Reyes has long been a harsh critic of Governor Ana Ortiz.", "Tom Reyes", "Ana Ortiz"),
])
def test_a_critic_named_by_the_copula_accuses(core, text, actor, target):
    assert [(e.actor, e.target) for e in accusations(core, text)] == [(actor, target)], events(core, text)


def test_a_critic_in_apposition_is_background(core):
    assert not accusations(core, "Mayor Tom Reyes, a critic of Governor Ana Ortiz, spoke on Monday.")
