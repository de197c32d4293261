import pytest

from newstrace.extract.dates import resolve_date

PUBLISHED = "2024-11-29"  # a Friday


@pytest.mark.parametrize("expression,expected", [
    ("Thursday", "2024-11-28"),
    ("on Monday", "2024-11-25"),
    ("yesterday", "2024-11-28"),
    ("in December", "2023-12"),
    ("in March", "2024-03"),
    ("last week", None),
    ("2019", "2019"),
    ("March 3, 2022", "2022-03-03"),
])
def test_dates_resolve_against_publication(expression, expected):
    assert resolve_date(expression, PUBLISHED) == expected


@pytest.mark.parametrize("expression", ["recently", "soon", "", "at the time"])
def test_dates_vague_expressions_do_not_resolve(expression):
    assert resolve_date(expression, PUBLISHED) is None


def test_dates_relative_expressions_need_a_publication_date():
    assert resolve_date("Thursday", None) is None
    assert resolve_date("March 3, 2022", None) == "2022-03-03"


# -- numbers that are not years (issue 8, item 5) -----------------------------------


@pytest.mark.parametrize("expression,before", [
    ("2259", "resolution"),   # a resolution's number
    ("40", ","),              # an age: "a farmer, 40,"
    ("1625 UTC", "at"),       # a time of day
    ("99 years", "for"),      # a duration, not "99 years ago"
    ("40 years old", "is"),
])
def test_dates_numbers_outside_a_date_context_are_no_dates(expression, before):
    assert resolve_date(expression, PUBLISHED, before=before) is None


@pytest.mark.parametrize("expression,before,expected", [
    ("2019", "in", "2019"),
    ("2019", "since", "2019"),
    ("in 2019", "", "2019"),
    ("99 years ago", "", "1925"),
])
def test_dates_years_in_a_date_context_still_resolve(expression, before, expected):
    assert resolve_date(expression, PUBLISHED, before=before) == expected


@pytest.mark.parametrize("sentence", [
    "Russia vetoed resolution 2259 at the Security Council.",
    "Troops attacked the base at 1625 UTC, officials said.",
    "Rebels attacked the village, killing a farmer, 40, and his son.",
    "Police detained the protesters for 99 years.",
])
def test_dates_events_get_no_date_from_a_number_that_is_not_one(core, sentence):
    rec = core.extract_text(sentence, published=PUBLISHED)
    assert rec.events, "the sentence should still give its event"
    assert all(e.date is None for e in rec.events), [(e.type, e.date, e.date_text) for e in rec.events]


@pytest.mark.parametrize("sentence", [
    "China pledged to cut emissions by 2050.",
    "The government arrested the journalist in 2031.",
])
def test_dates_no_past_event_is_dated_after_publication(core, sentence):
    rec = core.extract_text(sentence, published=PUBLISHED)
    assert rec.events
    for e in rec.events:
        assert e.date is None or e.date[:4] <= PUBLISHED[:4] or e.modality in ("planned", "possible"), \
            (e.type, e.date, e.modality)


PUBLISHED_THURSDAY = "2025-03-13"


@pytest.mark.parametrize("expression,expected", [
    ("Thursday", "2025-03-13"),            # the day of publication itself
    ("on Wednesday", "2025-03-12"),
    ("last Thursday", "2025-03-06"),       # "last" never means the same day
    ("next Monday", "2025-03-17"),
    ("late Tuesday", "2025-03-11"),
    ("Tuesday's", "2025-03-11"),
    ("a day earlier", "2025-03-12"),
    ("earlier in the day", "2025-03-13"),
    ("Last month", "2025-02"),
    ("earlier this month", "2025-03"),
    ("last year", "2024"),
    ("10 years ago", "2015"),
    ("in January of last year", "2024-01"),
    ("in mid-March", "2025-03"),
    ("late September", "2024-09"),
    ("February 2020", "2020-02"),
    ("on Dec. 12", "2024-12-12"),
    ("in early 2017", "2017"),             # a part of a year is that year
    ("mid-2018", "2018"),
    ("next Wednesday, March 19", "2025-03-19"),  # a future marker: not last year's March 19
    ("the sixteen weeks", None),           # a length of time
    ("the same day", None),                # the day named beside it, not publication
])
def test_dates_relative_expressions_news_uses(expression, expected):
    assert resolve_date(expression, PUBLISHED_THURSDAY) == expected


def test_dates_event_takes_a_date_from_elsewhere_in_its_sentence(core):
    rec = core.extract_text("On Tuesday, as talks stalled, rebels attacked the army base in Kalat.",
                            published=PUBLISHED_THURSDAY)
    attacks = [e for e in rec.events if e.type == "ASSAULT"]
    assert attacks and attacks[0].date == "2025-03-11", [(e.type, e.date, e.date_text) for e in rec.events]


def _phrase_searches(text, kind, before, after):
    """What the dates module asked before its patterns were compiled once: one search per phrase."""
    import re

    from newstrace.extract.dates import _words
    return any(re.search(before + re.escape(p) + after, text) for p in _words(kind))


_SAMPLES = ["earlier today", "the previous day's vote", "last-night", "overnight", "tonight's talks", "this month",
            "earlier this month", "last year", "this year's budget", "by midnight", "in the evening rush hour",
            "at noon", "noon-time", "yesterday", "the day before yesterday", "10 a.m. Monday", "1625 UTC",
            "0900 GMT on Friday", "at 9:30 pm local", "since 2019", "in 2,000 hours", "a.m.", "Monday at 10 a.m.",
            "in mid-March", "the same day", "late last night", "", "-today-", "todays"]


