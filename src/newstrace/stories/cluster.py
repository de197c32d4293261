"""Incremental story clustering inside the store: each article joins the most similar
candidate story or opens one.

Candidates come from ``story_keys`` (a story's distinctive terms and entities), read a
bounded number of most recently active stories per key, so one assignment costs the
same in a store of a thousand articles as in one of a million. Everything happens on
the caller's connection and transaction: an interrupted run leaves every committed
chunk whole, and the next run picks up the articles that have no story yet.
"""
from __future__ import annotations

import math
import weakref
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from newstrace.store.dbapi import driver_sql
from newstrace.store.schema import (articles, entities, mentions, stories, story_articles, story_entities,
                                    story_features, story_keys)
from newstrace.stories import features as F
from newstrace.stories.config import ClusterConfig

TOTAL = ""  # the story_features row counting clustered articles


@dataclass
class Assigned:
    article_pk: int
    story_pk: int
    opened: bool
    similarity: float | None
    # The story split off the one it joined (second pass, ``maybe_split``), if any.
    split_off: int | None = None


@dataclass
class Reattached:
    """A fragment moved into a larger story (``Clusterer.reattach_fragments``): the
    fragment's story is gone, the larger one has its articles."""
    fragment_pk: int
    story_pk: int
    articles: list[int]
    similarity: float


def assigned_up_to(conn: sa.Connection) -> int:
    """The last article (pk) that has a story; 0 when none has.

    Articles join stories in store order, and writers commit articles in pk order (they
    hold the store's write lock while they insert), so every article up to this one has
    its story: the articles still to assign are the ones after it. Read from the primary
    key index of ``story_articles`` (one index step), not by scanning the store."""
    return conn.execute(sa.select(sa.func.max(story_articles.c.article_pk))).scalar() or 0


def unassigned(conn: sa.Connection, limit: int, after: int | None = None) -> list[int]:
    """The next articles (store order) after ``after`` (default: the last assigned one)
    that belong to no story yet: an index range scan of ``articles`` from there."""
    start = assigned_up_to(conn) if after is None else after
    q = (sa.select(articles.c.pk)
         .where(articles.c.pk > start, ~sa.exists().where(story_articles.c.article_pk == articles.c.pk))
         .order_by(articles.c.pk).limit(limit))
    return list(conn.execute(q).scalars())


def count_unassigned(conn: sa.Connection) -> int:
    return conn.execute(sa.select(sa.func.count()).select_from(articles)
                        .where(articles.c.pk > assigned_up_to(conn))).scalar_one()


def _profiles(conn: sa.Connection, pks: list[int], cfg: ClusterConfig) -> dict[int, tuple[sa.Row, F.Profile, list]]:
    rows = {r.pk: r for r in conn.execute(
        sa.select(articles.c.pk, articles.c.key, articles.c.stored_at, articles.c.title, articles.c.text,
                  articles.c.day, articles.c.duplicate_of).where(articles.c.pk.in_(pks)))}
    of_entity = (mentions.c.article_pk == entities.c.article_pk, mentions.c.eid == entities.c.eid)
    n_mentions = sa.select(sa.func.count()).select_from(mentions).where(*of_entity).scalar_subquery()
    first_mention = sa.select(sa.func.min(mentions.c.start)).where(*of_entity).scalar_subquery()
    ents: dict[int, list] = defaultdict(list)
    firsts: dict[int, list] = defaultdict(list)
    for pk, name, type_, n, start in conn.execute(
            sa.select(entities.c.article_pk, entities.c.name, entities.c.type, n_mentions, first_mention)
            .where(entities.c.article_pk.in_(pks))):
        ents[pk].append((name, type_, max(int(n), 1)))
        firsts[pk].append((name, type_, start))
    out = {}
    for pk, row in rows.items():
        prof = F.profile(row.title, row.text, ents[pk], row.day, cfg)
        prof.lead_persons = F.lead_persons(row.title, row.text, firsts[pk], cfg.split_lead_sentences)
        out[pk] = (row, prof, ents[pk])
    for pk, (row, prof, _) in out.items():
        _remember(conn, pk, row, prof, cfg)
    return out


