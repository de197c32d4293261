"""Claims round 65 (written on the 48 ECB+ articles of session 30): title abbreviations, a
body described by its kind, staff speaking for their organisation, "X quoted Y as saying"
in a quote's tag, and a "she" that takes up the article's main person of her sex."""
from __future__ import annotations


def _claims(core, text):
    return [(c.speaker, c.content) for c in core.extract_text(text).claims]


def test_the_da_is_the_district_attorney_named_before(core):
    claims = _claims(core, "A man was killed by a drunk driver on Friday, Bronx District Attorney Ronald "
                           "Marsh said. The driver has been charged with manslaughter and leaving the scene, the "
                           "DA said.")
    assert ("Ronald Marsh", "The driver has been charged with manslaughter and leaving the scene") in claims


def test_a_company_described_by_its_kind_is_the_subject_just_before(core):
    claims = _claims(core, "Vantrex was to release an emergency update yesterday to fix a flaw in its routers. "
                           "The US networking giant said that it had mobilized engineers worldwide.")
    assert ("Vantrex", "it had mobilized engineers worldwide") in claims


def test_a_kind_of_body_is_not_taken_to_one_of_two_subjects(core):
    claims = _claims(core, "Vantrex and Delcor were to release emergency updates yesterday. The networking giant "
                           "said that it had mobilized engineers worldwide.")
    assert ("Vantrex", "it had mobilized engineers worldwide") not in claims
    assert ("Delcor", "it had mobilized engineers worldwide") not in claims


def test_researchers_at_a_firm_speak_for_it(core):
    claims = _claims(core, "Researchers at security firm Kelvara Labs said attacks were spreading quickly across "
                           "Europe.")
    assert ("Kelvara Labs", "attacks were spreading quickly across Europe") in claims


def test_who_a_paper_quoted_as_saying_speaks(core):
    claims = _claims(core, "Neighbours gathered outside the house. \"They just jumped out of the car so fast,\" "
                           "the Daily Courier quoted witness Dennis Brook as saying.")
    assert ("Dennis Brook", "They just jumped out of the car so fast") in claims


def test_she_with_no_woman_just_before_is_the_main_woman_of_the_article(core):
    claims = _claims(core, "Actress Maria Lindqvist died on Thursday at 85. Ms Lindqvist had been in hospital for "
                           "a week. Ms Lindqvist became famous in the fifties. Her films were shown around the "
                           "world. Critics praised the films. \"She was a remarkable woman,\" her agent, Tom "
                           "Harlan, said yesterday. \"She is the embodiment of beauty.\" "
                           "\"I don't want to be photographed in my old age,\" she said in 1998.")
    assert ("Maria Lindqvist", "I don't want to be photographed in my old age") in claims


def test_she_is_not_taken_to_a_woman_named_no_more_than_another(core):
    claims = _claims(core, "Actress Maria Lindqvist and singer Anna Berg met in 1950. Lindqvist and Berg toured "
                           "for years, and Lindqvist and Berg split in 1960. The tours ended. Critics loved the "
                           "shows. \"They were close,\" their agent, Tom Harlan, said yesterday. \"I don't want "
                           "to be photographed in my old age,\" she said in 1998.")
    assert ("Maria Lindqvist", "I don't want to be photographed in my old age") not in claims
    assert ("Anna Berg", "I don't want to be photographed in my old age") not in claims


def test_she_after_an_unnamed_woman_is_not_the_main_woman(core):
    claims = _claims(core, "Louise Tarrant was sentenced on Friday. Ms Tarrant wept in court. Ms Tarrant had "
                           "pleaded guilty. The judge spoke for an hour. The hearing ended at noon. The couple were "
                           "arrested in January after one of their daughters escaped and phoned 911. She said some of her siblings were chained into their beds.")
    assert ("Louise Tarrant", "some of her siblings were chained into their beds") not in claims


def test_an_investigation_of_a_place_is_not_issued_by_the_place(core):
    claims = _claims(core, "An initial investigation of the scene revealed that the woman had been walking beside "
                           "the parked cars, police said.")
    assert not any(speaker == "scene" for speaker, _ in claims)


def test_her_agent_is_the_agent_named_next(core):
    claims = _claims(core, "Actress Maria Lindqvist died on Thursday at the age of 85, according to her agent. "
                           "\"She captured the imagination of a generation,\" said agent Tom Harlan in a statement.")
    assert ("Tom Harlan", "Actress Maria Lindqvist died on Thursday at the age of 85") in claims


def test_a_role_noun_named_for_two_people_is_neither(core):
    claims = _claims(core, "The singer died on Thursday, according to her agent. Agent Tom Harlan and agent "
                           "Peter Brandt both declined to comment.")
    assert not any(speaker in ("Tom Harlan", "Peter Brandt") for speaker, _ in claims)


def test_his_claim_is_the_subject_s_own(core):
    claims = _claims(core, "Fred Larkin said last year that the president had not been told of the plan. He cited "
                           "his close friendship with Mr Mitchell to back up his claim that the president was "
                           "ignorant of the plan.")
    assert ("Fred Larkin", "the president was ignorant of the plan") in claims


def test_a_shooting_that_claimed_a_life_is_no_claim(core):
    claims = _claims(core, "Three teens were arrested on Tuesday for the shooting outside a Brooklyn school that "
                           "claimed the life of a 34-year-old mother.")
    assert claims == []


def test_finding_herself_drawn_in_is_no_finding(core):
    claims = _claims(core, "In the sequel, Bella Swan is left alone. Suddenly she finds herself drawn into the "
                           "world of the werewolves.")
    assert not any("drawn into the world" in content for _, content in claims)


def test_a_paper_s_story_is_the_paper_s(core):
    claims = _claims(core, "According to this Los Angeles Times story, the Angels have made an eight-year offer to "
                           "first baseman Mark Teixeira.")
    assert ("Los Angeles Times", "the Angels have made an eight-year offer to first baseman Mark Teixeira") in claims