@pytest.mark.parametrize("kind", ["day_before", "same_day", "last_month", "this_month", "last_year", "this_year"])
def test_dates_one_pattern_per_phrase_list_answers_as_a_search_per_phrase(kind):
    from newstrace.extract.dates import _has_phrase, _words
    samples = _SAMPLES + sorted(_words(kind)) + [f"x-{p}" for p in _words(kind)] + [f"{p}s" for p in _words(kind)]
    for text in samples:
        assert _has_phrase(text, kind) == _phrase_searches(text, kind, r"(?<![\w-])", r"(?![\w-])"), text


def test_dates_times_of_day_and_clock_times_match_as_before():
    import re

    from newstrace.extract.dates import _has_word, _is_clock_time, _without_clock_time, _words
    suffixes = "|".join(re.escape(s) for s in sorted(_words("clock_suffixes"), key=len, reverse=True))
    clock = r"\b\d{1,4}(?:[:.]\d{2})?\s*(?:" + suffixes + r")(?![\w])"
    samples = _SAMPLES + sorted(_words("times_of_day")) + [f"the {w}-time" for w in _words("times_of_day")]
    for text in samples:
        assert _has_word(text, "times_of_day") == _phrase_searches(text, "times_of_day", r"(?<!\w)", r"(?!\w)"), text
        assert _is_clock_time(text) == bool(re.search(clock, text, re.I)), text
        assert _without_clock_time(text) == re.sub(r"(?:\bat\s+)?" + clock, "", text, flags=re.I).strip(" ,"), text


@pytest.mark.parametrize("head,expected", [
    ("2 Dead, 1 Wounded in Shooting at NE Phila. Kraft Plant September 10, 2010 10: 14 AM Police say", "2010-09-10"),
    ("Mob boss dies in prison at 77 Published: Tuesday, Dec. 20 2005 12: 00 a. m. MST Mob boss", "2005-12-20"),
    ("16 September 2013 Last updated at 12: 42 GMT Briton dies in New Zealand", "2013-09-16"),
    ("Obama Administration Flips Bush Endangered Species Ruling 04 / 28 / 09 07: 35 PM ET Federal", "2009-04-28"),
    ("On September 11, 2001, hijackers flew planes into the towers.", None),  # a date the text tells
    ("Police arrested the man on Tuesday.", None),
    # a day's ordinal ending, a year written first, a stamp word or a clock after "on": the page's own line
    ("Singer leaves rehab clinic March 4th, 2011 3: 10pm EDT The singer left", "2011-03-04"),
    ("Council approves budget 9: 05am Friday 14th May 2010 The council approved", "2010-05-14"),
    ("Ferry runs aground published: 2009-06-21 08: 15: 02 A ferry ran aground", "2009-06-21"),
    ("Mill destroyed by fire Published: 2008. 03. 17 10: 02 AM A fire destroyed", "2008-03-17"),
    ("Storm closes schools Posted on October 2, 2012 Schools closed on Tuesday", "2012-10-02"),
    ("Storm closes schools Last updated on: October 2, 2012 18: 30 IST Schools", "2012-10-02"),
    ("Team wins title on Nov 4 2012, 9: 15p The team won", "2012-11-04"),
    ("Senate hearing on the Mine Cave-In May 12, 2008 Senators asked", "2008-05-12"),
    ("On March 4th, 2011, the singer left the clinic.", None),  # still a date the text tells
    # a hyphen before the year; a capitalised headline run into its date line
    ("Bridge reopens Tuesday, October 14-2008 at 10: 20 The bridge", "2008-10-14"),
    ("Bridge reopens Edited on Tue Oct-14-08 10: 20 AM The bridge", "2008-10-14"),
    ("BRIDGE REOPENS AFTER REPAIRS, MAYOR SAYSOCTOBER 14, 2008 The bridge", "2008-10-14"),
    ("Bridge reopens, the mayor saysOCTOBER 14, 2008 The bridge", None),  # a small letter before it: no headline
    ("The season of 2007-08 ended badly for the club.", None),
])
def test_dates_a_pages_own_date_line(head, expected):
    from newstrace.extract.dates import date_line
    from newstrace.data import load_toml
    assert date_line(head, frozenset(load_toml("dates.toml")["date_line_not_after"])) == expected


@pytest.mark.parametrize("stamp", ["September 10, 2010 10: 14 AM", "Posted on September 10th, 2010 at 10: 14 AM"])
def test_dates_an_article_with_no_publication_date_reads_relative_days_against_its_date_line(core, stamp):
    text = (f"Plant shooting suspect charged {stamp} Police arrested a worker on "
            "Thursday after a shooting at the plant.")
    rec = core.extract_text(text)
    dated = [e.date for e in rec.events if e.date]
    assert "2010-09-09" in dated, [(e.type, e.trigger, e.date, e.date_text) for e in rec.events]


def test_dates_a_piece_of_the_date_line_read_as_a_date_is_the_date_lines_day(core):
    # the stamp's day and its clock's hour ("07 08") read as one expression: still the page's day
    text = ("Man held after mill fire Published: 2009. 06. 07 08: 15 AM Police arrested a man after a fire at "
            "the old mill, officials said.")
    rec = core.extract_text(text)
    dated = {e.trigger: e.date for e in rec.events}
    assert dated.get("arrested") == "2009-06-07", [(e.trigger, e.date, e.date_text) for e in rec.events]


