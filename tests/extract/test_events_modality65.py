"""Modality readings of round 65 (written on the unread ECB+ articles): the present of a
clause of time under a verb of what lies ahead; background given by "over", by a relative
clause on a given noun and by a participle right after its noun; a noun act "reported";
an attempt made with a past act; an intention believed."""
from __future__ import annotations

import pytest

from tests.extract.test_events import find


@pytest.mark.parametrize("text, kind, modality", [
    # the present of a "when" / "until" clause under "faces" / "awaits" is its future
    ("Smith faces up to 75 years in prison when he is sentenced by Judge Brown on May 7.", "COERCE", "planned"),
    ("Jones awaits trial in jail until he is extradited to Texas by the marshals.", "COOPERATE", "planned"),
    # told in the past, the sentencing is done; a headline's present with "when" is no future
    ("Smith faced life in prison when he was sentenced by Judge Brown.", "COERCE", "asserted"),
    ("Police shot Smith when he pulls a knife.", "ASSAULT", "asserted"),
    # the cause given by "over" is background, not part of what is charged or said
    ("A police officer has been charged with murder over the killing of a teenager, a court source said.",
     "ASSAULT", "asserted"),
    ("Protests erupted over the killing of a teenager by police, a witness said.", "ASSAULT", "asserted"),
    # and so is a relative clause on it
    ("A police officer has been charged with murder over the killing of a teenager that sparked riots, a court"
     " source said.", "PROTEST", "asserted"),
    # what the charge names is still alleged
    ("A police officer has been charged with killing a teenager, a court source said.", "ASSAULT", "reported"),
    # a relative clause with a source of its own stays told
    ("Katigbak apologized to Duterte during the hearing, which the President accepted according to a statement"
     " by the spokesman.", "AGREE", "reported"),
    # a participle right after its noun names whom the sentence speaks of: given
    ("The man arrested last night on charges of murder killed his mother, according to police.", "COERCE",
     "asserted"),
    # a noun act that is the passive subject of "reported" is told
    ("Fresh riots were reported in Greece on Saturday.", "PROTEST", "reported"),
    # an attempt that is the purpose of a past act was made; a future one is planned
    ("Several neighbors ran outside to try to help the woman.", "AID", "asserted"),
    ("The rebels will try to help the villagers.", "AID", "planned"),
    # a participle on a predicate noun is no description of it ("gang" parsed as the noun)
    ("In court she testified that she was gang raped by two officers.", "ASSAULT", "reported"),
    # an intention that someone believes was held is only possible
    ("Prosecutors believe Gomes intended to kill a third person.", "ASSAULT", "possible"),
])
def test_modality_round65(core, text, kind, modality):
    assert find(core, text, kind).modality == modality
