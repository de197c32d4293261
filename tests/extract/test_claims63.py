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
