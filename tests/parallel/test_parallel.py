"""`--workers` and `--cluster`: real worker processes, a real Dask LocalCluster and a real
scheduler started by the tests themselves, real kills. Inputs are small; batches of
four articles make several jobs out of them."""
from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newstrace import Newstrace, Settings
from newstrace.cli import app
from newstrace.limits import TimeLimitExceeded, time_limit
from newstrace.parallel import make_engine
from newstrace.parallel.cluster import DaskEngine, parse_cluster
from newstrace.parallel.pool import LocalPool
from newstrace.store import Store, Stored

runner = CliRunner()
BIN = Path(sys.executable).parent
BATCH = 4
RESERVED_LIST = "eval/RESERVED.md"


def _corpus(shared_dir: Path, n: int) -> list[dict]:
    """The first n corpus articles that are not reserved for blind evaluation."""
    reserved = {line[2:].strip() for line in (shared_dir / RESERVED_LIST).read_text("utf-8").splitlines()
                if line.startswith("- ")}
    items = [json.loads(line) for line in (shared_dir / "data/news/voa/articles.jsonl").read_text("utf-8").splitlines()]
    return [a for a in items if a["id"] not in reserved][:n]


def _write(path: Path, items: list[dict]) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in items), "utf-8")
    return path


def _settings(**overrides) -> Settings:
    return Settings.load(batch_size=BATCH, **overrides)


def _exported(db: Path) -> list[dict]:
    """The store's records as exported, less the time each was stored."""
    out = db.with_suffix(".jsonl")
    with Store(db) as s:
        s.export("jsonl", out)
        assert s.check() == []
    return [{k: v for k, v in json.loads(line).items() if k != "stored_at"}
            for line in out.read_text("utf-8").splitlines()]


def _reference(inputs: Path, tmp_path: Path, settings: Settings) -> list[dict]:
    db = tmp_path / "reference.sqlite"
    core = Newstrace(settings, db=db)
    for _ in core.ingest([inputs]):
        pass
    core.close()
    return _exported(db)


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setenv("NEWSTRACE_BATCH_SIZE", str(BATCH))


@pytest.fixture(scope="module")
def inputs(shared_dir, tmp_path_factory) -> Path:
    return _write(tmp_path_factory.mktemp("in") / "in.jsonl", _corpus(shared_dir, 18))


@pytest.fixture(scope="module")
def reference(inputs, tmp_path_factory) -> list[dict]:
    return _reference(inputs, tmp_path_factory.mktemp("ref"), _settings())


# Options and engines -----------------------------------------------------------------

def test_parallel_engine_choice():
    assert make_engine(1) is None
    assert isinstance(make_engine(3), LocalPool)
    assert isinstance(make_engine(None, "local:2"), DaskEngine)
    assert parse_cluster("tcp://10.0.0.5:8786") == ("tcp://10.0.0.5:8786", None)
    assert parse_cluster("local:4") == (None, 4)
    for bad in ("local:0", "local:x", "10.0.0.5:8786"):
        with pytest.raises(ValueError):
            parse_cluster(bad)


def test_parallel_job_sizes_follow_the_cost_of_an_article_and_shrink_at_the_end(monkeypatch):
    """Small first jobs, then about job_seconds of work (at most one spaCy batch), then a
    share of what is left per worker slot once the input's end is known."""
    pool = LocalPool(2)  # 2 workers x 2 jobs in flight each: 4 slots
    pool._settings_for_cuts = Settings.load(batch_size=32)
    assert pool.job_size(None) == pool.config.min_job_articles == 4
    pool.stats.per_article_s.extend([0.2, 0.25, 0.2])  # median 0.2 s: 1 s of work is 5 articles
    assert pool.job_size(None) == 5
    assert pool.job_size(remaining=40) == 5
    assert [pool.job_size(remaining=r) for r in (12, 8, 4, 1)] == [3, 2, 1, 1]
    pool.stats.per_article_s.extend([1.5] * 16)  # slow articles: still four to a job, but at the end
    assert pool.job_size(None) == 4 and pool.job_size(remaining=2) == 1
    pool.stats.per_article_s.extend([0.001] * 16)  # fast articles: capped at one spaCy batch
    assert pool.job_size(None) == 32
    monkeypatch.setenv("NEWSTRACE_PARALLEL_JOB_SECONDS", "0")  # whole batches, cut as one process cuts them
    whole = LocalPool(2)
    whole._settings_for_cuts = Settings.load(batch_size=32)
    assert whole.job_size(None) == whole.job_size(remaining=3) == 32