# What the second pass needs of each member (its terms, the day of its happening and the
# people its lead names),
# kept for the articles seen last: a join re-checks a story of up to
# ``split_max_articles`` members, and reading and tokenising their texts again at every
# join was half the CPU of an assignment (cProfile of the 1k probe, benchmarks/stories).
# An entry is used only while the store, the article's stored row (key, stored_at) and
# the settings are the ones it was made from. Bounded: members of stories still being split are
# recent articles.
_SPLIT_CACHE_SIZE = 4096
_split_cache: OrderedDict[int, tuple[tuple, dict[str, float], str | None, frozenset[str]]] = OrderedDict()


def _stamp(conn: sa.Connection, key: str, stored_at: str, cfg: ClusterConfig) -> tuple:
    """What a cache entry was made from: the store (pks of two stores are unrelated),
    the stored article and the settings."""
    return (store_name(conn), key, stored_at, cfg)


_STORE_NAMES: weakref.WeakKeyDictionary[sa.Engine, str] = weakref.WeakKeyDictionary()


def store_name(conn: sa.Connection) -> str:
    """The store a connection is to (its URL without password), kept per engine (and
    forgotten with it): the caches of this module and ``detail`` ask at every article."""
    name = _STORE_NAMES.get(conn.engine)
    if name is None:
        name = _STORE_NAMES[conn.engine] = conn.engine.url.render_as_string(hide_password=True)
    return name


def _split_entry(row: sa.Row, prof: F.Profile) -> tuple[dict[str, float], str | None, frozenset[str]]:
    return prof.terms, row.day or F.written_day(row.text), prof.lead_persons


def _remember(conn: sa.Connection, pk: int, row: sa.Row, prof: F.Profile, cfg: ClusterConfig) -> None:
    _split_cache[pk] = (_stamp(conn, row.key, row.stored_at, cfg), *_split_entry(row, prof))
    _split_cache.move_to_end(pk)
    while len(_split_cache) > _SPLIT_CACHE_SIZE:
        _split_cache.popitem(last=False)


def _split_inputs(conn: sa.Connection, pks: list[int],
                  cfg: ClusterConfig) -> dict[int, tuple[dict, str | None, frozenset[str]]]:
    """Terms, happening day and lead persons of these articles, from the cache where it
    is current."""
    stamps = {pk: _stamp(conn, key, stored_at, cfg) for pk, key, stored_at in conn.execute(
        _SPLIT_STAMPS, {"pks": pks})}
    # Taken out before the stale ones are read: remembering those may evict these.
    found = {pk: _split_cache[pk][1:] for pk in pks if pk in _split_cache and _split_cache[pk][0] == stamps[pk]}
    stale = [pk for pk in pks if pk not in found]
    if stale:
        found.update({pk: _split_entry(row, prof) for pk, (row, prof, _) in _profiles(conn, stale, cfg).items()})
    return {pk: found[pk] for pk in pks}


# The statements of the per-article path, built once: building SQLAlchemy constructs
# per article cost more CPU than running them.
_DFS = (sa.select(story_features.c.feature, story_features.c.df)
        .where(story_features.c.feature.in_(sa.bindparam("features", expanding=True))))
# A candidate's dates are read first and its centroid only when the time window lets
# it score at all: most candidates of a dated store lie outside the window, and decoding
# their centroids (JSON) was the largest CPU cost of an assignment (news corpus: 27
# candidates read per article, 3.5 within the window).
_STORY_SPANS = (sa.select(stories.c.pk, stories.c.first_seen, stories.c.last_seen)
                .where(stories.c.pk.in_(sa.bindparam("pks", expanding=True))))
# Only the weighted centroids are read (the database cuts them out of the profile JSON):
# decoding every candidate's whole profile was the largest CPU cost of an assignment.
_STORY_PROFILES = (sa.select(stories.c.pk, stories.c.profile["terms"].label("terms"),
                             stories.c.profile["entities"].label("entities"))
                   .where(stories.c.pk.in_(sa.bindparam("pks", expanding=True))))


_B = sa.bindparam
_STORY_OF_ARTICLE = sa.select(story_articles.c.story_pk).where(story_articles.c.article_pk == _B("article_pk"))
_ADD_MEMBER = sa.insert(story_articles)
_STORY_SIZE = sa.select(stories.c.articles).where(stories.c.pk == _B("story_pk"))
_MEMBER_PKS = (sa.select(story_articles.c.article_pk).where(story_articles.c.story_pk == _B("story_pk"))
               .order_by(story_articles.c.article_pk))
