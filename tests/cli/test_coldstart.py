"""The read-only query commands load neither the NLP stack nor SQLAlchemy (the cold
start this keeps short is measured in benchmarks/coldstart, not timed here)."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from newstrace.store.reading import SCHEMA_HEAD

HEAVY = {"spacy", "sqlalchemy", "datasketch", "httpx", "trafilatura", "alembic", "dateparser"}


def _imported(args: list[str]) -> set[str]:
    code = "import sys; from newstrace.cli import main; sys.argv = ['newstrace', *sys.argv[1:]]; main()"
    run = subprocess.run([sys.executable, "-X", "importtime", "-c", code, *args], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    return {line.split("|")[-1].strip().split(".")[0] for line in run.stderr.splitlines() if "|" in line}


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory) -> str:
    """An empty store made the full way (SQLAlchemy, migrations) in this process."""
    from newstrace.store import Store

    db = tmp_path_factory.mktemp("coldstart") / "store.sqlite"
    Store(db).close()
    return str(db)


@pytest.mark.parametrize("command", [["events", "-n", "1"], ["claims", "--speaker", "x"], ["entities"],
                                     ["search", "talks"]])
def test_coldstart_query_commands_import_no_heavy_package(empty_store, command):
    assert not _imported([*command, "--db", empty_store]) & HEAVY


def test_coldstart_schema_head_is_the_newest_migration(empty_store):
    with sqlite3.connect(empty_store) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
