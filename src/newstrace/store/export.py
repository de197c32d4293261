"""Whole-store exports: records as JSONL, tables as CSV or Parquet, the actor network
as GraphML. Each streams the store a chunk at a time, so memory stays flat.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy as sa

from newstrace.store import query
from newstrace.store.config import EXPORT_FORMATS as FORMATS
from newstrace.store.schema import articles, claims, entities, events, mentions
from newstrace.store.story_tables import EXPORT_TABLES as STORY_TABLES
from newstrace.store.story_tables import table_rows as story_table_rows

# Tables exported as CSV/Parquet, each row naming its article by id and key; then the
# stories flattened (store/story_tables.py), each row naming its story by id.
RECORD_TABLES = (articles, entities, mentions, events, claims)
TABLES = RECORD_TABLES + STORY_TABLES
# Internal columns that mean nothing outside this database.
HIDDEN = {"pk", "article_pk", "signature", "duplicate_of"}
CHUNK = 2000


def export(conn: sa.Connection, fmt: str, out: Path) -> int:
    """Write the store to ``out`` (a file for jsonl/graphml, a folder of one file per
    table for csv/parquet); returns the number of articles, or of edges for graphml."""
    if fmt == "jsonl":
        return to_jsonl(conn, out)
    if fmt == "graphml":
        return to_graphml(conn, out)
    if fmt == "stories":
        return to_stories(conn, out)
    if fmt in ("csv", "parquet"):
        out.mkdir(parents=True, exist_ok=True)
        writer = _write_csv if fmt == "csv" else _write_parquet
        for table in TABLES:
            columns, chunks = _table_rows(conn, table)
            writer(out / f"{table.name}.{fmt}", table, columns, chunks)
        return query.counts(conn)["articles"]
    raise ValueError(f"unknown export format {fmt!r}: expected one of {', '.join(FORMATS)}")


def to_jsonl(conn: sa.Connection, out: Path) -> int:
    """One line per article: its record (RECORD.md) plus key, copy_of and extractor_version."""
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for pks in query.all_article_pks(conn):
            for stored in query.load_articles(conn, pks):
                f.write(json.dumps(stored.as_dict(), ensure_ascii=False) + "\n")
                n += 1
    return n


def to_stories(conn: sa.Connection, out: Path) -> int:
    """One story per line, as docs/STORIES.md; returns the number of stories."""
    from newstrace.store.schema import stories

    n = 0
    with out.open("w", encoding="utf-8") as f:
        for (detail,) in conn.execute(sa.select(stories.c.detail).where(stories.c.detail.is_not(None))
                                      .order_by(stories.c.pk)).yield_per(CHUNK):
            f.write(json.dumps(detail, ensure_ascii=False) + "\n")
            n += 1
    return n


def actor_network(conn: sa.Connection):
    """Directed graph actor -> target: weight = events, independent = events from first
    copies, types = 'TYPE:count' pairs; nodes carry their events as actor and as target."""
    import networkx as nx

    graph = nx.DiGraph()
    for actor, target, type_, n, independent in query.actor_edges(conn):
        if not graph.has_edge(actor, target):
            graph.add_edge(actor, target, weight=0, independent=0, types="")
        edge = graph[actor][target]
        edge["weight"] += n
        edge["independent"] += independent
        edge["types"] = f"{edge['types']} {type_}:{n}".strip()
    for node in graph.nodes:
        graph.nodes[node]["as_actor"] = sum(d["weight"] for _, _, d in graph.out_edges(node, data=True))
        graph.nodes[node]["as_target"] = sum(d["weight"] for _, _, d in graph.in_edges(node, data=True))
    return graph


def to_graphml(conn: sa.Connection, out: Path) -> int:
    import networkx as nx

    graph = actor_network(conn)
    nx.write_graphml(graph, out)
    return graph.number_of_edges()


def _table_rows(conn: sa.Connection, table: sa.Table) -> tuple[list[str], Iterator[list[tuple]]]:
    if any(table is t for t in STORY_TABLES):
        return story_table_rows(conn, table)
    cols = [c for c in table.c if c.name not in HIDDEN]
    if table is articles:
        first = articles.alias("first_copy")
        select = (sa.select(*cols, first.c.id.label("copy_of"))
                  .select_from(articles.outerjoin(first, first.c.pk == articles.c.duplicate_of)))
        order = articles.c.pk
    else:
        select = (sa.select(articles.c.id.label("article"), articles.c.key.label("article_key"), *cols)
                  .select_from(table.join(articles, articles.c.pk == table.c.article_pk)))
        order = table.c.article_pk
    columns = list(select.selected_columns.keys())
    json_cols = {i for i, c in enumerate(select.selected_columns) if isinstance(c.type, sa.JSON)}

    def chunks() -> Iterator[list[tuple]]:
        for pks in query.all_article_pks(conn, CHUNK):
            rows = conn.execute(select.where(order.between(pks[0], pks[-1])).order_by(order)).all()
            yield [tuple(json.dumps(v, ensure_ascii=False) if i in json_cols else v for i, v in enumerate(r))
                   for r in rows]

    return columns, chunks()


def _write_csv(path: Path, table: sa.Table, columns: list[str], chunks: Iterator[list[tuple]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(columns)
        for rows in chunks:
            writer.writerows(rows)


def _write_parquet(path: Path, table: sa.Table, columns: list[str], chunks: Iterator[list[tuple]]) -> None:
    for _ in parquet_row_groups(path, table, columns, chunks):
        pass


def parquet_row_groups(sink, table: sa.Table, columns: list[str], chunks: Iterator[list[tuple]]) -> Iterator[None]:
    """Write ``chunks`` of rows as Parquet row groups to ``sink`` (a path or a writable
    binary file), yielding after each group so a streaming response can send it on."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    # Types from the table definition, not from the data: an all-NULL chunk must not
    # decide a column's type.
    def arrow_type(name: str) -> pa.DataType:
        col = table.c.get(name)
        if col is not None and isinstance(col.type, sa.Integer):
            return pa.int64()
        if col is not None and isinstance(col.type, sa.Float):
            return pa.float64()
        return pa.string()

    schema = pa.schema([(name, arrow_type(name)) for name in columns])
    with pq.ParquetWriter(sink, schema) as writer:
        wrote = False
        for rows in chunks:
            if rows:
                writer.write_table(pa.Table.from_pylist([dict(zip(columns, r)) for r in rows], schema=schema))
                wrote = True
                yield
        if not wrote:
            writer.write_table(schema.empty_table())
