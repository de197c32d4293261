"""The server's limits: ``data/serve.toml``, read once."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from newstrace.data import load_toml


@dataclass(frozen=True)
class ServeConfig:
    default_limit: int
    max_limit: int
    max_offset: int
    max_body_bytes: int
    max_items: int
    page_size: int
    entity_items: int
    chart_weeks: int


@cache
def load_config() -> ServeConfig:
    data = load_toml("serve.toml")
    return ServeConfig(**data["paging"], **data["ingest"], **data["web"])
