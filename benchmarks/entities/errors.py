"""Entity and claim errors of the reader on a gold set, tallied by cause.

    python benchmarks/entities/errors.py corpus/events/gold [--pred preds.jsonl] [--reuse] [--show CAUSE]

Reads every gold article (events and triggers stages left out: they do not
touch entities or claims), scores it with the project's copy of the reference scorer,
and sorts each missed gold item and each unmatched prediction into a cause, so that
fixes go after general causes instead of single articles. ``--pred`` keeps the
records (``--reuse`` reads them back instead of extracting again); ``--show CAUSE``
prints the items of one cause.
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def scorer():
    spec = importlib.util.spec_from_file_location("score", ROOT / "tests/quality/reference/score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract(golds: list[dict]) -> list[dict]:
    os.environ.setdefault("NEWSTRACE_COMPONENTS", "triggers=,events=")
    from newstrace.app import Newstrace
    from newstrace.record import Article, Record

    app = Newstrace()
    articles = [Article(id=str(g["id"]), title=g.get("title"), url=g.get("url"), source=g.get("source"),
                        published=g.get("published"), text=g["text"]) for g in golds]
    return [r.to_json_dict() for r in app.extract(articles) if isinstance(r, Record)]


def entity_causes(S, gold: dict, pred: dict, out: collections.Counter, items: dict) -> None:
    ge = [e for e in gold.get("entities") or [] if e.get("type") in S.SCORED_TYPES]
    pe = [e for e in pred.get("entities") or [] if e.get("type") in S.SCORED_TYPES]
    s = S.score_article(gold, pred)
    hit_g = {i for i, _ in s["_entity_pairs"]}
    hit_p = {j for _, j in s["_entity_pairs"]}
    text = gold["text"].lower()
    pforms = [({S.norm(p.get("name"))} | {S.norm(a) for a in p.get("aliases") or []}, p) for p in pe]
    gforms = [({S.norm(g.get("name"))} | {S.norm(a) for a in g.get("aliases") or []}, g) for g in ge]

    def note(cause, line):
        out[cause] += 1
        items.setdefault(cause, []).append(f"{gold['id']}: {line}")

    for i, g in enumerate(ge):
        if i in hit_g:
            continue
        forms = gforms[i][0]
        same_name = [p for f, p in pforms if f & forms]
        tokens = {t for f in forms for t in f.split() if len(t) > 2}
        overlapping = [p for f, p in pforms if any(set(x.split()) & tokens for x in f)]
        label = f"{g.get('type')} {g.get('name')} (aliases {g.get('aliases')})"
        if same_name:
            p = same_name[0]
            note(f"entity missed: type {p.get('type')} for {g.get('type')}", f"{label} <- {p.get('type')} {p.get('name')}")
        elif overlapping:
            p = overlapping[0]
            note("entity missed: name form differs", f"{label} <- {p.get('type')} {p.get('name')} {p.get('aliases')}")
        elif not any(f and f in text for f in forms):
            note("entity missed: gold form not in text (demonym/derived)", label)
        else:
            note(f"entity missed: not found ({g.get('type')})", label)
    for j, p in enumerate(pe):
        if j in hit_p:
            continue
        forms = pforms[j][0]
        tokens = {t for f in forms for t in f.split() if len(t) > 2}
        same_name = [g for f, g in gforms if f & forms]
        overlapping = [g for f, g in gforms if any(set(x.split()) & tokens for x in f)]
        label = f"{p.get('type')} {p.get('name')} {p.get('aliases')}"
        if same_name:
            note("entity extra: duplicate or wrong type", f"{label} ~ {same_name[0].get('type')} {same_name[0].get('name')}")
        elif overlapping:
            note("entity extra: overlaps a gold entity (split/merged name)", f"{label} ~ {overlapping[0].get('name')}")
        else:
            note(f"entity extra: not in gold ({p.get('type')})", label)


def claim_causes(S, gold: dict, pred: dict, out: collections.Counter, items: dict) -> None:
    gc, pc = gold.get("claims") or [], pred.get("claims") or []
    s = S.score_article(gold, pred)
    gn, pn = S.Names(gold.get("entities")), S.Names(pred.get("entities"))
    hit_g = {i for i, _ in s["_claim_pairs"]}
    hit_p = {j for _, j in s["_claim_pairs"]}

    def note(cause, line):
        out[cause] += 1
        items.setdefault(cause, []).append(f"{gold['id']}: {line}")

    free_p = [j for j in range(len(pc)) if j not in hit_p]
    for i, g in enumerate(gc):
        if i in hit_g:
            continue
        label = f"[{g.get('speaker')} | {g.get('cue')} | {g.get('quote_type')}] {str(g.get('content'))[:110]}"
        same_content = [j for j in free_p if S.overlap(pc[j].get("content"), g.get("content")) >= 0.5]
        some_content = [j for j in free_p if S.overlap(pc[j].get("content"), g.get("content")) >= 0.2]
        spoken = [j for j in free_p if S.same_actor(pc[j].get("speaker"), g.get("speaker"), pn, gn)
                  and S.overlap(pc[j].get("content"), g.get("content")) > 0]
        if same_content:
            p = pc[same_content[0]]
            note("claim missed: speaker differs", f"{label} <- speaker {p.get('speaker')!r}")
        elif spoken:
            p = pc[spoken[0]]
            note("claim missed: content too short/long (span)", f"{label} <- {str(p.get('content'))[:110]}")
        elif some_content:
            p = pc[some_content[0]]
            note("claim missed: content overlaps little", f"{label} <- [{p.get('speaker')}] {str(p.get('content'))[:110]}")
        else:
            note(f"claim missed: not found (cue {str(g.get('cue')).lower()})", label)
    for j, p in enumerate(pc):
        if j in hit_p:
            continue
        label = f"[{p.get('speaker')} | {p.get('cue')} | {p.get('quote_type')}] {str(p.get('content'))[:110]}"
        near = [g for g in gc if S.overlap(p.get("content"), g.get("content")) >= 0.2
                or S.overlap(g.get("content"), p.get("content")) >= 0.5]
        if near:
            note("claim extra: near a gold claim (split/duplicate/speaker)", f"{label} ~ {str(near[0].get('content'))[:80]}")
        else:
            note(f"claim extra: not in gold (cue {str(p.get('cue')).lower()})", label)
    # attributes of found claims
    for i, j in s["_claim_pairs"]:
        g, p = gc[i], pc[j]
        for key in ("certainty", "quote_type", "speaker_type"):
            if g.get(key) and p.get(key) != g.get(key):
                note(f"found claim: {key} {p.get(key)} for {g.get(key)}", f"[{g.get('speaker')}] {str(g.get('content'))[:100]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--pred", type=Path, help="keep the records here (jsonl)")
    ap.add_argument("--reuse", action="store_true", help="read --pred instead of extracting")
    ap.add_argument("--show", action="append", default=[], help="print the items of causes starting with this")
    ap.add_argument("--limit", type=int, default=40)
    a = ap.parse_args()
    S = scorer()
    golds = S.load(a.gold)
    if a.reuse and a.pred and a.pred.exists():
        preds = S.load(a.pred)
    else:
        preds = extract(golds)
        if a.pred:
            a.pred.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
    counts: collections.Counter = collections.Counter()
    items: dict[str, list[str]] = {}
    totals = collections.Counter()
    for g, p in S.match_preds(golds, preds):
        p = p or {}
        s = S.score_article(g, p)
        for k in ("entities", "claims"):
            for n, v in zip(("tp", "pred", "gold"), s[k]):
                totals[k, n] += v
        totals["certainty_right"] += s["certainty_right"]
        entity_causes(S, g, p, counts, items)
        claim_causes(S, g, p, counts, items)
    for k in ("entities", "claims"):
        r = S.prf(totals[k, "tp"], totals[k, "pred"], totals[k, "gold"])
        print(f"{k:9} P {r['p']:.3f} R {r['r']:.3f} F1 {r['f1']:.3f}  tp {r['tp']} pred {r['pred']} gold {r['gold']}")
    print(f"certainty accuracy on found claims: {totals['certainty_right'] / max(1, totals['claims', 'tp']):.3f}")
    print()
    for cause, n in sorted(counts.items(), key=lambda x: (x[0].split(':')[0], -x[1])):
        print(f"{n:5}  {cause}")
    for prefix in a.show:
        for cause in sorted(items):
            if cause.startswith(prefix):
                print(f"\n## {cause}")
                for line in items[cause][: a.limit]:
                    print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
