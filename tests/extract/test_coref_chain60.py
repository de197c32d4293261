"""The sex a noun before a name tells (only in apposition across a comma), and pronoun
chains that keep a person's sex (hand-made parses, no model)."""
from __future__ import annotations

from newstrace.extract.doc import coref_genders
from tests.extract.test_coref import blank, read  # noqa: F401  (the fixture)

NOT_APPOSED = [  # After talks with his mother, Lund left.
    ("After", 6, "prep", "ADP", "IN", "after", "O"),
    ("talks", 0, "pobj", "NOUN", "NNS", "talk", "O"),
    ("with", 1, "prep", "ADP", "IN", "with", "O"),
    ("his", 4, "poss", "PRON", "PRP$", "his", "O"),
    ("mother", 2, "pobj", "NOUN", "NN", "mother", "O"),
    (",", 6, "punct", "PUNCT", ",", ",", "O"),
    ("Lund", 6, "nsubj", "PROPN", "NNP", "Lund", "B-PERSON"),
    ("left", 6, "ROOT", "VERB", "VBD", "leave", "O"),
    (".", 6, "punct", "PUNCT", ".", ".", "O"),
]

APPOSED = [  # His mother, Lund, spoke.
    ("His", 1, "poss", "PRON", "PRP$", "his", "O"),
    ("mother", 5, "nsubj", "NOUN", "NN", "mother", "O"),
    (",", 1, "punct", "PUNCT", ",", ",", "O"),
    ("Lund", 1, "appos", "PROPN", "NNP", "Lund", "B-PERSON"),
    (",", 1, "punct", "PUNCT", ",", ",", "O"),
    ("spoke", 5, "ROOT", "VERB", "VBD", "speak", "O"),
    (".", 5, "punct", "PUNCT", ".", ".", "O"),
]


def _sex_of(doc, name: str) -> str | None:
    ent = next(e for e in doc._.entities.entities if e.name == name)
    return coref_genders(doc).get(ent.id)


def test_a_noun_across_a_comma_tells_a_sex_only_in_apposition(blank):
    # "with his mother, Lund left": the mother is someone else
    assert _sex_of(read(blank, NOT_APPOSED), "Lund") is None
    # "His mother, Lund, spoke": Lund is the mother
    assert _sex_of(read(blank, APPOSED), "Lund") == "f"
