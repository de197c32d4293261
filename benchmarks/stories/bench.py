"""Stories benchmark: cost of adding the next articles to the stories of a store holding
N articles (N = 1k, 10k, 100k by default), and the memory that takes, on synthetic
articles; quality on ECB+ is scored separately (README.md).

    .venv/bin/python benchmarks/stories/bench.py --work /tmp/sbench [--sizes 1000,10000,100000] [--probe 128]
    .venv/bin/python benchmarks/stories/bench.py --work /tmp/sbench --url postgresql://postgres@127.0.0.1:5432/ ...

Synthetic articles: the records of a seed store (default: the ECB+ articles ingested
into out/ecb.sqlite) copied pass after pass, each pass with its own entity names, its
own spelling of about half the words and later dates (``synthetic``), so the store grows
by new stories of the seeds' sizes, not by the same stories growing. Article i depends on
i alone, so every run and every size sees the same articles.

One store grows through all the sizes (``fill``): articles are written with
``Store.write`` and clustered by ``stories.update`` itself, a chunk at a time, as an
ingest would; only the story details are left out of the fill (``_fill_refresh``: they
would cost as much again), but the per-article facts a detail keeps are stored, as an
ingest stores them. At each size the store is copied (a snapshot). Each snapshot is then
probed in a fresh process (``--probe-snapshot``): on a copy of it, the next ``--probe``
articles are written and ``stories.update`` timed, details included: CPU seconds per
added article, and the probe process's peak RSS.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import sqlalchemy as sa

from newstrace import __version__, stories
from newstrace.record import Record
from newstrace.store import Store, query, schema
from newstrace.stories import cluster, detail, features, link, service
from newstrace.stories.config import load_config
from newstrace.stories.corroboration import text_facts

HERE = Path(__file__).resolve().parent

_REAL_CANDIDATES = cluster.Clusterer._candidates


def count_candidates() -> list[int]:
    """A list that receives, per article assigned from now on, how many candidate stories
    were scored (bounded by stories_per_key): counted, not changed."""
    scored: list[int] = []

    def counted(self, keys):
        found = _REAL_CANDIDATES(self, keys)
        scored.append(len(found))
        return found

    cluster.Clusterer._candidates = counted  # type: ignore[method-assign]
    return scored


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


def synthetic(records: list[Record], start: int, stop: int) -> Iterator[Record]:
    """Articles start..stop-1: the seed records again and again, each pass ("generation")
    a new world: entity names and about half of all other words respelt per generation
    (the same way for every article of the generation, so its articles cluster as the
    seeds do), dates moved on. So the store holds ever more stories of the seeds' sizes
    rather than the same stories growing: what a store of n real articles looks like."""
    first = date(2015, 1, 1)
    for i in range(start, stop):
        rng = random.Random(i)
        r = records[i % len(records)]
        generation = i // len(records)
        names = {e.name: f"{e.name.split()[0]} Q{generation}x{zlib.crc32(e.name.encode()) % 10**6}" for e in r.entities}

        def rewrite(text: str) -> str:
            for old, new in sorted(names.items(), key=lambda kv: -len(kv[0])):
                text = text.replace(old, new)
            return _WORD.sub(lambda m: _respell(m.group(0), generation), text)

        text, title = rewrite(r.text), rewrite(r.title or "")
        day = first + timedelta(days=(generation * 3 + rng.randrange(3)) % 3650)
        ents = [e.model_copy(update={"name": names[e.name], "mentions": []}) for e in r.entities]
        yield r.model_copy(update={"id": f"syn-{i}", "title": title, "text": text, "url": f"https://s{i}.example/a",
                                   "source": f"outlet{rng.randrange(50)}.example", "published": day.isoformat(),
                                   "entities": ents, "events": [], "claims": []})


def write(store: Store, seeds: list[Record], start: int, stop: int, chunk: int = 500) -> None:
    for i in range(start, stop, chunk):
        store.write(list(synthetic(seeds, i, min(i + chunk, stop))), version=__version__)


def _fill_refresh(conn: sa.Connection, dirty: set[int], cfg, stats) -> None:
    """The fill's stand-in for ``service._refresh``: the facts of the articles just
    assigned are read and stored (as a detail build stores them), the dirty stories get
    an empty detail, so the timed additions rebuild exactly the stories they touch, as
    they would in a store built normally."""
    done = conn.execute(sa.select(sa.func.max(schema.story_facts.c.article_pk))).scalar() or 0
    pks = list(conn.execute(sa.select(schema.story_articles.c.article_pk)
                            .where(schema.story_articles.c.article_pk > done)).scalars())
    if pks:
        keys = dict(conn.execute(sa.select(schema.articles.c.pk, schema.articles.c.key)
                                 .where(schema.articles.c.pk.in_(pks))).all())
        records = {pk: a.record for pk, a in zip(pks, query.load_articles(conn, pks, with_entities=False))}
        detail._member_facts(conn, keys, records, cfg)
    if dirty:
        conn.execute(sa.update(schema.stories).where(schema.stories.c.pk.in_(sorted(dirty))).values(detail={}))
    dirty.clear()


@contextmanager
def _clustering_only():
    real = service._refresh
    service._refresh = _fill_refresh
    try:
        yield
    finally:
        service._refresh = real


def peak_rss_mb() -> float:
    """This process's own peak RSS. Not ``ru_maxrss``: Linux keeps it across ``execve``,
    so a probe started by the filling process reported the filler's peak, not its own."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# Snapshots: a file copy (SQLite) or a database made from a template (PostgreSQL) -----

