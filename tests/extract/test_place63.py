"""place63: an act told with no place takes the town the story opens in when most of its placed
acts happen there."""
from __future__ import annotations

OPENING = ("Two workers are dead and two are hurt. Police are still investigating. A gunman opened fire "
           "at a warehouse in Springfield on Thursday, killing two workers. Minutes later he shot a guard "
           "outside a bank in Springfield. About fifty people were inside when he began shooting.")


def shooting(core, text: str):
    found = [e for e in core.extract_text(text, published="2024-11-29").events if e.trigger == "shooting"]
    assert found, found
    return found[0]


def test_an_act_with_no_place_takes_the_town_most_acts_happen_in(core):
    assert shooting(core, OPENING).location == "Springfield"


def test_a_town_the_story_does_not_open_in_is_not_its_scene(core):
    text = OPENING + (" Last year a man opened fire at a school in Dover, killing three and wounding four. "
                      "Another man later shot two people in Dover. A third shooter also attacked a bank in Dover.")
    assert shooting(core, text).location is None
