"""Fragments re-attached: a small story that stopped growing moves into the larger story
it is most like (stories/cluster.py ``reattach_fragments``, features.py
``fragment_similarity``)."""
from __future__ import annotations

import pytest

from newstrace import stories
from newstrace.stories import features as F
from newstrace.stories.config import load_config
from tests.store.conftest import make_record
from tests.stories.test_stories_split import quake_reports

# Unrelated reports after the two earthquakes: the store moves on, so the earthquakes'
# stories stop growing and their fragments are looked at again.
OTHER_NEWS = [
    "The city council approved a new budget for public libraries and parks on Thursday after a long debate.",
    "A record crowd watched the final of the national chess championship, won by a teenager from the north.",
    "Shares of carmakers rose on Friday as sales of electric vehicles beat forecasts in Europe and Asia.",
    "The museum opened an exhibition of medieval maps and globes lent by collectors from three countries.",
]


def _records():
    return quake_reports() + [make_record(f"other-{i}", text, published=None, source="city.example")
                  for i, text in enumerate(OTHER_NEWS)]


def _config(**changes):
    """A join threshold high enough that the last Sumbawa report opens a story of its
    own (the fragment), no second pass, and fragments looked at four articles later."""
    shipped = load_config()
    cluster = shipped.cluster.with_(**{"threshold": 0.45, "split_threshold": 0.0, "reattach_after_articles": 4,
                                       "reattach_min_articles": 3, **changes})
    return type(shipped)(cluster=cluster, links=shipped.links, figures=shipped.figures, wires=shipped.wires)


def _groups(store) -> list[list[str]]:
    return sorted(sorted(s["articles"]) for s in stories.list_stories(store))


SUMBAWA_IDS = [f"sumbawa-{i}" for i in range(4)]
FLORES_IDS = [f"flores-{i}" for i in range(4)]
OTHER_IDS = [[f"other-{i}"] for i in range(4)]


def test_a_fragment_rejoins_its_event_once_it_stopped_growing(store):
    store.write(_records(), version="0.1.0")
    assert load_config().cluster.reattach_threshold > 0
    # Without re-attaching: the last Sumbawa report stays a story of its own.
    stats = stories.update(store, config=_config(reattach_threshold=0.0))
    assert stats.reattached == 0
    assert _groups(store) == sorted([SUMBAWA_IDS[:3], ["sumbawa-3"], FLORES_IDS, *OTHER_IDS])
    fragment_id = next(s["id"] for s in stories.list_stories(store) if s["articles"] == ["sumbawa-3"])
    stats = stories.update(store, rebuild=True, config=_config())
    assert stats.reattached == 1
    found = {s["id"]: sorted(s["articles"]) for s in stories.list_stories(store)}
    assert sorted(found.values()) == sorted([SUMBAWA_IDS, FLORES_IDS, *OTHER_IDS])
    # The larger story keeps its id (its first article's); the fragment's id is gone.
    sumbawa = next(s for s in stories.list_stories(store) if "sumbawa-0" in s["articles"])
    assert sumbawa["id"] == f"st-{store.key(_records()[0].text, _records()[0].url)[:12]}"
    assert {a for s in stories.list_stories(store) for a in s["articles"]} == {r.id for r in _records()}
    # A user holding the fragment's id is led to the story it joined.
    assert stories.get_story(store, fragment_id)["id"] == sumbawa["id"]


def test_a_fragment_most_like_a_small_story_stays_where_it_is(store):
    store.write(_records(), version="0.1.0")
    # The Sumbawa story (3 reports) is under the size a fragment moves into: the last
    # Sumbawa report is most like it, so it goes nowhere, and not into the Flores story
    # (4 reports), which is large enough and also like it.
    stats = stories.update(store, config=_config(reattach_min_articles=4))
    assert stats.reattached == 0
    assert _groups(store) == sorted([SUMBAWA_IDS[:3], ["sumbawa-3"], FLORES_IDS, *OTHER_IDS])


@pytest.mark.parametrize("first_part", [3, 7, 9])
def test_reattaching_incrementally_gives_the_stories_of_a_rebuild(store, first_part):
    records = _records()
    store.write(records[:first_part], version="0.1.0")
    stories.update(store, config=_config())
    store.write(records[first_part:], version="0.1.0")
    stories.update(store, config=_config())
    incremental = {s["id"]: s for s in stories.list_stories(store)}
    stories.update(store, rebuild=True, config=_config())
    rebuilt = {s["id"]: s for s in stories.list_stories(store)}
    assert rebuilt == incremental
    assert sorted(sorted(s["articles"]) for s in rebuilt.values()) == sorted([SUMBAWA_IDS, FLORES_IDS, *OTHER_IDS])


def test_fragment_similarity_is_the_mean_cosine_halved_by_days_outside_the_span():
    story = {"quake": 0.6, "sumbawa": 0.8}
    inside, far = {"quake": 0.6, "sumbawa": 0.8}, {"quake": 1.0}
    assert F.fragment_similarity([inside], ["2024-03-02"], story, "2024-03-01", "2024-03-05", 60) == pytest.approx(1.0)
    # 60 days after the story's last day: halved; undated: the words alone.
    assert F.fragment_similarity([inside], ["2024-05-04"], story, "2024-03-01", "2024-03-05", 60) == pytest.approx(0.5)
    assert F.fragment_similarity([inside], [None], story, "2024-03-01", "2024-03-05", 60) == pytest.approx(1.0)
    assert F.fragment_similarity([inside, far], [None, None], story, None, None, 60) == pytest.approx((1.0 + 0.6) / 2)