_ID_TAKEN = sa.select(stories.c.pk).where(stories.c.id == _B("story_id"))
_OPEN = sa.insert(stories).values(title=None, first_seen=None, last_seen=None, articles=0, sources=0,
                                  independent_sources=0)
_STORY_PROFILE = (sa.select(stories.c.profile, stories.c.first_seen, stories.c.last_seen, stories.c.articles)
                  .where(stories.c.pk == _B("story_pk")))
_UPDATE_PROFILE = (sa.update(stories).where(stories.c.pk == _B("story_pk"))
                   .values(profile=_B("profile", type_=stories.c.profile.type), first_seen=_B("first_seen"),
                           last_seen=_B("last_seen"), articles=_B("n_articles"), updated_seq=_B("seq"),
                           detail=sa.null()))  # SQL NULL: stale, rebuild
_DROP_KEYS = sa.delete(story_keys).where(story_keys.c.story_pk == _B("story_pk"))
# Fragments whose last article is in a range of the store (``reattach_fragments``): a
# range of story_articles' primary key, so the look-up does not grow with the store.
_STALE_FRAGMENTS = (sa.select(stories.c.pk).distinct()
                    .join(story_articles, story_articles.c.story_pk == stories.c.pk)
                    .where(story_articles.c.article_pk > _B("lo"), story_articles.c.article_pk <= _B("hi"),
                           stories.c.articles >= 1, stories.c.articles <= _B("most"),
                           stories.c.updated_seq > _B("lo"), stories.c.updated_seq <= _B("hi"))
                    .order_by(stories.c.pk))
_STORY_SIZES = (sa.select(stories.c.pk, stories.c.first_seen, stories.c.last_seen, stories.c.articles)
                .where(stories.c.pk.in_(_B("pks", expanding=True))))
_MOVE_MEMBER = (sa.update(story_articles).where(story_articles.c.article_pk == _B("member"))
                .values(story_pk=_B("into"), similarity=_B("sim")))
_DROP_STORY_ENTITIES = sa.delete(story_entities).where(story_entities.c.story_pk == _B("story_pk"))
_DROP_STORY = sa.delete(stories).where(stories.c.pk == _B("story_pk"))
_SPLIT_STAMPS = (sa.select(articles.c.pk, articles.c.key, articles.c.stored_at)
                 .where(articles.c.pk.in_(_B("pks", expanding=True))))


@cache
def _count_entities_sql(dialect: str) -> Any:
    insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(story_entities)
    return insert.on_conflict_do_update(index_elements=[story_entities.c.story_pk, story_entities.c.key],
                                        set_={"articles": story_entities.c.articles + 1})


# The two statements of an assignment that write hundreds of rows (an article's terms
# counted, a story's keys replaced) go to the driver as they are: SQLAlchemy's
# processing of each row's parameters cost more CPU than the database's work on them.
_COUNT_FEATURES = ("INSERT INTO story_features (feature, df) VALUES (?, ?) "
                   "ON CONFLICT (feature) DO UPDATE SET df = story_features.df + excluded.df")
_INSERT_KEYS = 'INSERT INTO story_keys ("key", story_pk, seq) VALUES (?, ?, ?)'


@cache
def _candidates_sql(n_keys: int) -> sa.TextClause:
    """Story pks under each of n keys, per key the ``per_key`` most recently active only
    (an index range scan of (key, seq) that stops there: the posting lists are bounded
    however long they grow), counted over the keys."""
    parts = " UNION ALL ".join(
        f"SELECT story_pk FROM (SELECT story_pk FROM story_keys WHERE key = :k{i} ORDER BY seq DESC "
        f"LIMIT :per_key) AS p{i}" for i in range(n_keys))
    return sa.text(f"SELECT story_pk, count(*) AS n FROM ({parts}) AS hits GROUP BY story_pk")


