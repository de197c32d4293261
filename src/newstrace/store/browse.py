"""Reading the store for people browsing it (REST API, web pages): articles by words
and filters with their event and claim counts, and one entity's profile and activity.

Like ``store.query``, each function takes a connection and returns plain rows, so the
Python API, the REST API and the web pages give the same answers.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence

import sqlalchemy as sa

from newstrace.store import fulltext
from newstrace.store.schema import articles, claims, entities, entity_counts, events, stories, story_articles

first = articles.alias("first_copy")
# How many stored copies of an entity are read for its aliases and roles: enough to
# name them all in practice, bounded so a very common entity costs no more than a rare one.
PROFILE_ROWS = 500
# Newest articles holding the name's words that are searched for those copies first.
PROFILE_CANDIDATES = 2000
SUMMARY_CHARS = 240


def _counts() -> list[sa.ColumnElement]:
    return [
        sa.select(sa.func.count()).where(events.c.article_pk == articles.c.pk).scalar_subquery().label("events"),
        sa.select(sa.func.count()).where(claims.c.article_pk == articles.c.pk).scalar_subquery().label("claims"),
    ]


def _columns() -> list[sa.ColumnElement]:
    return [articles.c.pk, articles.c.id.label("article"), articles.c.key, articles.c.day, articles.c.source,
            articles.c.title, first.c.id.label("copy_of"), *_counts()]


def _text_match(conn: sa.Connection, query: str) -> sa.ColumnElement[bool]:
    """Where clause on ``articles``: title or text hold every word of the query (stemmed),
    the same meaning as ``fulltext.search_articles``."""
    if not fulltext.words(query):
        return sa.false()
    if conn.dialect.name == "postgresql":
        return sa.literal_column("articles.tsv").op("@@")(sa.func.plainto_tsquery(fulltext.PG_CONFIG, query))
    return articles.c.pk.in_(sa.text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :article_query")
                             .bindparams(article_query=fulltext._fts5(query)))


def list_articles(conn: sa.Connection, *, limit: int, offset: int = 0, q: str | None = None,
                  source: str | None = None, since: str | None = None, until: str | None = None,
                  entity: str | None = None) -> list[dict]:
    """Articles with their key, day, source, title, copy link and counts of events and claims.

    Words alone (``q``) give the ranked search of ``newstrace search``, best match first,
    with a snippet. With any filter (source exactly, since/until inclusive on the
    article's day, an entity's canonical name in any case) every match is listed newest
    first, with the start of its summary as the snippet.
    """
    joined = articles.outerjoin(first, first.c.pk == articles.c.duplicate_of)
    if q and not (source or since or until or entity):
        hits = fulltext.search_articles(conn, q, limit + offset)[offset:]
        if not hits:
            return []
        rows = {r["pk"]: r for r in _dicts(conn, sa.select(*_columns()).select_from(joined)
                                           .where(articles.c.pk.in_([pk for pk, _ in hits])))}
        return [{**_public(rows[pk]), "snippet": snippet} for pk, snippet in hits]
    select = sa.select(*_columns(), sa.func.substr(articles.c.summary, 1, SUMMARY_CHARS).label("snippet")) \
        .select_from(joined)
    if q:
        select = select.where(_text_match(conn, q))
    if source:
        select = select.where(articles.c.source == source)
    if since:
        select = select.where(articles.c.day >= since)
    if until:
        select = select.where(articles.c.day <= until)
    if entity:
        select = select.where(sa.exists().where(entities.c.article_pk == articles.c.pk,
                                                sa.func.lower(entities.c.name) == entity.lower()))
    select = select.order_by(articles.c.day.desc().nulls_last(), articles.c.pk.desc()).limit(limit).offset(offset)
    return [_public(r) for r in _dicts(conn, select)]


def entity_profile(conn: sa.Connection, name: str, type: str | None = None) -> dict | None:  # noqa: A002
    """Who an entity is (canonical name any case; the most reported type unless ``type``)
    and what it did: aliases and roles with how often the store gives them, its country,
    article counts, and its events (as actor or target) and claims (as speaker) by week."""
    select = sa.select(entity_counts).where(sa.func.lower(entity_counts.c.name) == name.lower())
    if type:
        select = select.where(entity_counts.c.type == type.upper())
    row = conn.execute(select.order_by(entity_counts.c.articles.desc()).limit(1)).first()
    if row is None:
        return None
    aliases: Counter[str] = Counter()
    roles: Counter[tuple[str, str | None]] = Counter()
    for stored in _entity_rows(conn, row.name, row.type):
        aliases.update(a for a in stored.aliases if a != row.name)
        roles.update((r["title"], r.get("of")) for r in stored.roles)
    lowered = row.name.lower()
    by_week: dict[str, Counter[str]] = defaultdict(Counter)
    undated = 0
    for day, type_, n in conn.execute(
            sa.select(events.c.day, events.c.type, sa.func.count())
            .where(sa.or_(sa.func.lower(events.c.actor) == lowered, sa.func.lower(events.c.target) == lowered))
            .group_by(events.c.day, events.c.type)):
        week = week_of(day)
        if week is None:
            undated += n
        else:
            by_week[week][type_] += n
    claims_by_week: Counter[str] = Counter()
    for day, n in conn.execute(sa.select(claims.c.day, sa.func.count())
                               .where(sa.func.lower(claims.c.speaker) == lowered).group_by(claims.c.day)):
        if (week := week_of(day)) is not None:
            claims_by_week[week] += n
    return {
        "name": row.name, "type": row.type, "country": row.country, "articles": row.articles,
        "independent": row.independent, "mentions": row.mentions,
        "aliases": [a for a, _ in aliases.most_common()],
        "roles": [{"title": t, "of": of, "count": n} for (t, of), n in roles.most_common()],
        "activity": [{"week": w, "type": t, "events": n} for w in sorted(by_week) for t, n in sorted(by_week[w].items())],
        "claims_by_week": [{"week": w, "claims": n} for w, n in sorted(claims_by_week.items())],
        "undated_events": undated,
    }


def _entity_rows(conn: sa.Connection, name: str, type_: str) -> Sequence[sa.Row]:
    """Up to PROFILE_ROWS stored copies (aliases, roles) of one canonical entity.

    Entities have no index by name, so the articles whose text holds the name's words
    (full-text index, newest first) are asked first; only a canonical name the texts
    never spell out (an alias-only entity) falls back to reading the table."""
    same = [entities.c.name == name, entities.c.type == type_]
    select = sa.select(entities.c.aliases, entities.c.roles).limit(PROFILE_ROWS)
    candidates = (sa.select(articles.c.pk).where(_text_match(conn, name))
                  .order_by(articles.c.pk.desc()).limit(PROFILE_CANDIDATES))
    rows = conn.execute(select.where(*same, entities.c.article_pk.in_(candidates.scalar_subquery()))).all()
    return rows or conn.execute(select.where(*same)).all()


def article_story(conn: sa.Connection, key: str) -> dict | None:
    """The story (id, title, articles, independent sources) an article is in, if any."""
    row = conn.execute(sa.select(stories.c.id, stories.c.title, stories.c.articles, stories.c.independent_sources)
                       .select_from(story_articles.join(stories, stories.c.pk == story_articles.c.story_pk)
                                    .join(articles, articles.c.pk == story_articles.c.article_pk))
                       .where(articles.c.key == key)).first()
    return dict(row._mapping) if row else None


def week_of(day: str | None) -> str | None:
    """The Monday (YYYY-MM-DD) of the ISO week holding ``day``; None for no or a bad day."""
    try:
        date = dt.date.fromisoformat(day or "")
    except ValueError:
        return None
    return (date - dt.timedelta(days=date.weekday())).isoformat()


def _dicts(conn: sa.Connection, select: sa.Select) -> list[dict]:
    return [dict(r._mapping) for r in conn.execute(select)]


def _public(row: dict) -> dict:
    return {k: v for k, v in row.items() if k != "pk"}
