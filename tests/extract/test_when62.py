"""when62: a town written with its state, a scene's "of" phrase, the story's day of an act told as
a means or an attempt, and a model's year that dates nothing."""
from __future__ import annotations


def events(core, text: str):
    return core.extract_text(text, published="2024-11-29").events


def test_a_town_written_with_its_state_is_the_place(core):
    text = "Officials met at a resort on Key Biscayne, Fla., where the deal was signed."
    found = [e for e in events(core, text) if e.type == "CONSULT"]
    assert found and found[0].location == "Key Biscayne", found


def test_the_nearest_state_after_a_town_gives_the_town(core):
    text = "A driver who had been accused of stealing from a Manchester, Conn., beer warehouse fatally shot eight people last month."
    found = [e for e in events(core, text) if e.type == "ASSAULT"]
    assert found and found[0].location == "Manchester", found


def test_a_list_of_states_is_no_town_with_its_state(core):
    text = "Police arrested protesters in Texas, Florida and Ohio on Friday."
    found = [e for e in events(core, text) if e.type == "COERCE"]
    assert found and found[0].location == "Texas", found


def test_the_streets_of_a_town_place_the_act_there(core):
    text = "Tens of thousands of protesters took to the streets of Lisbon during a general strike over the cuts."
    found = [e for e in events(core, text) if e.type == "PROTEST"]
    assert found and found[0].location == "Lisbon", found


STORY = ("Riots broke out in Lisbon on Saturday. Students held a silent vigil in the main square. "
         "The officers answered the crowd by firing tear gas at the protesters. "
         "Protesters attempted to storm parliament but were pushed back by police.")


def test_an_act_told_as_the_means_of_a_past_verb_takes_the_story_day(core):
    found = [e for e in events(core, STORY) if e.trigger.lower().startswith("firing")]
    assert found and found[0].date == "2024-11-23", found


def test_an_act_a_past_verb_tried_takes_the_story_day(core):
    found = [e for e in events(core, STORY) if e.trigger.lower().startswith("storm")]
    assert found and found[0].date == "2024-11-23", found


def test_a_model_year_dates_no_act(core):
    text = ("A woman had just parked her car around 7 p.m. Friday in Richmond Hill when she was hit by "
            "a 2011 Honda Accord, which then fled.")
    found = [e for e in events(core, text) if e.type == "ASSAULT"]
    assert found and found[0].date == "2024-11-29", found


def test_the_means_of_a_past_verb_tagged_as_a_participle_takes_the_story_day(core):
    text = ("Riots broke out in Lisbon on Saturday. Students held a silent vigil in the main square. "
            "Riot police positioned at street corners responded by firing tear gas at the protesters.")
    found = [e for e in events(core, text) if e.trigger.lower().startswith("firing")]
    assert found and found[0].date == "2024-11-23", found


def test_an_act_noun_a_light_verb_in_the_past_did_takes_the_story_day(core):
    text = ("Fresh riots were reported in Lisbon on Saturday in protest at the killing of a boy. "
            "The disturbances have been described as the most serious in years. "
            "The protests had been initially peaceful. Students held a silent vigil in the main square.")
    found = [e for e in events(core, text) if e.trigger.lower().startswith("vigil")]
    assert found and found[0].date == "2024-11-23", found


def test_a_participle_joined_to_a_simple_past_with_no_auxiliary_is_a_simple_past():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    from newstrace.extract.events.context import _finite_participle

    words = ["Police", "arrived", "and", "responded", "quickly", ",", "then", "were", "attacked"]
    tags = ["NNS", "VBD", "CC", "VBN", "RB", ",", "RB", "VBD", "VBN"]
    deps = ["nsubj", "ROOT", "cc", "conj", "advmod", "punct", "advmod", "auxpass", "conj"]
    heads = [1, 1, 1, 1, 3, 1, 8, 8, 1]
    doc = Doc(Vocab(), words=words, tags=tags, deps=deps, heads=heads)
    assert _finite_participle(doc[3])
    assert not _finite_participle(doc[8])  # a passive: its own auxiliary
