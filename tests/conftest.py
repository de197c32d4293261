"""Shared fixtures. The spaCy pipeline is loaded once per session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from newstrace import Newstrace, Settings

# NEWSTRACE_SHARED points elsewhere when the checkout is not beside shared/ (a git worktree).
SHARED = Path(os.environ.get("NEWSTRACE_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")


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
