"""when66: a day of the month written before its month ("the 5th of May"), a clause of time told
in the present under a present ("faces ... when he's sentenced May 7": the day to come), and a
gerund of an absolute "with" clause on a verb of the story's day."""
from __future__ import annotations


def events(core, text: str, **meta):
    return core.extract_text(text, **meta).events


def test_a_day_written_before_its_month_widens_the_month():
    from newstrace.extract.dates import day_before_month

    text = "the general strike called for the 5th of May was attended"
    start = text.index("May")
    assert text[day_before_month(text, start, start + 3):start + 3] == "the 5th of May"
    plain = "in May the strike"
    assert day_before_month(plain, plain.index("May"), plain.index("May") + 3) == plain.index("May")


def test_the_5th_of_may_dates_the_march_to_that_day(core):
    text = ("Thousands of workers joined a general strike in Greece. "
            "The Athens protest march marking the general strike called for the 5th of May was attended "
            "by 200,000 people.")
    found = [e for e in events(core, text, published="2010-05-07") if e.trigger == "protest"]
    assert found and found[0].date == "2010-05-05", found


def test_a_present_clause_of_time_under_a_present_takes_the_day_to_come(core):
    text = ("A gang member was convicted on Tuesday of murdering a mother in Brooklyn. "
            "He faces up to 75 years to life in prison when he's sentenced May 7.")
    found = [e for e in events(core, text, published="2013-04-24") if "sentenced" in e.sentence and e.date]
    assert found and all(e.date == "2013-05-07" for e in found), found


def test_a_gerund_of_an_absolute_with_clause_takes_the_story_day(core):
    text = ("Riot police clashed with protesters in Athens on Wednesday. "
            "The city has five million people. Its parliament stands on Syntagma square. "
            "The square is large. Soon battles erupted around the Parliament with protesters throwing Molotov cocktails and rocks.")
    found = [e for e in events(core, text, published="2010-05-07") if e.sentence.startswith("Soon")
             and e.trigger.startswith("throw")]
    assert found and found[0].date == "2010-05-05", found
