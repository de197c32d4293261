"""Held-out 5 and 6 (benchmarks/heldout5, heldout6) must stay what their READMEs say: the
seeded choice of ECB+ articles, each gold file carrying its article's exact text."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SETS = ("heldout5", "heldout6")


def _select(name: str):
    spec = importlib.util.spec_from_file_location(f"{name}_select", ROOT / "benchmarks" / name / "select.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SELECT = {name: _select(name) for name in SETS}
GOLD = {name: sorted((ROOT / "benchmarks" / name / "gold").glob("*.json")) for name in SETS}
needs_ecbplus = pytest.mark.skipif(not SELECT["heldout5"].ARTICLES.is_file(), reason="no shared ECB+ articles here")


def _articles() -> dict[str, dict]:
    lines = SELECT["heldout5"].ARTICLES.read_text(encoding="utf-8").splitlines()
    return {a["id"]: a for a in map(json.loads, filter(str.strip, lines))}


def _topic(article_id: str) -> str:
    return article_id.split("_")[0]


def test_one_gold_file_per_chosen_article():
    assert len(GOLD["heldout5"]) == SELECT["heldout5"].SIZE
    set_aside = sorted((ROOT / "benchmarks/heldout6/topic-overlap").glob("*.json"))
    assert len(GOLD["heldout6"]) + len(set_aside) == SELECT["heldout6"].SIZE


def test_heldout6_keeps_no_topic_of_the_training_corpus():
    corpus = {_topic(p.stem) for p in (ROOT / "corpus/events/gold").glob("ecb-*.json")}
    assert not corpus & {_topic(p.stem) for p in GOLD["heldout6"]}
    set_aside = {_topic(p.stem) for p in (ROOT / "benchmarks/heldout6/topic-overlap").glob("*.json")}
    assert set_aside and set_aside <= corpus


def test_heldout5_holds_twelve_topics():
    assert len({_topic(p.stem) for p in GOLD["heldout5"]}) == 12


def test_no_ecbplus_article_is_in_two_gold_sets():
    corpus = {p.stem for p in (ROOT / "corpus/events/gold").glob("ecb-*.json")}
    held = [{p.stem for p in GOLD[name]} for name in SETS]
    assert not held[0] & held[1]
    assert not corpus & (held[0] | held[1])


@needs_ecbplus
@pytest.mark.parametrize("name", SETS)
def test_the_gold_files_are_the_seeded_choice(name: str):
    select = SELECT[name]
    chosen = {a["id"] for a in getattr(select, "held_out", select.choose)(list(_articles().values()))}
    assert chosen == {p.stem for p in GOLD[name]}


@needs_ecbplus
@pytest.mark.parametrize("path", GOLD["heldout5"] + GOLD["heldout6"], ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_each_file_carries_its_article_exactly(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    article = _articles()[path.stem]
    for field in ("id", "title", "url", "source", "published", "text"):
        assert gold[field] == article[field], field


def _made(words_per_article: tuple[int, ...]) -> list[dict]:
    return [{"id": f"ecb-{topic}_{n}ecbplus", "published": "2012-01-01", "text": "word " * words}
            for topic in range(1, 20) for n, words in enumerate(words_per_article, 1)]


def test_heldout5_keeps_one_article_per_topic_and_the_length_bounds():
    select = SELECT["heldout5"]
    made = _made((100, 200, 950, 400))
    chosen = select.choose(made)
    assert len(chosen) == select.SIZE
    assert len({_topic(a["id"]) for a in chosen}) == select.SIZE
    assert all(select.MIN_WORDS <= len(a["text"].split()) <= select.MAX_WORDS for a in chosen)
    assert chosen == select.choose(made)  # the seed makes it repeatable


def test_heldout6_takes_every_topic_once_before_any_twice_and_skips_taken_articles():
    select = SELECT["heldout6"]
    made = _made((100, 200, 950, 400, 300))  # 19 topics, three articles each in the bounds
    taken = {"ecb-1_2ecbplus", "ecb-1_4ecbplus", "ecb-1_5ecbplus"}  # topic 1 has nothing left
    chosen = select.choose(made, taken)
    assert len(chosen) == select.SIZE
    assert not taken & {a["id"] for a in chosen}
    per_topic = [sum(_topic(a["id"]) == t for a in chosen) for t in {_topic(a["id"]) for a in chosen}]
    assert len(per_topic) == 18 and max(per_topic) == 2
    assert {_topic(a["id"]) for a in chosen[:18]} == {f"ecb-{t}" for t in range(2, 20)}
    assert all(select.MIN_WORDS <= len(a["text"].split()) <= select.MAX_WORDS for a in chosen)
    assert chosen == select.choose(made, taken)
