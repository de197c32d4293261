"""Group the corpus's articles by story, for cross-validation folds that keep every
article of a story on one side (``--group-by story`` of ``training/detector.py`` and
``benchmarks/events/errors.py``).

    python training/story_groups.py corpus/events/gold --out corpus/events/story_groups.json

A fold by article puts a story's sibling articles on both sides: what such CV rewards
is partly memory of the story (its names, its words), which unseen text does not share.

- ECB+ (``ecb-<topic>_...``): one group per topic.
- Every other article: connected components of the graph whose edges join two articles
  that share a rare name (a gold entity's name or alias, normalised, found in at most
  ``RARE`` articles of the set) and were published at most ``DAYS`` days apart (an
  article without a date joins by name alone). A name in many articles (a country, a
  president) tells the beat, not the story.

The output maps every article id to its group id (the smallest id in the group) and lists
the group sizes; it is a pure function of the gold files and the two settings.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

RARE = 4   # a name in more articles than this joins none
DAYS = 14  # two articles further apart than this are two stories


STORIES = Path(__file__).resolve().parents[1] / "corpus/events/story_groups.json"
GROUP_BY = ("story", "article")


def story_of(group_by: str) -> dict[str, str]:
    """Each corpus article's story id (``--group-by story``), or none (by article): an
    article the file does not list is a story of its own."""
    if group_by == "article":
        return {}
    return json.loads(STORIES.read_text(encoding="utf-8"))["story_of"]


def fold_of(article_id: str, folds: int, stories: dict[str, str] | None = None) -> int:
    key = (stories or {}).get(article_id, article_id)
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % folds


def _day(record: dict) -> date | None:
    try:
        return date.fromisoformat(str(record.get("published") or "")[:10])
    except ValueError:
        return None


def _names(record: dict) -> set[str]:
    out = set()
    for e in record.get("entities") or []:
        for n in [e.get("name")] + list(e.get("aliases") or []):
            n = re.sub(r"\W+", " ", str(n or "")).strip().lower()
            if len(n) > 2:
                out.add(n)
    return out


def ecb_topic(article_id: str) -> str | None:
    m = re.match(r"ecb-(\d+)_", article_id)
    return f"ecb-{m.group(1)}" if m else None


def group(records: list[dict], rare: int = RARE, days: int = DAYS) -> dict[str, str]:
    ids = [r["id"] for r in records]
    parent = {i: i for i in ids}

    def find(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    topics: dict[str, list[str]] = defaultdict(list)
    others = []
    for r in records:
        t = ecb_topic(r["id"])
        (topics[t].append(r["id"]) if t else others.append(r))
    for members in topics.values():
        for m in members[1:]:
            union(members[0], m)
    names = {r["id"]: _names(r) for r in others}
    df = Counter(n for ns in names.values() for n in ns)
    by_name: dict[str, list[dict]] = defaultdict(list)
    for r in others:
        for n in names[r["id"]]:
            if df[n] <= rare:
                by_name[n].append(r)
    for rs in by_name.values():
        for i, a in enumerate(rs):
            for b in rs[i + 1:]:
                da, db = _day(a), _day(b)
                if da is None or db is None or abs((da - db).days) <= days:
                    union(a["id"], b["id"])
    return {i: find(i) for i in ids}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path, nargs="+")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--rare", type=int, default=RARE)
    ap.add_argument("--days", type=int, default=DAYS)
    a = ap.parse_args()
    files = sorted(f for p in a.gold for f in (p.glob("*.json") if p.is_dir() else [p]))
    records = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    groups = group(records, a.rare, a.days)
    sizes = Counter(groups.values())
    members: dict[str, list[str]] = defaultdict(list)
    for i, g in groups.items():
        members[g].append(i)
    summary = {"how": f"training/story_groups.py --rare {a.rare} --days {a.days}",
               "articles": len(groups), "groups": len(sizes),
               "group_sizes": dict(sorted(Counter(sizes.values()).items())),
               "groups_by_id": {g: sorted(m) for g, m in sorted(members.items())}}
    text = json.dumps({**summary, "story_of": dict(sorted(groups.items()))}, indent=1) + "\n"
    if a.out:
        a.out.write_text(text, encoding="utf-8")
    print(json.dumps({k: summary[k] for k in ("how", "articles", "groups", "group_sizes")}))


if __name__ == "__main__":
    main()
