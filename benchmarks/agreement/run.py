"""How far two careful annotators agree, and where newstrace stands against that ceiling.

    python benchmarks/agreement/run.py [--events-pred CV.jsonl] [--json]

``benchmarks/agreement/second/`` holds a second, blind annotation of a few articles of
the event-training corpus (``corpus/events/gold``): an annotator who never saw the first
gold, never ran newstrace and never read its code annotated them from the texts, to
RECORD.md and the corpus's conventions. Both are scored with the project's scorer
(``tests/quality/reference/score.py``, the same matching as ``../shared/eval/score.py``):

* ``second vs first``: the second annotation scored as if it were a system's output
  against the corpus gold, the way newstrace is scored. The scorer takes the first of a
  prediction's list-valued alternatives, as it does for newstrace;
* ``first vs second``: the other way round (precision and recall swap, and the first
  gold's alternatives are the ones cut to one);
* ``newstrace``: the shipped reader on the same articles against the corpus gold. Its
  trigger detector was trained on these articles, so its events are in-sample; pass
  ``--events-pred`` the fold predictions of ``benchmarks/events/errors.py --cv 5 --pred F``
  to score events cross-validated instead (entities and claims stay the shipped reader's).

What it says: an annotator's F1 against the gold is the most a reader can be expected to
reach under these conventions; a target above it asks for agreement the gold itself
does not have.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PARTS = ("entities", "events", "events_strict", "claims", "claims_content_only")


def scorer():
    spec = importlib.util.spec_from_file_location("score", ROOT / "tests/quality/reference/score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_dir(folder: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))}


def totals(S, pairs: list[tuple[dict, dict]]) -> dict:
    sums: dict[str, list[int]] = {}
    for gold, pred in pairs:
        s = S.score_article(gold, pred)
        for key, value in s.items():
            if key.startswith("_"):
                continue
            if isinstance(value, tuple):
                acc = sums.setdefault(key, [0, 0, 0])
                for i, v in enumerate(value):
                    acc[i] += v
            else:
                sums.setdefault(key, [0])[0] += value
    out = {part: S.prf(*sums[part]) for part in PARTS}
    for what in ("modality", "certainty", "date", "location", "country"):
        right, n = sums[f"{what}_right"][0], sums[f"{what}_n"][0]
        out[what] = {"right": right, "n": n, "accuracy": round(right / n, 4) if n else None}
    return out


def newstrace_records(golds: list[dict]) -> dict[str, dict]:
    from newstrace.app import Newstrace
    from newstrace.record import Article, Record

    articles = [Article(id=str(g["id"]), title=g.get("title"), url=g.get("url"), source=g.get("source"),
                        published=g.get("published"), text=g["text"]) for g in golds]
    return {r.id: r.to_json_dict() for r in Newstrace().extract(articles) if isinstance(r, Record)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--first", type=Path, default=ROOT / "corpus/events/gold")
    ap.add_argument("--second", type=Path, default=HERE / "second")
    ap.add_argument("--events-pred", type=Path, help="fold predictions (jsonl) to score newstrace's events with")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)

    S = scorer()
    second = load_dir(a.second)
    if not second:
        print(f"no annotation in {a.second}", file=sys.stderr)
        return 2
    first = load_dir(a.first)
    missing = sorted(set(second) - set(first))
    if missing:
        print(f"{a.second}: not in {a.first}: {', '.join(missing)}", file=sys.stderr)
        return 2
    ids = sorted(second)
    golds = [first[i] for i in ids]
    for i in ids:
        if second[i]["text"] != first[i]["text"]:
            print(f"{a.second / (i + '.json')}: text differs from {a.first / (i + '.json')}", file=sys.stderr)
            return 2

    system = newstrace_records(golds)
    if a.events_pred:
        folds = {r["id"]: r for r in map(json.loads, a.events_pred.read_text(encoding="utf-8").splitlines()) if r}
        lacking = [i for i in ids if i not in folds]
        if lacking:
            print(f"{a.events_pred}: no prediction for {', '.join(lacking)}", file=sys.stderr)
            return 2
        for i in ids:
            system[i]["events"] = folds[i]["events"]

    rows = {
        "second vs first": totals(S, [(first[i], second[i]) for i in ids]),
        "first vs second": totals(S, [(second[i], first[i]) for i in ids]),
        "newstrace vs first" + (" (events cross-validated)" if a.events_pred else " (events in-sample)"):
            totals(S, [(first[i], system[i]) for i in ids]),
    }
    if a.json:
        print(json.dumps({"articles": ids, "rows": rows}, indent=1))
        return 0
    print(f"{len(ids)} articles; gold counts (first / second): "
          + ", ".join(f"{p} {sum(len(first[i].get(p) or []) for i in ids)} / {sum(len(second[i].get(p) or []) for i in ids)}"
                      for p in ("entities", "events", "claims")))
    head = f"{'':44} {'entities':>8} {'events':>7} {'strict':>7} {'claims':>7} {'content':>8} {'modal.':>7} {'certain.':>8} {'date':>6} {'place':>6} {'country':>7}"
    print(head)
    for name, r in rows.items():
        acc = [r[w]["accuracy"] for w in ("modality", "certainty", "date", "location", "country")]
        print(f"{name:44} " + " ".join(f"{r[p]['f1']:>{w}.3f}" for p, w in zip(PARTS, (8, 7, 7, 7, 8)))
              + " " + " ".join(f"{x:>{w}.3f}" if x is not None else f"{'-':>{w}}" for x, w in zip(acc, (7, 8, 6, 6, 7))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
