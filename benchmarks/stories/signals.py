"""Which per-article record signals tell the two events of one ECB+ topic apart: for
every pair of articles of one topic, whether a signal is missing on either side, agrees
(the two sets share an item) or conflicts (both known, nothing shared), counted
separately for pairs of the same gold event and pairs across the topic's two events.
A signal that separates events agrees far more often within an event than across.
Prints shares only (no article text).

    .venv/bin/python benchmarks/stories/signals.py --db S.sqlite [--topics 9,10,11,20,27]

Signals (words of length > 2, lower case):
  events  <scope>:type / trig / actor / target / loc / qty / type_actor: the record events'
          PLOVER types, trigger stems, argument words, location words, quantity numbers,
          type|actor word; scope "lead" (title and two sentences) or "all".
  named   type|word of event actors and targets that are words of the article's named
          entities (people, organisations, places): who did what to whom, by name.
  first1 / first2  the first-named person or organisation of the lead (one / two
          sentences): whom the report is about.
"""
from __future__ import annotations

import argparse
import collections
import itertools
import json
import re
from pathlib import Path

import sqlalchemy as sa

from offline import GOLD
from newstrace.store import Store
from newstrace.stories import features as F

_NAMED = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")


def _words(text: str | None) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", (text or "").lower()) if len(w) > 2)


def signals(conn, pk: int, title: str | None, text: str) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    lead_end = F.lead_end(title, text, 2)
    events = conn.execute(sa.text("SELECT type, trigger, actor, target, location, quantity, sentence_start "
                                  "FROM events WHERE article_pk = :pk"), {"pk": pk}).all()
    for scope, evs in (("lead", [e for e in events if e[6] < lead_end]), ("all", events)):
        out[f"{scope}:type"] = frozenset(e[0] for e in evs)
        out[f"{scope}:trig"] = frozenset(F.stem(e[1].lower()) for e in evs)
        out[f"{scope}:actor"] = frozenset(w for e in evs for w in _words(e[2]))
        out[f"{scope}:target"] = frozenset(w for e in evs for w in _words(e[3]))
        out[f"{scope}:loc"] = frozenset(w for e in evs for w in _words(e[4]))
        out[f"{scope}:qty"] = frozenset(n for e in evs for n in re.findall(r"\d+(?:\.\d+)?", e[5] or ""))
        out[f"{scope}:type_actor"] = frozenset(f"{e[0]}|{w}" for e in evs for w in _words(e[2]))
    ents = conn.execute(sa.text(
        "SELECT e.name, e.type, min(m.start) AS s FROM entities e JOIN mentions m ON m.article_pk = e.article_pk "
        "AND m.eid = e.eid WHERE e.article_pk = :pk GROUP BY e.eid ORDER BY s, e.eid"), {"pk": pk}).all()
    names = {w for name, type_, _ in ents if type_ in _NAMED for w in _words(name)}
    out["named"] = frozenset(f"{e[0]}|{w}" for e in events for arg in (e[2], e[3]) for w in _words(arg) & names)
    for n in (1, 2):
        end = F.lead_end(title, text, n)
        first = [name for name, type_, start in ents if type_ in ("PERSON", "ORG") and start is not None and start < end]
        out[f"first{n}"] = _words(first[0]) if first else frozenset()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--topics", help="comma-separated topic numbers (default: all)")
    a = ap.parse_args()
    gold_stories = json.loads((Path(a.gold) / "stories.json").read_text(encoding="utf-8"))
    gold = {art: s for s, members in gold_stories.items() for art in members}
    with Store(a.db) as store, store.connect() as conn:
        sig = {aid: signals(conn, pk, title, text) for aid, pk, title, text in conn.execute(
            sa.text("SELECT id, pk, title, text FROM articles")) if aid in gold}
    by_topic: dict[str, list[str]] = collections.defaultdict(list)
    for art, story in gold.items():
        by_topic[story.split("-", 1)[1].replace("plus", "")].append(art)
    topics = a.topics.split(",") if a.topics else sorted(by_topic, key=int)
    print("signal            same event: missing/agree/conflict   across events: missing/agree/conflict")
    for name in next(iter(sig.values())):
        counts: collections.Counter = collections.Counter()
        for t in topics:
            for x, y in itertools.combinations(sorted(by_topic[t]), 2):
                fx, fy = sig[x][name], sig[y][name]
                counts[gold[x] == gold[y], "missing" if not fx or not fy else "agree" if fx & fy else "conflict"] += 1
        cells = []
        for same in (True, False):
            total = sum(counts[same, k] for k in ("missing", "agree", "conflict")) or 1
            cells.append(" / ".join(f"{counts[same, k] / total:.2f}" for k in ("missing", "agree", "conflict")))
        print(f"{name:17} {cells[0]:>26}   {cells[1]:>26}")


if __name__ == "__main__":
    main()
