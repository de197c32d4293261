"""The steps of a court case are several happenings (court55): a later step told with no
doer of its own (the sentence, the removal from court) is not an earlier, other step (the
arrest, the verdict) told again; a step told again, and a sentence served, still are.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.test_events import events


def coerce(core, text: str):
    return [e for e in events(core, text) if e.type == "COERCE"]


@pytest.mark.parametrize("text", [
    "Police arrested the treasurer of the club in Leeds on Monday. "
    "Sentencing is scheduled for next month.",
    "A jury convicted the former mayor of fraud on Tuesday. "
    "The former mayor was sentenced to six years in prison.",
    "Guards escorted the defendant out of the courtroom. "
    "Formal sentencing will take place in March.",
])
def test_a_later_step_of_a_court_case_is_another_happening(core, text):
    assert len(coerce(core, text)) == 2, coerce(core, text)


@pytest.mark.parametrize("text", [
    "A jury convicted the former mayor of fraud on Tuesday. "
    "The former mayor was convicted on all counts.",
    "A jury convicted the former mayor of fraud on Tuesday. "
    "The former mayor is serving a six-year sentence.",
])
def test_a_step_told_again_or_its_sentence_served_is_one_happening(core, text):
    assert len(coerce(core, text)) == 1, coerce(core, text)


@pytest.mark.parametrize("text", [
    "A jury found the former mayor guilty of fraud on Tuesday.",
    "The bus driver was found guilty of dangerous driving.",
])
def test_a_verdict_of_guilt_is_coerce(core, text):
    assert coerce(core, text), events(core, text)


def test_a_verdict_of_innocence_coerces_no_one(core):
    assert not coerce(core, "The jury found the nurse not guilty of theft.")


def test_a_verdict_then_a_sentence_are_two_happenings(core):
    text = ("A jury found the banker guilty of fraud on Monday. "
            "The banker was sentenced to five years in prison.")
    assert len(coerce(core, text)) == 2, coerce(core, text)
