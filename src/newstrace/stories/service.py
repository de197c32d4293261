"""The stories stage on a store: assign new articles, refresh changed stories, read.

Work is committed a chunk of articles at a time (``chunk``), so an interrupted run
keeps every finished chunk and the next run assigns what is left.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import sqlalchemy as sa

from newstrace.store import Store
from newstrace.store.database import WRITE_LOCK
from newstrace.store.schema import STORY_TABLES, articles, stories, story_articles, story_entities
from newstrace.stories import detail
from newstrace.stories.cluster import Clusterer, count_unassigned, unassigned
from newstrace.stories.config import StoriesConfig, load_config
from newstrace.stories.features import entity_key

CHUNK = 64
_ID_PREFIX = "st-"  # stories/cluster.py names a story st- + its opening article's key


@dataclass
class StoryStats:
    assigned: int = 0
    opened: int = 0
    reattached: int = 0
    refreshed: int = 0
    seconds: float = 0.0
    _started: float = field(default_factory=time.perf_counter, repr=False)


def update(store: Store, *, rebuild: bool = False, config: StoriesConfig | None = None,
           refresh_keys: Iterable[str] = (), on_progress: Callable[[int, int], None] | None = None) -> StoryStats:
    """Assign every article without a story (store order), then rebuild the detail of
    every story that changed. ``rebuild``: forget all stories first and cluster the
    whole store again. ``refresh_keys``: keys of articles whose records changed
    (re-extracted), so their stories' details are rebuilt too."""
    cfg = config or load_config()
    stats = StoryStats()
    with _writing(store) as conn:
        if rebuild:
            for table in STORY_TABLES:
                conn.execute(sa.delete(table))
        keys = list(refresh_keys)
        dirty = set(conn.execute(sa.select(story_articles.c.story_pk).join(
            articles, articles.c.pk == story_articles.c.article_pk).where(articles.c.key.in_(keys))).scalars()) \
            if keys else set()
        dirty |= set(conn.execute(sa.select(stories.c.pk).where(stories.c.detail.is_(None))).scalars())
        total = count_unassigned(conn)
    done = 0
    while True:
        with _writing(store) as conn:
            pks = unassigned(conn, CHUNK)
            if not pks:
                break
            clusterer = Clusterer(conn, cfg.cluster)
            for a in clusterer.assign_many(pks):
                stats.assigned += 1
                stats.opened += a.opened
                dirty.add(a.story_pk)
                if a.split_off is not None:
                    dirty.add(a.split_off)
            for moved in clusterer.reattached:  # a fragment's story is gone, its articles moved
                dirty.add(moved.story_pk)
                stats.reattached += 1
            done += len(pks)
            _refresh(conn, dirty, cfg, stats)
        if on_progress:
            on_progress(done, total)
    with _writing(store) as conn:
        _refresh(conn, dirty, cfg, stats)
    stats.seconds = time.perf_counter() - stats._started
    return stats


@contextmanager
def _writing(store: Store) -> Iterator[sa.Connection]:
    """A story-writing transaction, serialised with the store's writers (the write lock
    on PostgreSQL, BEGIN IMMEDIATE on SQLite): two ingests at once would otherwise both
    read the same unassigned articles and both try to assign them."""
    with store._writer.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK})
        yield conn


_STORE_DETAIL = sa.update(stories).where(stories.c.pk == sa.bindparam("story_pk"))  # built once


_EXISTING = sa.select(stories.c.pk).where(stories.c.pk.in_(sa.bindparam("pks", expanding=True)))


