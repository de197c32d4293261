"""Migrations: a new database is created at the newest schema, matching the metadata
queries are written against; opening it again changes nothing."""
from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.config import Config
from alembic.script import ScriptDirectory

from newstrace.store import Store
from newstrace.store.schema import metadata

# Objects only one backend has, made by the migrations on purpose (full-text index).
DIALECT_ONLY = {"articles_fts", "claims_fts", "tsv", "ix_articles_tsv", "ix_claims_tsv"}


def _head() -> str:
    cfg = Config()
    cfg.set_main_option("script_location", "newstrace.store:migrations")
    return ScriptDirectory.from_config(cfg).get_current_head()


def test_store_migrates_new_database_to_head(store):
    with store.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == _head()


@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_store_schema_matches_metadata(store):
    def include(obj, name, type_, reflected, compare_to):
        return not (name or "").startswith(tuple(DIALECT_ONLY))

    with store.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": include, "compare_type": False})
        diff = [d for d in compare_metadata(ctx, metadata)
                # expression indexes are not reflected alike by every backend
                if not (d[0] in ("add_index", "remove_index") and d[1].name.startswith(("ix_events_", "ix_claims_")))]
    assert diff == []


def test_store_reopen_keeps_data(db, store):
    from tests.store.conftest import missile_record

    store.write([missile_record()], version="0.1.0")
    store.close()
    with Store(db) as again:
        assert again.counts()["articles"] == 1


def test_store_sqlite_settings(tmp_path):
    with Store(tmp_path / "s.sqlite") as s, s.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        names = set(sa.inspect(conn).get_table_names())
    assert {"articles", "articles_fts", "claims_fts", "entities", "mentions", "events", "claims"} <= names
