"""Lexicons, gazetteers and thresholds shipped with newstrace, loaded once."""
from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


def read_text(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text("utf-8")


@cache
def load_toml(name: str) -> dict[str, Any]:
    return tomllib.loads(read_text(name))


@cache
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file, skipping blank lines and ``#`` comments."""
    rows = []
    for line in read_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)