def _refresh(conn: sa.Connection, dirty: set[int], cfg: StoriesConfig, stats: StoryStats) -> None:
    # A story re-attached into another (``Clusterer.reattach_fragments``) is gone.
    wanted = sorted(dirty)
    existing = [pk for i in range(0, len(wanted), 500)
                for pk in conn.execute(_EXISTING, {"pks": wanted[i:i + 500]}).scalars()]
    for story_pk in sorted(existing):
        story = detail.build(conn, story_pk, cfg)
        conn.execute(_STORE_DETAIL, {"story_pk": story_pk, "detail": story, "title": story["title"],
                                     "sources": len(story["sources"]),
                                     "independent_sources": len(story["independent_sources"])})
        stats.refreshed += 1
    dirty.clear()


def list_stories(store: Store, *, since: str | None = None, until: str | None = None, entity: str | None = None,
                 type: str | None = None, min_sources: int | None = None, limit: int | None = None) -> list[dict]:
    """Stories as the contract's dicts, most recently seen first (undated last).
    ``since``/``until``: seen in that span (inclusive); ``entity``: naming that entity
    (canonical name, any case); ``type``: with an event of that PLOVER type;
    ``min_sources``: at least that many independent sources."""
    q = sa.select(stories.c.detail).where(stories.c.detail.is_not(None))
    if since:
        q = q.where(stories.c.last_seen >= since)
    if until:
        q = q.where(stories.c.first_seen <= until)
    if entity:
        q = q.where(stories.c.pk.in_(sa.select(story_entities.c.story_pk)
                                     .where(story_entities.c.key == entity_key(entity))))
    if min_sources:
        q = q.where(stories.c.independent_sources >= min_sources)
    q = q.order_by(stories.c.last_seen.desc().nulls_last(), stories.c.pk)
    wanted = type.upper() if type else None
    out = []
    with store.connect() as conn:
        for (story,) in conn.execute(q):
            if wanted and not any(e["type"] == wanted for e in story["events"]):
                continue
            out.append(story)
            if limit and len(out) >= limit:
                break
    return out


def get_story(store: Store, story_id: str) -> dict | None:
    """One story by id (or a unique id prefix of at least 6 characters). The id of a
    fragment re-attached to a larger story leads to that story: an id is made from the
    key of the article that opened the story, and that article is now in the larger one."""
    with store.connect() as conn:
        row = conn.execute(sa.select(stories.c.detail).where(stories.c.id == story_id)).first()
        if row is None and len(story_id) >= 6:
            rows = conn.execute(sa.select(stories.c.detail)
                                .where(stories.c.id.startswith(story_id, autoescape=True)).limit(2)).all()
            row = rows[0] if len(rows) == 1 else None
        if row is None and story_id.startswith(_ID_PREFIX) and len(story_id) >= len(_ID_PREFIX) + 12:
            rows = conn.execute(
                sa.select(stories.c.detail)
                .select_from(articles.join(story_articles, story_articles.c.article_pk == articles.c.pk)
                             .join(stories, stories.c.pk == story_articles.c.story_pk))
                .where(articles.c.key.startswith(story_id[len(_ID_PREFIX):], autoescape=True)).limit(2)).all()
            row = rows[0] if len(rows) == 1 else None
    return row[0] if row else None


def entity_timeline(store: Store, name: str, *, since: str | None = None, until: str | None = None) -> dict:
    """Story events in which the entity is actor or target, across stories, date order;
    with each story's first/last seen."""
    from newstrace.stories.link import same_name

    items, seen = [], {}
    for story in list_stories(store, entity=name, since=since, until=until):
        seen[story["id"]] = {"id": story["id"], "title": story["title"], "first_seen": story["first_seen"],
                             "last_seen": story["last_seen"]}
        for entry in story["timeline"]:
            role = "actor" if same_name(entry["actor"], name) else "target" if same_name(entry["target"], name) else None
            if role and (not since or (entry["date"] or "") >= since) and (not until or (entry["date"] or "") <= until):
                items.append({**entry, "story": story["id"], "story_title": story["title"], "role": role})
    items.sort(key=lambda e: (e["date"] is None, e["date"] or "", e["story"], e["event"]))
    return {"entity": name, "stories": list(seen.values()), "timeline": items}
