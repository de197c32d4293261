"""Readings added on unread ECB+ text (events66): a party's offer of terms to another is a
step of their negotiation (CONSULT, "contract offer"); rushing the hurt to hospital is
emergency aid (AID, "medical care", told also in the agentless passive); setting a thing
on fire is arson (ASSAULT). Sentences written for these tests; each has a guard of the
same word in a sense that tells no such event."""
from __future__ import annotations

from tests.extract.test_events import events, find


def test_made_an_offer_is_a_contract_offer(core):
    event = find(core, "The Chicago Cubs have made an eight-year offer to pitcher Carlos Marmol.", "CONSULT")
    assert event.mode == "contract offer"
    assert event.actor == "Chicago Cubs"


def test_an_offer_to_resign_is_no_contract_offer(core):
    text = "President Zelensky declined Prime Minister Honcharuk's offer to resign on Friday."
    assert all(e.mode != "contract offer" for e in events(core, text))


def test_rushed_to_hospital_is_medical_aid(core):
    event = find(core, "Paramedics rushed Maria Lopez to Mercy Hospital in Denver.", "AID")
    assert event.mode == "medical care"


def test_rushed_to_hospital_in_the_passive_is_medical_aid(core):
    find(core, "After the crash, Maria Lopez was rushed to a hospital in Denver.", "AID")


def test_rushed_to_judgement_is_no_aid(core):
    text = "Senator Maria Lopez said the committee rushed to judgement on the bill."
    assert all(e.type != "AID" for e in events(core, text))


def test_set_on_fire_is_arson(core):
    event = find(core, "A masked man set the finance ministry in Athens on fire on Saturday.", "ASSAULT")
    assert event.mode == "arson"


def test_set_a_record_is_no_arson(core):
    text = "The Greek sprinter Kostas Kenteris set a national record in Athens on Saturday."
    assert all(e.mode != "arson" for e in events(core, text))
