"""Local readers: .txt, .html, .json, .jsonl, folders, stdin, and the errors of bad inputs."""
from __future__ import annotations

import io
import json

import pytest

from newstrace.record import Article
from newstrace.sources import SourceError, read_inputs, read_path, read_stdin

from .pages import PARAGRAPHS, article_html

RECORD = {"id": "voa-1", "title": "Talks resume", "url": "https://news.test/1", "source": "VOA",
          "published": "November 29, 2024", "text": "Talks resumed in Geneva on Friday."}


def test_files_txt_is_an_article_named_by_its_stem(tmp_path):
    path = tmp_path / "geneva-talks.txt"
    path.write_text("Talks resumed in Geneva on Friday.\n", encoding="utf-8")
    [article] = read_inputs([path])
    assert article == Article(id="geneva-talks", text="Talks resumed in Geneva on Friday.\n")


def test_files_txt_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffTalks resumed.".encode("utf-8"))
    [article] = read_inputs([path])
    assert article.text == "Talks resumed."


def test_files_html_body_and_metadata_via_trafilatura(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(article_html("Talks resume in Geneva", date="2024-11-29"))
    [article] = read_inputs([path])
    assert article.id == "page"
    assert article.title == "Talks resume in Geneva"
    assert article.published == "2024-11-29"
    assert PARAGRAPHS[0] in article.text and "Copyright" not in article.text


def test_files_json_object_keeps_its_fields_and_normalises_the_date(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps(RECORD))
    [article] = read_inputs([path])
    assert article.id == "voa-1" and article.source == "VOA" and article.url == "https://news.test/1"
    assert article.published == "2024-11-29"


def test_files_json_list_numbers_records_without_ids(tmp_path):
    path = tmp_path / "many.json"
    path.write_text(json.dumps([{"text": "First."}, {"text": "Second.", "id": 7}, {"text": "Third."}]))
    assert [a.id for a in read_inputs([path])] == ["many-1", "7", "many-3"]


def test_files_jsonl_reads_every_line_and_reports_bad_ones_by_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps(RECORD) + "\n\n{not json\n" + json.dumps({"title": "no text"}) + "\n"
                    + json.dumps({"text": "Last."}) + "\n")
    first, bad_json, no_text, last = read_inputs([path])
    assert first.id == "voa-1"
    assert bad_json.input_name == f"{path}:3" and bad_json.problem.startswith("is not valid JSON")
    assert no_text == SourceError(f"{path}:4", "has no article text ('text' is missing or empty)")
    assert last.id == "batch-5"


def test_files_folder_is_read_recursively_in_order_skipping_other_files(tmp_path):
    (tmp_path / "b.txt").write_text("Second.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.json").write_text(json.dumps({"text": "Third."}))
    (tmp_path / "a.txt").write_text("First.")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    assert [a.id for a in read_inputs([tmp_path])] == ["a", "b", "c"]


def test_files_folder_without_readable_files_is_reported(tmp_path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    [error] = read_inputs([tmp_path])
    assert error.input_name == str(tmp_path) and error.problem.startswith("folder holds no .txt, .html")


@pytest.mark.parametrize(("data", "suffix"), [
    (b'{"id": "s1", "text": "From a pipe."}', ".json"),
    (b'{"text": "One."}\n{"text": "Two."}\n', ".jsonl"),
    (b"Plain words from a pipe.", ".txt"),
])
def test_files_stdin_format_is_sniffed(data, suffix):
    articles = list(read_stdin(io.BytesIO(data)))
    assert all(isinstance(a, Article) for a in articles)
    assert len(articles) == (2 if suffix == ".jsonl" else 1)
    if suffix == ".txt":
        assert articles[0].id == "stdin"


def test_files_stdin_html_is_extracted():
    [article] = read_stdin(io.BytesIO(article_html("Piped page")))
    assert article.title == "Piped page"


def test_files_dash_reads_stdin(monkeypatch):
    class Stdin:
        buffer = io.BytesIO(b"Words on standard input.")

    monkeypatch.setattr("sys.stdin", Stdin)
    [article] = read_inputs(["-"])
    assert article.id == "stdin" and article.text == "Words on standard input."


# -- bad inputs: each error names the input ----------------------------------------------


@pytest.mark.parametrize(("name", "data", "problem"), [
    ("binary.txt", b"GIF89a\x00\x01\x00", "looks binary (NUL bytes), not text"),
    ("empty.txt", b"  \n\t", "is empty"),
    ("latin1.txt", "café crème".encode("latin-1"), "is not valid UTF-8 (byte 3)"),
    ("bad.json", b'{"text": "unterminated', None),
    ("notext.json", b'{"title": "Only a title"}', "has no article text ('text' is missing or empty)"),
    ("blanktext.json", b'{"text": "   "}', "has no article text ('text' is missing or empty)"),
    ("scalar.json", b"42", "expected a JSON object, got int"),
    ("nobody.html", b"<html><head><title>Menu</title></head><body></body></html>", "HTML page holds no article text"),
])
def test_files_bad_input_is_reported_by_name(tmp_path, name, data, problem):
    path = tmp_path / name
    path.write_bytes(data)
    [error] = read_inputs([path])
    assert isinstance(error, SourceError)
    assert error.input_name == str(path)
    if problem is None:
        assert error.problem.startswith("is not valid JSON (line 1:")
    else:
        assert error.problem == problem
    assert str(path) in str(error)


def test_files_missing_file_is_reported(tmp_path):
    missing = tmp_path / "nowhere.txt"
    assert list(read_inputs([missing])) == [SourceError(str(missing), "no such file or folder")]
    assert list(read_path(missing)) == [SourceError(str(missing), "no such file or folder")]


def test_files_one_bad_input_does_not_stop_the_batch(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Fine.")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    results = list(read_inputs([empty, tmp_path / "missing.json", good]))
    assert [type(r).__name__ for r in results] == ["SourceError", "SourceError", "Article"]


def test_files_unreadable_file_is_reported(tmp_path):
    import os

    path = tmp_path / "locked.txt"
    path.write_text("secret")
    path.chmod(0)
    if os.access(path, os.R_OK):
        pytest.skip("running as a user who can read anything")
    [error] = read_inputs([path])
    assert error.input_name == str(path) and error.problem.startswith("cannot be read")


def test_files_public_surface_of_sources_is_small():
    import newstrace.sources

    assert newstrace.sources.__all__ == [
        "FetchPolicy", "Fetcher", "SourceError", "article_from_html", "article_from_mapping", "read_inputs",
        "read_path", "read_stdin",
    ]
    assert all(hasattr(newstrace.sources, name) for name in newstrace.sources.__all__)
