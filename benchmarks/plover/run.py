"""PLOVER gold-standard sentences: does newstrace find the coded event type and actors?

The 322 sentences of ``shared/data/peers/PLOVER/PLOVER_GSR_CAMEO.json`` were hand-coded
with an old PLOVER draft (v0.5b1). Their labels are mapped to today's 16 types by
``LABEL_MAP`` below; a label with no counterpart today would be left out (none is, in
this file). Each sentence is extracted on its own, dated with the file's placeholder.

Reported:
- type accuracy: share of sentences where newstrace's first event has the gold type;
- per-type precision and recall over sentences: a prediction of type T counts once per
  sentence; it is right when T is the sentence's gold type;
- actor and target agreement, over sentences where an event of the gold type was found:
  the predicted actor (target) shares a word with a gold source (target) text, or names
  the country of its ISO code; both empty counts as agreement.

- confusion: for the sentences missed, gold type -> the first event's type ("none" when
  no event), counted; ``--confusion`` prints it. It says which type pairs the lexicon and
  the codebook draw differently, without listing sentences; ``--misses`` lists each
  missed sentence with its coded type and the events read from it (type, trigger,
  actor, target), to find lexicon gaps (fix them with general entries in the
  lexicon's own words, never with the codebook's sentences as patterns).

Usage: .venv/bin/python benchmarks/plover/run.py [--json] [--confusion] [--misses]
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from newstrace import Newstrace
from newstrace.extract.countries import country_named
from newstrace.record import EVENT_TYPES

ROOT = Path(__file__).resolve().parents[2]
SHARED = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()), ROOT.parent / "shared")
DATA = SHARED / "data" / "peers" / "PLOVER" / "PLOVER_GSR_CAMEO.json"

# Old PLOVER draft label -> today's type (SOURCE.md, PLOVER_MANUAL.tex).
LABEL_MAP = {
    "DEMAND": "REQUEST",        # merged into REQUEST
    "DISAPPROVE": "ACCUSE",     # ACCUSE, mode disapprove
    "INVESTIGATE": "ACCUSE",    # ACCUSE, mode investigate
    "FIGHT": "ASSAULT",         # armed fighting is ASSAULT
    **{t: t for t in EVENT_TYPES},
}
STOP = {"the", "a", "an", "of", "and", "in", "s", "'s"}


def words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (text or "").lower()) if w not in STOP}


def agrees(pred: str | None, gold: list[dict]) -> bool:
    if not gold:
        return pred is None
    if pred is None:
        return False
    country = country_named(pred)
    for g in gold:
        if words(pred) & words(g.get("actorText")):
            return True
        if country is not None and country.alpha3 == g.get("code"):
            return True
    return False


def load() -> list[dict]:
    records = json.loads(DATA.read_text(encoding="utf-8"))
    out = []
    for r in records:
        label = r.get("event")
        if not label or "text" not in r:
            continue
        mapped = LABEL_MAP.get(label)
        if mapped is None:
            continue  # no counterpart in today's ontology
        out.append({**r, "type": mapped,
                    "source": r.get("source") or [],
                    "target": r.get("target") if isinstance(r.get("target"), list) else []})
    return out


def run() -> dict:
    core = Newstrace()
    records = load()
    right = 0
    found_type = Counter()
    pred_type = Counter()
    gold_type = Counter()
    actor_ok = target_ok = matched = 0
    none = 0
    confusion: Counter[tuple[str, str]] = Counter()  # (gold type, type of the first event or "none")
    misses: list[dict] = []
    for r in records:
        record = core.extract_text(r["text"], published="2000-01-01", id=r["id"])
        events = record.events
        gold = r["type"]
        gold_type[gold] += 1
        confusion[gold, events[0].type if events else "none"] += 1
        if not events:
            none += 1
        elif events[0].type == gold:
            right += 1
        if not events or events[0].type != gold:
            misses.append({"id": r["id"], "gold": gold, "text": r["text"],
                           "read": [f"{e.type} '{e.trigger}' {e.actor} -> {e.target}" for e in events]})
        for t in {e.type for e in events}:
            pred_type[t] += 1
            if t == gold:
                found_type[t] += 1
        hit = next((e for e in events if e.type == gold), None)
        if hit is not None:
            matched += 1
            actor_ok += agrees(hit.actor, r["source"])
            target_ok += agrees(hit.target, r["target"])
    tp = sum(found_type.values())
    per_type = {}
    for t in sorted(set(gold_type) | set(pred_type)):
        p = found_type[t] / pred_type[t] if pred_type[t] else 0.0
        rc = found_type[t] / gold_type[t] if gold_type[t] else 0.0
        per_type[t] = {"p": round(p, 3), "r": round(rc, 3), "gold": gold_type[t], "pred": pred_type[t]}
    return {
        "sentences": len(records),
        "type_accuracy": round(right / len(records), 3),
        "no_event": none,
        "precision": round(tp / max(1, sum(pred_type.values())), 3),
        "recall": round(tp / len(records), 3),
        "actor_agreement": round(actor_ok / max(1, matched), 3),
        "target_agreement": round(target_ok / max(1, matched), 3),
        "matched": matched,
        "per_type": per_type,
        "confusion": {f"{g} -> {p}": n for (g, p), n in confusion.most_common() if g != p},
        "misses": misses,
    }


def main() -> None:
    result = run()
    if "--json" in sys.argv:
        print(json.dumps(result, indent=2))
        return
    print(f"sentences {result['sentences']}, no event found in {result['no_event']}")
    print(f"type accuracy (first event) {result['type_accuracy']:.3f}")
    print(f"any-event precision {result['precision']:.3f}  recall {result['recall']:.3f}")
    print(f"on {result['matched']} sentences with the gold type found: actor agreement "
          f"{result['actor_agreement']:.3f}, target agreement {result['target_agreement']:.3f}")
    print("\n| type | P | R | gold | predicted |\n|---|---|---|---|---|")
    for t, v in result["per_type"].items():
        print(f"| {t} | {v['p']:.2f} | {v['r']:.2f} | {v['gold']} | {v['pred']} |")
    if "--confusion" in sys.argv:
        print("\nmisses: gold type -> first event's type (counts only)")
        for pair, n in result["confusion"].items():
            print(f"{n:4d}  {pair}")
    if "--misses" in sys.argv:
        print("\nmissed sentences: coded type, then the events read (first decides)")
        for miss in sorted(result["misses"], key=lambda m: m["gold"]):
            print(f"\n[{miss['gold']}] {miss['id']}: {miss['text']}")
            for line in miss["read"] or ["(no event)"]:
                print(f"    {line}")


if __name__ == "__main__":
    main()
