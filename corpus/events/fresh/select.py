#!/usr/bin/env python3
"""Choose the fresh ECB+ articles of session 21 (this folder; README.md).

    python corpus/events/fresh/select.py [ARTICLES_JSONL]

A sample no rule was written against: ECB+ articles of the topics the training corpus already
draws from (``TRAINING_TOPICS``: a held-out set may not share them, so these can join training
later), not held by any gold set when chosen (``TAKEN``), of 150-900 words, shuffled with ``SEED``,
one per topic and then a second per topic, until ``SIZE``. Dated and undated articles alike: the
corpus's ECB+ articles are both.

A frozen script, on purpose standalone: it repeats the shared-folder lookup of tests/conftest.py
and a choice much like held-out 6's, so that no later change elsewhere can change the set it
chose.
"""
from __future__ import annotations

import json
import os
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
# NEWSTRACE_SHARED, else ../shared next to the checkout (main) or next to the worktrees' folder (wt/<branch>)
SHARED = Path(os.environ.get("NEWSTRACE_SHARED") or next(
    (p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()), ROOT.parent / "shared"))
ARTICLES = SHARED / "data" / "stories" / "ecbplus" / "articles.jsonl"
SEED, SIZE, MIN_WORDS, MAX_WORDS = 20261207, 36, 150, 900
TRAINING_TOPICS = frozenset({2, 4, 6, 7, 8, 9, 10, 11, 19, 21, 22, 23, 25, 26, 27, 28, 29, 31, 32, 33, 34})


def _topic(article_id: str) -> int:
    return int(re.match(r"ecb-(\d+)_", article_id).group(1))  # type: ignore[union-attr]


# The ECB+ articles some gold set held when the choice was made (the training corpus, held-out 5 and 6,
# held-out 6's set-aside picks), fixed here so that a later move of a set does not change the choice.
TAKEN = frozenset({
    "ecb-10_5ecb", "ecb-10_8ecb", "ecb-11_1ecb", "ecb-11_4ecbplus", "ecb-12_3ecbplus", "ecb-12_9ecbplus",
    "ecb-13_12ecbplus", "ecb-13_14ecbplus", "ecb-13_4ecbplus", "ecb-14_7ecbplus", "ecb-14_8ecbplus",
    "ecb-16_1ecbplus", "ecb-16_2ecbplus", "ecb-16_6ecbplus", "ecb-18_4ecbplus", "ecb-18_8ecbplus",
    "ecb-19_11ecbplus", "ecb-19_7ecb", "ecb-19_9ecbplus", "ecb-1_3ecbplus", "ecb-1_8ecbplus",
    "ecb-20_11ecbplus", "ecb-20_2ecbplus", "ecb-21_3ecb", "ecb-21_7ecb", "ecb-22_3ecbplus", "ecb-22_7ecbplus",
    "ecb-22_8ecbplus", "ecb-22_9ecbplus", "ecb-23_5ecbplus", "ecb-23_7ecbplus", "ecb-23_8ecbplus",
    "ecb-24_10ecbplus", "ecb-24_9ecbplus", "ecb-25_13ecb", "ecb-25_6ecbplus", "ecb-26_11ecbplus",
    "ecb-26_7ecbplus", "ecb-27_10ecb", "ecb-27_5ecb", "ecb-28_2ecb", "ecb-28_6ecbplus", "ecb-29_11ecbplus",
    "ecb-29_7ecb", "ecb-2_3ecb", "ecb-2_8ecbplus", "ecb-30_13ecbplus", "ecb-30_1ecbplus", "ecb-30_6ecbplus",
    "ecb-31_14ecb", "ecb-31_6ecb", "ecb-32_2ecb", "ecb-32_3ecbplus", "ecb-32_8ecbplus", "ecb-33_1ecbplus",
    "ecb-33_3ecbplus", "ecb-34_10ecbplus", "ecb-34_5ecbplus", "ecb-35_10ecbplus", "ecb-35_4ecbplus",
    "ecb-3_2ecbplus", "ecb-3_4ecbplus", "ecb-4_10ecb", "ecb-4_8ecb", "ecb-5_4ecbplus", "ecb-5_9ecbplus",
    "ecb-6_3ecbplus", "ecb-6_5ecbplus", "ecb-7_3ecbplus", "ecb-7_5ecb", "ecb-7_6ecbplus", "ecb-7_7ecbplus",
    "ecb-8_10ecbplus", "ecb-8_1ecb", "ecb-8_1ecbplus", "ecb-8_4ecbplus", "ecb-9_10ecbplus", "ecb-9_6ecbplus",
})


def choose(articles: list[dict], held: frozenset[str] = TAKEN) -> list[dict]:
    pool = [a for a in articles
            if a["id"].startswith("ecb-") and _topic(a["id"]) in TRAINING_TOPICS and a["id"] not in held
            and MIN_WORDS <= len(a["text"].split()) <= MAX_WORDS]
    pool.sort(key=lambda a: a["id"])
    random.Random(SEED).shuffle(pool)
    chosen: list[dict] = []
    for per_topic in (1, 2):
        for article in pool:
            topic = _topic(article["id"])
            if article in chosen or sum(_topic(a["id"]) == topic for a in chosen) >= per_topic:
                continue
            chosen.append(article)
            if len(chosen) == SIZE:
                return chosen
    return chosen


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else ARTICLES
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for article in choose(articles):
        print(article["id"], len(article["text"].split()), article.get("published"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
