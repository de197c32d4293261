"""The Store: one interface over SQLite (the embedded default) and PostgreSQL.

A database is named by URL (``postgresql://user@host/db``) or, for SQLite, by a file
path. Opening one creates it if needed and runs the packaged Alembic migrations up to
the newest schema, inside one transaction, so a store made by an older newstrace grows
without losing data. All work goes through the sync functions of ``store.write``,
``store.query`` and ``store.export``, each on a connection this class opens.
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event

from newstrace.record import Record
from newstrace.store import browse
from newstrace.store import export as export_
from newstrace.store import query
from newstrace.errors import StoreError
from newstrace.store.config import StoreConfig, load_config, resolve_url
from newstrace.store.identity import article_key
from newstrace.store.write import Stored, WriteError, is_contention, stored_versions, write_records

# Serialises concurrent migrations of one PostgreSQL database (an arbitrary constant).
MIGRATION_LOCK = 5_510_417
# Serialises writers of one PostgreSQL database, one transaction (one batch) at a time:
# batches of different processes update the same entity_counts rows in different orders,
# which deadlocks; extraction, the slow part, runs outside the lock.
WRITE_LOCK = 5_510_418
# Execution option marking a connection that writes (SQLite: BEGIN IMMEDIATE).
WRITER = "newstrace_writer"
# A batch that meets a lock (busy, deadlock) is rolled back and tried again, waiting
# longer each time; after the last try the writer stops with an error, never silently.
WRITE_ATTEMPTS = 8
WRITE_BACKOFF_S = 0.2
WRITE_MAX_BACKOFF_S = 5.0


def _sqlite_engine(url: str) -> sa.Engine:
    engine = sa.create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so
        # DDL, savepoints and batch commits are truly transactional.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout=30000")  # first: the pragmas below may wait for a lock
        cur.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
        cur.execute("PRAGMA foreign_keys=ON")
        # With WAL, NORMAL survives a killed process; only power loss may lose the
        # last commits, never consistency.
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        # A writer takes the write lock up front (IMMEDIATE), waiting up to busy_timeout:
        # a deferred transaction that reads first and writes later cannot wait for it and
        # fails at once with "database is locked" when another process wrote meanwhile.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITER) else "BEGIN")

    return engine


def _postgres_engine(url: str, config: StoreConfig) -> sa.Engine:
    engine = sa.create_engine(url, pool_pre_ping=True)
    interval_ms = int(config.client_check_interval_s * 1000)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        # The server notices a client that went away (killed, connection lost) while its
        # query runs, and stops the query, rather than finishing work nobody will read.
        if interval_ms > 0 and dbapi_conn.info.server_version >= 140000:
            dbapi_conn.execute(f"SET client_connection_check_interval = {interval_ms}")
            dbapi_conn.commit()

    return engine


def migrate(conn: sa.Connection) -> None:
    """Upgrade the schema to the newest packaged migration (no-op when current)."""
    from alembic import command
    from alembic.config import Config

    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK})
    cfg = Config()
    cfg.set_main_option("script_location", "newstrace.store:migrations")
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")


class Store:
    """A corpus of stored records. Build one with ``Store(db)``; close it when done."""

    def __init__(self, db: str | os.PathLike | None = None, *, config: StoreConfig | None = None):
        self.url = resolve_url(db)
        self.config = config or load_config()
        scheme = self.url.split("://", 1)[0].split("+", 1)[0]
        if scheme not in ("sqlite", "postgresql"):
            raise StoreError(f"{self.name}: unsupported store {scheme!r} (newstrace stores in an SQLite file "
                             f"or a postgresql:// database)")
        try:
            if self.url.startswith("sqlite"):
                path = sa.make_url(self.url).database
                if path and not Path(path).parent.is_dir():
                    # a mistyped path should not quietly grow a tree of folders
                    raise StoreError(f"{path}: folder {Path(path).parent} does not exist")
                self.engine = _sqlite_engine(self.url)
            else:
                self.engine = _postgres_engine(self.url, self.config)
            self._migrate()
        except (sa.exc.SQLAlchemyError, ImportError, OSError) as exc:
            raise StoreError(f"{self.name}: cannot open the store ({_reason(exc)})") from None

    def _migrate(self, attempts: int = 8) -> None:
        """Bring the schema up to date. Two processes opening a new SQLite file at once
        can meet a lock that SQLite reports at once instead of waiting for (both switch
        the file to WAL), so a locked open is retried with backoff before it fails."""
        for attempt in range(attempts):
            try:
                with self._writer.begin() as conn:
                    migrate(conn)
                return
            except sa.exc.OperationalError as exc:
                if "locked" not in str(exc.orig) or attempt == attempts - 1:
                    raise
                time.sleep(0.05 * 2 ** attempt)

    @property
    def _writer(self) -> sa.Engine:
        return self.engine.execution_options(**{WRITER: True})

    @property
    def name(self) -> str:
        """The database for messages, password hidden."""
        try:
            return sa.make_url(self.url).render_as_string(hide_password=True)
        except sa.exc.ArgumentError:
            return self.url.split("@")[-1]

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def connect(self, *, time_limit: bool = True) -> Iterator[sa.Connection]:
        """A connection for reading; on PostgreSQL its statements are stopped by the
        server after ``query_timeout_s`` (for this transaction only) unless ``time_limit``
        is off, and a query that fails or is stopped raises a one-line StoreError."""
        with self.engine.connect() as conn:
            if time_limit and conn.dialect.name == "postgresql" and self.config.query_timeout_s > 0:
                conn.execute(sa.text("SELECT set_config('statement_timeout', :ms, true)"),
                             {"ms": str(int(self.config.query_timeout_s * 1000))})
            try:
                yield conn
            except sa.exc.DBAPIError as exc:
                if getattr(getattr(exc, "orig", None), "sqlstate", None) == "57014":
                    raise StoreError(f"{self.name}: query stopped after {self.config.query_timeout_s:g} s "
                                     f"(query_timeout_s in store.toml); narrow it down") from None
                raise StoreError(f"{self.name}: query failed ({_reason(exc)})") from None

    # Writing -----------------------------------------------------------------------

    def versions(self, keys: Iterable[str]) -> dict[str, str]:
        """Extractor version of each key already stored."""
        with self.connect() as conn:
            return stored_versions(conn, keys)

    def key(self, text: str, url: str | None) -> str:
        return article_key(text, url)

    def write(self, records: Iterable[Record], *, version: str) -> list[Stored | WriteError]:
        """Store records as one transaction: all of them (less any that fail alone) or none.

        Writers of other processes are waited for; a batch that still meets a lock is
        rolled back and retried with backoff, and after WRITE_ATTEMPTS a StoreError says
        which articles were not stored."""
        records = list(records)
        for attempt in range(WRITE_ATTEMPTS):
            try:
                with self._writer.begin() as conn:
                    if conn.dialect.name == "postgresql":
                        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK})
                    return write_records(conn, records, version=version, cfg=self.config.dedup)
            except sa.exc.DBAPIError as exc:
                if not is_contention(exc):
                    raise StoreError(f"{self.name}: cannot write ({_reason(exc)}); not stored: "
                                     f"{_ids(records)}") from None
                if attempt + 1 == WRITE_ATTEMPTS:
                    raise StoreError(f"{self.name}: still locked by another writer after {WRITE_ATTEMPTS} attempts "
                                     f"({_reason(exc)}); not stored: {_ids(records)}") from None
                time.sleep(min(WRITE_BACKOFF_S * 2 ** attempt, WRITE_MAX_BACKOFF_S))
        raise AssertionError("unreachable")

    # Reading -----------------------------------------------------------------------

    def _limit(self, limit: int | None) -> int:
        return max(1, min(limit or self.config.default_limit, self.config.max_limit))

    def events(self, *, limit: int | None = None, offset: int = 0, **filters: str | None) -> list[dict]:
        with self.connect() as conn:
            return query.list_events(conn, limit=self._limit(limit), offset=max(0, offset), **filters)

    def claims(self, *, limit: int | None = None, offset: int = 0, **filters: str | None) -> list[dict]:
        with self.connect() as conn:
            return query.list_claims(conn, limit=self._limit(limit), offset=max(0, offset), **filters)

    def entities(self, *, limit: int | None = None, offset: int = 0, **filters: str | None) -> list[dict]:
        with self.connect() as conn:
            return query.list_entities(conn, limit=self._limit(limit), offset=max(0, offset), **filters)

    def search(self, text: str, *, limit: int | None = None) -> list[dict]:
        with self.connect() as conn:
            return query.search(conn, text, limit=self._limit(limit))

    def show(self, ref: str) -> list[query.StoredArticle]:
        """Articles with this source id or key (prefix); empty if none."""
        with self.connect() as conn:
            return query.find_articles(conn, ref)

    def articles(self, *, limit: int | None = None, offset: int = 0, **filters: str | None) -> list[dict]:
        """Articles by words, source, days and entity named (see ``store.browse``)."""
        with self.connect() as conn:
            return browse.list_articles(conn, limit=self._limit(limit), offset=max(0, offset), **filters)

    def entity(self, name: str, type: str | None = None) -> dict | None:  # noqa: A002
        """One canonical entity's profile and weekly activity (see ``store.browse``)."""
        with self.connect() as conn:
            return browse.entity_profile(conn, name, type)

    def article_story(self, key: str) -> dict | None:
        with self.connect() as conn:
            return browse.article_story(conn, key)

    def counts(self) -> dict[str, int]:
        with self.connect() as conn:
            return query.counts(conn)

    def check(self) -> list[str]:
        with self.connect() as conn:
            return query.check(conn)

    def export(self, fmt: str, out: Path) -> int:
        with self.connect(time_limit=False) as conn:
            return export_.export(conn, fmt, Path(out))

    def actor_network(self):
        with self.connect() as conn:
            return export_.actor_network(conn)


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).strip().splitlines()[0]


def _ids(records: list[Record], shown: int = 5) -> str:
    ids = [r.id for r in records]
    return ", ".join(ids[:shown]) + (f" and {len(ids) - shown} more" if len(ids) > shown else "")
