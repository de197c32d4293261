"""Claims round 61: quotation marks written as two apostrophes, and "the newspaper said"."""
from __future__ import annotations

from newstrace.extract.quotes import find_quotes


def _quoted(text):
    return [text[q.start + 1:q.end - 1] for q in find_quotes(text, 200)]


def test_two_apostrophes_open_a_double_quote():
    text = "The team lost again. ''We never found our rhythm, \"the coach said. ''Next year.\" The season ended."
    assert _quoted(text) == ["We never found our rhythm, ", "Next year."]


def test_two_backquotes_and_two_apostrophes_pair():
    text = "He was known as the ``fixer'' among the staff. \"We knew,\" she said."
    assert _quoted(text) == ["fixer", "We knew,"]


def test_mark_after_a_question_closes_the_open_quote():
    text = 'He paused. "Could we have won without her? "the manager asked. "Never."'
    assert _quoted(text)[0] == "Could we have won without her? "


def test_quote_opened_by_two_apostrophes_is_a_claim(core):
    record = core.extract_text("The Hawks won on Sunday. ''We kept the ball and made our chances count, "
                               "\"coach Lena Ortiz said. ''It was a long season.\"")
    assert [(c.speaker, c.content) for c in record.claims] == [
        ("Lena Ortiz", "We kept the ball and made our chances count"), ("Lena Ortiz", "It was a long season")]


def test_the_newspaper_is_the_outlet_that_reported_before(core):
    record = core.extract_text(
        "The Daily Courier reported on Monday that the mayor had resigned. Port Authority spokesman Paul Hart "
        "said the council would meet on Friday. The mayor had served two terms, the newspaper said.")
    speakers = {c.content: c.speaker for c in record.claims}
    assert speakers["The mayor had served two terms"] == "Daily Courier"


def test_the_paper_is_the_outlet_not_a_body_in_what_it_reported(core):
    record = core.extract_text("Residents complained about the noise, the Tribune reported. He had just left "
                               "the Allenwood Correctional Center in March, the paper reported.")
    speakers = {c.content: c.speaker for c in record.claims}
    assert speakers["He had just left the Allenwood Correctional Center in March"] == "Tribune"


def test_a_woman_named_in_what_he_said_does_not_stop_he_going_on(core):
    record = core.extract_text(
        "The suspect, Carl Dorsey, 35, has a long record of abuse. The victims were Ana Ruiz, his former "
        "girlfriend, and Maria Dorsey, his mother. Following his arraignment on Monday, Mr. Dorsey was ordered "
        "held without bail. At the arraignment, prosecutor Neil Haskins said Ms. Ruiz was stabbed several times "
        "while in bed. A message was written in blood on the wall and the suspect's wallet was found on a "
        "pillow, he said.")
    speakers = {c.content: c.speaker for c in record.claims}
    assert speakers["A message was written in blood on the wall and the suspect's wallet was found on a pillow"] \
        == "Neil Haskins"


def test_straight_mark_reopening_a_quote_after_a_lost_paragraph_break():
    text = ('He rode into the city. "What I saw was a battlefield," he said. "There were burning cars. '
            'A depot was burned down. "Otherwise, it was an empty city. " Mr Vann blames the cuts.')
    assert _quoted(text) == ["What I saw was a battlefield,", "There were burning cars. A depot was burned down.",
                             "Otherwise, it was an empty city. "]


def test_stray_mark_inside_a_sentence_does_not_reopen():
    text = ('In the past, the bloc "was run by a firm majority of two parties, Vann said. '
            '"Both are now broken." "The parties keep a thin majority," he said.')
    assert _quoted(text) == ["Both are now broken.", "The parties keep a thin majority,"]


def test_she_goes_on_with_the_relative_who_spoke_before(core):
    record = core.extract_text("Police arrested Mark Dale, 24, on Sunday. According to a relative, he had been ill "
                               "for some time. \"He had a very hard year, but he is no monster,\" she said.")
    speakers = {c.content: c.speaker for c in record.claims}
    assert speakers["He had a very hard year, but he is no monster"] == "relative"


def test_a_body_that_only_said_is_no_newspaper(core):
    record = core.extract_text("The Harbor Workers Union said the strike would go on. The port will stay shut "
                               "all week, the paper said.")
    speakers = {c.content: c.speaker for c in record.claims}
    assert speakers["The port will stay shut all week"] != "Harbor Workers Union"


def test_the_pair_is_the_two_people_named_before(core):
    record = core.extract_text("\"She is a fine host,\" said Tom Reyes and Ivan Kolar, the producers of the show. "
                               "\"She also has style and a sense of occasion,\" the pair said in a statement.")
    speakers = {c.content: c.speaker for c in record.claims}
    assert speakers["She also has style and a sense of occasion"] in ("Tom Reyes", "Ivan Kolar")
