"""Serve benchmark: latency and throughput of `newstrace serve` on a 100k-article store.

    .venv/bin/python benchmarks/serve/bench.py --work /tmp/serve-bench [--articles 100000] [--seconds 10]

The store is built once in ``--work`` (reused when there): the real articles of
``../shared/data/news`` extracted and stored, then copied inside the database up to
``--articles`` (``benchmarks/store/bench.py``'s fill: new ids, keys, sources and dates,
no re-extraction). A real server runs on a free loopback port; for each scenario and
each number of concurrent clients, clients send requests back to back for
``--seconds``. Writes ``results.json`` beside this file and prints the README table.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import statistics
import sys
import threading
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
from tests.serve.server import Server  # noqa: E402

CONCURRENCY = (1, 10, 50)
SEARCH_WORDS = ["missile", "election", "president", "protest", "minister", "police", "sanctions", "talks",
                "military", "government", "attack", "court", "refugees", "ceasefire", "parliament", "troops"]


def store_bench():
    spec = importlib.util.spec_from_file_location("store_bench", ROOT / "benchmarks" / "store" / "bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(db: Path, articles: int) -> dict:
    """Extract the real articles once, then fill the store to ``articles`` by copying."""
    bench = store_bench()
    started = time.perf_counter()
    ingest_db = db.with_name("ingest.sqlite")
    from newstrace import Newstrace
    from newstrace.store import Store, query

    if not ingest_db.exists():
        news = shared_news()
        print(f"extracting the real articles of {news} …", file=sys.stderr)
        core = Newstrace(db=str(ingest_db))
        for _ in core.ingest(sorted(news.glob("*/articles.jsonl"))):
            pass
        core.close()

    with Store(str(ingest_db)) as store, store.connect() as conn:
        records = [s.record for pks in query.all_article_pks(conn) for s in query.load_articles(conn, pks)]
    print(f"copying {len(records)} records up to {articles} articles …", file=sys.stderr)
    filled = bench.fill(str(db), records, articles)
    return {"build_s": round(time.perf_counter() - started, 1), **filled}


def shared_news() -> Path:
    """``shared/data/news`` beside the checkout (or a worktree's parents), or $NEWSTRACE_SHARED."""
    candidates = [Path(os.environ["NEWSTRACE_SHARED"])] if os.environ.get("NEWSTRACE_SHARED") else []
    candidates += [p / "shared" for p in ROOT.parents]
    for shared in candidates:
        if (shared / "data" / "news").is_dir():
            return shared / "data" / "news"
    raise SystemExit("shared/data/news not found: set NEWSTRACE_SHARED to the shared folder")


def scenarios(db: Path, rng: random.Random) -> dict[str, list[str]]:
    """Request paths per scenario, drawn from what the store holds."""
    import sqlalchemy as sa

    from newstrace.record import EVENT_TYPES
    from newstrace.store import Store
    from newstrace.store.schema import articles

    with Store(str(db)) as store:
        with store.connect() as conn:
            top = conn.execute(sa.select(sa.func.max(articles.c.pk))).scalar_one()
            keys = list(conn.execute(sa.select(articles.c.key).where(
                articles.c.pk.in_([rng.randrange(1, top + 1) for _ in range(2000)]))).scalars())
        actors = [e["name"] for e in store.entities(limit=40)]
    search = [f"/api/articles?q={w}" for w in SEARCH_WORDS] + [f"/api/articles?q={a}&limit=20" for a in actors[:10]]
    events = ([f"/api/events?actor={a}" for a in actors] + [f"/api/events?type={t}" for t in EVENT_TYPES]
              + [f"/api/events?target={a}&since=2020-01-01" for a in actors[:10]] + ["/api/events"])
    return {"search (GET /api/articles?q=…)": search,
            "search page (GET /search?q=…, HTML)": ["/search?q=" + p.split("q=", 1)[1].split("&")[0] for p in search],
            "events (GET /api/events?…)": events,
            "article page (GET /articles/<key>, HTML)": [f"/articles/{k}" for k in keys]}


def load(url: str, paths: list[str], clients: int, seconds: float, seed: int) -> dict:
    """``clients`` threads, each with its own connection, sending requests back to back."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop_at = time.perf_counter() + seconds

    def client(k: int) -> None:
        nonlocal errors
        rng = random.Random(seed * 1000 + k)
        mine: list[float] = []
        bad = 0
        with httpx.Client(base_url=url, timeout=60) as http:
            while time.perf_counter() < stop_at:
                started = time.perf_counter()
                r = http.get(rng.choice(paths))
                mine.append(time.perf_counter() - started)
                bad += r.status_code != 200
        with lock:
            latencies.extend(mine)
            errors += bad

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    latencies.sort()
    return {"clients": clients, "requests": len(latencies), "errors": errors,
            "p50_ms": round(1000 * statistics.median(latencies), 1),
            "p95_ms": round(1000 * latencies[int(0.95 * (len(latencies) - 1))], 1),
            "req_per_s": round(len(latencies) / wall, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, required=True, help="Folder for the stores (kept for re-runs).")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=10.0, help="Length of each measured run.")
    parser.add_argument("--workers", type=int, default=1, help="newstrace serve --workers.")
    parser.add_argument("--build-only", action="store_true")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    db = args.work / f"serve-{args.articles}.sqlite"
    built = None
    if not db.exists():
        built = build(db, args.articles)
        print(json.dumps(built), file=sys.stderr)
    if args.build_only:
        return
    rng = random.Random(11)
    paths = scenarios(db, rng)
    server = Server(str(db), log=args.work / "serve.log", args=("--workers", str(args.workers)))
    results = {"store": str(db), "built": built, "cpus": os.cpu_count(), "workers": args.workers, "runs": []}
    try:
        for name, pool in paths.items():
            load(server.url, pool, 4, 2.0, seed=0)  # warm the caches and the pool
            for clients in CONCURRENCY:
                before = os.getloadavg()[0]
                run = load(server.url, pool, clients, args.seconds, seed=clients)
                run.update(scenario=name, loadavg_before=round(before, 2), loadavg_after=round(os.getloadavg()[0], 2))
                results["runs"].append(run)
                print(json.dumps(run), file=sys.stderr)
    finally:
        server.stop()
    (HERE / f"results-workers{args.workers}.json").write_text(json.dumps(results, indent=1) + "\n")
    print("| scenario | clients | requests | p50 ms | p95 ms | req/s | errors | load avg (1 min) before → after |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for r in results["runs"]:
        print(f"| {r['scenario']} | {r['clients']} | {r['requests']} | {r['p50_ms']} | {r['p95_ms']} | "
              f"{r['req_per_s']} | {r['errors']} | {r['loadavg_before']} → {r['loadavg_after']} |")


if __name__ == "__main__":
    main()
