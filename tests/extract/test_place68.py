"""place68: a part of a day with its day of the month ("the night of Sept. 13"), the present
perfect of a breaking story on its day, "rushed to" a hospital placed there (and no scene of
the story's other acts), and an act told after another not at the time of the act that one is joined to."""
from __future__ import annotations

from newstrace.extract.dates import names_hour_only, resolve_date


def events(core, text: str, **meta):
    return core.extract_text(text, **meta).events


def test_a_part_of_a_day_with_its_day_of_the_month_is_that_day():
    assert resolve_date("the night of Sept. 13", "2013-09-18") == "2013-09-13"
    assert resolve_date("on the evening of 5 March", "2013-09-18") == "2013-03-05"
    assert not names_hour_only("the night of Sept. 13")


def test_a_part_of_a_day_alone_is_still_no_day():
    assert resolve_date("the evening rush hour", "2013-09-18") is None
    assert names_hour_only("midnight") and names_hour_only("at night")


def test_the_night_of_a_day_dates_the_act(core):
    text = "A woman was killed by a hit-and-run driver in Queens on the night of Sept. 13."
    found = [e for e in events(core, text, published="2013-09-18") if e.trigger == "killed"]
    assert found and found[0].date == "2013-09-13", found


def test_a_present_perfect_of_a_breaking_story_takes_the_story_day(core):
    text = ("Thousands of protesters marched in Athens on Wednesday. "
            "The city has five million people. Its parliament stands on Syntagma square. "
            "Protesters have occupied the City Hall of Naoussa.")
    found = [e for e in events(core, text, published="2010-05-07") if e.trigger == "occupied"]
    assert found and found[0].date == "2010-05-05", found


def test_a_present_perfect_told_as_earlier_takes_no_day(core):
    text = ("Thousands of protesters marched in Athens on Wednesday. "
            "The city has five million people. Its parliament stands on Syntagma square. "
            "Protesters have already occupied the City Hall of Naoussa.")
    found = [e for e in events(core, text, published="2010-05-07") if e.trigger == "occupied"]
    assert found and found[0].date is None, found


def test_a_present_perfect_of_another_kind_than_the_lead_takes_no_day(core):
    text = ("Riot police clashed with protesters in Athens on Wednesday. "
            "The city has five million people. Its parliament stands on Syntagma square. "
            "Protesters have occupied the City Hall of Naoussa.")
    found = [e for e in events(core, text, published="2010-05-07") if e.trigger == "occupied"]
    assert found and found[0].date is None, found


def test_a_present_perfect_over_a_stretch_of_time_takes_no_day(core):
    text = ("Thousands of protesters marched in Athens on Wednesday. "
            "The city has five million people. Its parliament stands on Syntagma square. "
            "Since then, protesters have occupied the City Hall of Naoussa.")
    found = [e for e in events(core, text, published="2010-05-07") if e.trigger == "occupied"]
    assert found and found[0].date is None, found


def test_rushed_to_a_hospital_happens_at_the_hospital(core):
    text = ("A teenager was shot by police in Brooklyn on Saturday. "
            "The teen was rushed to Kings County Hospital but he later died.")
    found = [e for e in events(core, text, published="2013-03-12") if e.trigger == "rushed"]
    assert found and found[0].location == "Kings County Hospital", found


def test_a_hospital_someone_was_rushed_to_is_no_scene_of_the_story(core):
    text = ("Raj Chohan, 59, was killed by a drunk hit-and-run driver on Friday. "
            "Chohan was rushed to Jamaica Hospital, where she later died.")
    found = {e.trigger: e.location for e in events(core, text, published="2013-09-15")}
    assert found.get("rushed") == "Jamaica Hospital", found
    assert found.get("killed") != "Jamaica Hospital", found


def test_an_act_told_after_another_takes_no_day_of_a_third_clause(core):
    text = ("A gang member is on trial in Brooklyn. "
            "A second witness had expected to testify in the shooting on Thursday as well but after threatened "
            "with death by the brother of the alleged gunman, their testimony has been delayed until Monday.")
    found = [e for e in events(core, text, published="2013-04-12") if e.trigger == "threatened"]
    assert found and found[0].date != "2013-04-11", found


def test_an_act_told_after_another_keeps_its_own_day(core):
    text = ("After police arrested him on Tuesday, the suspect was questioned for hours.")
    found = [e for e in events(core, text, published="2013-04-12") if e.trigger == "arrested"]
    assert found and found[0].date == "2013-04-09", found


def placed_by_title(core, title: str):
    body = ("A woman who claims she saw the fatal police shooting of a 16-year-old says the youth did not have a "
            "gun in his hand. The cop took out his gun and started firing at the boy, she said.")
    found = [e for e in events(core, f"{title} {body}", published="2013-03-13", title=title)
             if e.trigger == "shooting"]
    assert found, found
    return found[0].location


def test_the_one_town_a_title_names_places_a_story_with_no_placed_act(core):
    assert placed_by_title(core, "Brooklyn riot over teen's death") == "Brooklyn"


def test_a_title_naming_two_towns_places_nothing(core):
    assert placed_by_title(core, "Brooklyn and Boston riots over teen's death") is None
