"""When and where: date, location and country accuracy over a gold folder.

The same figures as ``shared/eval/score.py`` prints on its last lines, computed with the
project's own matcher (the matches ``newstrace.evaluate.score_article`` finds):

- date accuracy: of the found events (matched to gold on type, actor and sentence)
  whose gold has a ``date``, the share whose predicted date is one of gold's;
- location accuracy: of those whose gold has a ``location``, the share whose predicted
  location names the same place (aliases of both articles count, as for actors);
- country accuracy: of the found places and other entities whose gold has a
  ``country``, the share with that ISO alpha-3 code;
- unasked: of the found events, how many carry a date (a location) where gold has none:
  the accuracies above cannot see a date given to every event, this count can.

Usage:
    .venv/bin/python benchmarks/whenwhere/run.py GOLD [--pred PRED.jsonl] [--out PRED.jsonl]
        [--explain] [--json]

GOLD: a folder of gold ``*.json`` records (or a ``.jsonl``). Without ``--pred`` the
articles are extracted here (``--out`` keeps the predictions); ``--explain`` lists
every wrong date, location and country with gold's answer.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newstrace.evaluate import Names, country_right, date_right, load_gold, location_right
from newstrace.evaluate import score_article as match_article


def score_article(gold: dict, pred: dict, misses: list[str]) -> dict[str, list[int]]:
    """Date, location and country right/scored, as the scorer counts them on its own
    matches (``ArticleScore.whenwhere``); each wrong one is added to ``misses``."""
    gn, pn = Names(gold.get("entities")), Names(pred.get("entities"))
    scored = match_article(gold, pred)
    gid = gold.get("id")
    for g, p in scored.found["events"]:
        if g.get("date") and not date_right(g, p):
            misses.append(f"{gid}\tdate\t{p.get('date')!s:10} ({p.get('date_text')})\tgold {g['date']} "
                          f"({g.get('date_text')})\t{(g.get('sentence') or '')[:90]!r}")
        if g.get("location") and not location_right(g, p, pn, gn):
            misses.append(f"{gid}\tlocation\t{p.get('location')}\tgold {g['location']}"
                          f"\t{(g.get('sentence') or '')[:90]!r}")
    unasked = {f"{what}_unasked": [sum(1 for g, p in scored.found["events"] if p.get(what) and not g.get(what)),
                                   len(scored.found["events"])] for what in ("date", "location")}
    for g, p in scored.found["entities"]:
        if g.get("country") and not country_right(g, p):
            misses.append(f"{gid}\tcountry\t{p.get('country')}\tgold {g['country']}\t{g.get('name')} ({g.get('type')})")
    return {what: list(counts) for what, counts in scored.whenwhere.items()} | unasked


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--pred", type=Path, help="predicted records (JSONL); extract the gold articles when absent")
    ap.add_argument("--out", type=Path, help="write the predicted records here (JSONL)")
    ap.add_argument("--explain", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    golds = load_gold(a.gold)
    if a.pred:
        preds = load_gold(a.pred)
    else:
        from newstrace import Newstrace
        _, records = Newstrace().evaluate(a.gold)
        preds = [r.to_json_dict() for r in records]
    if a.out:
        a.out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8")
    by_id = {p.get("id"): p for p in preds}
    totals = {"date": [0, 0], "location": [0, 0], "country": [0, 0], "date_unasked": [0, 0],
              "location_unasked": [0, 0]}
    misses: list[str] = []
    for g in golds:
        s = score_article(g, by_id.get(g.get("id")) or {}, misses)
        for k, (r, n) in s.items():
            totals[k][0] += r
            totals[k][1] += n
    res = {f"{k}_acc": round(r / max(1, n), 4) for k, (r, n) in totals.items()}
    res |= {f"{k}_n": n for k, (_, n) in totals.items()}
    res["articles"] = len(golds)
    if a.explain:
        print("\n".join(misses))
    if a.json:
        print(json.dumps(res))
    else:
        print(f"articles {len(golds)}: date {res['date_acc']:.3f} (n={res['date_n']}), location "
              f"{res['location_acc']:.3f} (n={res['location_n']}), country {res['country_acc']:.3f} (n={res['country_n']}); "
              f"of {res['date_unasked_n']} found events, dated where gold has no date {totals['date_unasked'][0]}, "
              f"placed where gold has no place {totals['location_unasked'][0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
