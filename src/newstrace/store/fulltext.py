"""Full-text search, one implementation per backend, same meaning: every word of the
query must occur (stemmed: FTS5's porter tokenizer, PostgreSQL's english config).

Query text is never passed to a search syntax raw: FTS5 gets each word quoted, and
PostgreSQL gets ``plainto_tsquery``, so punctuation in a query cannot break it. Plain
SQL (see :mod:`newstrace.store.dbapi`): no SQLAlchemy import.
"""
from __future__ import annotations

import re
from typing import Any

from newstrace.store.config import load_config
from newstrace.store.dbapi import dialect_of, rows

PG_CONFIG = "english"  # the text search configuration of the migration's tsv columns
SNIPPET_WORDS = 16
HEADLINE_CHARS = 3000  # PostgreSQL: the text prefix a headline is looked for in first
_WORD = re.compile(r"\w+")


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


def fts5_query(query: str) -> str:
    """FTS5 MATCH text: every word quoted, so punctuation cannot break the syntax."""
    return " ".join(f'"{w}"' for w in words(query))


_fts5 = fts5_query  # the name store/browse.py uses


def rank_candidates() -> int:
    """How many of the newest matches a search ranks (``search_rank_candidates``)."""
    return load_config().search_rank_candidates


def search_articles(conn: Any, query: str, limit: int) -> list[tuple[int, str]]:
    """(article pk, snippet with matches in [brackets]) of the best matches, best first.

    Only the newest matches (highest pk, at most ``search_rank_candidates``, or ``limit``
    if larger) are ranked, so a word matching most of the corpus costs no more than a
    rare one; the order is exactly best-first within those. Snippets are made for the
    rows returned only.
    """
    query = bounded(query)
    query = bounded(query)
    if not words(query):
        return []
    cap = max(limit, rank_candidates())
    if dialect_of(conn) == "postgresql":
        # The tsquery is written out (not a CTE) so the planner sees a constant and can
        # estimate how many rows match: newest-first pk index walk for common words, GIN
        # for rare ones. ts_rank reads each candidate's tsvector, so only the capped set.
        # ts_headline parses the whole text it is given (the best-ranked articles are
        # often the longest), so it gets the first HEADLINE_CHARS when every word occurs
        # there, and the whole text only when not.
        tsq = f"plainto_tsquery('{PG_CONFIG}', ?)"
        opts = f"'StartSel=[, StopSel=], MaxWords={SNIPPET_WORDS}, MinWords={SNIPPET_WORDS // 2}, MaxFragments=1'"
        sql = f"""
            WITH candidates AS (SELECT pk, tsv FROM articles WHERE tsv @@ {tsq} ORDER BY pk DESC LIMIT ?),
            hits AS (SELECT pk, ts_rank(tsv, {tsq}) AS score FROM candidates ORDER BY score DESC, pk LIMIT ?)
            SELECT hits.pk, CASE WHEN to_tsvector('{PG_CONFIG}', left(a.text, {HEADLINE_CHARS})) @@ {tsq}
                                 THEN ts_headline('{PG_CONFIG}', left(a.text, {HEADLINE_CHARS}), {tsq}, {opts})
                                 ELSE ts_headline('{PG_CONFIG}', a.text, {tsq}, {opts}) END AS snippet
            FROM hits JOIN articles a ON a.pk = hits.pk ORDER BY hits.score DESC, hits.pk"""
        params = [query, cap, query, limit, query, query, query]
    else:
        # FTS5 walks the match list newest first and computes bm25 (rank) lazily, per row
        # read, so the inner LIMIT bounds the ranking; snippet() runs in the outer query,
        # a rowid look-up per returned row (CROSS JOIN: SQLite keeps hits as the outer loop).
        sql = f"""
            WITH candidates AS (SELECT rowid AS pk, rank FROM articles_fts
                                WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?),
            hits AS (SELECT pk, rank FROM candidates ORDER BY rank, pk LIMIT ?)
            SELECT hits.pk, snippet(articles_fts, 1, '[', ']', '…', {SNIPPET_WORDS}) AS snippet
            FROM hits CROSS JOIN articles_fts ON articles_fts.rowid = hits.pk
            WHERE articles_fts MATCH ? ORDER BY hits.rank, hits.pk"""
        fts = fts5_query(query)
        params = [fts, cap, limit, fts]
    return [(r["pk"], r["snippet"]) for r in rows(conn, sql, params)]


def claim_text_filter(dialect: str, query: str) -> tuple[str, list[Any]]:
    """Where clause on ``claims``: its content holds every word of the query."""
    query = bounded(query)
    if not words(query):
        return "1 = 0", []
    if dialect == "postgresql":
        return f"claims.tsv @@ plainto_tsquery('{PG_CONFIG}', ?)", [query]
    return "claims.pk IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)", [fts5_query(query)]