class Clusterer:
    """Assigns articles to stories on one connection (the caller commits)."""

    def __init__(self, conn: sa.Connection, cfg: ClusterConfig):
        self.conn = conn
        self.cfg = cfg
        # Document frequencies read in this transaction, kept up to date by _count_features
        # (this clusterer is the only writer while it holds the write lock): a feature is
        # read from the store once per chunk, not at every article that has it.
        self._df: dict[str, int] = {}
        # Counts not written yet: an article's features are counted in memory and written
        # once per chunk (``flush``), a feature shared by the chunk's articles in one row
        # instead of one upsert per article that has it.
        self._pending: Counter[str] = Counter()
        # The profiles (and sizes) this clusterer wrote, as they are stored: a story joined
        # again in the same chunk, or just opened, is not read back and decoded.
        self._written: dict[int, tuple[dict, dict, str | None, str | None, int]] = {}
        # Fragments moved into larger stories by this clusterer (their stories are gone).
        self.reattached: list[Reattached] = []

    # Document frequencies ---------------------------------------------------------

    def _count_features(self, features: Iterable[str]) -> None:
        for f in set(features) | {TOTAL}:
            self._pending[f] += 1
            if f in self._df:
                self._df[f] += 1

    def flush(self) -> None:
        """Write the document frequencies counted so far (before the caller commits)."""
        if self._pending:
            self.conn.exec_driver_sql(driver_sql(self.conn, _COUNT_FEATURES), sorted(self._pending.items()))
            self._pending.clear()

    def _dfs(self, features: Iterable[str]) -> tuple[dict[str, int], int]:
        wanted = sorted(set(features) | {TOTAL})
        unknown = [f for f in wanted if f not in self._df]
        for i in range(0, len(unknown), 500):
            part = unknown[i:i + 500]
            self._df.update(dict.fromkeys(part, 0))  # not in the store yet: 0 until counted
            self._df.update(self.conn.execute(_DFS, {"features": part}).all())
            for f in part:  # the store's count lags by what is not written yet
                self._df[f] += self._pending.get(f, 0)
        found = {f: self._df[f] for f in wanted if self._df[f]}
        return found, max(found.get(TOTAL, 0), 1)

    # Assignment ---------------------------------------------------------------------

    def assign_many(self, pks: list[int]) -> list[Assigned]:
        profiles = _profiles(self.conn, pks, self.cfg)
        out = []
        previous = assigned_up_to(self.conn)
        for pk in pks:
            # Fragments that stopped growing `reattach_after_articles` articles ago, checked
            # before each article in store order: the same checks whatever the chunks.
            self.reattach_fragments(previous, pk)
            previous = pk
            if pk in profiles:
                row, prof, ents = profiles[pk]
                assigned = self.assign(pk, row, prof)
                self.count_entities(assigned.story_pk, [(name, type_) for name, type_, _ in ents])
                if not assigned.opened:
                    assigned.split_off = self.maybe_split(assigned.story_pk)
                    if assigned.split_off is not None and self.conn.execute(
                            _STORY_OF_ARTICLE, {"article_pk": pk}).scalar() == assigned.split_off:
                        assigned.story_pk, assigned.split_off = assigned.split_off, assigned.story_pk
                out.append(assigned)
        self.flush()
        return out

    # Second pass: a story holding two events -------------------------------------------

    def maybe_split(self, story_pk: int) -> int | None:
        """Split the story in two when its members form two groups of distinct events
        (``features.split``); returns the new story's pk. Only stories of at most
        ``split_max_articles`` are looked at, so the cost of one join stays bounded: one
        wrong join shows early, when the second event's reports start to arrive. The
        group holding the story's first article keeps its id; the other becomes a story
        whose id comes from its own first article, as if that one had opened it."""
        cfg = self.cfg
        if cfg.split_threshold <= 0:
            return None
        size = self._written[story_pk][4] if story_pk in self._written else self.conn.execute(
            _STORY_SIZE, {"story_pk": story_pk}).scalar_one()
        if not 2 * cfg.split_min_articles <= size <= cfg.split_max_articles:
            return None
        members = list(self.conn.execute(_MEMBER_PKS, {"story_pk": story_pk}).scalars())
        inputs = _split_inputs(self.conn, members, cfg)
        dfs, n_docs = self._dfs({f"t:{t}" for pk in members for t in inputs[pk][0]})
        halves = F.split([F.weighted(inputs[pk][0], dfs, n_docs, "t:") for pk in members],
                         cfg.split_threshold, cfg.split_min_articles, cfg.split_measure, cfg.split_peel,
                         days=[inputs[pk][1] for pk in members], date_half_life=cfg.split_date_half_life_days,
                         persons=[inputs[pk][2] for pk in members], person_conflict=cfg.split_person_conflict)
        if halves is None:
            return None
        profiles = _profiles(self.conn, members, cfg)  # a split: rows and entities of all members
        kept, moved = ([members[i] for i in half] for half in halves)
        new_pk = self._open(moved[0], profiles[moved[0]][0])
        self.conn.execute(sa.update(story_articles).where(story_articles.c.article_pk.in_(moved))
                          .values(story_pk=new_pk))
        self.conn.execute(sa.update(story_articles).where(story_articles.c.article_pk == moved[0])
                          .values(similarity=None))  # NULL: it opened the story
        self.conn.execute(sa.update(stories).where(stories.c.pk == new_pk).values(seed_pk=moved[0]))
        self.conn.execute(sa.delete(story_entities).where(story_entities.c.story_pk == story_pk))
        for pk_of_story, pks in ((story_pk, kept), (new_pk, moved)):
            self._refold(pk_of_story, [profiles[pk][1] for pk in pks], max(pks))
            for pk in pks:
                self.count_entities(pk_of_story, [(name, type_) for name, type_, _ in profiles[pk][2]])
        return new_pk

    # Fragments re-attached ----------------------------------------------------------------

    def reattach_fragments(self, previous: int, pk: int) -> None:
        """Move each small story (at most ``reattach_max_articles``) whose last article lies
        ``reattach_after_articles`` before the range (previous, pk] into the larger story
        it is most like (``features.fragment_similarity`` at least ``reattach_threshold``).
        An article opens a story of its own when no story is like it *yet*: its event's
        story may not exist or be too small when it arrives, and grows to be like it
        later. A fragment waits until it had its chance to grow, so the first reports of a
        new event are not drawn into the story of an older, similar one. Its candidates
        come from the blocking keys, as an article's do: bounded work per fragment."""
        cfg = self.cfg
        lag = cfg.reattach_after_articles
        if cfg.reattach_threshold <= 0 or pk - lag <= 0:
            return
        for fragment in list(self.conn.execute(_STALE_FRAGMENTS, {"lo": previous - lag, "hi": pk - lag,
                                                                  "most": cfg.reattach_max_articles}).scalars()):
            self._reattach(fragment, pk)

    def _reattach(self, fragment: int, seq: int) -> None:
        cfg = self.cfg
        members = list(self.conn.execute(_MEMBER_PKS, {"story_pk": fragment}).scalars())
        inputs = _split_inputs(self.conn, members, cfg)
        dfs, n_docs = self._dfs({f"t:{t}" for pk in members for t in inputs[pk][0]})
        vectors = [F.weighted(inputs[pk][0], dfs, n_docs, "t:") for pk in members]
        keys = sorted({f"t:{k}" for v in vectors
                       for k, _ in sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[:cfg.lookup_terms]})
        cands = [c for c in self._candidates(keys) if c != fragment]
        if not cands:
            return
        spans, sizes = {}, {}
        for pk, first, last, size in self.conn.execute(_STORY_SIZES, {"pks": cands}):
            spans[pk], sizes[pk] = (first, last), size
        days = [inputs[pk][1] for pk in members]
        best, best_sim = None, 0.0
        for story_pk, terms, _ in sorted(self.conn.execute(_STORY_PROFILES, {"pks": sorted(spans)}),
                                          key=lambda r: r[0]):
            sim = F.fragment_similarity(vectors, days, terms, *spans[story_pk], cfg.split_date_half_life_days)
            if sim > best_sim or (sim == best_sim and best is not None and story_pk < best):
                best, best_sim = story_pk, sim
        # The story it is most like must be a large one: a fragment most like another
        # small story is not evidence that either belongs to a third.
        if best is None or best_sim < cfg.reattach_threshold or sizes[best] < cfg.reattach_min_articles:
            return
        profiles = _profiles(self.conn, members, cfg)
        raw_terms, raw_ents, first_seen, last_seen, size = self._raw_profile(best)
        days_seen = [d for d in (first_seen, last_seen) if d]
        for pk in members:  # folded in as if they had joined it now, one by one
            prof = profiles[pk][1]
            raw_terms = F.add_into(raw_terms, _unit(prof.terms), cfg.centroid_terms)
            raw_ents = F.add_into(raw_ents, _unit(prof.entities), cfg.centroid_terms)
            days_seen += [prof.day] if prof.day else []
            self.conn.execute(_MOVE_MEMBER, {"member": pk, "into": best, "sim": round(best_sim, 5)})
        self._store_profile(best, raw_terms, raw_ents, days_seen, size + len(members), seq)
        for pk in members:
            self.count_entities(best, [(name, type_) for name, type_, _ in profiles[pk][2]])
        self.conn.execute(_DROP_KEYS, {"story_pk": fragment})
        self.conn.execute(_DROP_STORY_ENTITIES, {"story_pk": fragment})
        self.conn.execute(_DROP_STORY, {"story_pk": fragment})
        self._written.pop(fragment, None)
        self.reattached.append(Reattached(fragment, best, members, best_sim))

    def assign(self, pk: int, row: sa.Row, prof: F.Profile) -> Assigned:
        cfg = self.cfg
        feats = [f"t:{t}" for t in prof.terms] + [f"e:{e}" for e in prof.entities]
        self._count_features(feats)
        dfs, n_docs = self._dfs(feats)
        a_terms = F.weighted(prof.terms, dfs, n_docs, "t:")
        a_ents = F.weighted(prof.entities, dfs, n_docs, "e:")

        best_pk: int | None = None
        best_sim = 0.0
        # A near-duplicate goes where its first copy went: copies are one report.
        if row.duplicate_of is not None:
            best_pk = self.conn.execute(_STORY_OF_ARTICLE, {"article_pk": row.duplicate_of}).scalar()
            best_sim = 1.0 if best_pk is not None else 0.0
        if best_pk is None:
            for story_pk, sim in self._scored_candidates(prof, a_terms, a_ents):
                if sim > best_sim or (sim == best_sim and best_pk is not None and story_pk < best_pk):
                    best_pk, best_sim = story_pk, sim
            if best_sim < cfg.threshold:
                best_pk = None
        opened = best_pk is None
        story_pk = self._open(pk, row) if best_pk is None else best_pk
        similarity = None if opened else best_sim  # NULL: it opened the story
        self.conn.execute(_ADD_MEMBER, {"article_pk": pk, "story_pk": story_pk, "similarity": similarity})
        self._join(story_pk, pk, prof)
        return Assigned(pk, story_pk, opened, similarity)

    def _lookup_keys(self, a_terms: dict[str, float], a_ents: dict[str, float]) -> list[str]:
        top_terms = sorted(a_terms.items(), key=lambda kv: (-kv[1], kv[0]))[:self.cfg.lookup_terms]
        top_ents = sorted(a_ents.items(), key=lambda kv: (-kv[1], kv[0]))[:self.cfg.lookup_entities]
        return [f"t:{k}" for k, _ in top_terms] + [f"e:{k}" for k, _ in top_ents]

    def _candidates(self, keys: list[str]) -> list[int]:
        """Story pks found under these keys: per key the most recently active ones only."""
        if not keys:
            return []
        params: dict[str, object] = {f"k{i}": k for i, k in enumerate(keys)}
        params["per_key"] = self.cfg.stories_per_key
        hits = list(self.conn.execute(_candidates_sql(len(keys)), params).all())
        # Most shared keys first; a bounded number are scored.
        hits.sort(key=lambda r: (-r.n, r.story_pk))
        return [r.story_pk for r in hits[:self.cfg.stories_per_key]]

    def _scored_candidates(self, prof: F.Profile, a_terms, a_ents) -> list[tuple[int, float]]:
        cands = self._candidates(self._lookup_keys(a_terms, a_ents))
        if not cands:
            return []
        decays = {}
        for story_pk, first, last in self.conn.execute(_STORY_SPANS, {"pks": cands}):
            decay = F.time_factor(prof.day, first, last, self.cfg)
            if decay > 0:
                decays[story_pk] = decay
        if not decays:
            return []
        out = []
        for story_pk, terms, ents in self.conn.execute(_STORY_PROFILES, {"pks": sorted(decays)}):
            out.append((story_pk, F.similarity(a_terms, a_ents, terms, ents, self.cfg) * decays[story_pk]))
        return out

    def _open(self, pk: int, row: sa.Row) -> int:
        story_id = self._new_id(row.key)
        inserted = self.conn.execute(_OPEN, {
            "id": story_id, "seed_pk": pk, "updated_seq": pk,
            "profile": {"raw_terms": {}, "raw_entities": {}, "terms": {}, "entities": {}}}).inserted_primary_key
        assert inserted is not None
        self._written[int(inserted[0])] = ({}, {}, None, None, 0)
        return int(inserted[0])

    def _new_id(self, key: str) -> str:
        for n in range(12, 33, 4):
            story_id = f"st-{key[:n]}"
            if self.conn.execute(_ID_TAKEN, {"story_id": story_id}).first() is None:
                return story_id
        raise RuntimeError(f"no free story id for article key {key}")

    def _raw_profile(self, story_pk: int) -> tuple[dict, dict, str | None, str | None, int]:
        """The story's summed term and entity vectors, first and last day and size: as
        this process last wrote them, else as stored."""
        if story_pk in self._written:
            return self._written[story_pk]
        story = self.conn.execute(_STORY_PROFILE, {"story_pk": story_pk}).one()
        return (story.profile["raw_terms"], story.profile["raw_entities"], story.first_seen, story.last_seen,
                story.articles)

    def _join(self, story_pk: int, pk: int, prof: F.Profile) -> None:
        """Fold the article into the story: centroid, dates, keys, entities."""
        cfg = self.cfg
        old_terms, old_ents, first_seen, last_seen, size = self._raw_profile(story_pk)
        raw_terms = F.add_into(old_terms, _unit(prof.terms), cfg.centroid_terms)
        raw_ents = F.add_into(old_ents, _unit(prof.entities), cfg.centroid_terms)
        days = [d for d in (first_seen, last_seen, prof.day) if d]
        self._store_profile(story_pk, raw_terms, raw_ents, days, size + 1, pk)

    def _refold(self, story_pk: int, profs: list[F.Profile], seq: int) -> None:
        """The story's profile again from these members (joining order), as if they had
        joined it one by one: the same sums, cut at the same points."""
        raw_terms: dict[str, float] = {}
        raw_ents: dict[str, float] = {}
        for prof in profs:
            raw_terms = F.add_into(raw_terms, _unit(prof.terms), self.cfg.centroid_terms)
            raw_ents = F.add_into(raw_ents, _unit(prof.entities), self.cfg.centroid_terms)
        self._store_profile(story_pk, raw_terms, raw_ents, [p.day for p in profs if p.day], len(profs), seq)

    def _store_profile(self, story_pk: int, raw_terms: dict[str, float], raw_ents: dict[str, float],
                       days: list[str], n_articles: int, seq: int) -> None:
        cfg = self.cfg
        dfs, n_docs = self._dfs([f"t:{t}" for t in raw_terms] + [f"e:{e}" for e in raw_ents])
        terms_w = F.weighted(raw_terms, dfs, n_docs, "t:")
        ents_w = F.weighted(raw_ents, dfs, n_docs, "e:")
        opened_empty = self._written.get(story_pk, (None,) * 5)[4] == 0  # just opened: no keys yet
        stored_terms, stored_ents = _rounded(raw_terms), _rounded(raw_ents)
        first_seen, last_seen = (min(days), max(days)) if days else (None, None)
        self.conn.execute(_UPDATE_PROFILE, {
            "story_pk": story_pk, "profile": {"raw_terms": stored_terms, "raw_entities": stored_ents,
                                              "terms": _rounded(terms_w), "entities": _rounded(ents_w)},
            "first_seen": first_seen, "last_seen": last_seen, "n_articles": n_articles, "seq": seq})
        self._written[story_pk] = (stored_terms, stored_ents, first_seen, last_seen, n_articles)
        keys = ([f"t:{k}" for k, _ in sorted(terms_w.items(), key=lambda kv: (-kv[1], kv[0]))[:cfg.story_terms]]
                + [f"e:{k}" for k, _ in sorted(ents_w.items(), key=lambda kv: (-kv[1], kv[0]))[:cfg.story_entities]])
        if not opened_empty:
            self.conn.execute(_DROP_KEYS, {"story_pk": story_pk})
        if keys:
            self.conn.exec_driver_sql(driver_sql(self.conn, _INSERT_KEYS), [(k, story_pk, seq) for k in keys])

    def count_entities(self, story_pk: int, names: Iterable[tuple[str, str]]) -> None:
        rows: dict[str, dict[str, Any]] = {}
        for name, type_ in names:
            rows.setdefault(F.entity_key(name), {"story_pk": story_pk, "key": F.entity_key(name), "name": name,
                                                 "type": type_, "articles": 1})
        if not rows:
            return
        self.conn.execute(_count_entities_sql(self.conn.dialect.name), list(rows.values()))


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {k: v / norm for k, v in vector.items()}


def _rounded(vector: dict[str, float]) -> dict[str, float]:
    # Stored JSON stays compact; 5 decimals change no comparison that matters.
    return {k: round(v, 5) for k, v in vector.items()}
