"""Readings added on unread ECB+ text (events69): a fine laid on someone is a penalty enforced
(COERCE, by whoever fines); pulling out a gun is a threat (THREATEN), not a retreat. Sentences
written for these tests; each has a guard of the same word in a sense that tells no such event."""
from __future__ import annotations

from tests.extract.test_events import events, find


def test_a_fine_laid_by_a_league_is_a_penalty_enforced(core):
    event = find(core, "Linebacker Mark Dunlow has been fined $40,000 by the NFL for a late hit.", "COERCE")
    assert event.mode == "fine"
    assert event.actor == "NFL"
    assert event.target == "Mark Dunlow"


def test_a_fine_the_law_allows_is_no_fine_laid(core):
    text = "Drivers who break the rule can be fined up to $5,000."
    assert all(e.mode != "fine" for e in events(core, text))


def test_pulling_out_a_revolver_is_a_threat_not_a_retreat(core):
    text = "Police said Mark Dunlow pulled out a revolver outside the bank."
    types = {e.type for e in events(core, text)}
    assert "RETREAT" not in types
    assert find(core, text, "THREATEN").mode == "violence"


def test_pulling_troops_out_is_still_a_retreat(core):
    find(core, "Russia pulled its troops out of the town on Monday.", "RETREAT")


def test_a_side_pulled_back_within_a_score_is_no_retreat(core):
    text = "Mark Dunlow's basket pulled the Bulldogs back within three points."
    assert all(e.type != "RETREAT" for e in events(core, text))


def test_visiting_friends_is_no_consultation(core):
    text = "Mark Dunlow returned to Denver on Friday to visit friends."
    assert all(e.type != "CONSULT" for e in events(core, text))


def test_a_minister_visiting_a_capital_still_consults(core):
    find(core, "French Foreign Minister Marc Dubois visited Beijing on Monday.", "CONSULT")


def test_confessing_to_a_crime_concedes_it(core):
    event = find(core, "Mark Dunlow confessed to the murder of a Denver shopkeeper on Monday.", "CONCEDE")
    assert event.actor == "Mark Dunlow"


def test_a_confession_with_no_one_named_confessing_is_no_concession(core):
    text = "Maria Lopez said: \"By confessing this, he is distancing himself from the killing.\""
    assert all(e.type != "CONCEDE" for e in events(core, text))