def test_dates_a_year_on_an_indefinite_noun_is_a_year():
    # "LaRue was present at a 1972 meeting": an article before the year is a date context too
    assert resolve_date("1972", PUBLISHED, before="a") == "1972"
    assert resolve_date("1500", PUBLISHED, before="killed") is None


def _events_by_trigger(core, text, published):
    rec = core.extract_text(text, published=published)
    return rec, {e.trigger: e for e in rec.events}


def _date_of(rec, by_trigger, trigger):
    assert trigger in by_trigger, [(e.type, e.trigger, e.date, e.date_text) for e in rec.events]
    return by_trigger[trigger].date


def test_dates_a_weekday_on_a_verb_told_in_the_future_is_the_next_such_day(core):
    # published Thursday 2025-03-13: "will meet ... on Tuesday" is 2025-03-18, "met on Tuesday" 2025-03-11
    rec, by_trigger = _events_by_trigger(
        core, "On Tuesday, the foreign ministers will meet their Ukrainian counterparts for talks in "
        "Jeddah. Rebels attacked the army base in Kalat on Tuesday.", published=PUBLISHED_THURSDAY)
    assert _date_of(rec, by_trigger, "meet") == "2025-03-18"
    assert by_trigger["meet"].date_text == "Tuesday"
    assert _date_of(rec, by_trigger, "attacked") == "2025-03-11"


def test_dates_a_day_and_month_told_in_the_future_is_the_one_to_come():
    # "I will substantially increase, on April 2nd, the Tariffs" (published 2025-03-11): this April, not last
    assert resolve_date("April 2nd", "2025-03-11", future=True) == "2025-04-02"
    assert resolve_date("April 2nd", "2025-03-11") == "2024-04-02"


def test_dates_next_month_and_next_year_are_a_month_and_a_year():
    assert resolve_date("next month", PUBLISHED) == "2024-12"
    assert resolve_date("next month", "2024-12-05") == "2025-01"
    assert resolve_date("next year", PUBLISHED) == "2025"


def test_dates_a_date_told_as_to_come_is_kept_after_publication(core):
    # a date after publication is dropped as a misreading unless the text tells the event as one to come
    rec, by_trigger = _events_by_trigger(
        core, "The governor's chief of staff also announced his resignation effective next Wednesday, "
        "July 31.", published="2019-07-28")
    assert _date_of(rec, by_trigger, "resignation") == "2019-07-31"
    rec, by_trigger = _events_by_trigger(
        core, '"If Canada does not drop its tariffs, I will substantially increase, on April 2nd, the '
        'tariffs on cars," Trump declared.', published="2025-03-11")
    assert _date_of(rec, by_trigger, "increase") == "2025-04-02"


def test_dates_a_participle_clause_shares_its_verbs_date(core):
    # "voted ..., urging ...": the urging is the vote's, on Tuesday, not the February vote it names
    rec, by_trigger = _events_by_trigger(
        core, "On Tuesday, the U.S. House of Representatives voted 368-7, urging a full investigation "
        "of claims of irregularities in the February 8 vote.", published="2024-06-27")
    assert _date_of(rec, by_trigger, "urging") == "2024-06-25"


def test_dates_a_day_on_another_noun_dates_that_noun_first(core):
    # "in a rally on Friday": Friday is the rally's; the criticism of the announcement takes Wednesday's
    rec, by_trigger = _events_by_trigger(
        core, "He announced this change by live television on Wednesday and again verbally in a rally "
        "on Friday, despite criticism by the Greek foreign minister.", published="2019-03-30")
    assert _date_of(rec, by_trigger, "criticism") == "2019-03-27"
    assert _date_of(rec, by_trigger, "rally") == "2019-03-29"


def test_dates_the_end_of_a_span_gives_way(core):
    # "released him on bail till October": the release was on Saturday, October ends the bail
    rec, by_trigger = _events_by_trigger(
        core, "On Saturday police arrested a 66-year-old man on suspicion of burglary, and released him "
        "on bail till October.", published="2019-09-16")
    assert _date_of(rec, by_trigger, "released") == "2019-09-14"


def test_dates_a_year_on_the_events_own_noun_dates_it(core):
    # "after his 2016 arrest": "his" is no date context for a bare number, but a year on the event's noun is its date
    rec, by_trigger = _events_by_trigger(
        core, "The man confessed to the killing after his 2016 arrest by police.", published="2019-09-28")
    assert _date_of(rec, by_trigger, "arrest") == "2016"


@pytest.mark.parametrize("expression, expected", [
    ("Monday, March 11, 2013 23", "2013-03-11"),   # "Monday, March 11, 2013 23: 51": the hour glued on
    ("September 10, 2010 10", "2010-09-10"),
    ("Jul 07, 2012 7", "2012-07-07"),
])
def test_dates_a_date_line_with_its_clocks_hour_glued_on_is_its_day(expression, expected):
    assert resolve_date(expression, None) == expected


@pytest.mark.parametrize("before, stamp", [
    ("a mother of 12, was shot UPDATED: 19: 14 GMT, ", True),
    ("CUMBRIA DOUBLE MURDER ACCUSED Published at 12: 45, Wednesday, ", True),
    ("Klitschko stops Thompson Posted: ", True),
    ("a survey published by Ethnos newspaper on ", False),   # a report's day, not the page's
    ("the photos were posted to the Internet on ", False),
])
def test_dates_a_pages_time_stamp_is_told_by_its_words(before, stamp):
    from newstrace.extract.dates import is_page_stamp

    assert is_page_stamp(before) is stamp


