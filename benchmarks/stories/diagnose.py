"""Where the stories lose B-cubed on ECB+: per gold event, the predicted stories it is
spread over; per predicted story, the gold events it mixes. Prints topic numbers and
counts only (no article text), so it can be shared and compared between settings.

    .venv/bin/python benchmarks/stories/diagnose.py PRED.json [--gold DIR]

PRED.json: what ``newstrace stories --format json`` prints, or ``offline.py --dump``'s
``[{"id", "articles"}]``. Each gold event is written ``<topic>`` (the ``ecb`` documents'
event) or ``<topic>+`` (the ``ecbplus`` documents'). The B-cubed loss of a topic is the
sum over its articles of (1 - precision) and (1 - recall), divided by all articles: the
shares add up to 1 - P and 1 - R.
"""
from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

from offline import GOLD


def _event(story_id: str) -> str:
    """'ecb-12plus' -> '12+', 'ecb-12' -> '12'."""
    name = story_id.split("-", 1)[1]
    return name.replace("plus", "+")


def _topic(event: str) -> int:
    return int(event.rstrip("+"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pred")
    ap.add_argument("--gold", default=str(GOLD))
    a = ap.parse_args()
    gold_stories = json.loads((Path(a.gold) / "stories.json").read_text(encoding="utf-8"))
    gold = {art: _event(s) for s, members in gold_stories.items() for art in members}
    pred_stories = json.loads(Path(a.pred).read_text(encoding="utf-8"))
    pred = {}
    for s in pred_stories:
        for art in s["articles"]:
            pred.setdefault(art["id"] if isinstance(art, dict) else art, str(s["id"]))
    pred.update({art: f"__single__{art}" for art in gold if art not in pred})
    g_members: dict[str, set] = collections.defaultdict(set)
    p_members: dict[str, set] = collections.defaultdict(set)
    for art, ev in gold.items():
        g_members[ev].add(art)
        p_members[pred[art]].add(art)
    n = len(gold)
    loss_p: collections.Counter = collections.Counter()
    loss_r: collections.Counter = collections.Counter()
    for art, ev in gold.items():
        inter = len(g_members[ev] & p_members[pred[art]])
        loss_p[_topic(ev)] += (1 - inter / len(p_members[pred[art]])) / n
        loss_r[_topic(ev)] += (1 - inter / len(g_members[ev])) / n
    # Predicted stories named by their largest gold event, so the listing reads per topic.
    label: dict[str, str] = {}
    for sid, members in p_members.items():
        counts = collections.Counter(gold[x] for x in members)
        label[sid] = max(counts, key=lambda e: (counts[e], e))

    print("gold events spread over several predicted stories (event: articles -> pieces, each "
          "'n' or 'n/m' = n of the event in a story of m; * = the piece's story is mainly another event)")
    split = 0
    for ev in sorted(g_members, key=lambda e: (_topic(e), e)):
        pieces = collections.Counter(pred[x] for x in g_members[ev])
        if len(pieces) == 1:
            continue
        split += 1
        parts = []
        for sid, k in sorted(pieces.items(), key=lambda kv: (-kv[1], kv[0])):
            size = len(p_members[sid])
            mark = "*" if label[sid] != ev else ""
            parts.append(f"{k}/{size}{mark}" if size != k else f"{k}")
        print(f"  {ev:>4}: {len(g_members[ev]):>2} -> {' '.join(parts)}")
    print(f"  {split} of {len(g_members)} gold events split")

    print("predicted stories mixing gold events (counts per event)")
    mixed = 0
    for sid in sorted(p_members, key=lambda s: (_topic(label[s]), label[s], -len(p_members[s]), s)):
        counts = collections.Counter(gold[x] for x in p_members[sid])
        if len(counts) < 2:
            continue
        mixed += 1
        print(f"  {len(p_members[sid]):>2} articles: " + ", ".join(
            f"{ev} x{k}" for ev, k in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))))
    print(f"  {mixed} of {len(p_members)} predicted stories mixed")

    print("B-cubed loss per topic (precision, recall; largest first, > 0.001)")
    for t in sorted(set(loss_p) | set(loss_r), key=lambda t: -(loss_p[t] + loss_r[t])):
        if loss_p[t] + loss_r[t] > 0.001:
            print(f"  topic {t:>2}: P -{loss_p[t]:.3f}  R -{loss_r[t]:.3f}")
    print(f"  total: P -{sum(loss_p.values()):.3f}  R -{sum(loss_r.values()):.3f}")


if __name__ == "__main__":
    main()
