"""Pronouns inside a relative clause about a person, and an object pronoun beside a
resolved pronoun subject (hand-made parses, no model)."""
from __future__ import annotations

from tests.extract.test_coref import blank, linked, read  # noqa: F401  (the fixture)

RELATIVE = [  # Carl Berg met Tom Lund, who told Paul Hale he would help him.
    ("Carl", 1, "compound", "PROPN", "NNP", "Carl", "B-PERSON"),
    ("Berg", 2, "nsubj", "PROPN", "NNP", "Berg", "I-PERSON"),
    ("met", 2, "ROOT", "VERB", "VBD", "meet", "O"),
    ("Tom", 4, "compound", "PROPN", "NNP", "Tom", "B-PERSON"),
    ("Lund", 2, "dobj", "PROPN", "NNP", "Lund", "I-PERSON"),
    (",", 4, "punct", "PUNCT", ",", ",", "O"),
    ("who", 7, "nsubj", "PRON", "WP", "who", "O"),
    ("told", 4, "relcl", "VERB", "VBD", "tell", "O"),
    ("Paul", 9, "compound", "PROPN", "NNP", "Paul", "B-PERSON"),
    ("Hale", 7, "dobj", "PROPN", "NNP", "Hale", "I-PERSON"),
    ("he", 12, "nsubj", "PRON", "PRP", "he", "O"),
    ("would", 12, "aux", "AUX", "MD", "would", "O"),
    ("help", 7, "ccomp", "VERB", "VB", "help", "O"),
    ("him", 12, "dobj", "PRON", "PRP", "he", "O"),
    (".", 2, "punct", "PUNCT", ".", ".", "O"),
]


def test_a_pronoun_in_a_relative_clause_about_a_person_is_that_clauses_participant(blank):
    doc = read(blank, RELATIVE)
    # "who told Paul Hale he would": the teller (the relative's person), not the sentence's subject
    assert linked(doc, 10) == ("Tom Lund", "pronoun")
    # "he would help him": the object is not its own clause's subject, so the one told
    assert linked(doc, 13) == ("Paul Hale", "pronoun")


CURLY = [  # Ann Lee spoke. Later, Omar Sayed praised her. This is Sayed’s first visit. He left.
    ("Ann", 1, "compound", "PROPN", "NNP", "Ann", "B-PERSON"),
    ("Lee", 2, "nsubj", "PROPN", "NNP", "Lee", "I-PERSON"),
    ("spoke", 2, "ROOT", "VERB", "VBD", "speak", "O"),
    (".", 2, "punct", "PUNCT", ".", ".", "O"),
    ("Later", 9, "advmod", "ADV", "RB", "later", "O"),
    (",", 9, "punct", "PUNCT", ",", ",", "O"),
    ("Omar", 7, "compound", "PROPN", "NNP", "Omar", "B-PERSON"),
    ("Sayed", 8, "nsubj", "PROPN", "NNP", "Sayed", "I-PERSON"),
    ("praised", 8, "ROOT", "VERB", "VBD", "praise", "O"),
    ("her", 8, "dobj", "PRON", "PRP", "she", "O"),
    (".", 8, "punct", "PUNCT", ".", ".", "O"),
    ("This", 12, "nsubj", "PRON", "DT", "this", "O"),
    ("is", 12, "ROOT", "AUX", "VBZ", "be", "O"),
    ("Sayed", 16, "poss", "PROPN", "NNP", "Sayed", "B-LAW"),
    ("’s", 13, "case", "PART", "POS", "’s", "O"),
    ("first", 16, "amod", "ADJ", "JJ", "first", "O"),
    ("visit", 12, "attr", "NOUN", "NN", "visit", "O"),
    (".", 12, "punct", "PUNCT", ".", ".", "O"),
    ("He", 19, "nsubj", "PRON", "PRP", "he", "O"),
    ("left", 19, "ROOT", "VERB", "VBD", "leave", "O"),
    (".", 19, "punct", "PUNCT", ".", ".", "O"),
]


def test_a_name_with_a_curly_possessive_is_a_referent(blank, monkeypatch):
    from newstrace.extract import coref

    # the name's own last mention is out of the pronoun's reach: only "Sayed’s" is near
    monkeypatch.setattr(coref, "lists", lambda real=coref.lists(): __import__("dataclasses").replace(
        real, person_sentences=1))
    doc = read(blank, CURLY)
    assert linked(doc, 18) == ("Omar Sayed", "pronoun")
