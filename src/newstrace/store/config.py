"""The store's settings: ``data/store.toml``, read once."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

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


@cache
def load_config() -> StoreConfig:
    data = load_toml("store.toml")
    return StoreConfig(commit_every=int(data["ingest"]["commit_every"]), dedup=DedupConfig(**data["dedup"]),
                       default_limit=int(data["query"]["default_limit"]), max_limit=int(data["query"]["max_limit"]),
                       search_rank_candidates=int(data["query"]["search_rank_candidates"]))
