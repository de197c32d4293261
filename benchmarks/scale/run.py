"""Scale benchmark: `--workers N` and Dask `--cluster` against one process, same input.

    .venv/bin/python benchmarks/scale/run.py                 # everything, results printed
    .venv/bin/python benchmarks/scale/run.py --write         # ... and written into README.md
    .venv/bin/python benchmarks/scale/run.py --configs workers:1 workers:2 --repeat 3
    .venv/bin/python benchmarks/scale/run.py --simulate 0    # skip the simulated cluster

Input: every article of ../shared/data/news/*/articles.jsonl (276), or --news DIR.

Each configuration runs in a fresh Python process (newstrace imported, nothing loaded),
which ingests the whole input into a fresh SQLite store through `Newstrace.ingest`
with the engine of the configuration; the clock covers everything after the import:
opening the store, starting workers, loading the spaCy pipeline (once, in the
forkserver the workers are forked from; here for `workers:1`; in each worker of
`tcp:K`), extracting and storing. The CPU time of the run's whole process tree is
measured too (this driver reaps what the run leaves behind). Configurations:

  workers:1     extraction in the writer's process (no engine)
  workers:N     the local pool, N worker processes
  local:N       Dask LocalCluster, N single-threaded worker processes
  tcp:K         (the simulated cluster, --simulate K) one `dask scheduler` process and
                K `dask worker --nthreads 1` processes on this machine, started here,
                with the Dask settings a LocalCluster gets ([dask_local] of
                data/parallel.toml, as DASK_* variables: no profiler)
  CONFIG@KEY=V,...   CONFIG with settings of data/parallel.toml changed, e.g.
                local:2@job_seconds=0,in_flight_per_worker=1 (whole batches, one job
                per worker at a time: how jobs were handed out before); compared with
                local:1@... (or workers:1@...) when that is run too

Every figure is printed with the load average before and after it: this machine is
shared, and a speed-up measured while others run is not the machine's. Configurations
are run in alternation (`--repeat` rounds) so that noise hits them alike; the best
round of each is reported. Each run's records (exported, less the storing time) are
hashed: every configuration must store the same records as `workers:1`.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BIN = Path(sys.executable).parent
DEFAULT_NEWS = Path(os.environ.get("NEWSTRACE_SHARED") or ROOT.parent / "shared") / "data" / "news"


# One configuration, in its own process ------------------------------------------------

def run_one(config: str, news: Path, db: Path) -> dict:
    load_before = os.getloadavg()
    plain, _, changes = config.partition("@")
    for change in filter(None, changes.split(",")):  # read by ParallelConfig.load
        key, _, value = change.partition("=")
        os.environ[f"NEWSTRACE_PARALLEL_{key.upper()}"] = value
    from newstrace import Newstrace
    from newstrace.app import IngestStats
    from newstrace.parallel import make_engine
    from newstrace.store import Store

    kind, _, n = plain.partition(":")
    engine = None
    if kind == "workers":
        engine = make_engine(int(n))
    elif kind == "local":
        engine = make_engine(cluster=f"local:{n}")
    elif kind == "tcp":
        engine = make_engine(cluster=os.environ["NEWSTRACE_BENCH_SCHEDULER"])
    files = sorted(news.glob("*/articles.jsonl"))
    stats = IngestStats()
    started = time.perf_counter()
    first = None
    core = Newstrace(db=db, engine=engine)
    times = []
    for _ in core.ingest(files, stats=stats):
        times.append(time.perf_counter())
        first = first or times[-1]
    wall = time.perf_counter() - started
    quarter = len(times) // 4  # steady state: the last three quarters, start-up behind
    core.close()
    with Store(db) as store:
        out = db.with_suffix(".jsonl")
        store.export("jsonl", out)
    lines = [json.dumps({k: v for k, v in json.loads(line).items() if k != "stored_at"}, sort_keys=True)
             for line in out.read_text("utf-8").splitlines()]
    result = {
        "config": config, "articles": stats.added, "failed": stats.failed, "wall_s": wall,
        "rate": stats.added / wall, "first_outcome_s": (first or started) - started,
        "steady_rate": (len(times) - 1 - quarter) / max(times[-1] - times[quarter], 1e-9) if len(times) > 4 else None,
        "extract_wait_s": stats.extract_s, "store_s": stats.store_s, "stories_s": stats.stories_s,
        "records_sha256": hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16],
        "load_before": load_before, "load_after": os.getloadavg(),
    }
    if engine is not None:
        s = engine.stats
        sizes = sorted(s.job_sizes)
        ends = list(s.last_result.values())
        result.update(ready_s=s.ready - started if s.ready else None,
                      job_articles=[sizes[0], sizes[len(sizes) // 2], sizes[-1]] if sizes else None,
                      # worker time spent waiting for the last job to come back, summed over workers
                      tail_idle_s=sum(max(ends) - end for end in ends) if ends else None)
        result.update(workers=len(s.peak_rss_mb) or None, work_s=s.work_s, jobs=s.jobs,
                      peak_rss_mb=sorted(round(v) for v in s.peak_rss_mb.values()),
                      peak_pss_mb=sorted(round(v) for v in getattr(s, "peak_pss_mb", {}).values()),
                      retried_jobs=s.retried_jobs)
    if plain == "workers:1":  # what one record weighs on the wire (the network projection)
        result["pickled_bytes_per_article"] = _mean_pickled(db)
        result.update(writer_prepare(news))
        import resource

        result["writer_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def writer_prepare(news: Path) -> dict:
    """The writer's other serial work per article: language detection and the checks
    that decide where spaCy's batches are cut (newstrace.app.prepare); and the size of
    the texts it sends out."""
    from newstrace import Newstrace
    from newstrace.app import prepare
    from newstrace.settings import Settings

    settings = Settings.load()
    articles = [a for a in Newstrace(settings).read(sorted(news.glob("*/articles.jsonl"))) if hasattr(a, "text")]
    prepare(articles[0], settings)  # loads the language model
    load_before = os.getloadavg()
    started = time.perf_counter()
    for article in articles:
        prepare(article, settings)
    return {"prepare_ms": (time.perf_counter() - started) / len(articles) * 1000,
            "prepare_load": [load_before, os.getloadavg()],
            "text_bytes_per_article": sum(len(a.text.encode()) for a in articles) / len(articles)}


def _mean_pickled(db: Path) -> float:
    import pickle

    from newstrace.store import Store

    sizes = []
    with Store(db) as store:
        with store.connect() as conn:
            from newstrace.store import query

            for pks in query.all_article_pks(conn):
                sizes += [len(pickle.dumps(s.record)) for s in query.load_articles(conn, pks)]
    return sum(sizes) / max(len(sizes), 1)


# The driver ----------------------------------------------------------------------------

def measure(config: str, news: Path, work: Path, env: dict | None = None) -> dict:
    name = re.sub(r"[^\w.-]", "-", config)
    db = work / f"{name}-{time.monotonic_ns()}.sqlite"
    others = _children()  # the simulated cluster's processes: not this run's
    cpu_before = _children_cpu()
    proc = subprocess.run([sys.executable, __file__, "--one", config, "--news", str(news), "--db", str(db)],
                          capture_output=True, text=True, env={**os.environ, **(env or {})})
    if proc.returncode != 0:
        sys.exit(f"{config} failed:\n{proc.stderr[-3000:]}")
    _reap_orphans(others)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    if not config.startswith("tcp"):  # the simulated cluster's workers are not the run's descendants
        result["cpu_s"] = _children_cpu() - cpu_before
    print(f"  {config:<11} {result['rate']:6.2f} articles/s  wall {result['wall_s']:6.1f} s  "
          f"first outcome {result['first_outcome_s']:5.1f} s  "
          + (f"CPU {result['cpu_s'] / result['articles'] * 1000:5.0f} ms/article  " if "cpu_s" in result else "")
          + f"load {result['load_before'][0]:.2f} -> {result['load_after'][0]:.2f}  records {result['records_sha256']}",
          flush=True)
    return result


# CPU of a run's whole process tree: this driver is made a "child subreaper", so the
# processes a run leaves behind (the forkserver, which outlives the writer by a moment)
# become its children; once they are reaped, RUSAGE_CHILDREN holds the CPU time of the
# writer and every process under it (each process's figure includes its reaped children).

def _become_subreaper() -> None:
    import ctypes

    PR_SET_CHILD_SUBREAPER = 36
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def _children() -> set[int]:
    me, found = os.getpid(), set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == me:
                found.add(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    return found


def _reap_orphans(others: set[int], timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while (left := _children() - others) and time.monotonic() < deadline:
        for pid in left:
            try:
                os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                pass
        time.sleep(0.1)


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class Cluster:
    """`dask scheduler` and K `dask worker --nthreads 1` processes, as a user starts them."""

    def __init__(self, workers: int, work: Path):
        self.workers, self.work = workers, work

    def __enter__(self) -> str:
        from newstrace.parallel import ParallelConfig

        file = self.work / f"scheduler-{time.monotonic_ns()}.json"
        # The settings `--cluster local:N` gives its LocalCluster (no profiler sampling the
        # task thread, slower monitors), set as a user sets them on a cluster: DASK_* variables.
        dask_env = {"DASK_" + key.upper().replace(".", "__").replace("-", "_"): str(value)
                    for key, value in ParallelConfig.load().dask_local.items()}
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": {**os.environ, **dask_env}}
        self.procs = [subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", "0",
                                        "--no-dashboard", "--dashboard-address", "127.0.0.1:0",
                                        "--scheduler-file", str(file)], **quiet)]
        while not file.exists() or not file.read_text().strip():
            time.sleep(0.1)
        time.sleep(0.3)
        address = json.loads(file.read_text())["address"]
        self.procs.append(subprocess.Popen([str(BIN / "dask"), "worker", address, "--nworkers", str(self.workers),
                                            "--nthreads", "1", "--no-dashboard"], **quiet))
        from distributed import Client

        with Client(address) as client:
            client.wait_for_workers(self.workers, timeout=300)
        return address

    def __exit__(self, *exc) -> None:
        for proc in reversed(self.procs):
            proc.send_signal(signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


def best(results: list[dict], config: str) -> dict:
    return max((r for r in results if r["config"] == config), key=lambda r: r["rate"])


def report(results: list[dict], args) -> str:
    configs = list(dict.fromkeys(r["config"] for r in results))
    base = {c: best(results, c) for c in configs}
    one = base.get("workers:1")
    lines = [f"{one['articles'] if one else '?'} articles; best of {args.repeat} round(s); "
             f"{platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs; "
             f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}", "",
             "| configuration | articles/s | wall | speed-up | steady articles/s (speed-up) | first outcome | "
             "CPU per article | load avg (1 min) before → after | peak RSS per worker | same records |",
             "|---|---:|---:|---:|---:|---:|---:|---|---|---|"]
    for c in configs:
        r = base[c]
        plain, at, changes = c.partition("@")
        ref_name = "workers:1" if not plain.startswith(("local", "tcp")) else "local:1"
        ref = base.get(ref_name + at + changes) or base.get(ref_name) or one
        speed = f"{r['rate'] / ref['rate']:.2f}× vs {ref['config']}" if ref and ref is not r else ""
        same = "yes" if one and r["records_sha256"] == one["records_sha256"] else "**no**"
        rss = ", ".join(f"{m}" for m in r.get("peak_rss_mb", [])) + " MiB" if r.get("peak_rss_mb") else \
            f"{r.get('writer_peak_rss_mb', 0):.0f} MiB (writer = worker)"
        if any(r.get("peak_pss_mb", [])):
            rss += " (PSS " + ", ".join(f"{m}" for m in r["peak_pss_mb"]) + ")"
        steady = f"{r['steady_rate']:.2f}" if r.get("steady_rate") else ""
        if steady and ref and ref is not r and ref.get("steady_rate"):
            steady += f" ({r['steady_rate'] / ref['steady_rate']:.2f}×)"
        cpu = f"{r['cpu_s'] / r['articles'] * 1000:.0f} ms" if r.get("cpu_s") else ""
        lines.append(f"| `{c}` | {r['rate']:.2f} | {r['wall_s']:.1f} s | {speed} | {steady} | "
                     f"{r['first_outcome_s']:.1f} s | {cpu} | "
                     f"{r['load_before'][0]:.2f} → {r['load_after'][0]:.2f} | {rss} | {same} |")
    lines.append("")
    for c in configs:
        r = base[c]
        if r.get("work_s"):
            slots = r["workers"] or 1
            idle = (r["wall_s"] * slots - r["work_s"]) / r["articles"]
            sizes = r.get("job_articles")
            jobs = f"{r['jobs']} jobs" + (f" of {sizes[0]}–{sizes[2]} articles (median {sizes[1]})" if sizes else "")
            ready = f"workers up after {r['ready_s']:.1f} s; " if r.get("ready_s") is not None else ""
            tail = (f"; at the end workers waited {r['tail_idle_s']:.1f} s in all for the last job"
                    if r.get("tail_idle_s") is not None else "")
            lines.append(f"- `{c}`: {jobs}; {ready}workers busy {r['work_s']:.1f} s of {slots} × "
                         f"{r['wall_s']:.1f} s; worker time not spent extracting: **{idle * 1000:.0f} ms per "
                         f"article** (start-up, pipeline load, waiting, transfer){tail}; first outcome after "
                         f"{r['first_outcome_s']:.1f} s")
    if one:
        lines.append(f"- writer (`workers:1` run): storage {one['store_s']:.2f} s = "
                     f"**{one['store_s'] / one['articles'] * 1000:.1f} ms per article**; a record weighs "
                     f"{one['pickled_bytes_per_article'] / 1024:.1f} KiB pickled (mean)")
    for pair in (("workers:2", "local:2"), ("workers:1", "local:1")):
        if all(p in base for p in pair):
            a, b = base[pair[0]], base[pair[1]]
            n = int(pair[0][-1])
            lines.append(f"- Dask vs {'local pool' if n > 1 else 'one process'} at {n} worker(s): "
                         f"{(b['wall_s'] - a['wall_s']) / a['articles'] * 1000:+.0f} ms of wall time per article "
                         f"end to end ({b['rate']:.2f} vs {a['rate']:.2f} articles/s)"
                         + (f"; in steady state {(n / b['steady_rate'] - n / a['steady_rate']) * 1000:+.0f} ms of "
                            f"worker time per article" if a.get("steady_rate") and b.get("steady_rate") else ""))
    lines += ["", projection(base)]
    return "\n".join(lines)


# PostgreSQL storage per article, from benchmarks/store/README.md (2.53 s for the same 276
# records); SQLite's is measured here.
POSTGRES_STORE_MS = 9.2
GIGABIT = 125e6  # bytes per second
TARGET = 250_000


def projection(base: dict) -> str:
    """Hours for 250,000 articles on 8, 32 and 128 cores, from this run's figures."""
    one, pool, dask = base.get("workers:1"), base.get("workers:2"), base.get("local:2")
    if not (one and pool and one.get("prepare_ms")):
        return "(projection needs workers:1 and workers:2)"
    per_core = pool["articles"] / pool["work_s"]  # articles per busy worker-second
    eff_pool = min(1.0, (pool.get("steady_rate") or pool["rate"]) / (2 * per_core))
    eff_dask = min(1.0, (dask.get("steady_rate") or dask["rate"]) / (2 * (dask["articles"] / dask["work_s"]))) \
        if dask else eff_pool
    # The writer stores each batch and then puts its articles into stories; both are
    # serial. The stories stage's cost grows a little with the store (benchmarks/stories):
    # this run's small store gives its lower bound.
    stories_ms = one.get("stories_s", 0.0) / one["articles"] * 1000
    store_ms = {"SQLite": one["store_s"] / one["articles"] * 1000, "PostgreSQL": POSTGRES_STORE_MS}
    writer_ms = {name: ms + one["prepare_ms"] + stories_ms for name, ms in store_ms.items()}
    wire = one["pickled_bytes_per_article"] + one["text_bytes_per_article"]
    lines = [f"Projection from this run: one worker extracts **{per_core:.1f} articles per busy second**; "
             f"steady-state efficiency (rate ÷ (workers × per-worker rate)) {eff_pool:.2f} for the local pool, "
             f"{eff_dask:.2f} for Dask; the writer spends {one['prepare_ms']:.1f} ms per article on language "
             f"detection and batch cuts, storage ({store_ms['SQLite']:.1f} ms SQLite measured, "
             f"{POSTGRES_STORE_MS} ms PostgreSQL from benchmarks/store) and **{stories_ms:.1f} ms on the stories "
             f"stage**; an article travels {wire / 1024:.1f} KiB (text out, record back). The writer's cap is "
             "given with the stories stage in the ingesting process (`ingest`, the default) and without it "
             "(`ingest --no-stories`, the stories assigned by a second process, `newstrace stories`, "
             "running beside it on a core of its own).", "",
             "| cores (one worker each) | extraction capacity | writer cap SQLite / PostgreSQL | "
             "… without the stories stage | network cap (1 Gbit/s) "
             "| hours for 250k, SQLite / PostgreSQL | … without the stories stage | bottleneck (with / without) |",
             "|---:|---:|---:|---:|---:|---:|---:|---|"]
    for cores in (8, 32, 128):
        eff = eff_pool if cores <= 8 else eff_dask
        net = GIGABIT / wire
        cells, hours, bottleneck = [], [], []
        for writer, spare in ((writer_ms, 1), ({n: ms - stories_ms for n, ms in writer_ms.items()}, 2)):
            extract = (cores - spare) * per_core * eff  # a core left to the writer (and one to the stories)
            caps = {name: 1000 / ms for name, ms in writer.items()}
            cells.append(f"{caps['SQLite']:.0f}/s / {caps['PostgreSQL']:.0f}/s")
            hours.append(" / ".join(f"{TARGET / min(extract, cap, net) / 3600:.2f}" for cap in caps.values()))
            limits = {"extraction": extract, "writer": min(caps.values()), "network": net}
            bottleneck.append(min(limits, key=limits.get))
        lines.append(f"| {cores} | {(cores - 1) * per_core * eff:.0f}/s | {cells[0]} | {cells[1]} | {net:.0f}/s | "
                     f"{hours[0]} | {hours[1]} | {' / '.join(bottleneck)} |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--configs", nargs="*", default=["workers:1", "workers:2", "local:1", "local:2"])
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--simulate", type=int, default=4, help="worker processes of the simulated cluster (0: none)")
    ap.add_argument("--news", type=Path, default=DEFAULT_NEWS)
    ap.add_argument("--write", action="store_true", help="write the result into README.md")
    ap.add_argument("--from-results", action="store_true", help="only report results.json of the last run")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.news, args.db)))
        return 0
    if args.from_results:
        results = json.loads((HERE / "results.json").read_text("utf-8"))
        for r in results:  # results of a run made before the writer's prepare cost was measured
            if r["config"] == "workers:1" and "prepare_ms" not in r:
                r.update(writer_prepare(args.news))
        (HERE / "results.json").write_text(json.dumps(results, indent=1) + "\n", "utf-8")
        return write_report(results, args)
    if not list(args.news.glob("*/articles.jsonl")):
        sys.exit(f"no */articles.jsonl under {args.news} (set --news or NEWSTRACE_SHARED)")
    results = []
    _become_subreaper()
    with tempfile.TemporaryDirectory(prefix="newstrace-scale-") as tmp:
        work = Path(tmp)
        for round_ in range(args.repeat):
            print(f"round {round_ + 1}/{args.repeat}", flush=True)
            for config in args.configs:
                results.append(measure(config, args.news, work))
            if args.simulate:
                with Cluster(args.simulate, work) as address:
                    results.append(measure(f"tcp:{args.simulate}", args.news, work,
                                           {"NEWSTRACE_BENCH_SCHEDULER": address}))
    (HERE / "results.json").write_text(json.dumps(results, indent=1) + "\n", "utf-8")
    return write_report(results, args)


def write_report(results: list[dict], args) -> int:
    args.repeat = max(sum(r["config"] == results[0]["config"] for r in results), 1)
    text = report(results, args)
    print(text)
    if args.write:
        readme = HERE / "README.md"
        body = readme.read_text("utf-8")
        body = re.sub(r"<!-- result -->.*<!-- /result -->", lambda _: f"<!-- result -->\n{text}\n<!-- /result -->",
                      body, flags=re.S)
        readme.write_text(body, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
