"""Story-grouped folds (training/story_groups.py): an ECB+ topic is one story; other
articles are one story when they share a rare name within days; a fold keeps a story whole."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "training" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


groups = _load("story_groups")


def _article(i: str, day: str, *names: str) -> dict:
    return {"id": i, "published": day, "entities": [{"name": n, "aliases": []} for n in names]}


def test_an_ecb_topic_is_one_story():
    got = groups.group([{"id": "ecb-7_1ecb"}, {"id": "ecb-7_4ecbplus"}, {"id": "ecb-17_1ecb"}])
    assert got["ecb-7_1ecb"] == got["ecb-7_4ecbplus"] != got["ecb-17_1ecb"]


def test_a_rare_name_within_days_joins_a_common_one_does_not():
    common = [_article(f"c{k}", "2020-01-01", "Ruritania") for k in range(6)]
    records = common + [
        _article("a", "2020-03-02", "Ruritania", "Anna Vell"),
        _article("b", "2020-03-05", "Anna Vell"),          # same story: the rare name, three days on
        _article("c", "2020-06-01", "Anna Vell"),          # the name, months later: another story
        _article("d", "2020-03-03", "Ruritania"),          # the country alone tells the beat
    ]
    got = groups.group(records, rare=4, days=14)
    assert got["a"] == got["b"]
    assert got["c"] != got["a"] and got["d"] != got["a"]
    assert len({got[f"c{k}"] for k in range(6)}) == 6


def test_folds_keep_a_story_whole():
    fold_of = groups.fold_of
    stories = {f"x{k}": "story-1" for k in range(20)}
    assert len({fold_of(i, 5, stories) for i in stories}) == 1
    assert len({fold_of(f"x{k}", 5) for k in range(20)}) > 1  # by article they spread


def test_the_corpus_grouping_file_covers_the_corpus():
    data = json.loads((ROOT / "corpus/events/story_groups.json").read_text(encoding="utf-8"))
    corpus = {p.stem for p in (ROOT / "corpus/events/gold").glob("*.json")}
    assert corpus == set(data["story_of"])


def test_the_corpus_grouping_file_is_what_the_script_makes():
    data = json.loads((ROOT / "corpus/events/story_groups.json").read_text(encoding="utf-8"))
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "corpus/events/gold").glob("*.json"))]
    assert groups.group(records) == data["story_of"]
