"""Full-text search, one implementation per backend, same meaning: every word of the
query must occur (stemmed: FTS5's porter tokenizer, PostgreSQL's english config).

Query text is never passed to a search syntax raw: FTS5 gets each word quoted, and
PostgreSQL gets ``plainto_tsquery``, so punctuation in a query cannot break it.
"""
from __future__ import annotations

import re

import sqlalchemy as sa

from newstrace.store.config import load_config
from newstrace.store.schema import claims

_WORD = re.compile(r"\w+")
PG_CONFIG = "english"  # the text search configuration of the migration's tsv columns
SNIPPET_WORDS = 16
HEADLINE_CHARS = 3000  # PostgreSQL: the text prefix a headline is looked for in first


class QueryTooLong(ValueError):
    """A search query over the bounds of ``data/store.toml``: one line saying which."""


def words(query: str) -> list[str]:
    return _WORD.findall(query)


def bounded(query: str) -> str:
    """The query as its distinct words in order ("war war war" -> "war": the same search,
    one index scan instead of thousands); QueryTooLong past the configured bounds."""
    cfg = load_config()
    if len(query) > cfg.search_max_chars:
        raise QueryTooLong(f"search query of {len(query):,} characters is too long (at most {cfg.search_max_chars:,})")
    distinct = list(dict.fromkeys(w.lower() for w in words(query)))
    if len(distinct) > cfg.search_max_terms:
        raise QueryTooLong(f"search query has {len(distinct)} different words (at most {cfg.search_max_terms})")
    return " ".join(distinct)


def _fts5(query: str) -> str:
    return " ".join(f'"{w}"' for w in words(query))


def rank_candidates() -> int:
    """How many of the newest matches a search ranks (``search_rank_candidates``)."""
    return load_config().search_rank_candidates


def search_articles(conn: sa.Connection, query: str, limit: int) -> list[tuple[int, str]]:
    """(article pk, snippet with matches in [brackets]) of the best matches, best first.

    Only the newest matches (highest pk, at most ``rank_candidates()``, or ``limit`` if
    larger) are ranked, so a word matching most of the corpus costs no more than a rare
    one; the order is exactly best-first within those. Snippets are made for the rows
    returned only (both backends re-read the text to make them).
    """
    query = bounded(query)
    if not words(query):
        return []
    params = {"limit": limit, "cap": max(limit, rank_candidates())}
    if conn.dialect.name == "postgresql":
        # The tsquery is written out (not a CTE) so the planner sees a constant and can
        # estimate how many rows match: newest-first pk index walk for common words, GIN
        # for rare ones. ts_rank reads each candidate's tsvector, so only the capped set.
        # ts_headline parses the whole text it is given (the best-ranked articles are
        # often the longest), so it gets the first HEADLINE_CHARS when every word occurs
        # there, and the whole text only when not.
        tsq = f"plainto_tsquery('{PG_CONFIG}', :q)"
        opts = f"'StartSel=[, StopSel=], MaxWords={SNIPPET_WORDS}, MinWords={SNIPPET_WORDS // 2}, MaxFragments=1'"
        sql = sa.text(f"""
            WITH candidates AS (SELECT pk, tsv FROM articles WHERE tsv @@ {tsq} ORDER BY pk DESC LIMIT :cap),
            hits AS (SELECT pk, ts_rank(tsv, {tsq}) AS score FROM candidates ORDER BY score DESC, pk LIMIT :limit)
            SELECT hits.pk, CASE WHEN to_tsvector('{PG_CONFIG}', left(a.text, {HEADLINE_CHARS})) @@ {tsq}
                                 THEN ts_headline('{PG_CONFIG}', left(a.text, {HEADLINE_CHARS}), {tsq}, {opts})
                                 ELSE ts_headline('{PG_CONFIG}', a.text, {tsq}, {opts}) END
            FROM hits JOIN articles a ON a.pk = hits.pk ORDER BY hits.score DESC, hits.pk""")
        return [tuple(r) for r in conn.execute(sql, {"q": query, **params})]
    # FTS5 walks the match list newest first and computes bm25 (rank) lazily, per row
    # read, so the inner LIMIT bounds the ranking; snippet() runs in the outer query,
    # a rowid look-up per returned row (CROSS JOIN: SQLite keeps hits as the outer loop).
    sql = sa.text(f"""
        WITH candidates AS (SELECT rowid AS pk, rank FROM articles_fts
                            WHERE articles_fts MATCH :q ORDER BY rowid DESC LIMIT :cap),
        hits AS (SELECT pk, rank FROM candidates ORDER BY rank, pk LIMIT :limit)
        SELECT hits.pk, snippet(articles_fts, 1, '[', ']', '…', {SNIPPET_WORDS})
        FROM hits CROSS JOIN articles_fts ON articles_fts.rowid = hits.pk
        WHERE articles_fts MATCH :q ORDER BY hits.rank, hits.pk""")
    return [tuple(r) for r in conn.execute(sql, {"q": _fts5(query), **params})]


def claim_filter(conn: sa.Connection, query: str) -> sa.ColumnElement[bool]:
    """Where clause on ``claims``: its content holds every word of the query."""
    query = bounded(query)
    if not words(query):
        return sa.false()
    if conn.dialect.name == "postgresql":
        return sa.literal_column("claims.tsv").op("@@")(sa.func.plainto_tsquery(PG_CONFIG, query))
    return claims.c.pk.in_(sa.text("SELECT rowid FROM claims_fts WHERE claims_fts MATCH :claim_query")
                           .bindparams(claim_query=_fts5(query)))
