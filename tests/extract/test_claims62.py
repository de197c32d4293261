"""Claims round 62: quotation tags of voicing verbs, quoted questions."""
from __future__ import annotations


def _claims(core, text):
    return [(c.speaker, c.content) for c in core.extract_text(text).claims]


def test_a_question_tagged_asked_is_a_claim(core):
    claims = _claims(core, "The hearing went on until noon. \"Why did you leave the car there?\" "
                           "defense lawyer Maria Olsen asked the witness.")
    assert ("Maria Olsen", "Why did you leave the car there?") in claims


def test_a_tag_before_with_asked(core):
    claims = _claims(core, "At one point, council member Tom Reyes asked the mayor, \"Will the bridge be "
                           "finished before the winter, yes or no?\"")
    assert ("Tom Reyes", "Will the bridge be finished before the winter, yes or no?") in claims


def test_a_shouted_quote_is_what_was_said(core):
    claims = _claims(core, "When the verdict was read, Karen Walsh shouted, \"He is innocent and you all know it!\"")
    assert ("Karen Walsh", "He is innocent and you all know it!") in claims


def test_asked_with_a_clause_is_no_claim(core):
    claims = _claims(core, "Senator Paul Grant asked whether the budget would pass this year.")
    assert claims == []


def test_an_untagged_question_is_still_no_claim(core):
    claims = _claims(core, "The town waited all week. \"Who will pay for the repairs now?\"")
    assert claims == []


def test_a_name_label_before_a_colon_speaks_the_quote(core):
    claims = _claims(core, "The exchange was released on Friday.\nCity Manager Laura Bennett: \"We will not "
                           "sign this contract. The price is far too high.\"")
    assert ("Laura Bennett", "We will not sign this contract. The price is far too high") in claims


def test_an_opening_participle_of_denial_speaks_for_the_clause_subject(core):
    claims = _claims(core, "Denying he had taken the money, Mark Holden left the court without a word.")
    assert ("Mark Holden", "he had taken the money") in claims


def test_an_opening_participle_of_another_verb_is_no_claim(core):
    claims = _claims(core, "Walking to the car, Mark Holden saw the fire had spread.")
    assert claims == []


def test_they_takes_up_people_coordinated_as_a_subject_since_a_group_spoke(core):
    claims = _claims(core, "Union leaders said the plan would cost jobs. Ann Ruiz and Dan Cole met with the board "
                           "on Friday. They said the budget would be balanced by June.")
    assert ("Ann Ruiz", "the budget would be balanced by June") in claims


def test_they_still_goes_on_with_the_group_that_spoke(core):
    claims = _claims(core, "Union leaders said the plan would cost jobs. They said the mayor had ignored them.")
    assert ("Union leaders", "the mayor had ignored them") in claims
