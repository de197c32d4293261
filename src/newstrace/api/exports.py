"""Streamed exports: the whole store as JSONL records or one table as CSV or Parquet,
sent a chunk at a time while the store is read, so memory stays flat at any size."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from newstrace.store import Store
from newstrace.store import export as store_export
from newstrace.store import query

TABLES = {t.name: t for t in store_export.TABLES}
MEDIA_TYPES = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8",
               "parquet": "application/vnd.apache.parquet"}


def names() -> list[str]:
    """Every export the API serves, as its file name."""
    return ["records.jsonl"] + [f"{t}.{fmt}" for fmt in ("csv", "parquet") for t in TABLES]


def stream(store: Store, name: str) -> Iterator[bytes]:
    """Bytes of the export called ``name`` (one of :func:`names`)."""
    stem, _, fmt = name.rpartition(".")
    with store.connect() as conn:
        if name == "records.jsonl":
            for pks in query.all_article_pks(conn):
                yield "".join(json.dumps(s.as_dict(), ensure_ascii=False) + "\n"
                              for s in query.load_articles(conn, pks)).encode("utf-8")
            return
        table = TABLES[stem]
        columns, chunks = store_export._table_rows(conn, table)
        if fmt == "csv":
            yield from _csv(columns, chunks)
        else:
            yield from _parquet(table, columns, chunks)


def _csv(columns: list[str], chunks: Iterator[list[tuple]]) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for rows in chunks:
        writer.writerows(rows)
        yield buffer.getvalue().encode("utf-8")
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue().encode("utf-8")


class _Sink:
    """A write-only file for pyarrow that hands back what was written so far."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.position = 0
        self.closed = False

    def write(self, data) -> int:
        data = bytes(data)
        self.parts.append(data)
        self.position += len(data)
        return len(data)

    def tell(self) -> int:
        return self.position

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True

    def writable(self) -> bool:
        return True

    def take(self) -> bytes:
        data = b"".join(self.parts)
        self.parts.clear()
        return data


def _parquet(table, columns: list[str], chunks: Iterator[list[tuple]]) -> Iterator[bytes]:
    # The same file as `newstrace export --to parquet`, sent a row group at a time.
    sink = _Sink()
    for _ in store_export.parquet_row_groups(sink, table, columns, chunks):
        yield sink.take()
    yield sink.take()
