"""Whether a change to the reading leaves the corpus's records as they were.

    .venv/bin/python benchmarks/throughput/same_records.py --save /tmp/before.json.gz
    ... change the code ...
    .venv/bin/python benchmarks/throughput/same_records.py --against /tmp/before.json.gz

Extracts every article under ../shared/data/news/ (as run.py does) and writes the
records as JSON (``--save``), or compares them with a saved set (``--against``) and
prints, per differing article, its id and the record fields that differ (not their
content: some corpus articles are reserved for blind evaluation). Exit status 1 when
any record differs. Records hold no timings, so they compare whole.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import articles  # noqa: E402

from newstrace import Newstrace  # noqa: E402
from newstrace.record import Record  # noqa: E402


def records() -> dict[str, dict]:
    out: dict[str, dict] = {}
    for outcome in Newstrace().extract(articles()):
        if isinstance(outcome, Record):
            out[outcome.id] = outcome.to_json_dict()
        else:
            out[getattr(outcome, "id", repr(outcome))] = {"error": str(outcome)}
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--against", type=Path)
    args = ap.parse_args()
    now = records()
    if args.save:
        with gzip.open(args.save, "wt") as f:
            json.dump(now, f)
        print(f"{len(now)} records saved to {args.save}")
        return 0
    with gzip.open(args.against, "rt") as f:
        before = json.load(f)
    differing = 0
    for key in sorted(set(before) | set(now)):
        old, new = before.get(key), now.get(key)
        if old == new:
            continue
        differing += 1
        if old is None or new is None:
            print(f"{key}: only {'after' if old is None else 'before'}")
            continue
        fields = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
        print(f"{key}: differs in {', '.join(fields)}")
    print(f"{len(now)} records, {differing} differ from {args.against}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