def test_dates_a_pages_time_stamp_dates_no_event(core):
    text = ("Zurana Horton, 34, was fatally shot in 2011 while picking up her daughter from school. "
            "A second mother was shot in her arm UPDATED: 19: 14 GMT, 12 April 2013 Jurors on Thursday watched "
            "the video.")
    rec = core.extract_text(text)
    shot = [e for e in rec.events if e.trigger.startswith("shot") and e.sentence.startswith("A second")]
    assert shot and "April 2013" not in (shot[0].date_text or ""), \
        [(e.type, e.trigger, e.date, e.date_text) for e in rec.events]


def test_dates_a_date_in_a_clause_deeper_down_is_that_clauses(core):
    # "giving him permission to use what he called ... on March 3": the date hangs in a content
    # clause below the participle's object, not in the participle's clause; the giving shares
    # the sending's Monday
    rec, by_trigger = _events_by_trigger(
        core, "On Monday, the minister sent a letter to the mayor, giving him permission to use what he "
        "called emergency funds for the flood on March 3.", published="2021-03-30")
    assert _date_of(rec, by_trigger, "giving") == "2021-03-29"


_LEAD = ("A gunman opened fire at a shopping mall in the city on Saturday, killing four people. The mall is the "
         "largest in the region. It has more than 200 shops. ")


def test_dates_a_past_passive_retelling_the_leads_act_takes_the_storys_day(core):
    # "The attacker was shot dead": an act of the lead's kind (an assault), told in the simple past
    # passive with no day of its own, two sentences on: the story's day
    rec, by_trigger = _events_by_trigger(core, _LEAD + "The attacker was shot dead by police.", published="2019-10-07")
    assert _date_of(rec, by_trigger, "shot") == "2019-10-05"


def test_dates_a_past_passive_of_another_kind_takes_no_story_day(core):
    # "was charged with murder": not of the lead's kind, the story's day is not its own
    rec, by_trigger = _events_by_trigger(core, _LEAD + "The man was charged with murder.", published="2019-10-07")
    assert _date_of(rec, by_trigger, "charged") is None


def test_dates_a_relative_clause_on_another_noun_keeps_its_date(core):
    # "The minister, who resigned in 2017, criticized ...": 2017 is the resigning's; the criticism
    # takes the story's day, not the relative clause's year
    rec, by_trigger = _events_by_trigger(
        core, "The president met the cabinet in the capital on Wednesday. The minister, who resigned in 2017, "
        "criticized the ruling of the court.", published="2019-03-28")
    assert _date_of(rec, by_trigger, "criticized") == "2019-03-27"


def test_dates_a_weekday_under_a_present_verb_of_intent_is_the_next_such_day(core):
    # published Monday 2025-03-10: "hopes to resolve ... during talks Tuesday" is the coming Tuesday;
    # "hoped" (told in the past) keeps the Tuesday gone by
    rec, by_trigger = _events_by_trigger(
        core, "Rubio said Monday the United States hopes to resolve the pause in aid to Ukraine during talks "
        "Tuesday with Ukrainian officials in Jeddah. Officials said Kyiv hoped to resolve the dispute during "
        "negotiations Tuesday with Russia.", published="2025-03-10")
    assert _date_of(rec, by_trigger, "talks") == "2025-03-11"
    assert _date_of(rec, by_trigger, "negotiations") == "2025-03-04"


def test_dates_the_same_day_is_the_day_last_told_however_far_back(core):
    # published Saturday 2019-03-16: the shooting's Friday, two sentences before "on the same day"
    rec, by_trigger = _events_by_trigger(
        core, "A gunman shot dead dozens of worshippers at Al Noor Mosque on Friday. Police cordoned off the "
        "streets of the city for hours. Residents stayed indoors. The second attack was in Linwood Mosque, "
        "killing at least eight people, on the same day.", published="2019-03-16")
    assert _date_of(rec, by_trigger, "killing") == "2019-03-15"


def test_dates_shortly_afterwards_is_the_day_last_told(core):
    # published Monday 2021-11-15: the stabbing on Saturday, two sentences back; "shortly afterwards" is
    # that day, not the story's nor the page's
    rec, by_trigger = _events_by_trigger(
        core, "Residents gathered in the square for a vigil on Sunday. A man stabbed a shopkeeper in a bakery on "
        "Saturday. Neighbours heard screams from the shop. A teenager was arrested shortly afterwards.",
        published="2021-11-15")
    assert _date_of(rec, by_trigger, "arrested") == "2021-11-13"


def test_dates_a_span_before_the_storys_event_counts_from_the_storys_day(core):
    # published Sunday 2020-06-21: the stabbing on Saturday; the protest "a few hours before the attack"
    # that Saturday, whatever the sentence's other days
    rec, by_trigger = _events_by_trigger(
        core, "A man stabbed three people to death in Forbury Gardens in Reading on Saturday. A Black Lives "
        "Matter protest had taken place in Forbury Gardens a few hours before the attack, but police said "
        "this was not connected to the crime.", published="2020-06-21")
    assert _date_of(rec, by_trigger, "protest") == "2020-06-20"
    assert by_trigger["protest"].date_text == "a few hours before the attack"


