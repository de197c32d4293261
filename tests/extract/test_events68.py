"""Readings added on unread ECB+ text (events68): a conviction someone has is a conviction
by a court (COERCE, the haver convicted); using a Taser or a stun gun on someone is force
(ASSAULT); rushing the hurt to a medical center is emergency aid, as to a hospital (AID).
Sentences written for these tests; each has a guard of the same word in a sense that
tells no such event."""
from __future__ import annotations

from tests.extract.test_events import events, find


def test_a_prior_conviction_one_has_is_a_conviction(core):
    event = find(core, "Court records show that Mark Dunlow has two prior felony convictions in Ohio.", "COERCE")
    assert event.mode == "convict"
    assert event.target == "Mark Dunlow"


def test_a_conviction_held_as_a_belief_is_no_conviction(core):
    text = "Senator Maria Lopez has a strong conviction that the tax bill will pass."
    assert all(e.mode != "convict" for e in events(core, text))


def test_using_a_taser_on_someone_is_force(core):
    event = find(core, "Denver police officers used a Taser on Mark Dunlow outside the bank.", "ASSAULT")
    assert event.mode == "taser"


def test_using_a_phone_is_no_force(core):
    text = "Denver police officers used a phone to call Mark Dunlow outside the bank."
    assert all(e.mode != "taser" for e in events(core, text))


def test_rushed_to_a_medical_center_is_medical_aid(core):
    event = find(core, "Paramedics rushed Maria Lopez to Denver Health Medical Center on Friday.", "AID")
    assert event.mode == "medical care"


def test_a_charge_pleaded_to_is_laid_on_the_pleader(core):
    text = "Mark Dunlow pleaded guilty to charges of fraud in a Denver court on Monday."
    charge = find(core, text, "ACCUSE")
    assert charge.target == "Mark Dunlow"
    assert charge.actor is None
    find(core, text, "CONCEDE")  # the plea stays its own event


def test_counts_pleaded_to_in_a_not_guilty_plea_are_laid_on_the_pleader(core):
    text = "Mark Dunlow pleaded not guilty on Tuesday to seven counts of negligent homicide."
    assert find(core, text, "ACCUSE").target == "Mark Dunlow"
    find(core, text, "REJECT")


def test_a_plea_for_mercy_lays_no_charge(core):
    text = "Mark Dunlow pleaded with the judge for mercy on Monday."
    assert all(e.type != "ACCUSE" for e in events(core, text))
