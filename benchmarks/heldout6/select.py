#!/usr/bin/env python3
"""Choose the 24 articles of held-out 6 from the ECB+ articles (see README.md).

    python benchmarks/heldout6/select.py [ARTICLES_JSONL]

Like held-out 5's choice, but from the ECB+ articles that neither the event corpus
(``corpus/events/gold``) nor held-out 5 holds, and twice as many: one article per ECB+
topic, then a second per topic. The first 12 in the printed order were annotated by one annotator, the next 12 by
another (README.md).

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
TAKEN = (ROOT / "corpus" / "events" / "gold", ROOT / "benchmarks" / "heldout5" / "gold")
SEED, SIZE, MIN_WORDS, MAX_WORDS = 20261206, 24, 150, 900


def taken_ids() -> set[str]:
    """Ids of the ECB+ articles already annotated elsewhere in the repo (file names only)."""
    return {path.stem for folder in TAKEN for path in folder.glob("ecb-*.json")}


def choose(articles: list[dict], taken: set[str] | None = None) -> list[dict]:
    """Dated, not yet annotated articles of MIN_WORDS-MAX_WORDS words, shuffled with SEED:
    one per ECB+ topic in the shuffled order, then (only 18 topics have such an article
    left) a second per topic in the same order, until SIZE."""
    taken = taken_ids() if taken is None else taken
    pool = [a for a in articles
            if a.get("published") and a["id"] not in taken
            and MIN_WORDS <= len(a["text"].split()) <= MAX_WORDS]
    random.Random(SEED).shuffle(pool)
    chosen: list[dict] = []
    for per_topic in (1, 2):
        for article in pool:
            topic = _topic(article)
            if article in chosen or sum(_topic(a) == topic for a in chosen) >= per_topic:
                continue
            chosen.append(article)
            if len(chosen) == SIZE:
                return chosen
    return chosen


def _topic(article: dict) -> str:
    return re.match(r"ecb-(\d+)_", article["id"]).group(1)  # type: ignore[union-attr]


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else ARTICLES
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for a in choose(articles):
        print(a["id"], a["published"], len(a["text"].split()), sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
