"""How far a small blind set's event F1 strays from the corpus's by chance alone.

    python benchmarks/events/errors.py corpus/events/gold --cv 5 --pred /tmp/cv.jsonl
    python benchmarks/events/sampling.py corpus/events/gold /tmp/cv.jsonl \
        --set heldout4:8:voa-:700 --set heldout3:5:wn-:0

First the cross-validated records are scored per article (as
``tests/quality/reference/score.py`` scores them) and pooled by source and by length. Then,
for each ``--set NAME:ARTICLES:ID_PREFIX:MIN_WORDS``, sets of that many corpus articles
like the blind set (same source, at least that long) are drawn at random, and the 5th,
50th and 95th percentiles of their pooled event F1 are printed: a blind figure inside
that band says nothing about the corpus figure being wrong.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "quality" / "reference"))

import score  # noqa: E402

LENGTH_BANDS = ((0, 300), (300, 500), (500, 700), (700, 900), (900, 10**6))


def per_article(gold_dir: Path, pred_path: Path) -> list[tuple[str, int, tuple[int, int, int]]]:
    """(id, words, (true, predicted, gold) events) of every gold article with a record."""
    preds = {}
    for line in pred_path.read_text().splitlines():
        if line.strip():
            record = json.loads(line)
            preds[record["id"]] = record
    rows = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text())
        pred = preds.get(gold["id"])
        if pred is None:
            continue
        true, predicted, wanted = score.score_article(gold, pred)["events"]
        rows.append((gold["id"], len(gold.get("text", "").split()), (true, predicted, wanted)))
    return rows


def pooled_f1(rows) -> float:
    true = sum(r[2][0] for r in rows)
    counted = sum(r[2][1] + r[2][2] for r in rows)
    return 2 * true / counted if counted else 0.0


def describe(rows) -> str:
    true = sum(r[2][0] for r in rows)
    predicted = sum(r[2][1] for r in rows)
    wanted = sum(r[2][2] for r in rows)
    return (f"{len(rows):4d} articles  tp {true:4d}  pred {predicted:4d}  gold {wanted:4d}"
            f"  F1 {pooled_f1(rows):.3f}")


def band(rows, size: int, draws: int, seed: int) -> tuple[float, float, float]:
    chance = random.Random(seed)
    figures = sorted(pooled_f1(chance.sample(rows, size)) for _ in range(draws))
    return figures[draws // 20], figures[draws // 2], figures[draws - draws // 20 - 1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("pred", type=Path, help="records of errors.py --cv K --pred")
    parser.add_argument("--set", action="append", default=[],
                        help="NAME:ARTICLES:ID_PREFIX:MIN_WORDS of a blind set to compare")
    parser.add_argument("--draws", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    rows = per_article(args.gold, args.pred)
    if not rows:
        parser.error(f"no record in {args.pred} matches a gold file of {args.gold}")
    print("all      ", describe(rows))
    for prefix in sorted({r[0].split("-")[0] for r in rows}):
        print(f"{prefix:9s}", describe([r for r in rows if r[0].startswith(prefix + "-")]))
    for low, high in LENGTH_BANDS:
        within = [r for r in rows if low <= r[1] < high]
        if within:
            print(f"{low:>4}-{high if high < 10**6 else '':<4}", describe(within))
    for spec in args.set:
        try:
            name, size, prefix, min_words = spec.split(":")
            size_n, min_n = int(size), int(min_words)
        except ValueError:
            parser.error(f"--set {spec!r}: expected NAME:ARTICLES:ID_PREFIX:MIN_WORDS")
        pool = [r for r in rows if r[0].startswith(prefix) and r[1] >= min_n]
        if len(pool) < size_n:
            parser.error(f"--set {spec!r}: only {len(pool)} corpus articles are like it")
        low, middle, high = band(pool, size_n, args.draws, args.seed)
        print(f"{name}: {size_n} of {len(pool)} articles like it  F1 5% {low:.3f}  "
              f"median {middle:.3f}  95% {high:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
