"""Full-text search, one implementation per backend, same meaning: every word of the
query must occur (stemmed: FTS5's porter tokenizer, PostgreSQL's english config).

Query text is never passed to a search syntax raw: FTS5 gets each word quoted, and
PostgreSQL gets ``plainto_tsquery``, so punctuation in a query cannot break it.
"""
from __future__ import annotations

import re

import sqlalchemy as sa

from newstrace.store.schema import claims

_WORD = re.compile(r"\w+")
PG_CONFIG = "english"  # the text search configuration of the migration's tsv columns
SNIPPET_WORDS = 16


def words(query: str) -> list[str]:
    return _WORD.findall(query)


def _fts5(query: str) -> str:
    return " ".join(f'"{w}"' for w in words(query))


def search_articles(conn: sa.Connection, query: str, limit: int) -> list[tuple[int, str]]:
    """(article pk, snippet with matches in [brackets]) of the best matches, best first."""
    if not words(query):
        return []
    if conn.dialect.name == "postgresql":
        # Rank first, headline after: ts_headline re-parses the text, so only the page shown.
        sql = sa.text(f"""
            WITH q AS (SELECT plainto_tsquery('{PG_CONFIG}', :q) AS q),
            hits AS (SELECT pk, ts_rank(tsv, q.q) AS score FROM articles, q
                     WHERE tsv @@ q.q ORDER BY score DESC, pk LIMIT :limit)
            SELECT hits.pk, ts_headline('{PG_CONFIG}', a.text, q.q,
                     'StartSel=[, StopSel=], MaxWords={SNIPPET_WORDS}, MinWords={SNIPPET_WORDS // 2}, MaxFragments=1')
            FROM hits JOIN articles a ON a.pk = hits.pk, q ORDER BY hits.score DESC, hits.pk""")
        return [tuple(r) for r in conn.execute(sql, {"q": query, "limit": limit})]
    sql = sa.text(f"""
        SELECT rowid, snippet(articles_fts, 1, '[', ']', '…', {SNIPPET_WORDS}) FROM articles_fts
        WHERE articles_fts MATCH :q ORDER BY rank, rowid LIMIT :limit""")
    return [tuple(r) for r in conn.execute(sql, {"q": _fts5(query), "limit": limit})]


def claim_filter(conn: sa.Connection, query: str) -> sa.ColumnElement[bool]:
    """Where clause on ``claims``: its content holds every word of the query."""
    if not words(query):
        return sa.false()
    if conn.dialect.name == "postgresql":
        return sa.literal_column("claims.tsv").op("@@")(sa.func.plainto_tsquery(PG_CONFIG, query))
    return claims.c.pk.in_(sa.text("SELECT rowid FROM claims_fts WHERE claims_fts MATCH :claim_query")
                           .bindparams(claim_query=_fts5(query)))