def test_dates_an_event_a_day_before_which_another_took_place_is_the_day_before(core):
    # published Thursday 2025-03-13: the rescue on Wednesday, "a day after an attack": the attack on Tuesday
    rec, by_trigger = _events_by_trigger(
        core, "Security sources said Wednesday a Pakistani military operation rescued 190 passengers and killed "
        "30 terrorists, a day after an attack on a train in Balochistan province.", published=PUBLISHED_THURSDAY)
    assert _date_of(rec, by_trigger, "attack") == "2025-03-11"
    assert _date_of(rec, by_trigger, "killed") == "2025-03-12"


def test_dates_a_participle_clause_shares_its_past_verbs_story_day(core):
    # "responded to the letter, calling for ...": a participle clause with no subject of its own,
    # on a verb in the simple past with no day (two sentences after the lead): the story's day, as its verb
    rec, by_trigger = _events_by_trigger(
        core, _LEAD + "The governor, who took office in 2017, responded to the attack on Twitter, calling for "
        "stricter gun laws.", published="2019-10-07")
    assert _date_of(rec, by_trigger, "calling for") == "2019-10-05"


def test_dates_a_participle_clause_on_a_present_verb_takes_no_story_day(core):
    # "responds ..., calling for": its verb told in the present, no story's day for either
    rec, by_trigger = _events_by_trigger(
        core, _LEAD + "The governor, who took office in 2017, often responds on Twitter, calling for stricter "
        "gun laws.", published="2019-10-07")
    assert _date_of(rec, by_trigger, "calling for") is None


def test_dates_an_act_told_in_the_perfect_takes_no_carried_day(core):
    # "The agency has dismissed the allegations": the perfect tells no time, so it takes no day from
    # the sentence before; a simple past in its place does
    text = ("Rebels attacked an army base in the north of the country on Tuesday. The agency has dismissed the "
            "allegations of abuse. ")
    rec, by_trigger = _events_by_trigger(core, text, published="2025-03-13")
    assert _date_of(rec, by_trigger, "dismissed") is None
    rec, by_trigger = _events_by_trigger(core, text.replace("has dismissed", "dismissed"), published="2025-03-13")
    assert _date_of(rec, by_trigger, "dismissed") == "2025-03-11"


def test_dates_an_anchored_span_of_days_shifts_the_storys_day(core):
    # published Sunday 2020-06-21: the rally on Saturday; the ruling "the day before the rally" on Friday
    # (the days carried with the words: context.AnchoredText.days)
    rec, by_trigger = _events_by_trigger(
        core, "Thousands of people marched in Portland on Saturday. A federal judge, who rejected, the day "
        "before the rally, a lawsuit against the organisers, was praised by the mayor.", published="2020-06-21")
    assert by_trigger["rejected"].date_text == "the day before the rally"
    assert _date_of(rec, by_trigger, "rejected") == "2020-06-19"


def test_dates_a_retold_happening_gives_its_day_for_the_pages_date_line(core):
    # the date line runs into the lead's sentence: its day is the page's; "The shooting took place
    # ... Thursday night" gives the killing's own day, and the next sentence's act carries it
    text = ("Two dead in shooting at plant September 10, 2010 10: 14 AM Police say two workers were killed "
            "in a shooting at the plant in Northeast Philadelphia. The gunman is in police custody. "
            "The shooting took place just after 8: 30pm Thursday night inside the factory.")
    rec = core.extract_text(text)
    killed = [e for e in rec.events if e.type == "ASSAULT" and "Police say" in e.sentence]
    assert killed and killed[0].date == "2010-09-09", [(e.type, e.trigger, e.date, e.date_text) for e in rec.events]


def test_dates_the_pages_date_line_stands_without_a_retelling(core):
    # no later sentence tells when the shooting took place: the page's day stands
    text = ("Two dead in shooting at plant September 10, 2010 10: 14 AM Police say two workers were killed "
            "in a shooting at the plant in Northeast Philadelphia. The gunman is in police custody. "
            "The plant took a loss on Thursday.")
    rec = core.extract_text(text)
    killed = [e for e in rec.events if e.type == "ASSAULT" and "Police say" in e.sentence]
    assert killed and killed[0].date == "2010-09-10", [(e.type, e.trigger, e.date, e.date_text) for e in rec.events]


def test_dates_a_date_line_span_is_where_the_date_line_stands():
    from newstrace.extract.dates import date_line_span
    head = "Two dead in shooting at plant September 10, 2010 10: 14 AM Police say"
    start, end = date_line_span(head)
    assert head[start:end] == "September 10, 2010"
    assert date_line_span("Police arrested the man on Tuesday.") is None


@pytest.mark.parametrize("expression,expected", [
    # a tokenised page's clock ("10: 30 p. m.", "8: 30pm") is an hour: the day beside it dates the act
    ("10: 30 p. m. Wednesday", "2025-03-12"),
    ("Sunday at 2 a. m.", "2025-03-09"),
    ("just after 8: 30pm Thursday night", "2025-03-13"),
    ("around 9. 35am", None),
    ("10: 30 p. m.", None),
])
def test_dates_a_tokenised_pages_clock_time_is_an_hour(expression, expected):
    assert resolve_date(expression, "2025-03-13") == expected


