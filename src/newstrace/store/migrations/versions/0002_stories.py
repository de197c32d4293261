"""Stories: articles clustered into stories, their blocking index, entities and the
document frequencies of clustering features (docs/STORIES.md).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04
"""
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

CASCADE: dict[str, Any] = {"ondelete": "CASCADE"}


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(40), nullable=False, unique=True),
        sa.Column("seed_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="SET NULL")),
        sa.Column("title", sa.Text),
        sa.Column("first_seen", sa.String(10)),
        sa.Column("last_seen", sa.String(10)),
        sa.Column("articles", sa.Integer, nullable=False),
        sa.Column("sources", sa.Integer, nullable=False),
        sa.Column("independent_sources", sa.Integer, nullable=False),
        sa.Column("updated_seq", sa.Integer, nullable=False),
        sa.Column("profile", sa.JSON, nullable=False),
        sa.Column("detail", sa.JSON),
    )
    op.create_table(
        "story_articles",
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", **CASCADE), primary_key=True),
        sa.Column("story_pk", sa.Integer, sa.ForeignKey("stories.pk", **CASCADE), nullable=False, index=True),
        sa.Column("similarity", sa.Float),
    )
    op.create_table(
        "story_keys",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("story_pk", sa.Integer, sa.ForeignKey("stories.pk", **CASCADE), primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "story_entities",
        sa.Column("story_pk", sa.Integer, sa.ForeignKey("stories.pk", **CASCADE), primary_key=True),
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("articles", sa.Integer, nullable=False),
    )
    op.create_table(
        "story_features",
        sa.Column("feature", sa.Text, primary_key=True),
        sa.Column("df", sa.Integer, nullable=False),
    )
    op.create_index("ix_story_keys_key_seq", "story_keys", ["key", "seq"])
    op.create_index("ix_story_entities_key", "story_entities", ["key"])
    op.create_index("ix_stories_last_seen", "stories", ["last_seen"])


def downgrade() -> None:
    for table in ("story_features", "story_entities", "story_keys", "story_articles", "stories"):
        op.drop_table(table)
