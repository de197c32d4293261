"""The store's listings (events, claims, entities, search) as plain SQL over a DB-API
connection: one implementation for both backends and both ways in.

* Through a :class:`~newstrace.store.Store` (SQLAlchemy), on SQLite or PostgreSQL.
* Straight through the standard library's ``sqlite3`` (:func:`open_sqlite`), read-only,
  for the query commands: importing SQLAlchemy alone takes longer than a whole query
  command should (benchmarks/coldstart). It is used only when the file's schema is the
  newest (:data:`SCHEMA_HEAD`); otherwise the Store opens it and migrates it first.

Nothing here imports SQLAlchemy. Placeholders are written ``?`` and become ``%s`` for
PostgreSQL's driver; query text is always a parameter, never spliced into the SQL.
Listings are newest first (undated rows last) and bounded by ``limit``; every row names
its article and, for a near-duplicate, the article it copies (``copy_of``).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from newstrace.store.dbapi import Rows, dialect_of, rows
from newstrace.store.fulltext import claim_text_filter, search_articles

# The newest migration (store/migrations/versions); tests check it against alembic's head.
SCHEMA_HEAD = "0004"

_WITH_ARTICLES = """JOIN articles ON articles.pk = {t}.article_pk
    LEFT OUTER JOIN articles AS first_copy ON first_copy.pk = articles.duplicate_of"""


def list_events(conn: Any, *, limit: int, offset: int = 0, actor: str | None = None, target: str | None = None,
                type: str | None = None, since: str | None = None, until: str | None = None,  # noqa: A002
                modality: str | None = None) -> list[dict[str, Any]]:
    """Events matching every given filter: actor/target by canonical name (any case),
    type and modality exactly, since/until inclusive on the event's day."""
    where, params = [], []
    for clause, value in (("lower(events.actor) = ?", actor and actor.lower()),
                          ("lower(events.target) = ?", target and target.lower()),
                          ("events.type = ?", type and type.upper()),
                          ("events.modality = ?", modality and modality.lower()),
                          ("events.day >= ?", since), ("events.day <= ?", until)):
        if value:
            where.append(clause)
            params.append(value)
    sql = f"""SELECT events.day, events.type, events.actor, events.target, events.modality, events."trigger",
        articles.id AS article, first_copy.id AS copy_of, events.sentence_start, events.sentence_end, events.sentence
    FROM events {_WITH_ARTICLES.format(t="events")}
    {_where(where)} ORDER BY events.day DESC NULLS LAST, events.article_pk, events.eid LIMIT ? OFFSET ?"""
    return rows(conn, sql, [*params, limit, offset])


def list_claims(conn: Any, *, limit: int, offset: int = 0, speaker: str | None = None, certainty: str | None = None,
                text: str | None = None) -> list[dict[str, Any]]:
    """Claims by speaker (canonical name, any case), certainty, and words of their content."""
    where, params = [], []
    if speaker:
        where.append("lower(claims.speaker) = ?")
        params.append(speaker.lower())
    if certainty:
        where.append("claims.certainty = ?")
        params.append(certainty.lower())
    if text is not None:
        clause, values = claim_text_filter(dialect_of(conn), text)
        where.append(clause)
        params += values
    sql = f"""SELECT claims.day, claims.speaker, claims.speaker_type, claims.certainty, claims.cue,
        claims.quote_type, claims.content, articles.id AS article, first_copy.id AS copy_of, claims.content_start,
        claims.content_end, claims.sentence_start, claims.sentence_end
    FROM claims {_WITH_ARTICLES.format(t="claims")}
    {_where(where)} ORDER BY claims.day DESC NULLS LAST, claims.article_pk, claims.cid LIMIT ? OFFSET ?"""
    return rows(conn, sql, [*params, limit, offset])


def list_entities(conn: Any, *, limit: int, offset: int = 0, name: str | None = None, type: str | None = None,  # noqa: A002
                  ) -> list[dict[str, Any]]:
    """Canonical entities across the store, most widely reported first: articles naming
    them, of which independent (first copies), and mentions."""
    where, params = ["entity_counts.articles > 0"], []
    if name:
        escaped = name.lower().replace("/", "//").replace("%", "/%").replace("_", "/_")
        where.append("lower(entity_counts.name) LIKE ? ESCAPE '/'")
        params.append(f"%{escaped}%")
    if type:
        where.append("entity_counts.type = ?")
        params.append(type.upper())
    sql = f"""SELECT name, type, country, articles, independent, mentions FROM entity_counts
    {_where(where)} ORDER BY articles DESC, name, type LIMIT ? OFFSET ?"""
    return rows(conn, sql, [*params, limit, offset])


def search(conn: Any, query: str, *, limit: int) -> list[dict[str, Any]]:
    """Articles whose title or text hold every word of the query, best match first."""
    hits = search_articles(conn, query, limit)
    if not hits:
        empty = Rows()
        empty.columns = ["article", "day", "source", "title", "copy_of", "snippet"]
        return empty
    marks = ", ".join("?" for _ in hits)
    found = {r.pop("pk"): r for r in rows(conn, f"""SELECT articles.pk, articles.id AS article, articles.day,
        articles.source, articles.title, first_copy.id AS copy_of
    FROM articles LEFT OUTER JOIN articles AS first_copy ON first_copy.pk = articles.duplicate_of
    WHERE articles.pk IN ({marks})""", [pk for pk, _ in hits])}
    out = Rows({**found[pk], "snippet": snippet} for pk, snippet in hits)
    out.columns = ["article", "day", "source", "title", "copy_of", "snippet"]
    return out


def _where(clauses: list[str]) -> str:
    return "WHERE " + " AND ".join(clauses) if clauses else ""


# -- the read-only way in --------------------------------------------------------------


def open_sqlite(path: str | Path) -> sqlite3.Connection | None:
    """A read-only connection to the SQLite store at ``path`` when its schema is the
    newest; None when the file is missing, not a store, or needs a migration (the Store
    then opens it the full way)."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA busy_timeout=30000")
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        version = None
    if version is None or version[0] != SCHEMA_HEAD:
        conn.close()
        return None
    return conn
