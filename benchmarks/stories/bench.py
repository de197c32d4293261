"""Stories benchmark: cost of adding one article to the stories of a store holding N
articles (N = 1k, 10k, 100k by default), and the process's peak memory, on synthetic
articles; quality on ECB+ is scored separately (README.md).

    .venv/bin/python benchmarks/stories/bench.py --work /tmp/sbench [--sizes 1000,10000,100000] [--probe 200]

Synthetic articles: the records of a seed store (default: the ECB+ articles ingested
into out/ecb.sqlite) copied pass after pass, each pass with its own entity names, its
own spelling of about half the words and later dates (``synthetic``), so the store grows
by new stories of the seeds' sizes, not by the same stories growing. The store is filled with ``Store.write`` and
clustered with stories (clustering only: see _clustering_only); then ``--probe`` more
articles are added and timed: CPU seconds per added article (clustering and the
rebuilt details of every story they touch), and peak RSS.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import random
import re
import resource
import time
import zlib
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import sqlalchemy as sa

from newstrace import __version__, stories
from newstrace.record import Record
from newstrace.store import Store, query, schema
from newstrace.stories import service

HERE = Path(__file__).resolve().parent


def seed_records(db: str) -> list[Record]:
    with Store(db) as s, s.connect() as conn:
        return [a.record for pks in query.all_article_pks(conn) for a in query.load_articles(conn, pks)]


_WORD = re.compile(r"[A-Za-z]{4,}")


def _respell(word: str, generation: int) -> str:
    """A generation's own spelling of about half the words: a stable pseudo-word."""
    h = zlib.crc32(f"{generation}:{word.lower()}".encode())
    if generation == 0 or h % 2:
        return word
    return word + "".join("bcdfghjklmnpqrstvwz"[(h >> (5 * i)) % 19] for i in range(3))


def synthetic(records: list[Record], n: int, rng: random.Random) -> list[Record]:
    """n records: the seed records again and again, each pass ("generation") a new world:
    entity names and about half of all other words respelt per generation (the same way
    for every article of the generation, so its articles cluster as the seeds do), dates
    moved on. So the store holds ever more stories of the seeds' sizes rather than the
    same stories growing: what a store of n real articles looks like."""
    out = []
    start = date(2015, 1, 1)
    for i in range(n):
        r = records[i % len(records)]
        generation = i // len(records)
        names = {e.name: f"{e.name.split()[0]} Q{generation}x{zlib.crc32(e.name.encode()) % 10**6}" for e in r.entities}

        def rewrite(text: str) -> str:
            for old, new in sorted(names.items(), key=lambda kv: -len(kv[0])):
                text = text.replace(old, new)
            return _WORD.sub(lambda m: _respell(m.group(0), generation), text)

        text, title = rewrite(r.text), rewrite(r.title or "")
        day = start + timedelta(days=(generation * 3 + rng.randrange(3)) % 3650)
        ents = [e.model_copy(update={"name": names[e.name], "mentions": []}) for e in r.entities]
        out.append(r.model_copy(update={"id": f"syn-{i}", "title": title, "text": text, "url": f"https://s{i}.example/a",
                                        "source": f"outlet{rng.randrange(50)}.example", "published": day.isoformat(),
                                        "entities": ents, "events": [], "claims": []}))
    return out


@contextmanager
def _clustering_only():
    """Fill the store's stories without building their details (the untimed part: it
    would cost as much again). Each story gets an empty detail, so the timed additions
    rebuild exactly the stories they touch, as they would in a store built normally."""
    real = service._refresh

    def mark_fresh(conn, dirty, cfg, stats):
        if dirty:
            conn.execute(sa.update(schema.stories).where(schema.stories.c.pk.in_(sorted(dirty))).values(detail={}))
        dirty.clear()

    service._refresh = mark_fresh
    try:
        yield
    finally:
        service._refresh = real


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", required=True)
    ap.add_argument("--seed-db", default="out/ecb.sqlite")
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--probe", type=int, default=200)
    ap.add_argument("--profile", help="write a cProfile of the timed additions to this file prefix")
    a = ap.parse_args()
    work = Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    seeds = seed_records(a.seed_db)
    results = []
    for size in [int(x) for x in a.sizes.split(",")]:
        db = work / f"stories-{size}.sqlite"
        for p in work.glob(f"stories-{size}.sqlite*"):
            p.unlink()
        records = synthetic(seeds, size + a.probe, rng)
        with Store(db) as store:
            for i in range(0, size, 500):
                store.write(records[i:min(i + 500, size)], version=__version__)
            fill_started = time.process_time()
            with _clustering_only():
                stories.update(store)
            fill_cpu = time.process_time() - fill_started
            store.write(records[size:], version=__version__)
            profiler = cProfile.Profile() if a.profile else None
            started, wall = time.process_time(), time.perf_counter()
            if profiler:
                profiler.enable()
            stats = stories.update(store)
            cpu, wall = time.process_time() - started, time.perf_counter() - wall
            if profiler:
                profiler.disable()
                profiler.dump_stats(f"{a.profile}-{size}.prof")
        row = {"stored_articles": size, "probe_articles": stats.assigned, "cpu_ms_per_added_article":
               round(1000 * cpu / max(stats.assigned, 1), 2), "wall_ms_per_added_article":
               round(1000 * wall / max(stats.assigned, 1), 2), "fill_cpu_ms_per_article": round(1000 * fill_cpu / size, 2),
               "peak_rss_mb": round(peak_rss_mb(), 1)}
        print(json.dumps(row), flush=True)
        results.append(row)
    (HERE / "results.json").write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
