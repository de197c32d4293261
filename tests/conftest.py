"""Shared fixtures. The spaCy pipeline is loaded once per session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from newstrace import Newstrace, Settings

ROOT = Path(__file__).resolve().parents[1]
# NEWSTRACE_SHARED points elsewhere when the checkout is not beside shared/; else ../shared
# next to the checkout (main) or next to the worktrees' folder (wt/<branch>).
SHARED = Path(os.environ.get("NEWSTRACE_SHARED") or next(
    (p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()), ROOT.parent / "shared"))


def pytest_collection_modifyitems(items):
    """A test that uses the spaCy pipeline (through ``core`` or ``nlp``) says so: marker ``model``."""
    for item in items:
        if {"core", "nlp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.model)


@pytest.fixture(scope="session")
def core() -> Newstrace:
    return Newstrace(Settings.load())


@pytest.fixture(scope="session")
def nlp(core):
    from newstrace import nlp as nlp_stage

    return nlp_stage.load(core.settings.model)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED
