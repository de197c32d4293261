"""Every CLI command is documented in the README and has help; the public API is pinned."""
from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

import newstrace
from newstrace.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", COMMANDS)
def test_docs_every_command_is_in_the_readme(command):
    assert f"newstrace {command}" in README


@pytest.mark.parametrize("command", COMMANDS)
def test_docs_every_command_has_help(command):
    assert (typer.main.get_command(app).commands[command].help or "").strip()  # type: ignore[attr-defined]


def test_docs_public_api_is_pinned():
    assert sorted(newstrace.__all__) == [
        "Article", "ArticleFailure", "Claim", "Entity", "Event", "ExtractionError", "FetchPolicy", "IngestStats",
        "ModelNotFound", "Newstrace", "NewstraceError", "Record", "Role", "Settings", "SettingsError", "SourceError",
        "StoreError", "StoreNotFound", "StoredArticle", "WriteError", "__version__",
    ]
    for name in newstrace.__all__:
        assert hasattr(newstrace, name)


def test_docs_errors_are_one_catchable_family():
    for name in ("ModelNotFound", "SettingsError", "StoreError", "StoreNotFound"):
        assert issubclass(getattr(newstrace, name), newstrace.NewstraceError)


def test_docs_package_is_typed():
    assert (Path(newstrace.__file__).parent / "py.typed").is_file()
