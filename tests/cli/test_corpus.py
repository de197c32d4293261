"""`newstrace ingest`, the corpus queries and `export`, through the command line."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newstrace import Newstrace
from newstrace.cli import app
from newstrace.store import Store
from tests.store.conftest import db, floods_record, missile_record  # noqa: F401  (db: fixture over backends)

runner = CliRunner()
NEWSTRACE = Path(sys.executable).with_name("newstrace")


def _flat(output: str) -> str:
    """Output without the boxes and line breaks rich wraps messages in."""
    return re.sub(r"[│╭╮╰╯─\s]+", " ", output)


def invoke(*args: str):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def filled(db):  # noqa: F811
    with Store(db) as s:
        s.write([missile_record("nk-1"), floods_record("ke-1"), missile_record("nk-2", url="https://b/2")],
                version="0.1.0")
    return db


def test_corpus_events_json_csv_table(filled):
    rows = json.loads(invoke("events", "--actor", "United States", "--type", "accuse", "--format", "json",
                             "--db", filled).stdout)
    assert [(r["article"], r["copy_of"]) for r in rows] == [("nk-1", None), ("nk-2", "nk-1")]
    table = list(csv.DictReader(io.StringIO(invoke("events", "--since", "2024-05-01", "--until", "2024-05-31",
                                                   "-f", "csv", "--db", filled).stdout)))
    assert [r["type"] for r in table] == ["AID"]
    assert "events (2)" in invoke("events", "--modality", "reported", "--db", filled).stdout


def test_corpus_claims_entities_search_show(filled):
    claims = json.loads(invoke("claims", "--speaker", "russia", "--text", "missile", "-f", "json",
                               "--db", filled).stdout)
    assert len(claims) == 2 and claims[0]["content"] == "it supports the missile programme of Pyongyang"
    assert "claims (2)" in invoke("claims", "--certainty", "probable", "--db", filled).stdout
    ents = json.loads(invoke("entities", "--type", "gpe", "-n", "1", "-f", "json", "--db", filled).stdout)
    assert ents == [{"name": "North Korea", "type": "GPE", "country": None, "articles": 2, "independent": 1,
                     "mentions": 4}]
    hits = json.loads(invoke("search", "Red Cross tents", "-f", "json", "--db", filled).stdout)
    assert [h["article"] for h in hits] == ["ke-1"]
    shown = json.loads(invoke("show", "nk-2", "-f", "json", "--db", filled).stdout)
    assert shown["copy_of"] == "nk-1" and len(shown["events"]) == 3
    assert "copy of nk-1" in _flat(invoke("show", "nk-2", "--db", filled).stdout)
    rows = list(csv.DictReader(io.StringIO(invoke("show", "ke-1", "-f", "csv", "--db", filled).stdout)))
    assert all(r["text"] for r in rows) and {r["kind"] for r in rows} == {"mention", "event", "claim"}


def test_corpus_export_every_format(filled, tmp_path):
    for fmt, out in (("jsonl", "a.jsonl"), ("csv", "csv"), ("parquet", "pq"), ("graphml", "g.graphml")):
        invoke("export", "--to", fmt, str(tmp_path / out), "--db", filled)
    assert len((tmp_path / "a.jsonl").read_text("utf-8").splitlines()) == 3
    assert (tmp_path / "pq" / "events.parquet").exists() and (tmp_path / "csv" / "claims.csv").exists()
    assert "United States" in (tmp_path / "g.graphml").read_text("utf-8")


def test_corpus_errors_name_the_problem(tmp_path):
    missing = tmp_path / "none.sqlite"
    result = runner.invoke(app, ["events", "--db", str(missing)])
    assert result.exit_code != 0 and "no store there yet" in _flat(result.output) and not missing.exists()
    result = runner.invoke(app, ["events", "--since", "yesterday", "--db", str(missing)])
    assert result.exit_code != 0
    result = runner.invoke(app, ["show", "x", "--db", "postgresql://nobody@127.0.0.1:1/none"])
    assert result.exit_code != 0 and "cannot open the store" in _flat(result.output)


# Ingest: these run the real pipeline ------------------------------------------------

def _articles(shared_dir: Path, n: int) -> list[dict]:
    path = shared_dir / "data/news/voa/articles.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()[:n]]


def _write_jsonl(path: Path, items: list[dict]) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in items), "utf-8")
    return path


@pytest.mark.model
def test_corpus_ingest_twice_adds_nothing(db, shared_dir, tmp_path, core):  # noqa: F811
    items = _articles(shared_dir, 6)
    inputs = _write_jsonl(tmp_path / "a.jsonl", items + [items[0]])  # one article twice in one input
    (tmp_path / "bad.json").write_text("{not json", "utf-8")
    first = runner.invoke(app, ["ingest", str(inputs), str(tmp_path / "bad.json"), "--db", db])
    assert first.exit_code == 0, first.output
    assert "6 added" in first.output and "bad.json" in first.output and "1 skipped" in first.output
    with Store(db) as s:
        before = s.counts()
    second = invoke("ingest", str(inputs), "--db", db)
    assert "0 added" in second.output and "7 already stored" in second.output
    with Store(db) as s:
        assert s.counts() == before and before["articles"] == 6 and s.check() == []


@pytest.mark.model
def test_corpus_ingest_no_stories_leaves_them_to_the_stories_command(shared_dir, tmp_path, core):
    inputs = _write_jsonl(tmp_path / "a.jsonl", _articles(shared_dir, 5))
    apart, together = str(tmp_path / "apart.sqlite"), str(tmp_path / "together.sqlite")
    invoke("ingest", str(inputs), "--db", apart, "--no-stories")
    invoke("ingest", str(inputs), "--db", together)
    stored_only = Newstrace(db=apart)
    try:
        assert stored_only.stories(update=False) == []
    finally:
        stored_only.close()
    later = json.loads(invoke("stories", "--format", "json", "--db", apart).stdout)
    at_once = json.loads(invoke("stories", "--format", "json", "--db", together).stdout)
    assert later and [(s["id"], s["articles"]) for s in later] == [(s["id"], s["articles"]) for s in at_once]


@pytest.mark.model
def test_corpus_ingest_survives_sigkill_and_resumes(shared_dir, tmp_path, core):
    items = _articles(shared_dir, 24)
    inputs = _write_jsonl(tmp_path / "in.jsonl", items)
    path = tmp_path / "killed.sqlite"
    cmd = [str(NEWSTRACE), "ingest", str(inputs), "--db", str(path), "--batch", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 240
        while _stored(path) < 4:  # kill once a few batches are committed, well before the end
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "ingest stored nothing in time"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    killed_at = _stored(path)
    assert 4 <= killed_at < len(items)
    with Store(path) as s:
        assert s.check() == []
        partial = {line["id"]: line for line in _exported(s, tmp_path / "partial.jsonl")}
    # every stored article is whole: the same record an uninterrupted ingest stores
    reference_db = tmp_path / "reference.sqlite"
    for _ in Newstrace(core.settings, db=reference_db).ingest([inputs]):
        pass
    with Store(reference_db) as s:
        reference = {line["id"]: line for line in _exported(s, tmp_path / "reference.jsonl")}
    assert all(_same(partial[i], reference[i]) for i in partial)

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{killed_at} already stored" in rerun.stderr
    with Store(path) as s:
        assert s.check() == []
        resumed = {line["id"]: line for line in _exported(s, tmp_path / "resumed.jsonl")}
        assert s.counts()["articles"] == len(items)
    assert resumed.keys() == reference.keys() and all(_same(resumed[i], reference[i]) for i in resumed)


def _stored(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def _exported(store: Store, out: Path) -> list[dict]:
    store.export("jsonl", out)
    return [json.loads(line) for line in out.read_text("utf-8").splitlines()]


def _same(a: dict, b: dict) -> bool:
    return {k: v for k, v in a.items() if k != "stored_at"} == {k: v for k, v in b.items() if k != "stored_at"}