def _pg_admin(url: str) -> sa.Engine:
    return sa.create_engine(sa.make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")


def _target(work: Path, url: str | None, name: str) -> str:
    if url:
        return str(sa.make_url(url).set(database=f"sbench_{name}").render_as_string(hide_password=False))
    return str(work / f"stories-{name}.sqlite")


def _drop(target: str, url: str | None) -> None:
    if url:
        with _pg_admin(url).connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{sa.make_url(target).database}" WITH (FORCE)'))
    else:
        for p in Path(target).parent.glob(Path(target).name + "*"):
            p.unlink()


def _copy(source: str, target: str, url: str | None) -> None:
    """Copy a closed store."""
    _drop(target, url)
    if url:
        with _pg_admin(url).connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{sa.make_url(target).database}" '
                                 f'TEMPLATE "{sa.make_url(source).database}"'))
    else:
        shutil.copyfile(source, target)


def _create(target: str, url: str | None) -> None:
    _drop(target, url)
    if url:
        with _pg_admin(url).connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{sa.make_url(target).database}"'))


def _shape(store: Store) -> dict:
    with store.connect() as conn:
        one = lambda q: conn.execute(q).scalar()  # noqa: E731
        return {"stories": one(sa.select(sa.func.count()).select_from(schema.stories)),
                "largest_story": one(sa.select(sa.func.max(schema.stories.c.articles))),
                "feature_rows": one(sa.select(sa.func.count()).select_from(schema.story_features)),
                "key_rows": one(sa.select(sa.func.count()).select_from(schema.story_keys))}


def fill(work: Path, url: str | None, seeds: list[Record], sizes: list[int], on_snapshot=None) -> list[dict]:
    """One store grown through the sizes; a snapshot at each (``on_snapshot(row)`` called
    as soon as it is taken, so the smaller sizes are probed while the store grows on)."""
    growing = _target(work, url, "fill")
    _create(growing, url)
    rows, written = [], 0
    for size in sizes:
        with Store(growing) as store:
            started = time.process_time()
            write(store, seeds, written, size)
            write_cpu = time.process_time() - started
            started = time.process_time()
            with _clustering_only():
                stories.update(store)
            cluster_cpu = time.process_time() - started
            shape = _shape(store)
        rows.append({"stored_articles": size, "fill_write_cpu_ms_per_article": round(1000 * write_cpu / (size - written), 2),
                     "fill_cluster_cpu_ms_per_article": round(1000 * cluster_cpu / (size - written), 2),
                     "fill_peak_rss_mb": round(peak_rss_mb(), 1), **shape})
        print(json.dumps(rows[-1]), flush=True)
        written = size
        _copy(growing, _target(work, url, str(size)), url)
        if on_snapshot:
            on_snapshot(rows[-1])
    return rows


def probe(work: Path, url: str | None, seeds: list[Record], size: int, n: int, profile: str | None) -> dict:
    """On a copy of the snapshot of ``size`` articles: add the next n, timed."""
    # Once-per-process costs first (the stop-word list, the wire and figure patterns), so
    # the timed part holds what each added article costs.
    cfg = load_config()
    features.terms("warm up", cfg.cluster)
    text_facts(seeds[0].text, cfg)
    link.figures(seeds[0], link.sentence_spans(seeds[0].text), cfg)
    scored = count_candidates()
    scratch = _target(work, url, "probe")
    _copy(_target(work, url, str(size)), scratch, url)
    try:
        with Store(scratch) as store:
            write(store, seeds, size, size + n)
            profiler = cProfile.Profile() if profile else None
            started, wall = time.process_time(), time.perf_counter()
            if profiler:
                profiler.enable()
            stats = stories.update(store)
            cpu, wall = time.process_time() - started, time.perf_counter() - wall
            if profiler:
                profiler.disable()
                profiler.dump_stats(f"{profile}-{size}.prof")
    finally:
        _drop(scratch, url)
    return {"stored_articles": size, "backend": "postgresql" if url else "sqlite", "probe_articles": stats.assigned,
            "stories_refreshed": stats.refreshed,
            "cpu_ms_per_added_article": round(1000 * cpu / max(stats.assigned, 1), 2),
            "wall_ms_per_added_article": round(1000 * wall / max(stats.assigned, 1), 2),
            "candidates_per_article": round(sum(scored) / max(len(scored), 1), 1),
            "probe_peak_rss_mb": round(peak_rss_mb(), 1)}


