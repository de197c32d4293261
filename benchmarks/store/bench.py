"""Store benchmark: ingest throughput on the real articles, then query latency on a
store of 100,000+ articles filled by copying their extracted records.

    .venv/bin/python benchmarks/store/bench.py --work /tmp/bench [--postgres URL] [--articles 100000]

``--skip-ingest`` reuses work/ingest.sqlite; ``--skip-fill`` reuses the filled stores too
(query latency only, e.g. after a change to a query).

Writes ``results.json`` next to this file and prints Markdown tables for README.md.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from newstrace import Newstrace, __version__
from newstrace.app import IngestStats
from newstrace.record import Record
from newstrace.store import Store

HERE = Path(__file__).resolve().parent
NEWS = HERE.parents[2] / "shared" / "data" / "news"
INPUTS = [NEWS / "wikinews-politics" / "articles.jsonl", NEWS / "voa" / "articles.jsonl"]
FILL_BATCH = 500
REPEAT = 7


def ingest(db: str) -> tuple[dict, list[Record]]:
    """Real ingest (read, extract, store) of both article files into a fresh store."""
    stats = IngestStats()
    core = Newstrace(db=db)
    started = time.perf_counter()
    for _ in core.ingest(INPUTS, stats=stats):
        pass
    wall = time.perf_counter() - started
    with core.store.connect() as conn:
        from newstrace.store import query

        records = [s.record for pks in query.all_article_pks(conn) for s in query.load_articles(conn, pks)]
    core.close()
    return {"articles": stats.added, "wall_s": round(wall, 2), "articles_per_s": round(stats.added / wall, 2),
            "extract_s": round(stats.extract_s, 2), "store_s": round(stats.store_s, 3),
            "storage_share_of_extraction": round(stats.store_s / stats.extract_s, 4)}, records


def store_only(db: str, records: list[Record]) -> dict:
    """Storage time alone for already extracted records (a second backend, same records)."""
    with Store(db) as store:
        started = time.perf_counter()
        for i in range(0, len(records), store.config.commit_every):
            store.write(records[i:i + store.config.commit_every], version=__version__)
        return {"articles": len(records), "store_s": round(time.perf_counter() - started, 3)}


def fill(db: str, records: list[Record], n: int, seed: int = 7) -> dict:
    """At least n articles: the extracted records written once through the store's own
    write path, then copied inside the database (no re-extraction) in rounds, each
    round giving every original a new id, key, URL, source and a publication date (and
    event/claim days) moved by a random number of days. Copies are linked to their
    original (similarity 1.0), as dedup would link them; entity counts are recomputed."""
    import sqlalchemy as sa

    from newstrace.store.schema import articles, claims, entities, entity_counts, events, mentions

    rng = random.Random(seed)
    with Store(db) as store:
        for i in range(0, len(records), FILL_BATCH):
            store.write(records[i:i + FILL_BATCH], version=__version__)
        started = time.perf_counter()
        with store.engine.begin() as conn:
            count, last = conn.execute(sa.select(sa.func.count(), sa.func.max(articles.c.pk))).one()
        rounds = -(-n // count) - 1
        pg = store.dialect == "postgresql"

        def shifted(col, days: int):
            if pg:
                return sa.cast(sa.cast(col, sa.Date) + days, sa.Text)
            return sa.func.date(col, f"{days:+d} days")

        o, c = articles.alias("o"), articles.alias("c")
        cols = ["key", "id", "title", "url", "source", "published", "day", "language", "text", "summary",
                "duplicate_of", "similarity", "signature", "extractor_version", "stored_at"]
        for k in range(1, rounds + 1):
            days, suffix = rng.randrange(-3000, 800), f"{k:012d}"
            new_key = sa.func.substr(o.c.key, 1, 20) + suffix
            with store.engine.begin() as conn:
                conn.execute(sa.insert(articles).from_select(cols, sa.select(
                    new_key, o.c.id + f"~{k}", o.c.title, f"https://copy{k % 97}.example/" + o.c.id + f"/{k}",
                    sa.literal(f"copy{k % 97}.example"), shifted(o.c.day, days), shifted(o.c.day, days),
                    o.c.language, o.c.text, o.c.summary, o.c.pk, sa.literal(1.0), o.c.signature,
                    o.c.extractor_version, o.c.stored_at).where(o.c.pk <= last).order_by(o.c.pk)))
                pairs = (sa.select(o.c.pk.label("old"), c.c.pk.label("new"))
                         .join(c, c.c.key == new_key).where(o.c.pk <= last).subquery())
                for table, day_col in ((entities, None), (mentions, None), (events, "day"), (claims, "day")):
                    names = [col.name for col in table.c if col.name not in ("article_pk", "pk")]
                    values = [shifted(table.c[x], days) if x == day_col else table.c[x] for x in names]
                    conn.execute(sa.insert(table).from_select(
                        ["article_pk", *names],
                        sa.select(pairs.c.new, *values).join(pairs, pairs.c.old == table.c.article_pk)))
        with store.engine.begin() as conn:
            conn.execute(sa.delete(entity_counts))
            n_mentions = (sa.select(sa.func.count()).select_from(mentions)
                          .where(mentions.c.article_pk == entities.c.article_pk, mentions.c.eid == entities.c.eid)
                          .scalar_subquery())
            per = sa.select(entities.c.name, entities.c.type, entities.c.country, entities.c.article_pk,
                            n_mentions.label("m")).subquery()
            a = articles.alias("a")
            conn.execute(sa.insert(entity_counts).from_select(
                ["name", "type", "country", "articles", "independent", "mentions"],
                sa.select(per.c.name, per.c.type, sa.func.max(per.c.country), sa.func.count(),
                          sa.func.count(sa.case((a.c.duplicate_of.is_(None), 1))), sa.func.sum(per.c.m))
                .join(a, a.c.pk == per.c.article_pk).group_by(per.c.name, per.c.type)))
            conn.execute(sa.text("ANALYZE"))
        return {"articles": store.counts()["articles"], "copy_s": round(time.perf_counter() - started, 1),
                "counts": store.counts(), "check": store.check()}


def queries(store: Store) -> dict[str, callable]:
    top_actor = (store.events(limit=1) or [{"actor": "United States"}])[0]["actor"] or "United States"
    top_speaker = next((c["speaker"] for c in store.claims(limit=50) if c["speaker"]), "officials")
    some_id = store.search("minister", limit=1)[0]["article"] if store.search("minister", limit=1) else "x"
    return {
        "events (newest 50)": lambda: store.events(),
        f"events --actor '{top_actor}'": lambda: store.events(actor=top_actor),
        "events --target 'United States'": lambda: store.events(target="United States"),
        "events --type ASSAULT": lambda: store.events(type="ASSAULT"),
        "events --since 2020-01-01 --until 2020-12-31": lambda: store.events(since="2020-01-01", until="2020-12-31"),
        "events --modality reported --type ACCUSE": lambda: store.events(modality="reported", type="ACCUSE"),
        f"claims --speaker '{top_speaker}'": lambda: store.claims(speaker=top_speaker),
        "claims --certainty probable": lambda: store.claims(certainty="probable"),
        "claims --text 'nuclear weapons'": lambda: store.claims(text="nuclear weapons"),
        "entities (top 50)": lambda: store.entities(),
        "entities --type PERSON --name john": lambda: store.entities(type="PERSON", name="john"),
        "search 'election'": lambda: store.search("election"),
        "search 'said' (matches nearly all)": lambda: store.search("said"),
        "search 'ceasefire talks'": lambda: store.search("ceasefire talks"),
        f"show {some_id}": lambda: store.show(some_id),
    }


def latency(db: str) -> dict:
    with Store(db) as store:
        out = {}
        for name, run in queries(store).items():
            run()  # warm the cache: the figure is a warm query, as on a server in use
            times = []
            for _ in range(REPEAT):
                started = time.perf_counter()
                rows = run()
                times.append((time.perf_counter() - started) * 1000)
            out[name] = {"median_ms": round(statistics.median(times), 1), "max_ms": round(max(times), 1),
                         "rows": len(rows)}
        return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", type=Path, required=True, help="folder for the SQLite files")
    ap.add_argument("--postgres", help="PostgreSQL URL of an empty database to use too")
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--skip-ingest", action="store_true", help="reuse work/ingest.sqlite")
    ap.add_argument("--skip-fill", action="store_true",
                    help="reuse the filled stores of an earlier run (work/big.sqlite, the --postgres database)")
    ap.add_argument("--only", choices=["ingest", "sqlite", "postgresql"], help="one part (to run parts in parallel)")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    results: dict = {"newstrace": __version__}
    ingest_db = str(args.work / "ingest.sqlite")
    if args.skip_ingest:
        with Store(ingest_db) as s, s.connect() as conn:
            from newstrace.store import query

            records = [x.record for pks in query.all_article_pks(conn) for x in query.load_articles(conn, pks)]
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(ingest_db + suffix).unlink(missing_ok=True)
        results["ingest_sqlite"], records = ingest(ingest_db)
        print("ingest", results["ingest_sqlite"], file=sys.stderr)
        if args.postgres:
            results["store_only_postgresql"] = store_only(args.postgres, records)
            print("postgres storage", results["store_only_postgresql"], file=sys.stderr)
    backends = {"sqlite": str(args.work / "big.sqlite")}
    if args.postgres:
        backends["postgresql"] = args.postgres
    if args.only:
        backends = {k: v for k, v in backends.items() if k == args.only}
    for suffix in ("", "-wal", "-shm") if "sqlite" in backends and not args.skip_fill else ():
        Path(backends["sqlite"] + suffix).unlink(missing_ok=True)
    for name, db in backends.items():
        if args.skip_fill:
            with Store(db) as store:
                results[f"fill_{name}"] = {"articles": store.counts()["articles"], "reused": True,
                                           "counts": store.counts(), "check": store.check()}
        else:
            results[f"fill_{name}"] = fill(db, records, args.articles)
        print("fill", name, results[f"fill_{name}"], file=sys.stderr)
        results[f"latency_{name}"] = latency(db)
        for q, r in results[f"latency_{name}"].items():
            print(f"  {name:10} {q:50} {r['median_ms']:8.1f} ms  (max {r['max_ms']:.1f}, {r['rows']} rows)",
                  file=sys.stderr)
    name = f"results-{args.only}.json" if args.only else "results.json"
    (HERE / name).write_text(json.dumps(results, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
