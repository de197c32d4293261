"""when64: a page's time stamp below its headline's summary as its date line, the story's day
of an act told as what a verb of beginning began, of a lead counted after the headline, and of
an undated lead act that a later sentence retells with a day."""
from __future__ import annotations

from newstrace.extract.dates import stamped_date_line

SUMMARY = ("Son suspected of killing mother and sister had begged to stay in hospital John Smith, 23, released "
           "from a secure hospital against his wishes His sister and mother were found dead in a home in "
           "Millom Relative said he had a history of mental health problems Police not searching for any "
           "other suspects in connection with the double murders ")


def events(core, text: str, **meta):
    return core.extract_text(text, **meta).events


def test_a_stamp_word_before_a_full_date_gives_the_page_day():
    text = SUMMARY + "PUBLISHED: 16: 05 GMT, 9 June 2013 | UPDATED: 06: 55 GMT, 10 June 2013 A man was held."
    found = stamped_date_line(text)
    assert found is not None and found[0] == "2013-06-09", found


def test_a_date_the_text_tells_is_no_stamp():
    assert stamped_date_line("The hearing is set for 9 June 2013 in the county court.") is None


def test_a_page_stamped_below_its_summary_dates_its_relative_days(core):
    text = SUMMARY + "PUBLISHED: 16: 05 GMT, 9 June 2013 | UPDATED: 06: 55 GMT, 10 June 2013 Police arrested a man yesterday."
    found = [e for e in events(core, text) if e.type == "COERCE"]
    assert found and found[-1].date == "2013-06-08", found


def test_an_act_a_verb_of_beginning_began_takes_the_story_day(core):
    text = ("A gunman opened fire at a factory in Ohio on Tuesday, killing two workers. "
            "The factory makes cookies and crackers. It has 300 employees. "
            "About 100 people were in the building when he began shooting.")
    found = [e for e in events(core, text, published="2024-11-29") if e.sentence.startswith("About")]
    assert found and found[0].date == "2024-11-26", found


def test_the_lead_after_a_headline_gives_the_story_day(core):
    title = "Gunman kills two at Ohio plant"
    text = (title + "\n\nPolice say the suspect is in custody.\n\n"
            "A gunman shot two workers at a plant in Ohio on Thursday. "
            "The plant makes cookies and crackers. It has 300 employees. Officers arrested the gunman.")
    found = [e for e in events(core, text, published="2024-11-29", title=title) if e.type == "COERCE"
             and "arrested" in e.sentence]
    assert found and found[0].date == "2024-11-28", found


def test_an_undated_lead_act_takes_the_day_a_retelling_gives(core):
    text = ("Minutes after a woman was suspended from her job at a plant in Ohio, she returned with a gun and "
            "opened fire, killing two co-workers, police said. The shootings happened shortly after 8: 30 p. m. "
            "Thursday.")
    found = [e for e in events(core, text, published="2024-11-29") if e.type == "ASSAULT"]
    assert found and found[0].date == "2024-11-28", found
