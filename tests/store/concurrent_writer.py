"""One of several processes writing the same records into one store at once (see
test_store_concurrency.py): prints one JSON line of what happened, exits 1 on an error.

    python -m tests.store.concurrent_writer DB N_RECORDS ORDER BATCH
"""
from __future__ import annotations

import json
import random
import sys

from newstrace.record import Entity, Record
from newstrace.store import Store, Stored, StoreError

PEOPLE = [f"Person {chr(65 + i)}{chr(97 + j)}" for i in range(6) for j in range(5)]


def record(i: int) -> Record:
    """Record i: a unique text naming eight people of a shared pool, so every batch
    updates many of the same ``entity_counts`` rows as the other writer's batches."""
    names = random.Random(i).sample(PEOPLE, 8)
    text = f"Report number {i}. " + " ".join(f"{n} spoke about topic {i * 7 + k}." for k, n in enumerate(names))
    ents = []
    for k, name in enumerate(names, 1):
        start = text.index(name)
        ents.append(Entity(id=f"e{k}", name=name, type="PERSON", mentions=[(start, start + len(name))]))
    return Record(id=f"r{i}", url=f"https://example.org/r{i}", published="2024-11-29", text=text,
                  summary=text[:60], entities=ents)


def main() -> int:
    db, n, order, batch = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    records = [record(i) for i in range(n)]
    if order == "reversed":
        records.reverse()
    elif order == "shuffled":
        random.Random(7).shuffle(records)
    counts: dict[str, int] = {}
    try:
        with Store(db) as store:
            for start in range(0, n, batch):
                for outcome in store.write(records[start:start + batch], version="0.1.0"):
                    kind = outcome.status if isinstance(outcome, Stored) else "failed"
                    counts[kind] = counts.get(kind, 0) + 1
                    if kind == "failed":
                        print(str(outcome), file=sys.stderr)
    except StoreError as exc:
        print(json.dumps(counts))
        print(str(exc), file=sys.stderr)
        return 1
    print(json.dumps(counts))
    return 1 if counts.get("failed") else 0


if __name__ == "__main__":
    sys.exit(main())
