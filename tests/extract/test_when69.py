"""when69: a passive of a kind that follows the lead's kind at once ("was rushed to a hospital"
after a lead's hit-and-run) takes the story's day; a charge does not."""
from __future__ import annotations


def events(core, text: str, **meta):
    return core.extract_text(text, **meta).events


LEAD = ("A grandmother was killed by a drunk hit-and-run driver in Queens on Friday. "
        "The city has eight million people. Its streets are busy at night. ")


def test_a_hurt_person_rushed_to_hospital_after_the_lead_takes_the_story_day(core):
    text = LEAD + "Chohan was rushed to Jamaica Hospital by ambulance."
    found = [e for e in events(core, text, published="2013-09-14") if e.trigger == "rushed"]
    assert found and found[0].date == "2013-09-13", found


def test_a_charge_after_the_lead_takes_no_story_day(core):
    text = LEAD + "Subryan was charged with vehicular manslaughter."
    found = [e for e in events(core, text, published="2013-09-14") if e.trigger == "charged"]
    assert found and found[0].date is None, found


def test_a_rush_to_hospital_with_no_lead_assault_takes_no_story_day(core):
    text = ("Thousands of protesters marched in Athens on Wednesday. "
            "The city has five million people. Its parliament stands on Syntagma square. "
            "A man was rushed to a hospital by ambulance.")
    found = [e for e in events(core, text, published="2010-05-07") if e.trigger == "rushed"]
    assert found and found[0].date is None, found
