"""Bad input of every kind ends in one clear line naming it (issue 8, item 7)."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from newstrace.cli import app
from newstrace.sources import read_inputs
from newstrace.sources.errors import SourceError
from newstrace.sources.normalize import normalize_published
from newstrace.store import Store

runner = CliRunner()
NEWSTRACE = Path(sys.executable).with_name("newstrace")
TEXT = "Kenyan President William Mbeki met Ugandan officials in Kampala on Monday."


def _flat(output: str) -> str:
    return re.sub(r"[│╭╮╰╯─\s]+", " ", output)


def test_bad_input_csv_with_no_rows_still_has_its_header(tmp_path):
    db = tmp_path / "s.sqlite"
    Store(db).close()
    for command in (["events"], ["claims"], ["entities"], ["search", "nothing"]):
        result = runner.invoke(app, [*command, "-f", "csv", "--db", str(db)])
        assert result.exit_code == 0, result.output
        header = result.stdout.strip().splitlines()
        assert len(header) == 1 and "," in header[0], (command, result.stdout)


def test_bad_input_impossible_date_is_refused(tmp_path):
    db = tmp_path / "s.sqlite"
    Store(db).close()
    result = runner.invoke(app, ["events", "--since", "2025-13-45", "--db", str(db)])
    assert result.exit_code == 2
    assert "'2025-13-45' is not a date" in _flat(result.output)


def test_bad_input_non_string_metadata_is_refused_not_stored_as_a_repr(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in [
        {"id": "t", "title": ["a"], "text": TEXT},
        {"id": "u", "url": 5, "text": TEXT},
        {"id": 7, "title": "fine", "text": TEXT},
    ]) + "\n", encoding="utf-8")
    items = list(read_inputs([src]))
    errors = [str(i) for i in items if isinstance(i, SourceError)]
    assert errors == [f"{src}:1: field 'title' must be a string, not a list",
                      f"{src}:2: field 'url' must be a string, not a number"]
    assert [i.id for i in items if not isinstance(i, SourceError)] == ["7"]


def test_bad_input_published_keeps_its_time_zone():
    assert normalize_published("2024-11-29T10:00:00+05:00") == "2024-11-29T10:00:00+05:00"
    assert normalize_published("2024-11-29T10:00:00Z") == "2024-11-29T10:00:00+00:00"
    assert normalize_published("Fri, 29 Nov 2024 10:00:00 +0500") == "2024-11-29T10:00:00+05:00"
    assert normalize_published("2024-11-29") == "2024-11-29"


def test_bad_input_boolean_setting_that_is_neither_is_one_line(tmp_path):
    env = {**os.environ, "NEWSTRACE_ALLOW_PRIVATE_ADDRESSES": "maybe"}
    result = subprocess.run([str(NEWSTRACE), "extract", "https://example.invalid/a"], env=env,
                            capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        "error: NEWSTRACE_ALLOW_PRIVATE_ADDRESSES='maybe': expected true or false (1/0, yes/no, on/off)")


def test_bad_input_unsupported_store_is_named(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", "mysql://u@localhost/news"])
    assert result.exit_code == 2
    flat = _flat(result.output)
    assert "unsupported store 'mysql'" in flat and "MySQLdb" not in flat


def test_bad_input_store_in_a_missing_folder_is_not_created(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    db = tmp_path / "nonexistent" / "dir" / "x.sqlite"
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)])
    assert result.exit_code == 2
    assert "does not exist" in _flat(result.output)
    assert not (tmp_path / "nonexistent").exists()


def test_bad_input_link_out_of_a_folder_is_not_followed(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Private notes of the editor, not for the corpus.", encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(TEXT, encoding="utf-8")
    (folder / "link.txt").symlink_to(secret)
    items = list(read_inputs([folder]))
    assert [i.id for i in items if not isinstance(i, SourceError)] == ["ok"]
    errors = [i for i in items if isinstance(i, SourceError)]
    assert len(errors) == 1 and "outside the folder: not followed" in str(errors[0])
