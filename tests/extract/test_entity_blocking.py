"""Clustering tries a cluster only against the clusters that share a key with it
(``entities._Join``): every pair a join would fold must share a key, or the blocking
would lose joins the all-pairs comparison made. Checked on every pair of a set of name
forms, each of every type, without the model."""
from __future__ import annotations

import itertools

import pytest

from newstrace.extract.entities import clusters as ent
from newstrace.extract.entities.context import Mention, _Cluster
from newstrace.extract.names import is_acronym

FORMS = [
    ("Donald Trump", "PERSON"), ("Trump", "PERSON"), ("Trump", "ORG"), ("Mary Trump", "PERSON"),
    ("Andersen", "GPE"), ("Anna Anderson", "PERSON"), ("Andersson", "PERSON"), ("Hafez al-Assad", "PERSON"),
    ("Assad", "PERSON"), ("Gal-Or", "PERSON"), ("Noa Gal-Or", "PERSON"), ("Jeremy Spike Cohen", "PERSON"),
    ("Spike Cohen", "PERSON"), ("Petrobras", "ORG"), ("Brazil Petrobras", "ORG"), ("Democrats", "ORG"),
    ("Democrat", "ORG"), ("Liberal Democrats", "ORG"), ("BMOC", "ORG"), ("Baltic Maritime Observation Council", "ORG"),
    ("B.M.O.C.", "ORG"), ("Council", "ORG"), ("United Nations Security Council", "ORG"), ("UNSC", "ORG"),
    ("Okonjo", "GPE"), ("Okonjos", "ORG"), ("Margaret Okonjo", "PERSON"), ("Kallaste", "PERSON"),
]


def cluster(*forms: tuple[str, str]) -> _Cluster:
    c = _Cluster()
    for start, (text, label) in enumerate(forms):
        c.mentions.append(Mention(start * 100, start * 100 + len(text), text, label, None))  # type: ignore[arg-type]
        if is_acronym(text):
            c.acronyms.add(text)
    return c


def joins() -> list[ent._Join]:
    people = ent._full_names([cluster(f) for f in FORMS])
    defined = {"BMOC": "Baltic Maritime Observation Council", "UNSC": "United Nations Security Council"}
    return [ent._joins_defined_acronym(defined), ent._JOINS_BY_INITIALS, ent._joins_person(people),
            ent._JOINS_PLURAL, ent._JOINS_ORG_PART]


@pytest.mark.parametrize("join", joins(), ids=["acronym", "initials", "person", "plural", "org_part"])
def test_every_pair_a_join_folds_shares_a_key(join):
    clusters = [cluster(f) for f in FORMS] + [cluster(a, b) for a, b in itertools.combinations(FORMS[:12], 2)]
    folded = 0
    for short, full in itertools.permutations(clusters, 2):
        if join.joins(short, full):
            folded += 1
            assert set(join.short_keys(short)) & set(join.full_keys(full)), (short.forms(), full.forms())
    assert folded  # the forms hold pairs each join folds


def test_slip_keys_meet_for_words_one_edit_apart():
    pairs = [("anderson", "andersen"), ("anderson", "andersson"), ("okonjo", "okonjo"), ("cohen", "cohn"),
             ("xohen", "cohen"), ("ocohen", "cohen"), ("chen", "cohen"), ("ckhen", "cohen"), ("cohen", "cohex")]
    for a, b in pairs:
        assert ent._one_edit(a, b)
        assert ent._slip_keys(a) & ent._slip_keys(b), (a, b)


def test_slip_keys_meet_for_every_one_edit_of_a_word():
    # every substitution, insertion and deletion of one letter, at every position
    letters = "abz"
    for word in ("okonjo", "cohen", "kallaste"):
        edits = {word[:i] + c + word[i + 1:] for i in range(len(word)) for c in letters}
        edits |= {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in letters}
        edits |= {word[:i] + word[i + 1:] for i in range(len(word))}
        for other in edits:
            assert ent._one_edit(word, other)
            assert ent._slip_keys(word) & ent._slip_keys(other), (word, other)
