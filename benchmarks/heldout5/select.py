#!/usr/bin/env python3
"""Choose the 12 articles of held-out 5 from the ECB+ articles (see README.md).

    python benchmarks/heldout5/select.py [ARTICLES_JSONL]

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
# NEWSTRACE_SHARED, else ../shared next to the checkout (main) or next to the worktrees'
# folder (wt/<branch>), as tests/quality/gate.py finds it
SHARED = Path(os.environ.get("NEWSTRACE_SHARED") or next(
    (p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()), ROOT.parent / "shared"))
ARTICLES = SHARED / "data" / "stories" / "ecbplus" / "articles.jsonl"
SEED, SIZE, MIN_WORDS, MAX_WORDS = 20261205, 12, 150, 900


def choose(articles: list[dict]) -> list[dict]:
    """Dated articles of MIN_WORDS-MAX_WORDS words, shuffled with SEED, one per ECB+ topic."""
    pool = [a for a in articles if a.get("published") and MIN_WORDS <= len(a["text"].split()) <= MAX_WORDS]
    random.Random(SEED).shuffle(pool)
    chosen, topics = [], set()
    for article in pool:
        topic = re.match(r"ecb-(\d+)_", article["id"]).group(1)  # type: ignore[union-attr]
        if topic in topics:
            continue
        topics.add(topic)
        chosen.append(article)
        if len(chosen) == SIZE:
            break
    return chosen


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else ARTICLES
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for a in choose(articles):
        print(a["id"], a["published"], len(a["text"].split()), a["title"][:70], sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
