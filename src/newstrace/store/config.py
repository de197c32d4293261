"""The store's settings: ``data/store.toml``, read once."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from newstrace.data import load_toml


@dataclass(frozen=True)
class DedupConfig:
    shingle_words: int
    num_perm: int
    threshold: float
    lsh_threshold: float
    min_words: int


@dataclass(frozen=True)
class StoreConfig:
    commit_every: int
    dedup: DedupConfig
    default_limit: int
    max_limit: int
    search_rank_candidates: int
    search_max_terms: int = 32
    search_max_chars: int = 10000
    query_timeout_s: float = 30.0
    client_check_interval_s: float = 2.0


@cache
def load_config() -> StoreConfig:
    data = load_toml("store.toml")
    return StoreConfig(commit_every=int(data["ingest"]["commit_every"]), dedup=DedupConfig(**data["dedup"]),
                       default_limit=int(data["query"]["default_limit"]), max_limit=int(data["query"]["max_limit"]),
                       search_rank_candidates=int(data["query"]["search_rank_candidates"]),
                       search_max_terms=int(data["query"]["search_max_terms"]),
                       search_max_chars=int(data["query"]["search_max_chars"]),
                       query_timeout_s=float(data["query"]["query_timeout_s"]),
                       client_check_interval_s=float(data["query"]["client_check_interval_s"]))


DEFAULT_DB = "newstrace.sqlite"
# What `newstrace export --to` writes (store/export.py).
EXPORT_FORMATS = ("jsonl", "csv", "parquet", "graphml", "stories")


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """SQLAlchemy URL for ``--db``: a URL as given (postgresql:// uses psycopg 3), or a
    file path for SQLite; default NEWSTRACE_DB, else ./newstrace.sqlite."""
    db = str(db or os.environ.get("NEWSTRACE_DB") or DEFAULT_DB)
    for prefix in ("postgresql://", "postgres://"):
        if db.startswith(prefix):
            return "postgresql+psycopg://" + db[len(prefix):]
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file of an ``sqlite:///`` URL, None for any other database."""
    return Path(url[len("sqlite:///"):]) if url.startswith("sqlite:///") else None
