"""The dev-set quality gate: floors pinned in eval_baseline.json, checked in CI.

    python tests/quality/gate.py            # print the dev figures against the floors
    python tests/quality/gate.py --update   # raise floors to today's figures minus the margin

A floor is never lowered without --allow-regression, and the baseline records the
SHA-256 of the gold set so a changed gold set is noticed rather than silently scored.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import os
from pathlib import Path

BASELINE = Path(__file__).with_name("eval_baseline.json")
GOLD = Path(os.environ.get("NEWSTRACE_SHARED") or Path(__file__).resolve().parents[3] / "shared") / "eval" / "dev"
MARGIN = 0.02  # room for harmless wobble between library patch releases


def gold_sha(gold: Path) -> str:
    digest = hashlib.sha256()
    for f in sorted(gold.glob("*.json")):
        digest.update(f.name.encode())
        digest.update(f.read_bytes())
    return digest.hexdigest()


def figures(report) -> dict[str, float]:
    out = {f"{part}_f1": report.prf(part)["f1"] for part in ("entities", "claims", "events")}
    out["certainty_acc"] = report.certainty_accuracy
    out["modality_acc"] = report.modality_accuracy
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--update", action="store_true")
    ap.add_argument("--allow-regression", action="store_true")
    args = ap.parse_args(argv)
    from newstrace import Newstrace

    report, _ = Newstrace().evaluate(GOLD)
    now = figures(report)
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {"floors": {}}
    floors = baseline["floors"]
    for k, v in now.items():
        print(f"{k:16} {v:.3f}  floor {floors.get(k, 0):.3f}")
    if args.update:
        new = {k: round(max(0.0, v - MARGIN), 3) for k, v in now.items()}
        lowered = [k for k, v in new.items() if v < floors.get(k, 0)]
        if lowered and not args.allow_regression:
            print(f"refusing to lower floors {lowered} without --allow-regression", file=sys.stderr)
            return 1
        if not args.allow_regression:
            new = {k: max(v, floors.get(k, 0)) for k, v in new.items()}
        BASELINE.write_text(json.dumps({"gold_sha256": gold_sha(GOLD), "floors": new}, indent=1) + "\n")
        print(f"wrote {BASELINE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
