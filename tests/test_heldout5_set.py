"""Held-out 5 (benchmarks/heldout5) must stay what its README says: the seeded choice of
ECB+ articles, each gold file carrying its article's exact text."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = sorted((ROOT / "benchmarks/heldout5/gold").glob("*.json"))


def _select():
    spec = importlib.util.spec_from_file_location("heldout5_select", ROOT / "benchmarks/heldout5/select.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SELECT = _select()
needs_ecbplus = pytest.mark.skipif(not SELECT.ARTICLES.is_file(), reason="no shared ECB+ articles here")


def _articles() -> dict[str, dict]:
    lines = SELECT.ARTICLES.read_text(encoding="utf-8").splitlines()
    return {a["id"]: a for a in map(json.loads, filter(str.strip, lines))}


def test_one_gold_file_per_article_of_twelve_topics():
    ids = [p.stem for p in GOLD]
    assert len(ids) == SELECT.SIZE
    assert len({i.split("_")[0] for i in ids}) == SELECT.SIZE


@needs_ecbplus
def test_the_gold_files_are_the_seeded_choice():
    chosen = {a["id"] for a in SELECT.choose(list(_articles().values()))}
    assert chosen == {p.stem for p in GOLD}


@needs_ecbplus
@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_each_file_carries_its_article_exactly(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    article = _articles()[path.stem]
    for field in ("id", "title", "url", "source", "published", "text"):
        assert gold[field] == article[field], field


def test_the_choice_keeps_one_article_per_topic_and_the_length_bounds():
    made = [{"id": f"ecb-{topic}_{n}ecbplus", "published": "2012-01-01", "text": "word " * words}
            for topic in range(1, 20) for n, words in ((1, 100), (2, 200), (3, 950), (4, 400))]
    chosen = SELECT.choose(made)
    assert len(chosen) == SELECT.SIZE
    assert len({a["id"].split("_")[0] for a in chosen}) == SELECT.SIZE
    assert all(SELECT.MIN_WORDS <= len(a["text"].split()) <= SELECT.MAX_WORDS for a in chosen)
    assert chosen == SELECT.choose(made)  # the seed makes it repeatable
