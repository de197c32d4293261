#!/usr/bin/env python3
"""Choose the articles of held-out 7 (see README.md): every article of the shared news corpus
(VOA and Wikinews politics) that no other gold set holds and that is not reserved, up to
MAX_CHARS characters of text.

    python benchmarks/heldout7/select.py [NEWS_DIR]

By session 24 the event corpus, held-out 1-6, the fresh set and the shared dev set held all
but eight of the corpus's 276 articles; of those eight, one is a 42,684-character interview
(questions and answers, no report of acts), over MAX_CHARS: the seven others are the set.

NEWS_DIR defaults to the shared corpus (``$NEWSTRACE_SHARED``, else ``../shared`` next to the
checkout or to its worktrees' folder): ``data/news``.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("NEWSTRACE_SHARED") or next(
    (p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()), ROOT.parent / "shared"))
NEWS = SHARED / "data" / "news"
MAX_CHARS = 30_000
# Gold sets whose articles are not free for a new blind set (held-out 7's own folder excluded)
OTHER_SETS = ("corpus/events/gold/*.json", "corpus/events/fresh/gold/*.json",
              "benchmarks/heldout/gold/*.json", "benchmarks/heldout[2-6]/gold/*.json",
              "benchmarks/heldout6/topic-overlap/*.json")


def taken(root: Path = ROOT, shared: Path = SHARED) -> set[str]:
    """Ids of the articles another gold set holds, or that are reserved for blind evaluation."""
    ids = {p.stem for pattern in OTHER_SETS for p in root.glob(pattern)}
    ids |= {json.loads(p.read_text(encoding="utf-8")).get("id", p.stem)
            for p in (shared / "eval" / "dev").glob("*.json")}
    reserved = shared / "eval" / "RESERVED.md"
    if reserved.is_file():
        ids |= {line[2:].strip() for line in reserved.read_text(encoding="utf-8").splitlines() if line.startswith("- ")}
    return ids


def choose(articles: list[dict], held: set[str]) -> list[dict]:
    """The articles not in ``held`` whose text is at most MAX_CHARS long, in corpus order."""
    return [a for a in articles if a["id"] not in held and len(a["text"]) <= MAX_CHARS]


def articles(news: Path = NEWS) -> list[dict]:
    return [json.loads(line) for path in sorted(news.glob("*/articles.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


if __name__ == "__main__":
    news = Path(sys.argv[1]) if len(sys.argv) > 1 else NEWS
    for article in choose(articles(news), taken()):
        print(article["id"], len(article["text"]), article.get("published"), sep="\t")
