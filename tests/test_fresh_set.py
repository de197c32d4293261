"""The fresh ECB+ set (corpus/events/fresh) must stay what its README says: the seeded choice,
each gold file carrying its article's exact text, of training topics only (it is a judge of
generality, never a blind set), and in no other gold set."""
from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FRESH = ROOT / "corpus" / "events" / "fresh"
_spec = importlib.util.spec_from_file_location("fresh_select", FRESH / "select.py")
SELECT = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(SELECT)
GOLD = sorted((FRESH / "gold").glob("*.json"))
needs_ecbplus = pytest.mark.skipif(not SELECT.ARTICLES.is_file(), reason="no shared ECB+ articles here")


@functools.cache
def _articles() -> dict[str, dict]:
    lines = SELECT.ARTICLES.read_text(encoding="utf-8").splitlines()
    return {a["id"]: a for a in map(json.loads, filter(str.strip, lines))}


def test_one_gold_file_per_chosen_article():
    assert len(GOLD) == SELECT.SIZE


def test_every_topic_is_a_training_topic_and_no_blind_one():
    fresh = {SELECT._topic(p.stem) for p in GOLD}
    assert fresh <= SELECT.TRAINING_TOPICS
    blind = {SELECT._topic(p.stem) for p in ROOT.glob("benchmarks/heldout*/gold/ecb-*.json")}
    assert blind and not fresh & blind


def test_no_fresh_article_is_in_another_gold_set():
    others = {p.stem for p in (*ROOT.glob("corpus/events/gold/*.json"), *ROOT.glob("benchmarks/heldout*/**/*.json"))}
    assert not others & {p.stem for p in GOLD}


def test_the_choice_skips_taken_articles_and_keeps_the_word_bounds():
    made = [{"id": f"ecb-{t}_{n}ecb", "text": "word " * words}
            for t in sorted(SELECT.TRAINING_TOPICS) for n, words in enumerate((100, 200, 950, 400), 1)]
    made.append({"id": "ecb-1_1ecb", "text": "word " * 300})  # a topic the training corpus does not hold
    chosen = SELECT.choose(made, held=frozenset({"ecb-2_2ecb"}))
    assert chosen and all(150 <= len(a["text"].split()) <= 900 for a in chosen)
    assert "ecb-2_2ecb" not in {a["id"] for a in chosen}
    assert "ecb-1_1ecb" not in {a["id"] for a in chosen}
    per_topic = [SELECT._topic(a["id"]) for a in chosen]
    assert max(per_topic.count(t) for t in per_topic) <= 2


@needs_ecbplus
def test_the_gold_files_are_the_seeded_choice():
    assert {a["id"] for a in SELECT.choose(list(_articles().values()))} == {p.stem for p in GOLD}


@needs_ecbplus
@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_each_file_carries_its_article_exactly(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    article = _articles()[path.stem]
    for field in ("id", "title", "url", "source", "published", "text"):
        assert gold[field] == article[field], field
