"""The stories settings: ``data/stories.toml``, read once."""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from functools import cache
from typing import Any

from newstrace.data import load_toml


@dataclass(frozen=True)
class ClusterConfig:
    threshold: float
    entity_weight: float
    title_weight: float
    lookup_terms: int
    lookup_entities: int
    stories_per_key: int
    story_terms: int
    story_entities: int
    centroid_terms: int
    grace_days: int
    half_life_days: float
    window_days: int
    min_term_chars: int
    split_threshold: float
    split_measure: str
    split_min_articles: int
    split_max_articles: int
    split_peel: int = 0
    split_date_half_life_days: float = 0.0
    split_person_conflict: float = 1.0
    split_lead_sentences: int = 2
    reattach_threshold: float = 0.0
    reattach_max_articles: int = 2
    reattach_min_articles: int = 4
    reattach_after_articles: int = 64

    def with_(self, **changes: Any) -> "ClusterConfig":
        return replace(self, **changes)


@dataclass(frozen=True)
class StoriesConfig:
    cluster: ClusterConfig
    links: dict
    figures: dict
    wires: dict


@cache
def load_config() -> StoriesConfig:
    data = load_toml("stories.toml")
    names = {f.name for f in fields(ClusterConfig)}
    cluster = ClusterConfig(**{k: v for k, v in data["cluster"].items() if k in names})
    return StoriesConfig(cluster=cluster, links=data["links"], figures=data["figures"],
                         wires=data["wires"])