def test_dates_a_clock_time_and_weekday_typed_as_a_quantity_is_a_time(core):
    # the recogniser types a tokenised "2 a. m. Sunday" as QUANTITY ("a. m." as a unit): still a day
    from newstrace.extract.dates import is_clock_day
    assert is_clock_day("2 a. m. Sunday", "QUANTITY")
    assert not is_clock_day("2 a. m.", "QUANTITY") and not is_clock_day("20 miles", "QUANTITY")
    assert not is_clock_day("2 a. m. Sunday", "CARDINAL")
    assert is_clock_day("10 P. M. Tonight", "QUANTITY") and not is_clock_day("10 p. m. tonightly", "QUANTITY")
    rec = core.extract_text("Police said the man was shot at 2 a. m. Sunday outside a bar in Brooklyn.",
                            published="2025-03-13")
    shot = next(e for e in rec.events if e.trigger == "shot")
    assert shot.date == "2025-03-09", [(e.type, e.trigger, e.date, e.date_text) for e in rec.events]


@pytest.mark.parametrize("then,expected", [
    ("The stabbing happened Friday afternoon.", "2025-03-07"),
    ("The school closed on Friday.", "2025-03-08"),  # guard: no retelling of the stabbing
])
def test_dates_an_act_told_in_a_phrase_on_a_charge_takes_its_retold_day(core, then, expected):
    text = "A 20-year-old man was charged Saturday with stabbing a classmate at a school in Ohio. " + then
    rec = core.extract_text(text, published="2025-03-13")
    stabbing = next(e for e in rec.events if e.trigger == "stabbing")
    assert stabbing.date == expected, [(e.type, e.trigger, e.date, e.date_text) for e in rec.events]


def test_dates_a_page_day_text_keeps_its_class_in_copies_and_pickles():
    # guard: merge.py tells a page's day by the class; str's own __getnewargs__ keeps it
    import copy
    import pickle

    from newstrace.extract.dates import PageDayText
    day = PageDayText("September 10, 2010")
    for other in [copy.copy(day), copy.deepcopy(day)] + [pickle.loads(pickle.dumps(day, p)) for p in range(6)]:
        assert type(other) is PageDayText and other == day


def test_dates_an_act_sourced_by_an_according_to_phrase_takes_the_storys_day(core):
    # "According to witnesses, youths smashed ...": the story tells the act in its own voice, on its
    # day; "Police said youths smashed ..." tells the speaker's account and takes none
    told = _LEAD + "According to witnesses, youths smashed shop windows and attacked the guards."
    rec, by_trigger = _events_by_trigger(core, told, published="2019-10-07")
    assert _date_of(rec, by_trigger, "attacked") == "2019-10-05"
    said = _LEAD + "Police said youths smashed shop windows and attacked the guards."
    rec, by_trigger = _events_by_trigger(core, said, published="2019-10-07")
    assert _date_of(rec, by_trigger, "attacked") is None


def test_dates_an_act_of_another_kind_sourced_by_an_according_to_phrase_takes_no_story_day(core):
    # a lawsuit's account of an act the lead does not tell is background, not the story's day
    told = _LEAD + "According to the lawsuit, the mall's owner threatened the tenants."
    rec, by_trigger = _events_by_trigger(core, told, published="2019-10-07")
    assert _date_of(rec, by_trigger, "threatened") is None


@pytest.mark.parametrize("second, trigger, expected", [
    ("The group had threatened a day earlier to kill the officers.", "threatened", "2025-03-10"),
    ("The army arrested six suspects the next day.", "arrested", "2025-03-12"),
])
def test_dates_a_day_counted_from_the_story_is_the_storys_day_shifted(core, second, trigger, expected):
    # "a day earlier", "the next day" count from the day the story tells (Tuesday), not the page's (Thursday)
    rec, by_trigger = _events_by_trigger(
        core, "Gunmen attacked a police station in the north of the country on Tuesday, killing four officers. "
        + second, published=PUBLISHED_THURSDAY)
    assert _date_of(rec, by_trigger, "attacked") == "2025-03-11"
    assert _date_of(rec, by_trigger, trigger) == expected


@pytest.mark.parametrize("expression", ["last week", "this week", "earlier this week", "last week's"])
def test_dates_a_week_named_without_a_day_gives_no_date(expression):
    # seven days, often across two months: no day, month or year is told
    assert resolve_date(expression, PUBLISHED) is None


def test_dates_a_week_with_a_day_in_it_still_gives_the_day():
    assert resolve_date("Tuesday last week", PUBLISHED) == "2024-11-26"
    assert resolve_date("a week ago", PUBLISHED) == "2024-11-22"


def test_dates_an_act_told_of_last_week_takes_no_day_carried_from_the_sentence_before(core):
    rec, by_trigger = _events_by_trigger(
        core, "Police arrested two protesters outside the parliament on Tuesday. "
        "Last week, the government banned all rallies in the capital.", published=PUBLISHED_THURSDAY)
    assert _date_of(rec, by_trigger, "arrested") == "2025-03-11"
    assert _date_of(rec, by_trigger, "banned") is None


@pytest.mark.parametrize("second, trigger", [
    ("The minister recently condemned the ban on rallies.", "condemned"),
    ("A court earlier convicted the journalist of incitement.", "convicted"),
])
def test_dates_an_act_told_as_recent_or_earlier_takes_no_day(core, second, trigger):
    # "recently", "earlier": before the page's day, but on no day the text tells
    rec, by_trigger = _events_by_trigger(
        core, "Police arrested two protesters outside the parliament on Tuesday. " + second,
        published=PUBLISHED_THURSDAY)
    assert _date_of(rec, by_trigger, "arrested") == "2025-03-11"
    assert _date_of(rec, by_trigger, trigger) is None