def test_parallel_bad_cluster_is_one_clear_line(tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path), "--cluster", "10.0.0.5", "--db", str(tmp_path / "s.sqlite")])
    assert result.exit_code != 0 and "tcp://HOST:8786" in result.output
    result = runner.invoke(app, ["ingest", str(tmp_path), "--cluster", "tcp://127.0.0.1:9", "--db",
                                 str(tmp_path / "s.sqlite")], env={"NEWSTRACE_PARALLEL_CONNECT_TIMEOUT_S": "2"})
    assert result.exit_code == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output


def test_parallel_time_limit_acts_outside_the_main_thread():
    """Dask runs tasks in worker threads, where SIGALRM cannot reach them."""
    caught: list[BaseException] = []

    def busy() -> None:
        try:
            with time_limit(0.2):
                while True:
                    pass
        except TimeLimitExceeded as exc:
            caught.append(exc)
        with time_limit(5):  # a block that ends in time is left alone, then and later
            sum(range(1000))
        time.sleep(0.3)

    worker = threading.Thread(target=busy)
    started = time.monotonic()
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive() and time.monotonic() - started < 20
    assert len(caught) == 1 and "took longer than 0.2 s" in str(caught[0])


# Local worker processes ----------------------------------------------------------------

@pytest.mark.model
def test_parallel_workers_2_stores_what_one_process_stores(inputs, reference, tmp_path, small_batches):
    db = tmp_path / "w2.sqlite"
    result = runner.invoke(app, ["ingest", str(inputs), "--workers", "2", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "18 added" in result.output and "2 worker processes" in result.output and "peak memory" in result.output
    assert _exported(db) == reference
    again = runner.invoke(app, ["ingest", str(inputs), "--workers", "2", "--db", str(db)])
    assert again.exit_code == 0 and "18 already stored" in again.output


@pytest.mark.model
def test_parallel_extract_workers_2_writes_what_one_process_writes(inputs, tmp_path, small_batches, monkeypatch):
    """Batches are cut as in one process, also around what passes by spaCy (a bad input,
    a text too long, an article in French) and texts long enough to be parsed in chunks."""
    monkeypatch.setenv("NEWSTRACE_CHUNK_CHARS", "4500")    # 3 of the 18 articles are longer
    monkeypatch.setenv("NEWSTRACE_MAX_TEXT_CHARS", "5200")  # 1 is longer still
    items = [json.loads(line) for line in inputs.read_text("utf-8").splitlines()]
    items.insert(7, {"id": "fr", "text": FRENCH})
    mixed = _write(tmp_path / "mixed.jsonl", items)
    (tmp_path / "bad.json").write_text("{not json", "utf-8")
    paths = [str(mixed), str(tmp_path / "bad.json")]
    out = tmp_path / "records.jsonl"
    result = runner.invoke(app, ["extract", *paths, "--workers", "2", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 input(s) skipped" in result.output and "2 worker processes" in result.output
    here = "".join(json.dumps(r.to_json_dict(), ensure_ascii=False) + "\n"
                   for r in Newstrace(Settings.load()).extract_paths(paths) if hasattr(r, "entities"))
    assert out.read_text("utf-8") == here  # byte for byte, in the same order
    assert '"id": "fr"' in here


FRENCH = ("Le gouvernement a annoncé jeudi une réforme des retraites qui sera présentée au Parlement "
          "la semaine prochaine. Les syndicats ont appelé à une grève nationale pour protester contre "
          "ce projet, qu'ils jugent injuste pour les travailleurs les plus modestes.")


@pytest.mark.model
def test_parallel_killed_worker_process_has_its_articles_retried(inputs, reference, tmp_path):
    pool = LocalPool(2)
    core = Newstrace(_settings(), db=tmp_path / "killed.sqlite", engine=pool)
    killed: list[int] = []
    outcomes = []
    for outcome in core.ingest([inputs], commit_every=2):
        outcomes.append(outcome)
        # A worker listed busy may hand its result in just before the signal lands (a loaded
        # machine): then nothing is owed a retry, so kill again, a few times at most.
        alive = [pid for pid in pool.busy_pids() if pid not in killed]
        if pool.stats.retried_jobs == 0 and len(killed) < 4 and alive:
            killed.append(alive[0])
            with contextlib.suppress(ProcessLookupError):  # it may have ended in between
                os.kill(alive[0], signal.SIGKILL)
    core.close()
    assert killed and pool.stats.retried_jobs >= 1
    assert pool.stats.job_sizes[-1] == 1  # the last jobs shrink to one article
    assert all(isinstance(o, Stored) and o.status == "added" for o in outcomes) and len(outcomes) == 18
    assert _exported(tmp_path / "killed.sqlite") == reference  # none lost, none twice, same records


@pytest.mark.model
def test_parallel_pathological_article_fails_alone_in_a_worker_process(shared_dir, tmp_path):
    _check_pathological_fails_alone(shared_dir, tmp_path, LocalPool(2))


WARM_FORKSERVER = """
import os, sys, time
from concurrent.futures import ProcessPoolExecutor
import multiprocessing, psutil
from newstrace import Settings
from newstrace.parallel import work
from newstrace.parallel.pool import LocalPool
from newstrace.record import Article

def loaded(settings):
    return repr(settings) in work._cores

def servers(wait=0.0):
    # the server is forked and then execs its own command line: on a busy machine the
    # child may not have exec'd yet when ensure_running returns (its command line is still
    # this script's), so wait for it a while; a child that has gone by is skipped
    deadline = time.monotonic() + wait
    while True:
        found = []
        for p in psutil.Process().children():
            try:
                if "forkserver" in " ".join(p.cmdline()):
                    found.append(p)
            except psutil.Error:
                pass
        if found or time.monotonic() >= deadline:
            return found
        time.sleep(0.1)

if __name__ == "__main__":
    settings = Settings.load(batch_size=4)
    pool = LocalPool(2)
    one_batch = [Article(id=str(n), text="Kallaste briefed Okonjo.") for n in range(4)]
    assert list(pool.begin(iter(one_batch), settings)) == one_batch
    print("one batch, server started:", bool(servers()))
    more = one_batch + [Article(id="4", text="Okonjo thanked Kallaste.")]
    assert list(pool.begin(iter(more), settings)) == more
    print("more, server started:", bool(servers(wait=60)), "settings left in env:", work.SETTINGS_ENV in os.environ)
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("forkserver")) as forked:
        print("loaded in a forked worker:", forked.submit(loaded, settings).result(), "here:", loaded(settings))
"""


@pytest.mark.model
def test_parallel_workers_fork_from_a_server_that_loaded_the_pipeline(tmp_path):
    """The pipeline is loaded once, by the forkserver, before any worker is forked (not
    by each worker, nor by the writer), and only for an input of more than one batch."""
    script = tmp_path / "warm.py"
    script.write_text(WARM_FORKSERVER, "utf-8")
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["one batch, server started: False",
                                       "more, server started: True settings left in env: False",
                                       "loaded in a forked worker: True here: False"]


# Dask distributed ------------------------------------------------------------------------

@pytest.mark.model
def test_parallel_cluster_local_2_stores_what_one_process_stores(inputs, reference, tmp_path, small_batches):
    db = tmp_path / "dask.sqlite"
    result = runner.invoke(app, ["ingest", str(inputs), "--cluster", "local:2", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "18 added" in result.output and "Dask LocalCluster, 2 workers" in result.output
    assert _exported(db) == reference


@pytest.mark.model
def test_parallel_killed_dask_worker_has_its_articles_retried(inputs, reference, tmp_path):
    engine = DaskEngine("local:2")
    core = Newstrace(_settings(), db=tmp_path / "dask-killed.sqlite", engine=engine)
    killed = None
    outcomes = []
    for outcome in core.ingest([inputs], commit_every=2):
        outcomes.append(outcome)
        if killed is None:
            busy = [addr for addr, keys in engine.client.processing().items() if keys]
            if busy:
                killed = engine.worker_pids()[busy[0]]
                os.kill(killed, signal.SIGKILL)
    core.close()
    assert killed is not None
    assert all(isinstance(o, Stored) and o.status == "added" for o in outcomes) and len(outcomes) == 18
    assert _exported(tmp_path / "dask-killed.sqlite") == reference


@pytest.mark.model
def test_parallel_pathological_article_fails_alone_on_dask(shared_dir, tmp_path):
    _check_pathological_fails_alone(shared_dir, tmp_path, DaskEngine("local:2"))


@pytest.mark.model
def test_parallel_scheduler_going_away_ends_the_run_and_a_rerun_resumes(shared_dir, tmp_path):
    items = _corpus(shared_dir, 40)
    inputs = _write(tmp_path / "in.jsonl", items)
    db = tmp_path / "cluster.sqlite"
    env = {**os.environ, "NEWSTRACE_BATCH_SIZE": "2", "NEWSTRACE_PARALLEL_POLL_S": "0.5"}
    with _scheduler(tmp_path / "first") as address:
        cmd = [str(BIN / "newstrace"), "ingest", str(inputs), "--cluster", address, "--db", str(db), "--batch", "2"]
        run = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
        deadline = time.monotonic() + 240
        while _stored(db) < 2:
            assert run.poll() is None, run.stderr.read()
            assert time.monotonic() < deadline, "nothing stored in time"
            time.sleep(0.1)
    # the scheduler and its worker are gone now
    _, stderr = run.communicate(timeout=120)
    assert run.returncode == 1
    stopped = [line for line in stderr.splitlines() if "stopped" in line]
    assert len(stopped) == 1 and "went away" in stopped[0] and "run the same command again" in stopped[0], stderr
    assert "Traceback" not in stderr
    kept = _stored(db)
    assert 2 <= kept < len(items)
    with _scheduler(tmp_path / "second") as address:
        cmd[cmd.index("--cluster") + 1] = address
        rerun = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{kept} already stored" in rerun.stderr
    with Store(db) as s:
        assert s.counts()["articles"] == len(items) and s.check() == []


# Helpers ---------------------------------------------------------------------------------

def _check_pathological_fails_alone(shared_dir: Path, tmp_path: Path, engine) -> None:
    """An article whose analysis takes far longer than the limit (30 articles in one
    text, four times over: reading grows with the text, to several seconds) fails; its
    neighbours (a few tenths of a second each) do not."""
    items = _corpus(shared_dir, 41)
    huge = {"id": "huge", "text": "\n\n".join(a["text"] for a in items[11:41] * 4)}
    inputs = _write(tmp_path / "in.jsonl", items[:5] + [huge] + items[5:10])
    # The limit is set from the neighbours' own cost measured now, on this (possibly busy)
    # machine: six times the slowest (four failed a neighbour once at load 7), against
    # about thirty times an average for huge.
    limit = max(2.0, 6 * _slowest_analysis(items[:10]))
    core = Newstrace(_settings(article_time_limit_s=limit), engine=engine)
    outcomes = list(core.extract_paths([inputs]))
    assert [getattr(o, "id", None) or o.article_id for o in outcomes] == [a["id"] for a in items[:5]] + ["huge"] + \
        [a["id"] for a in items[5:10]]
    failed = [o for o in outcomes if not hasattr(o, "entities")]
    assert [f.article_id for f in failed] == ["huge"], [str(f) for f in failed]
    assert f"took longer than {limit:g} s" in str(failed[0])


def _slowest_analysis(items: list[dict]) -> float:
    """Seconds the slowest of these articles takes to extract, alone, in this process
    (spaCy's parse included, so more than the part the limit covers)."""
    from newstrace.record import Article

    core = Newstrace(_settings(article_time_limit_s=0))
    articles = [Article(id=a["id"], text=a["text"], published=a.get("published")) for a in items]
    list(core.extract(articles[:1]))  # the first call loads lexicons and parsers (workers do that before)
    slowest = 0.0
    for article in articles:
        started = time.perf_counter()
        list(core.extract([article]))
        slowest = max(slowest, time.perf_counter() - started)
    return slowest


def _stored(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


class _scheduler:
    """A Dask scheduler and one single-threaded worker, each its own process, as a user
    would start them; both are killed (SIGKILL) when the block ends."""

    def __init__(self, where: Path):
        self.where = where

    def __enter__(self) -> str:
        self.where.mkdir(parents=True)
        file = self.where / "scheduler.json"
        quiet = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.procs = [subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", "0",
                                        "--no-dashboard", "--dashboard-address", "127.0.0.1:0",
                                        "--scheduler-file", str(file)], **quiet)]
        deadline = time.monotonic() + 60
        while not file.exists():
            assert time.monotonic() < deadline, "the scheduler did not start"
            time.sleep(0.1)
        time.sleep(0.2)  # the file is written, then filled
        address = json.loads(file.read_text())["address"]
        self.procs.append(subprocess.Popen([str(BIN / "dask"), "worker", address, "--nthreads", "1",
                                            "--no-dashboard", "--no-nanny"], **quiet))
        return address

    def __exit__(self, *exc: object) -> None:
        for proc in self.procs:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
