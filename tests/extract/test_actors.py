"""The learned actor chooser: its candidates and features on sentences written for these
tests, loading its file, and that it replaces the rules' actor only past the margin."""
from __future__ import annotations

import numpy as np
import pytest

from newstrace.extract.events import actors, extract_events


@pytest.fixture(scope="module")
def reader(core):
    """The whole pipeline but the events stage (the detector's triggers included)."""
    from newstrace import nlp as nlp_stage

    stages = {s: f for s, f in core.settings.stage_factories().items() if s not in ("events", "summary")}
    return nlp_stage.load(core.settings.model, stages)


def read(reader, text):
    from newstrace import nlp as nlp_stage
    from newstrace.record import Article

    return reader(nlp_stage.make_doc(reader, Article(id="t", text=text, published="2024-03-15")))


def decisions(doc) -> dict[str, actors.Decision]:
    found: list[actors.Decision] = []
    with actors.using(None, None), actors.recording(found):
        extract_events(doc)
    return {doc[d.trigger].text: d for d in found}


def by_name(decision: actors.Decision) -> dict:
    return {c.name: c for c in decision.candidates}


def test_subject_of_an_active_verb_is_the_rules_pick_with_a_subject_path(reader):
    doc = read(reader, "Sudanese troops attacked the rebels near Khartoum on Monday.")
    candidates = by_name(decisions(doc)["attacked"])
    sudan = candidates["Sudan"]
    assert sudan.rules_pick and "rules_pick" in sudan.features
    assert {"path=nsubj^", "dep=nsubj&side=before", "kind=GPE", "type=ASSAULT", "tpos=VERB"} <= set(sudan.features)
    assert "path=pobj^prep^" in candidates["Khartoum"].features  # "near Khartoum" hangs off the verb
    assert not candidates[None].rules_pick and actors.NONE in candidates[None].features


def test_passive_agent_has_the_by_phrase_path_and_the_subject_is_the_target(reader):
    doc = read(reader, "The rebels were attacked by Sudanese troops.")
    candidates = by_name(decisions(doc)["attacked"])
    assert "path=pobj^agent^" in candidates["Sudan"].features
    assert candidates["Sudan"].rules_pick


def test_speaker_of_the_claim_is_marked(reader):
    doc = read(reader, 'Kenya accused Uganda of arming the rebels, President William Ruto said on Monday.')
    decision = decisions(doc)["accused"]
    candidates = by_name(decision)
    assert "speaker" in candidates["William Ruto"].features
    assert "rules_pick" in candidates["Kenya"].features and "rules_target" in candidates["Uganda"].features
    assert all(c.name for c in decision.candidates[:-1]) and decision.candidates[-1].name is None


def ranker_preferring(feature: str, weight: float) -> actors.ActorRanker:
    return actors.ActorRanker({feature: 0, "rules_pick": 1}, np.array([weight, 0.0], dtype=np.float32), 0.0)


def test_the_ranker_replaces_the_rules_actor_only_past_the_margin(reader):
    doc = read(reader, "The rebels were attacked by Sudanese troops near Khartoum.")
    decision = by_name(decisions(doc)["attacked"])
    assert decision["Sudan"].rules_pick
    feature = next(f for f in decision["Khartoum"].features if f.startswith("path="))
    ranker = ranker_preferring(feature, 2.0)  # Khartoum 0.88, Sudan and "none" 0.5: a gap of 0.38
    with actors.using(ranker, actors.Margins(0.3, 0.3, 0.3)):
        assert any(e.actor == "Khartoum" for e in extract_events(doc))
    with actors.using(ranker, actors.Margins(0.45, 0.3, 0.3)):
        assert [e.actor for e in extract_events(doc) if e.type == "ASSAULT"] == ["Sudan"]
    with actors.using(None, None):
        assert [e.actor for e in extract_events(doc) if e.type == "ASSAULT"] == ["Sudan"]


def test_save_and_load_keep_the_weights(tmp_path):
    ranker = ranker_preferring("path=nsubj^", 1.5)
    ranker.save(tmp_path / "r.npz")
    loaded = actors.ActorRanker.load(tmp_path / "r.npz")
    assert loaded.index == ranker.index and loaded.bias == 0.0
    assert loaded.score(["path=nsubj^"]) == pytest.approx(ranker.score(["path=nsubj^"]), abs=1e-3)


def test_a_missing_or_corrupt_file_is_a_clear_error_naming_it(tmp_path):
    with pytest.raises(actors.ActorRankerError, match="nowhere.npz: no such file"):
        actors.ActorRanker.load(tmp_path / "nowhere.npz")
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a zip at all")
    with pytest.raises(actors.ActorRankerError, match="bad.npz: not a ranker file"):
        actors.ActorRanker.load(bad)
    np.savez(tmp_path / "other.npz", weights=np.zeros(2))
    with pytest.raises(actors.ActorRankerError, match="other.npz: not a ranker file"):
        actors.ActorRanker.load(tmp_path / "other.npz")


def test_the_shipped_ranker_loads():
    ranker = actors.ActorRanker.load(actors.shipped_path())
    assert len(ranker.index) == len(ranker.weights) > 10


def test_fill_gives_an_actor_only_past_its_margin(reader):
    from newstrace.extract.events.article import ArticleView

    doc = read(reader, "The rebels were attacked by Sudanese troops near Khartoum.")
    decision = by_name(decisions(doc)["attacked"])
    feature = next(f for f in decision["Khartoum"].features if f.startswith("path="))
    ranker = ranker_preferring(feature, 2.0)  # Khartoum 0.88 against "none" 0.5
    attacked = next(t for t in doc if t.text == "attacked")
    with actors.using(ranker, actors.Margins(2.0, 0.3, 2.0)):
        assert actors.fill(attacked, "ASSAULT", None, ArticleView(doc)) == "Khartoum"
        assert actors.fill(attacked, "ASSAULT", "Khartoum", ArticleView(doc)) is None  # not its own target
    with actors.using(ranker, actors.Margins(2.0, 0.45, 2.0)):
        assert actors.fill(attacked, "ASSAULT", None, ArticleView(doc)) is None


def test_the_shipped_settings_leave_the_rules_alone():
    assert actors.margin() is None  # [actors] of data/events.toml: every margin above 1
    assert actors.Margins.parse("2,0.1,2,new") == actors.Margins(2.0, 0.1, 2.0, fill_new=True)
    assert not actors.Margins.parse("2").changes_anything()
