"""The event-training corpus (corpus/events/gold) must keep out of what is measured blind:
no reserved article, no article of a held-out set, and no ECB+ article of a topic that
held-out 5 draws from or that is reserved (a sibling report of one story would leak it).
Each ECB+ gold file carries its article's exact text."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = sorted((ROOT / "corpus/events/gold").glob("*.json"))
HELD_OUT = sorted(ROOT.glob("benchmarks/heldout*/gold/*.json"))
ECB_ARTICLES = SHARED / "data/stories/ecbplus/articles.jsonl"
RESERVED_TOPICS = range(36, 46)  # ECB+ topics kept for blind evaluation (shared/eval/RESERVED.md)


def ecb_topic(article_id: str) -> int | None:
    """The ECB+ topic of an article id ("ecb-12_3ecbplus" -> 12), None for other sources."""
    found = re.match(r"ecb-(\d+)_", article_id)
    return int(found.group(1)) if found else None


def test_ecb_topic_reads_the_number_before_the_underscore():
    assert ecb_topic("ecb-12_3ecbplus") == 12
    assert ecb_topic("ecb-1_10ecb") == 1
    assert ecb_topic("voa-6203525") is None


def test_no_article_is_both_training_and_held_out():
    assert not {p.stem for p in CORPUS} & {p.stem for p in HELD_OUT}


def test_no_ecb_training_article_shares_a_topic_with_a_blind_one():
    blind = {ecb_topic(p.stem) for p in HELD_OUT} - {None}
    training = {ecb_topic(p.stem) for p in CORPUS} - {None}
    assert blind, "held-out 5 has ECB+ articles"
    assert not training & blind
    assert not training & set(RESERVED_TOPICS)


@pytest.mark.skipif(not (SHARED / "eval/RESERVED.md").is_file(), reason="no shared eval folder here")
def test_no_reserved_article_is_in_the_corpus():
    listed = {line[2:].strip() for line in (SHARED / "eval/RESERVED.md").read_text(encoding="utf-8").splitlines()
              if line.startswith("- ")}
    assert listed
    assert not listed & {p.stem for p in CORPUS}


@pytest.mark.skipif(not ECB_ARTICLES.is_file(), reason="no shared ECB+ articles here")
def test_each_ecb_file_carries_its_article_exactly():
    articles = {a["id"]: a for a in map(json.loads, filter(str.strip, ECB_ARTICLES.read_text("utf-8").splitlines()))}
    ecb = [p for p in CORPUS if ecb_topic(p.stem) is not None]
    assert ecb
    for path in ecb:
        gold = json.loads(path.read_text(encoding="utf-8"))
        for field in ("id", "title", "url", "source", "published", "text"):
            assert gold[field] == articles[path.stem][field], (path.stem, field)
