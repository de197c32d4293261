"""Writers at the same time (issue 8, item 2): two real processes write into one store.
Every article ends stored exactly once and counted once, or a writer fails loudly
(non-zero exit, one line); nothing is dropped while both report success."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from newstrace.store import Store
from newstrace.store.schema import entity_counts
from tests.store.concurrent_writer import record
from tests.store.conftest import db  # noqa: F401  (fixture over backends)

ROOT = Path(__file__).resolve().parents[2]
N = 60


def _writers(db: str, orders: list[str], batch: int) -> list[subprocess.CompletedProcess]:  # noqa: F811
    procs = [subprocess.Popen([sys.executable, "-m", "tests.store.concurrent_writer", db, str(N), order, str(batch)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for order in orders]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=300)  # read as it comes: a full pipe would stall the writer
        results.append(subprocess.CompletedProcess(p.args, p.returncode, out, err))
    return results


def test_store_concurrent_writers_store_everything_once(db):  # noqa: F811
    """Three writers, each opening (so creating and migrating) the same new store, then
    writing the same records in different orders, a batch per transaction."""
    results = _writers(db, ["forward", "reversed", "shuffled"], batch=8)
    for r in results:
        assert r.returncode == 0, r.stderr
        assert "Traceback" not in r.stderr and "INSERT" not in r.stderr
    outcomes = [json.loads(r.stdout) for r in results]
    assert all(sum(o.values()) == N for o in outcomes)
    assert sum(o.get("added", 0) for o in outcomes) == N  # each article added by exactly one writer
    with Store(db) as store:
        assert store.counts()["articles"] == N
        assert store.check() == []
        with store.connect() as conn:
            stored = {name: n for name, n in conn.execute(sa.select(entity_counts.c.name, entity_counts.c.articles))}
    expected: dict[str, int] = {}
    for i in range(N):
        for e in record(i).entities:
            expected[e.name] = expected.get(e.name, 0) + 1
    assert stored == expected


def test_store_two_ingest_commands_at_once_store_every_article_once(db, tmp_path):  # noqa: F811
    """The command line end to end: two `newstrace ingest` of one folder into one store."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(6):
        (folder / f"a{i}.txt").write_text(f"Police in Town{i} arrested {i + 2} protesters on Monday, officials said. "
                                          f"The mayor of Town{i} condemned the arrests.", encoding="utf-8")
    newstrace = Path(sys.executable).with_name("newstrace")
    procs = [subprocess.Popen([str(newstrace), "ingest", str(folder), "--db", db, "--batch", "1"], cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        assert "Traceback" not in err and "INSERT" not in err
    with Store(db) as store:
        assert store.counts()["articles"] == 6
        assert store.check() == []


def test_store_write_error_is_one_line_without_sql_or_article_text():
    from newstrace.store.write import one_line

    exc = sa.exc.IntegrityError("INSERT INTO articles (key, text) VALUES (?, ?)", ("k", "whole article " * 500),
                                ValueError("UNIQUE constraint failed: articles.key\nDETAIL: more"))
    assert one_line(exc) == "ValueError: UNIQUE constraint failed: articles.key"