def probe_growing(work: Path, seeds: list[Record], n: int) -> dict:
    """SQLite only: the same timed part on a consistent copy of the store a fill is still
    growing (its articles are written a size at a time, then clustered), for a run that
    cannot reach its next size in time: the next n written but unassigned articles are
    assigned, details included, and the rest left alone."""
    import sqlite3

    copy = work / "stories-growing.sqlite"
    _drop(str(copy), None)
    source, target = sqlite3.connect(work / "stories-fill.sqlite"), sqlite3.connect(copy)
    source.backup(target)  # a consistent snapshot while the fill goes on
    source.close()
    target.close()
    real_unassigned = cluster.unassigned
    with Store(str(copy)) as store, store.connect() as conn:
        clustered = conn.execute(sa.select(sa.func.count()).select_from(schema.story_articles)).scalar_one()
    left = [n]

    def bounded(conn: sa.Connection, limit: int, after: int | None = None) -> list[int]:
        pks = real_unassigned(conn, min(limit, left[0]), after) if left[0] > 0 else []
        left[0] -= len(pks)
        return pks

    service.unassigned = bounded  # type: ignore[assignment]
    scored = count_candidates()
    cfg = load_config()
    features.terms("warm up", cfg.cluster)
    text_facts(seeds[0].text, cfg)
    link.figures(seeds[0], link.sentence_spans(seeds[0].text), cfg)
    try:
        with Store(str(copy)) as store:
            started = time.process_time()
            stats = stories.update(store)
            cpu = time.process_time() - started
            shape = _shape(store)
    finally:
        service.unassigned = real_unassigned
        _drop(str(copy), None)
    return {"stored_articles": clustered, "backend": "sqlite", "probe_articles": stats.assigned,
            "stories_refreshed": stats.refreshed, "cpu_ms_per_added_article": round(1000 * cpu / max(stats.assigned, 1), 2),
            "candidates_per_article": round(sum(scored) / max(len(scored), 1), 1),
            "probe_peak_rss_mb": round(peak_rss_mb(), 1), "growing_store": True, **shape}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", required=True)
    ap.add_argument("--url", help="a PostgreSQL server (any database on it): benchmark there instead of SQLite")
    ap.add_argument("--seed-db", default="out/ecb.sqlite")
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--probe", type=int, default=256)
    ap.add_argument("--probe-only", action="store_true", help="probe the snapshots a previous run left")
    ap.add_argument("--probe-snapshot", type=int, help=argparse.SUPPRESS)  # one probe, in its own process
    ap.add_argument("--profile", help="write a cProfile of the timed additions to this file prefix")
    ap.add_argument("--probe-growing", action="store_true",
                    help="probe a copy of the store a running fill is growing in --work (SQLite), at its current size")
    a = ap.parse_args()
    work = Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    seeds = seed_records(a.seed_db)
    sizes = sorted(int(x) for x in a.sizes.split(","))
    if a.probe_growing:
        row = probe_growing(work, seeds, a.probe)
        row["load_average"] = [round(x, 2) for x in os.getloadavg()]
        print(json.dumps(row), flush=True)
        return
    if a.probe_snapshot is not None:
        print(json.dumps(probe(work, a.url, seeds, a.probe_snapshot, a.probe, a.profile)), flush=True)
        return
    name = "results-postgresql.json" if a.url else "results.json"
    results: list[dict] = []

    def probe_and_record(fill_row: dict) -> None:
        """Probe one snapshot in a fresh process; the results file is rewritten after each
        size, so a long run that is stopped keeps the sizes it reached."""
        size = fill_row["stored_articles"]
        cmd = [sys.executable, __file__, "--work", str(work), "--seed-db", a.seed_db, "--probe", str(a.probe),
               "--probe-snapshot", str(size)] + (["--url", a.url] if a.url else []) + \
              (["--profile", a.profile] if a.profile else [])
        row = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.splitlines()[-1])
        row.update(fill_row)
        row["load_average"] = [round(x, 2) for x in os.getloadavg()]
        row["commit"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE, capture_output=True,
                                       text=True).stdout.strip()
        print(json.dumps(row), flush=True)
        results.append(row)
        (HERE / name).write_text(json.dumps(results, indent=1) + "\n")

    if a.probe_only:
        for size in sizes:
            probe_and_record({"stored_articles": size})
    else:
        fill(work, a.url, seeds, sizes, on_snapshot=probe_and_record)

if __name__ == "__main__":
    main()
