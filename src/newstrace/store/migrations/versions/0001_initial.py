"""Initial store: articles, entities, mentions, events, claims, dedup buckets, entity
counts, and the full-text index (FTS5 on SQLite, tsvector/GIN on PostgreSQL).

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

CASCADE: dict[str, Any] = {"ondelete": "CASCADE"}


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(32), nullable=False, unique=True),
        sa.Column("id", sa.Text, nullable=False, index=True),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("published", sa.Text),
        sa.Column("day", sa.String(10), index=True),
        sa.Column("language", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("duplicate_of", sa.Integer, sa.ForeignKey("articles.pk"), index=True),
        sa.Column("similarity", sa.Float),
        sa.Column("signature", sa.LargeBinary),
        sa.Column("extractor_version", sa.Text, nullable=False),
        sa.Column("stored_at", sa.Text, nullable=False),
    )
    op.create_table(
        "article_bands",
        sa.Column("bucket", sa.BigInteger, primary_key=True),
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", **CASCADE), primary_key=True),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "entities",
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", **CASCADE), primary_key=True),
        sa.Column("eid", sa.Text, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("country", sa.Text),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("roles", sa.JSON, nullable=False),
    )
    op.create_table(
        "mentions",
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", **CASCADE), primary_key=True),
        sa.Column("eid", sa.Text, primary_key=True),
        sa.Column("start", sa.Integer, primary_key=True),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("sentence_start", sa.Integer, nullable=False),
        sa.Column("sentence_end", sa.Integer, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", **CASCADE), primary_key=True),
        sa.Column("eid", sa.Text, primary_key=True),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("mode", sa.Text),
        sa.Column("actor", sa.Text),
        sa.Column("target", sa.Text),
        sa.Column("trigger", sa.Text, nullable=False),
        sa.Column("trigger_start", sa.Integer),
        sa.Column("trigger_end", sa.Integer),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("sentence_start", sa.Integer, nullable=False),
        sa.Column("sentence_end", sa.Integer, nullable=False),
        sa.Column("date", sa.Text),
        sa.Column("date_text", sa.Text),
        sa.Column("location", sa.Text),
        sa.Column("quantity", sa.Text),
        sa.Column("modality", sa.Text, nullable=False),
        sa.Column("attributed_to", sa.Text),
        sa.Column("day", sa.String(10)),
    )
    op.create_table(
        "claims",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", **CASCADE), nullable=False),
        sa.Column("cid", sa.Text, nullable=False),
        sa.Column("speaker", sa.Text),
        sa.Column("speaker_type", sa.Text, nullable=False),
        sa.Column("speaker_affiliation", sa.Text),
        sa.Column("cue", sa.Text, nullable=False),
        sa.Column("quote_type", sa.Text, nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("content_start", sa.Integer, nullable=False),
        sa.Column("content_end", sa.Integer, nullable=False),
        sa.Column("certainty", sa.Text, nullable=False),
        sa.Column("sentence_start", sa.Integer, nullable=False),
        sa.Column("sentence_end", sa.Integer, nullable=False),
        sa.Column("day", sa.String(10)),
        sa.UniqueConstraint("article_pk", "cid", name="uq_claims_article_cid"),
    )
    op.create_table(
        "entity_counts",
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("type", sa.Text, primary_key=True),
        sa.Column("country", sa.Text),
        sa.Column("articles", sa.Integer, nullable=False),
        sa.Column("independent", sa.Integer, nullable=False),
        sa.Column("mentions", sa.Integer, nullable=False),
    )
    lower = sa.func.lower
    # Listings run newest first with undated rows last. SQLite sorts NULL lowest, so a
    # plain index read backwards gives that order; PostgreSQL sorts NULL highest and
    # needs the order spelt out in the index to use it for ORDER BY ... LIMIT.
    postgres = op.get_bind().dialect.name == "postgresql"
    day = sa.text("day DESC NULLS LAST") if postgres else "day"
    op.create_index("ix_events_actor_day", "events", [lower(sa.column("actor")), day])
    op.create_index("ix_events_target_day", "events", [lower(sa.column("target")), day])
    op.create_index("ix_events_type_day", "events", ["type", day])
    op.create_index("ix_events_modality_day", "events", ["modality", day])
    op.create_index("ix_events_day", "events", [day])
    op.create_index("ix_claims_article", "claims", ["article_pk"])
    op.create_index("ix_claims_speaker_day", "claims", [lower(sa.column("speaker")), day])
    op.create_index("ix_claims_certainty_day", "claims", ["certainty", day])
    op.create_index("ix_claims_day", "claims", [day])
    op.create_index("ix_entity_counts_articles", "entity_counts", ["articles"])

    if postgres:
        _postgres_fulltext()
    else:
        _sqlite_fulltext()


def _sqlite_fulltext() -> None:
    # External-content FTS5 tables: the index only, the text stays in articles/claims;
    # triggers keep them in step inside the writing transaction.
    for table, fts, cols in (("articles", "articles_fts", ("title", "text")), ("claims", "claims_fts", ("content",))):
        col_list = ", ".join(cols)
        new = ", ".join(f"new.{c}" for c in cols)
        old = ", ".join(f"old.{c}" for c in cols)
        op.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5({col_list}, content='{table}', content_rowid='pk', "
                   f"tokenize='porter unicode61')")
        op.execute(f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN "
                   f"INSERT INTO {fts}(rowid, {col_list}) VALUES (new.pk, {new}); END")
        op.execute(f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN "
                   f"INSERT INTO {fts}({fts}, rowid, {col_list}) VALUES ('delete', old.pk, {old}); END")
        op.execute(f"CREATE TRIGGER {table}_fts_update AFTER UPDATE OF {col_list} ON {table} BEGIN "
                   f"INSERT INTO {fts}({fts}, rowid, {col_list}) VALUES ('delete', old.pk, {old}); "
                   f"INSERT INTO {fts}(rowid, {col_list}) VALUES (new.pk, {new}); END")


def _postgres_fulltext() -> None:
    # Generated tsvector columns: PostgreSQL keeps them current on every write.
    op.execute("ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
               "(to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED")
    op.execute("CREATE INDEX ix_articles_tsv ON articles USING gin (tsv)")
    op.execute("ALTER TABLE claims ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
               "(to_tsvector('english', content)) STORED")
    op.execute("CREATE INDEX ix_claims_tsv ON claims USING gin (tsv)")


def downgrade() -> None:
    for name in ("articles_fts", "claims_fts"):
        op.execute(f"DROP TABLE IF EXISTS {name}")
    for table in ("entity_counts", "claims", "events", "mentions", "entities", "article_bands", "articles"):
        op.drop_table(table)
