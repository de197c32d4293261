"""Claims round 63: descriptions of publications taken to the outlet named with such a noun."""
from __future__ import annotations


def _claims(core, text):
    return [(c.speaker, c.content) for c in core.extract_text(text).claims]


def test_the_paper_is_the_outlet_introduced_with_a_noun_of_publication(core):
    claims = _claims(core, "The strike closed the port for a second day. The conservative newspaper Marivo wrote "
                           "that the unions would not back down. \"Nobody in this town believes the minister any "
                           "more,\" the paper said.")
    assert ("Marivo", "Nobody in this town believes the minister any more") in claims


def test_the_paper_is_not_a_body_that_only_spoke(core):
    claims = _claims(core, "The strike closed the port for a second day. The Marivo Dockers Union said the unions "
                           "would not back down. \"Nobody in this town believes the minister any more,\" the paper "
                           "said.")
    assert ("The Marivo Dockers Union", "Nobody in this town believes the minister any more") not in claims
    assert ("Marivo Dockers Union", "Nobody in this town believes the minister any more") not in claims


def test_who_answers_is_who_was_asked(core):
    claims = _claims(core, "The trial went on into the evening. At one point defense lawyer Mark Berg asked Thomas "
                           "Reed, \"Where was the car?\" When asked again, he answered, \"I really do not remember "
                           "where it was.\"")
    assert ("Thomas Reed", "I really do not remember where it was") in claims


def test_who_admits_after_a_question_is_who_was_asked(core):
    claims = _claims(core, "Defense lawyer Mark Berg asked Thomas Reed whether he was there. Berg then said the "
                           "witness could not be trusted. He admitted he had lied.")
    assert ("Thomas Reed", "he had lied") in claims


def test_who_says_after_a_question_is_not_taken_to_who_was_asked(core):
    claims = _claims(core, "The trial went on into the evening. At one point defense lawyer Mark Berg asked Thomas "
                           "Reed, \"Where was the car?\" Later he said the witness could not be trusted.")
    assert ("Thomas Reed", "the witness could not be trusted") not in claims