def test_dates_a_day_under_a_present_verb_of_intent_is_to_come(core):
    # published Monday 2025-03-10: "is scheduled for March 14" is this week's Friday, not last year's;
    # "was scheduled for March 3" (told in the past) keeps the day gone by
    rec, by_trigger = _events_by_trigger(
        core, "A jury convicted the former mayor of fraud on Friday. A rally by his supporters is scheduled for "
        "March 14. A protest by his opponents was scheduled for March 3.", published="2025-03-10")
    assert _date_of(rec, by_trigger, "rally") == "2025-03-14"
    assert _date_of(rec, by_trigger, "protest") == "2025-03-03"


def test_dates_an_act_whose_own_words_name_a_week_takes_no_day_of_its_saying(core):
    # published Friday 2021-05-14: "earlier this week" is a span (date_text only), and the day the
    # officials spoke ("on Friday") is not the attack's
    rec, by_trigger = _events_by_trigger(
        core, "Rebels attacked the town earlier this week, officials said on Friday.", published="2021-05-14")
    assert _date_of(rec, by_trigger, "attacked") is None
    assert by_trigger["attacked"].date_text == "earlier this week"
    # so with a vague adverb of its own: "earlier" sets it before, on no day
    rec, by_trigger = _events_by_trigger(
        core, "Officials said on Friday that rebels attacked the town earlier.", published="2021-05-14")
    assert _date_of(rec, by_trigger, "attacked") is None
    # and with a span of the recent past: "in recent weeks" tells no day
    rec, by_trigger = _events_by_trigger(
        core, "Officials said on Friday that rebels attacked the town in recent weeks.", published="2021-05-14")
    assert _date_of(rec, by_trigger, "attacked") is None


def test_dates_a_day_of_the_acts_own_clause_beats_its_span(core):
    # revfix24: a span of the act's own words ("in recent weeks") gives no day, but a day the same
    # clause names still dates it; the saying's day still does not
    rec, by_trigger = _events_by_trigger(
        core, "In recent weeks, police arrested the mayor on Tuesday.", published="2021-05-14")
    assert _date_of(rec, by_trigger, "arrested") == "2021-05-11"
    rec, by_trigger = _events_by_trigger(
        core, "Rebels attacked the town in recent weeks, officials said on Friday.", published="2021-05-14")
    assert _date_of(rec, by_trigger, "attacked") is None


@pytest.mark.parametrize("expression", ["the 1960s", "in the 1990s", "the early 2000s", "the '80s", "the 1800s"])
@pytest.mark.parametrize("published", [PUBLISHED, None])
def test_dates_a_decade_or_century_is_no_day(expression, published):
    # dateparser read "the 1960s" as today (the page's day, or the reader's on an undated page)
    assert resolve_date(expression, published) is None


@pytest.mark.parametrize("text", [
    "Rebels attacked the northern town in the 1960s.",
    "Rebels attacked the northern town in the 1960s, officials said on Friday.",  # not the saying's day
    "Police arrested the mayor on Monday. Rebels attacked the northern town in the 1960s.",  # nor a carried one
])
def test_dates_an_act_in_a_decade_keeps_its_words_and_no_date(text):
    from newstrace import Newstrace
    for published in (PUBLISHED, None):
        events = Newstrace().extract_text(text, published=published).events
        [event] = [e for e in events if e.trigger == "attacked"]
        assert event.date is None and event.date_text == "the 1960s"


def test_dates_after_a_happening_told_before_is_on_its_day():
    # "After the hearing" opens a sentence: the hearing was told two sentences back, on Tuesday
    from newstrace import Newstrace
    text = ("A detective, testifying Tuesday at the preliminary hearing, said the man was calm. "
            "The man did not speak. After the hearing, the judge ordered the man held on murder charges.")
    [held] = [e for e in Newstrace().extract_text(text, published=PUBLISHED).events if e.trigger == "held"]
    assert held.date == "2024-11-26" and held.date_text == "After the hearing"
    # a noun told nowhere before gives nothing
    [held] = [e for e in Newstrace().extract_text(text.replace("After the hearing", "After the trial"),
                                                     published=PUBLISHED).events if e.trigger == "held"]
    assert held.date != "2024-11-26"


def test_dates_after_a_happening_to_come_dates_only_an_act_to_come():
    # the hearing is set for Monday, after the page's Friday: an order told in the past was not
    # given after it; one told in the future is
    from newstrace import Newstrace
    text = ("A hearing is set for Monday. The man did not speak. "
            "After the hearing, the judge ordered the man held on murder charges.")
    [held] = [e for e in Newstrace().extract_text(text, published=PUBLISHED).events if e.trigger == "held"]
    assert held.date is None and held.date_text != "After the hearing"
    [held] = [e for e in Newstrace().extract_text(text.replace("ordered", "will order"),
                                                     published=PUBLISHED).events if e.trigger == "held"]
    assert held.date == "2024-12-02" and held.date_text == "After the hearing"


@pytest.mark.parametrize("first,expected", [
    # a time adverbial opening a sentence with no event frames the next sentence's act
    ("On Saturday, the union's membership passed one million.", "2024-11-23"),
    ("In 2019, the union's membership passed one million.", "2019"),
    # told later in its sentence it dates its own clause only; a time to come frames no past act
    ("The union's membership passed one million on Saturday.", None),
    ("On Monday, the union's membership will pass one million.", None),
    # a day the sentence tells of, its subject or a noun's, is no adverbial: it frames nothing
    ("Saturday was the coldest day of the year.", None),
    ("Saturday's frost ruined the union's harvest.", None),
    # revfix26b: "there" stands as the subject: the opening day is an adverbial and frames
    ("Yesterday, there was little food in the union's stores.", "2024-11-28"),
])
def test_dates_an_opening_time_adverbial_frames_the_next_sentence(core, first, expected):
    rec, by_trigger = _events_by_trigger(
        core, f"The farmers' union has grown for years. {first} Its leaders condemned the agriculture minister.",
        published="2024-11-29")
    assert _date_of(rec, by_trigger, "condemned") == expected


