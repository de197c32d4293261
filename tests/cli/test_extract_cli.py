"""`newstrace extract` and `newstrace eval` end to end, through Typer's runner."""
from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from newstrace.cli import app

runner = CliRunner()
TEXT = "Kenyan President William Mbeki met Ugandan officials in Kampala on Monday."


def test_cli_extract_writes_jsonl_records_with_the_record_fields(tmp_path):
    (tmp_path / "one.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "records.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path / "one.txt"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 1
    assert list(records[0]) == ["id", "title", "url", "source", "published", "language", "text",
                                "summary", "entities", "events", "claims"]
    assert records[0]["id"] == "one"
    assert any(e["name"] == "William Mbeki" for e in records[0]["entities"])


def test_cli_extract_skips_bad_input_and_keeps_going(tmp_path):
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert "empty.txt: is empty" in result.output
    assert "binary.txt: looks binary" in result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [r["id"] for r in records] == ["good"]


def test_cli_extract_fails_when_every_input_fails(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert "missing.txt: no such file or folder" in result.output


def test_cli_extract_reads_stdin_as_json(tmp_path):
    payload = json.dumps({"id": "wire-7", "title": "T", "published": "March 3, 2024", "text": TEXT})
    result = runner.invoke(app, ["extract", "-", "--format", "json"], input=payload)
    assert result.exit_code == 0, result.output
    start = result.stdout.index("[")
    records = json.loads(result.stdout[start:result.stdout.rindex("]") + 1])
    assert records[0]["id"] == "wire-7"
    assert records[0]["published"] == "2024-03-03"


def test_cli_extract_without_paths_prints_the_bundled_samples_as_tables():
    result = runner.invoke(app, ["extract"])
    assert result.exit_code == 0, result.output
    assert "voa-8006651" in result.stdout
    assert "entities" in result.stdout
    assert "3 record(s), 0 input(s) skipped" in result.output


def test_cli_eval_scores_a_gold_file(tmp_path):
    gold = {
        "id": "g1", "text": TEXT, "published": "2024-11-25",
        "entities": [{"name": "William Mbeki", "type": "PERSON"}, {"name": "Kampala", "type": "GPE"},
                     {"name": "Atlantis", "type": "GPE"}],
        "events": [], "claims": [],
    }
    (tmp_path / "g1.json").write_text(json.dumps(gold), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["entities"]["gold"] == 3
    assert report["entities"]["tp"] == 2
    assert report["entities"]["r"] == round(2 / 3, 4)


# -- --out (issue 8, item 3) ------------------------------------------------------------


def _one_line_error(result, *words):
    assert result.exit_code != 0
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    flat = re.sub(r"[│╭╮╰╯─\s]+", " ", result.output)  # without the box rich draws round errors
    assert all(w in flat for w in words), result.output


def test_cli_extract_refuses_to_write_over_its_input(tmp_path):
    src = tmp_path / "articles.jsonl"
    src.write_text(json.dumps({"id": "a", "text": TEXT}) + "\n", encoding="utf-8")
    before = src.read_bytes()
    result = runner.invoke(app, ["extract", str(src), "--out", str(src)])
    _one_line_error(result, "is also an input")
    assert src.read_bytes() == before


def test_cli_extract_out_to_a_folder_or_a_missing_folder_is_one_line(tmp_path):
    (tmp_path / "one.txt").write_text(TEXT, encoding="utf-8")
    _one_line_error(runner.invoke(app, ["extract", str(tmp_path / "one.txt"), "--out", str(tmp_path)]), "is a folder")
    _one_line_error(runner.invoke(app, ["extract", str(tmp_path / "one.txt"), "--out",
                                        str(tmp_path / "nowhere" / "r.jsonl")]), "does not exist")


def test_cli_extract_out_to_a_device_is_refused_not_replaced(tmp_path):
    (tmp_path / "one.txt").write_text(TEXT, encoding="utf-8")
    _one_line_error(runner.invoke(app, ["extract", str(tmp_path / "one.txt"), "--out", "/dev/full"]),
                    "is not a regular file")
    assert not Path("/dev/full").is_file()


def test_cli_extract_out_unwritable_is_one_line(tmp_path):
    import os

    if os.geteuid() == 0:
        target = "/proc/version"  # root may write anywhere on disk; /proc refuses even root
        if not Path(target).is_file():
            target = "/proc/sys/kernel/hostname"
    else:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        target = str(locked / "r.jsonl")
    (tmp_path / "one.txt").write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "one.txt"), "--out", target])
    _one_line_error(result, "cannot write")


def test_cli_extract_full_disk_leaves_the_old_output_and_says_so(tmp_path):
    """/dev/full fails every write with ENOSPC, as a full disk does."""
    from newstrace.cli.output import AtomicOutput, OutputError

    out = tmp_path / "r.jsonl"
    out.write_text("old\n", encoding="utf-8")
    sink = AtomicOutput(out)
    sink.file.close()
    sink.file = open("/dev/full", "w", encoding="utf-8", buffering=1)
    try:
        sink.write("x" * 10000 + "\n")
        sink.commit()
    except OutputError as exc:
        assert "no space left" in str(exc)
    else:
        raise AssertionError("a full disk went unnoticed")
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["r.jsonl"]  # no temporary file left


def test_cli_extract_table_with_out_goes_to_the_file(tmp_path):
    (tmp_path / "one.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "r.txt"
    result = runner.invoke(app, ["extract", str(tmp_path / "one.txt"), "--out", str(out), "-f", "table"])
    assert result.exit_code == 0, result.output
    assert "William Mbeki" in out.read_text(encoding="utf-8")
    assert "William Mbeki" not in result.stdout


def test_cli_extract_to_a_pipe_writes_jsonl_by_default(tmp_path):
    """Not a terminal (| jq): the help promises jsonl there, tables only on a terminal."""
    (tmp_path / "one.txt").write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "one.txt")])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert json.loads(lines[0])["id"] == "one"
