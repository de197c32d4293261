"""Modality readings of round 69 (written on the ECB+ articles of sessions 29-31): a person
telling in his reported words what he himself did before speaks of his own past, hearsay as
anyone's; a body's record of its act, a person's present act and his own quoted words stay
asserted. A "not" before "only" is the first half of a pair that adds, no negation; nor does
a negated verb undo the act of a "why" / "how" clause under it."""
from __future__ import annotations

import pytest

from tests.extract.test_events import find


@pytest.mark.parametrize("text, kind, modality", [
    # a person's own past act in a "said (that)" clause: reported
    ("Fred LaRue, a former aide, said he advised against the burglary.", "REQUEST", "reported"),
    ("Mark Roesler said he and the family agreed to take her off life support.", "AGREE", "reported"),
    # his present act told as he speaks stays the act's record
    ("John Smith said he is cooperating with the investigators.", "COOPERATE", "asserted"),
    # a body's record of its own past act stays asserted
    ("Russia said it attacked the rebel camp on Monday.", "ASSAULT", "asserted"),
    # his own words quoted: asserted
    ("\"I talked with him on Monday,\" John Smith said.", "CONSULT", "asserted"),
    # "not only ... but also" adds; it does not negate
    ("The rebels not only attacked the village but also burned the church.", "ASSAULT", "asserted"),
    ("Police not only arrested the protesters but also beat them.", "COERCE", "asserted"),
    ("The rebels did not attack the village.", "ASSAULT", "negated"),
    # a "why" clause under a negated verb asks about an act taken as done
    ("The story did not make clear why Felt, who was suffering from dementia, admitted his role after 30 years.",
     "CONCEDE", "asserted"),
])
def test_modality_round69(core, text, kind, modality):
    assert find(core, text, kind).modality == modality
