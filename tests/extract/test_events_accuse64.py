"""Legal steps told in an agentless passive (accuse64): a step whose pronoun subject the roles
cannot name is still told ("One was charged with murder", "He was sentenced"), with no target;
"it" is no one; and a reduced relative the tagger reads as a past tense is the participle on
its noun ("The policeman charged with killing X has been jailed": he is charged); charges "to
face" under a passive ("is expected to face charges") are its subject's. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from newstrace.extract.events.lexicon import Rule
from tests.extract.test_events import events


def of_type(core, text: str, kind: str):
    return [e for e in events(core, text) if e.type == kind]


@pytest.mark.parametrize("text, kind", [
    ("Two officers involved in the shooting of the boy have been arrested. "
     "One was charged with murder and the other as an accomplice.", "ACCUSE"),
    ("In 2005, Gomes was charged with assault and battery. "
     "He was sentenced to 2 years, with 9 months to serve in that case.", "COERCE"),
])
def test_a_legal_step_on_an_unnamed_pronoun_is_told(core, text, kind):
    found = [e for e in of_type(core, text, kind) if e.sentence.startswith(("One", "He"))]
    assert found and found[0].modality == "asserted", events(core, text)


def test_a_step_said_not_taken_is_negated(core):
    text = ("Two officers involved in the shooting of the boy have been arrested. "
            "One was not charged.")
    found = [e for e in of_type(core, text, "ACCUSE") if e.sentence.startswith("One")]
    assert found and found[0].modality == "negated", events(core, text)


def test_a_reduced_relative_tagged_past_is_the_one_charged(core):
    text = "The policeman charged with killing the teenager has been jailed."
    found = of_type(core, text, "ACCUSE")
    assert found and found[0].target == "policeman" and found[0].actor is None, events(core, text)


def test_a_finite_verb_on_its_noun_keeps_its_subject(core):
    found = of_type(core, "The man attacked the guard in the street on Monday.", "ASSAULT")
    assert found and found[0].actor == "man" and found[0].target == "guard"


def test_it_is_no_unnamed_undergoer(nlp):
    from newstrace.extract.events.filters import _unnamed_undergoer

    rule = Rule(type="ACCUSE", lemmas=frozenset({"charge"}), pos=frozenset({"VERB"}))
    for text, told in (("He was charged with theft.", True), ("It was charged overnight.", False)):
        token = next(t for t in nlp(text) if t.lower_ == "charged")
        assert _unnamed_undergoer(token, rule) is told, text


def test_charges_to_be_faced_are_the_passive_subjects(core):
    text = "LaSalle is expected to face charges on Friday of criminal vehicular homicide."
    found = of_type(core, text, "ACCUSE")
    assert found and found[0].target == "LaSalle" and found[0].modality == "planned", events(core, text)


def test_charges_another_wants_faced_are_not_the_wanters(core):
    text = "Prosecutors want LaSalle to face charges of criminal vehicular homicide."
    assert all(e.target != "Prosecutors" for e in of_type(core, text, "ACCUSE"))
