"""Held-out 7 (benchmarks/heldout7) must stay what its README says: every article of the shared
news corpus no other gold set holds, each gold file carrying its article's exact text, and a
set scored once per session by hand, outside the quality gate (whose pins development work is
measured against)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("heldout7_select", ROOT / "benchmarks/heldout7/select.py")
SELECT = importlib.util.module_from_spec(spec)
spec.loader.exec_module(SELECT)
GOLD = sorted((ROOT / "benchmarks/heldout7/gold").glob("*.json"))
needs_news = pytest.mark.skipif(not SELECT.NEWS.is_dir(), reason="no shared news corpus here")


def test_choose_skips_held_and_overlong_articles():
    made = [{"id": "a", "text": "x" * 10}, {"id": "b", "text": "x" * 10}, {"id": "c", "text": "x" * (SELECT.MAX_CHARS + 1)}]
    assert [a["id"] for a in SELECT.choose(made, {"b"})] == ["a"]


def test_heldout7_is_outside_the_quality_gate():
    gate_spec = importlib.util.spec_from_file_location("quality_gate", ROOT / "tests/quality/gate.py")
    gate = importlib.util.module_from_spec(gate_spec)
    gate_spec.loader.exec_module(gate)
    assert GOLD and ROOT / "benchmarks/heldout6/gold" in gate.GOLD_SETS.values()
    assert ROOT / "benchmarks/heldout7/gold" not in gate.GOLD_SETS.values()


@needs_news
def test_the_gold_files_are_the_choice():
    assert {a["id"] for a in SELECT.choose(SELECT.articles(), SELECT.taken())} == {p.stem for p in GOLD}


@needs_news
@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_each_file_carries_its_article_exactly(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    article = {a["id"]: a for a in SELECT.articles()}[path.stem]
    for field in ("id", "title", "url", "source", "published", "text"):
        assert gold[field] == article[field], field
