"""The sex a noun before a name tells (only in apposition across a comma), and pronoun
chains that keep a person's sex (hand-made parses, no model)."""
from __future__ import annotations

from newstrace.extract.doc import coref_genders
from tests.extract.test_coref import blank, linked, read  # noqa: F401  (the fixture)

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


def _sentence(start: int, words: list[tuple[str, str, str, str, str]]) -> list[tuple[str, int, str, str, str, str, str]]:
    """A two-word clause (subject, verb) and its full stop, from word ``start``."""
    (subj, stag, spos, slemma, ent), (verb, vlemma) = words[0], words[1][:2]
    return [(subj, start + 1, "nsubj", spos, stag, slemma, ent),
            (verb, start + 1, "ROOT", "VERB", "VBD", vlemma, "O"),
            (".", start + 1, "punct", "PUNCT", ".", ".", "O")]


def _chain(last: tuple[str, str, str, str, str]) -> list[tuple[str, int, str, str, str, str, str]]:
    """Carl Berg arrived. Talks began. He spoke. Prices rose. Rain fell. <last> left."""
    return ([("Carl", 1, "compound", "PROPN", "NNP", "Carl", "B-PERSON")]
            + [(w, h + 1, d, p, t, lem, "I-PERSON" if w == "Berg" else e)
               for w, h, d, p, t, lem, e in _sentence(0, [("Berg", "NNP", "PROPN", "Berg", "O"), ("arrived", "arrive")])]
            + _sentence(4, [("Talks", "NNS", "NOUN", "talk", "O"), ("began", "begin")])
            + _sentence(7, [("He", "PRP", "PRON", "he", "O"), ("spoke", "speak")])
            + _sentence(10, [("Prices", "NNS", "NOUN", "price", "O"), ("rose", "rise")])
            + _sentence(13, [("Rain", "NN", "NOUN", "rain", "O"), ("fell", "fall")])
            + _sentence(16, [last, ("left", "leave")]))


def test_a_resolved_subject_pronoun_carries_its_person_on(blank):
    doc = read(blank, _chain(("He", "PRP", "PRON", "he", "O")))
    assert linked(doc, 7) == ("Carl Berg", "pronoun")
    # the name is four sentences back, the "He" that stands for it two
    assert linked(doc, 16) == ("Carl Berg", "pronoun")
    # a "She" is not carried on by a "He"
    assert linked(read(blank, _chain(("She", "PRP", "PRON", "she", "O"))), 16) is None


LEARNT = [  # Lee arrived. She spoke. Lee lost his bag.
    ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee", "B-PERSON"),
    ("arrived", 1, "ROOT", "VERB", "VBD", "arrive", "O"),
    (".", 1, "punct", "PUNCT", ".", ".", "O"),
    ("She", 4, "nsubj", "PRON", "PRP", "she", "O"),
    ("spoke", 4, "ROOT", "VERB", "VBD", "speak", "O"),
    (".", 4, "punct", "PUNCT", ".", ".", "O"),
    ("Lee", 7, "nsubj", "PROPN", "NNP", "Lee", "B-PERSON"),
    ("lost", 7, "ROOT", "VERB", "VBD", "lose", "O"),
    ("his", 9, "poss", "PRON", "PRP$", "his", "O"),
    ("bag", 7, "dobj", "NOUN", "NN", "bag", "O"),
    (".", 7, "punct", "PUNCT", ".", ".", "O"),
]


def test_a_subject_she_tied_to_a_person_tells_her_sex(blank):
    doc = read(blank, LEARNT)
    assert linked(doc, 3) == ("Lee", "pronoun")
    # Lee is a woman from "She" on: "his" is someone else
    assert linked(doc, 8) is None
