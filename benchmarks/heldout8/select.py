#!/usr/bin/env python3
"""Choose the articles of held-out 8 from the ECB+ articles (see README.md): 24 articles of the
twelve topics no training article tells (held-out 5 / 6's topics), two per topic.

    python benchmarks/heldout8/select.py [ARTICLES_JSONL]

Every ECB+ article that another gold set held when the choice was made (``TAKEN``: the event
corpus, the fresh set, dev 9, held-out 5 and 6 with its set-aside files) is left out, and so is
every article outside 150-900 words. The rest of the blind topics is shuffled with ``SEED`` and
taken in that order, at most ``PER_TOPIC`` per topic, up to ``SIZE``; the printed order was dealt
round-robin to three annotators (README.md).

ARTICLES_JSONL defaults to the shared ECB+ articles (``$NEWSTRACE_SHARED``, else ``../shared``
next to the checkout or to its worktrees' folder): ``data/stories/ecbplus/articles.jsonl``.
"""
from __future__ import annotations

import json
import os
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("NEWSTRACE_SHARED") or next(
    (p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()), ROOT.parent / "shared"))
ARTICLES = SHARED / "data" / "stories" / "ecbplus" / "articles.jsonl"
SEED, SIZE, PER_TOPIC, MIN_WORDS, MAX_WORDS = 20261269, 24, 2, 150, 900
# The topics of held-out 5 and 6: no training article tells their stories (tests/test_heldout_ecb_sets.py).
BLIND_TOPICS = frozenset({1, 3, 5, 12, 13, 14, 16, 18, 20, 24, 30, 35})
# The ECB+ articles other gold sets held on 2026-12-07, fixed so that a later change to them does not move the choice.
TAKEN = frozenset({
    "ecb-10_13ecbplus", "ecb-10_15ecbplus", "ecb-10_1ecbplus", "ecb-10_3ecbplus", "ecb-10_4ecb", "ecb-10_5ecb",
    "ecb-10_8ecb", "ecb-10_9ecbplus", "ecb-11_1ecb", "ecb-11_1ecbplus", "ecb-11_2ecb", "ecb-11_4ecbplus", "ecb-11_5ecb",
    "ecb-11_5ecbplus", "ecb-11_9ecb", "ecb-12_3ecbplus", "ecb-12_9ecbplus", "ecb-13_12ecbplus", "ecb-13_14ecbplus",
    "ecb-13_4ecbplus", "ecb-14_7ecbplus", "ecb-14_8ecbplus", "ecb-16_1ecbplus", "ecb-16_2ecbplus", "ecb-16_6ecbplus",
    "ecb-18_4ecbplus", "ecb-18_8ecbplus", "ecb-19_11ecbplus", "ecb-19_12ecb", "ecb-19_1ecb", "ecb-19_3ecb",
    "ecb-19_5ecb", "ecb-19_7ecb", "ecb-19_8ecb", "ecb-19_9ecb", "ecb-19_9ecbplus", "ecb-1_3ecbplus", "ecb-1_8ecbplus",
    "ecb-20_11ecbplus", "ecb-20_2ecbplus", "ecb-21_11ecb", "ecb-21_1ecb", "ecb-21_3ecb", "ecb-21_3ecbplus",
    "ecb-21_4ecbplus", "ecb-21_6ecb", "ecb-21_6ecbplus", "ecb-21_7ecb", "ecb-22_11ecbplus", "ecb-22_12ecbplus",
    "ecb-22_13ecbplus", "ecb-22_14ecbplus", "ecb-22_2ecbplus", "ecb-22_3ecbplus", "ecb-22_6ecbplus", "ecb-22_7ecbplus",
    "ecb-22_8ecbplus", "ecb-22_9ecbplus", "ecb-23_11ecbplus", "ecb-23_3ecbplus", "ecb-23_4ecbplus", "ecb-23_5ecbplus",
    "ecb-23_6ecbplus", "ecb-23_7ecbplus", "ecb-23_8ecbplus", "ecb-23_9ecbplus", "ecb-24_10ecbplus", "ecb-24_9ecbplus",
    "ecb-25_10ecb", "ecb-25_13ecb", "ecb-25_13ecbplus", "ecb-25_4ecb", "ecb-25_5ecb", "ecb-25_5ecbplus", "ecb-25_6ecbplus",
    "ecb-25_7ecb", "ecb-26_10ecbplus", "ecb-26_11ecbplus", "ecb-26_2ecbplus", "ecb-26_3ecbplus", "ecb-26_4ecbplus",
    "ecb-26_7ecbplus", "ecb-26_8ecbplus", "ecb-27_10ecb", "ecb-27_11ecb", "ecb-27_13ecb", "ecb-27_2ecb", "ecb-27_2ecbplus",
    "ecb-27_5ecb", "ecb-27_6ecbplus", "ecb-27_7ecbplus", "ecb-28_10ecbplus", "ecb-28_13ecb", "ecb-28_2ecb",
    "ecb-28_2ecbplus", "ecb-28_4ecb", "ecb-28_5ecb", "ecb-28_6ecb", "ecb-28_6ecbplus", "ecb-29_10ecbplus",
    "ecb-29_11ecb", "ecb-29_11ecbplus", "ecb-29_13ecbplus", "ecb-29_1ecbplus", "ecb-29_4ecb", "ecb-29_7ecb",
    "ecb-29_7ecbplus", "ecb-2_11ecb", "ecb-2_1ecbplus", "ecb-2_3ecb", "ecb-2_4ecb", "ecb-2_5ecb", "ecb-2_6ecbplus",
    "ecb-2_8ecbplus", "ecb-30_13ecbplus", "ecb-30_1ecbplus", "ecb-30_6ecbplus", "ecb-31_14ecb", "ecb-31_1ecb",
    "ecb-31_4ecbplus", "ecb-31_5ecb", "ecb-31_6ecb", "ecb-31_6ecbplus", "ecb-31_9ecbplus", "ecb-32_1ecb", "ecb-32_1ecbplus",
    "ecb-32_2ecb", "ecb-32_2ecbplus", "ecb-32_3ecb", "ecb-32_3ecbplus", "ecb-32_4ecbplus", "ecb-32_5ecbplus",
    "ecb-32_8ecbplus", "ecb-33_1ecbplus", "ecb-33_2ecb", "ecb-33_2ecbplus", "ecb-33_3ecb", "ecb-33_3ecbplus",
    "ecb-33_4ecb", "ecb-33_6ecbplus", "ecb-33_7ecbplus", "ecb-34_10ecb", "ecb-34_10ecbplus", "ecb-34_1ecbplus",
    "ecb-34_2ecbplus", "ecb-34_4ecbplus", "ecb-34_5ecbplus", "ecb-34_6ecbplus", "ecb-34_8ecbplus", "ecb-35_10ecbplus",
    "ecb-35_4ecbplus", "ecb-3_2ecbplus", "ecb-3_4ecbplus", "ecb-4_10ecb", "ecb-4_11ecb", "ecb-4_12ecb", "ecb-4_13ecb",
    "ecb-4_1ecb", "ecb-4_8ecb", "ecb-4_9ecb", "ecb-5_4ecbplus", "ecb-5_9ecbplus", "ecb-6_1ecb", "ecb-6_1ecbplus",
    "ecb-6_2ecbplus", "ecb-6_3ecbplus", "ecb-6_5ecbplus", "ecb-6_7ecbplus", "ecb-6_8ecb", "ecb-6_8ecbplus",
    "ecb-7_10ecb", "ecb-7_11ecb", "ecb-7_3ecb", "ecb-7_3ecbplus", "ecb-7_5ecb", "ecb-7_6ecb", "ecb-7_6ecbplus",
    "ecb-7_7ecb", "ecb-7_7ecbplus", "ecb-7_8ecb", "ecb-8_10ecbplus", "ecb-8_1ecb", "ecb-8_1ecbplus", "ecb-8_2ecb",
    "ecb-8_2ecbplus", "ecb-8_3ecb", "ecb-8_4ecbplus", "ecb-8_5ecbplus", "ecb-8_7ecbplus", "ecb-8_8ecbplus",
    "ecb-9_10ecbplus", "ecb-9_12ecbplus", "ecb-9_1ecbplus", "ecb-9_2ecb", "ecb-9_3ecb", "ecb-9_3ecbplus", "ecb-9_5ecb",
    "ecb-9_6ecbplus",
})


def topic(article_id: str) -> int:
    return int(re.match(r"ecb-(\d+)_", article_id).group(1))


def choose(articles: list[dict]) -> list[dict]:
    pool = [a for a in articles if topic(a["id"]) in BLIND_TOPICS and a["id"] not in TAKEN
            and MIN_WORDS <= len(a["text"].split()) <= MAX_WORDS]
    random.Random(SEED).shuffle(pool)
    taken: dict[int, int] = {}
    chosen = []
    for article in pool:
        if taken.get(topic(article["id"]), 0) < PER_TOPIC:
            taken[topic(article["id"])] = taken.get(topic(article["id"]), 0) + 1
            chosen.append(article)
        if len(chosen) == SIZE:
            break
    return chosen


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ARTICLES
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for article in choose(articles):
        print(article["id"], len(article["text"].split()))


if __name__ == "__main__":
    main()