@pytest.mark.parametrize("words,is_time", [
    ("15-year-old", False), ("three years", False), ("23", False), ("Wladimir", False), ("months", False),
    ("three-year", False), ("Thursday", True), ("the beginning of the year", True), ("the past two years", True),
    ("last week", True), ("the 1990s", True), ("the 30th", True), ("Dec. 3", True), ("recently", True),
])
def test_dates_only_words_that_name_a_time_are_a_time_expression(words, is_time):
    from newstrace.extract.dates import names_time

    assert names_time(words) is is_time


def test_dates_an_age_or_a_count_of_years_is_no_events_date_text(core):
    # published Tuesday 2024-11-26: "15-year-old", "three years" give no date and are not words of one;
    # a day carried from the sentence before is not read from "17-year-old" either
    rec, by_trigger = _events_by_trigger(
        core, "Police arrested a 15-year-old boy after the shooting at the school. The court sentenced the former "
        "mayor to three years in prison. The rebels attacked the village on Monday. Soldiers detained a "
        "17-year-old suspect in the raid.", published="2024-11-26")
    assert by_trigger["arrested"].date_text is None
    assert by_trigger["sentenced"].date_text is None
    assert by_trigger["attacked"].date_text == "Monday"
    assert _date_of(rec, by_trigger, "detained") == "2024-11-25"
    assert by_trigger["detained"].date_text is None


def test_dates_a_weekday_of_an_act_still_to_come_in_reported_speech_is_the_nearest_such_day(core):
    # published Tuesday 2024-11-26: "would hold a vigil Thursday", "was due to sentence him Thursday" are
    # the Thursday to come (two days on, not five back); "marched ... Thursday" the one gone by, and so is
    # "would withdraw ... Saturday" (three days back, not four on)
    rec, by_trigger = _events_by_trigger(
        core, "Relatives said they would hold a vigil for the victims Thursday. The court was due to sentence "
        "him Thursday. Students marched through the city Thursday. Officials said the troops would withdraw "
        "from the town Saturday.", published="2024-11-26")
    assert _date_of(rec, by_trigger, "vigil") == "2024-11-28"
    assert _date_of(rec, by_trigger, "sentence") == "2024-11-28"
    assert _date_of(rec, by_trigger, "marched") == "2024-11-21"
    assert _date_of(rec, by_trigger, "withdraw") == "2024-11-23"


def test_dates_an_act_told_as_before_or_after_another_is_not_at_its_time(core):
    # "..., after rebels shelled the town": the shelling is before the protest on Thursday, on no day
    # the sentence gives; the protest keeps its day, and a clause not ordered against it ("when")
    # shares it
    text = ("Thousands of people protested in the capital on Thursday, after rebels shelled the northern town "
            "of Mado.")
    rec, by_trigger = _events_by_trigger(core, text, published="2025-03-14")
    assert _date_of(rec, by_trigger, "protested") == "2025-03-13"
    assert _date_of(rec, by_trigger, "shelled") is None
    rec, by_trigger = _events_by_trigger(core, text.replace("after", "when"), published="2025-03-14")
    assert _date_of(rec, by_trigger, "shelled") == "2025-03-13"
    # the other way round: the time of the "after" clause is the shelling's, not the resignation's
    rec, by_trigger = _events_by_trigger(
        core, "The defence minister resigned after rebels shelled the northern town of Mado on Thursday.",
        published="2025-03-14")
    assert _date_of(rec, by_trigger, "shelled") == "2025-03-13"
    assert _date_of(rec, by_trigger, "resigned") is None


@pytest.mark.parametrize("hour,expected", [
    # an hour or a part of a day with no day of its own is on the day the text last named (clock57)
    ("shortly after midnight", "2025-03-09"),
    ("late that night", "2025-03-09"),
])
def test_dates_an_hour_with_no_day_is_on_the_day_last_named(core, hour, expected):
    text = ("The bodies of two women were found in a flat in Leeds on Sunday. A dog was found in the garden. "
            f"Smith, who was arrested at a railway station {hour}, faces a charge of murder.")
    rec = core.extract_text(text, published="2025-03-13")
    arrested = next(e for e in rec.events if e.trigger == "arrested")
    assert arrested.date == expected, [(e.type, e.trigger, e.date, e.date_text) for e in rec.events]


def test_dates_an_hour_to_come_takes_no_day_named_before(core):
    text = ("The bodies of two women were found in a flat in Leeds on Sunday. A dog was found in the garden. "
            "Smith will be arrested at 8. 25am, police said.")
    rec = core.extract_text(text, published="2025-03-13")
    assert all(e.date is None for e in rec.events if e.trigger == "arrested")


def test_dates_names_hour_only():
    from newstrace.extract.dates import names_hour_only
    assert all(names_hour_only(t) for t in ["around 9. 35am", "at 3 p.m. local time", "shortly after midnight"])
    assert not any(names_hour_only(t) for t in ["9. 35am Saturday", "yesterday at 3 pm", "10 p.m. March 3",
                                                "3 pm tomorrow", "Saturday night", None])
