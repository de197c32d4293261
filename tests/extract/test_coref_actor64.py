"""A subject "he" / "she" already tied to a person is a candidate for the next pronoun
(actor64; hand-made parses, no model)."""
from __future__ import annotations

from newstrace.extract import coref
from tests.extract.test_coref import blank, linked, read  # noqa: F401  (the fixture)

ONE_WOMAN = [  # Ann Hale left. She told one woman to go. She fired.
    ("Ann", 1, "compound", "PROPN", "NNP", "Ann", "B-PERSON"),
    ("Hale", 2, "nsubj", "PROPN", "NNP", "Hale", "I-PERSON"),
    ("left", 2, "ROOT", "VERB", "VBD", "leave", "O"),
    (".", 2, "punct", "PUNCT", ".", ".", "O"),
    ("She", 5, "nsubj", "PRON", "PRP", "she", "O"),
    ("told", 5, "ROOT", "VERB", "VBD", "tell", "O"),
    ("one", 7, "nummod", "NUM", "CD", "one", "O"),
    ("woman", 5, "dobj", "NOUN", "NN", "woman", "O"),
    ("to", 9, "aux", "PART", "TO", "to", "O"),
    ("go", 5, "xcomp", "VERB", "VB", "go", "O"),
    (".", 5, "punct", "PUNCT", ".", ".", "O"),
    ("She", 12, "nsubj", "PRON", "PRP", "she", "O"),
    ("fired", 12, "ROOT", "VERB", "VBD", "fire", "O"),
    (".", 12, "punct", "PUNCT", ".", ".", "O"),
]


def test_a_subject_she_goes_on_being_the_subject_not_the_woman_told(blank):
    """"Ann Hale left. She told one woman to go. She fired.": the second "she" is the first
    one's Ann Hale, not "one woman" (the object of the sentence before)."""
    doc = read(blank, ONE_WOMAN, until="coref")
    assert linked(doc, 4) == ("Ann Hale", "pronoun")
    assert coref.antecedent_of(doc[11]) is None
    assert linked(doc, 11) == ("Ann Hale", "pronoun")
