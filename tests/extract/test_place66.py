"""place66: an act a journey is made for happens where the journey goes; a place phrase's "to"
infinitive clause names no place of the phrase."""
from __future__ import annotations


def located(core, text: str, trigger: str):
    found = [e for e in core.extract_text(text, published="2024-11-29").events if e.trigger == trigger]
    assert found, found
    return found[0].location


def test_an_act_a_journey_is_made_for_happens_where_it_goes(core):
    text = ("After talks in Boston stalled, Red Sox officials flew to Texas on Thursday night to meet with "
            "free agent Mark Teixeira.")
    assert located(core, text, "meet") == "Texas"


def test_a_place_phrase_names_no_place_of_its_infinitive_clause(core):
    text = ("Boston Red Sox owner John Henry and general manager Theo Epstein flew to Texas on Thursday night "
            "to meet with free agent Mark Teixeira in an effort to convince the first baseman to sign with Boston.")
    assert located(core, text, "meet") == "Texas"


def test_a_place_of_the_phrase_itself_still_counts(core):
    text = "Rebels attacked a police station in Kalat in an attempt to free prisoners."
    assert located(core, text, "attacked") == "Kalat"


def test_a_town_the_only_placed_act_happens_in_is_the_story_scene(core):
    text = ("Queens Woman Killed In Hit-And-Run. A 59-year-old mother of two died when a drunken driver struck "
            "her with his car and then drove off, police said. Raj Chohan, 59, had just parked her car around "
            "7 p.m. Friday in Richmond Hill when she was hit by a car. A police officer chased after the car "
            "and arrested the driver, 23, several blocks away.")
    assert located(core, text, "arrested") == "Richmond Hill"
