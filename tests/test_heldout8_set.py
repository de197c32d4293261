"""Held-out 8 (benchmarks/heldout8) must stay what its README says: the seeded choice of ECB+
articles of topics no training article tells, held by no other gold set, each gold file carrying
its article's exact text. Only ids and texts are compared: nothing here reads the annotations."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("heldout8_select", ROOT / "benchmarks/heldout8/select.py")
select = importlib.util.module_from_spec(spec)
spec.loader.exec_module(select)
GOLD = sorted((ROOT / "benchmarks/heldout8/gold").glob("*.json"))
needs_ecbplus = pytest.mark.skipif(not select.ARTICLES.is_file(), reason="no shared ECB+ articles here")


def _stems(*patterns: str) -> set[str]:
    return {p.stem for pattern in patterns for p in ROOT.glob(pattern)}


def test_no_article_of_heldout8_is_in_another_gold_set():
    others = _stems("corpus/events/gold/*.json", "corpus/events/fresh/gold/*.json", "benchmarks/heldout[1-7]/**/*.json",
                    "benchmarks/heldout/**/*.json", "benchmarks/agreement/**/*.json", "tests/quality/gold/**/*.json")
    assert GOLD and not {p.stem for p in GOLD} & others


def test_heldout8_tells_no_story_of_the_training_corpus():
    training_topics = {select.topic(i) for i in _stems("corpus/events/gold/ecb-*.json")}
    topics = {select.topic(p.stem) for p in GOLD}
    assert topics <= select.BLIND_TOPICS
    assert not topics & training_topics


def test_the_choice_takes_blind_topics_only_and_at_most_two_articles_a_topic():
    fake = [{"id": f"ecb-{t}_{k}ecb", "text": "word " * 300} for t in (1, 3, 2) for k in range(5)]
    fake.append({"id": "ecb-5_1ecb", "text": "word " * 40})            # too short
    chosen = [a["id"] for a in select.choose(fake)]
    assert sorted(select.topic(i) for i in chosen) == [1, 1, 3, 3]


@needs_ecbplus
def test_gold_files_are_the_chosen_articles_with_their_exact_texts():
    articles = {a["id"]: a for a in map(json.loads, filter(str.strip, select.ARTICLES.read_text(encoding="utf-8").splitlines()))}
    chosen = {a["id"] for a in select.choose(list(articles.values()))}
    assert {p.stem for p in GOLD} <= chosen
    for path in GOLD:
        record = json.loads(path.read_text(encoding="utf-8"))
        assert record["text"] == articles[record["id"]]["text"]
