"""Stories at scale: an index of the blocking keys by story, and the text facts of each
clustered article kept in the store.

- ``ix_story_keys_story``: replacing a story's keys when an article joins it read every
  story's keys (the key table's primary key starts with the key), a cost growing with
  the store; now it reads that story's keys.
- ``story_facts``: what a story's detail reads off each article's text alone (shingles,
  wire credit, credited outlets, figures), read once per article and kept, so
  refreshing a story no longer re-reads the text of every member.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_story_keys_story", "story_keys", ["story_pk"])
    op.create_table(
        "story_facts",
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
        sa.Column("key", sa.String(32), nullable=False),
        sa.Column("config", sa.String(16), nullable=False),
        sa.Column("shingles", sa.LargeBinary, nullable=False),
        sa.Column("facts", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("story_facts")
    op.drop_index("ix_story_keys_story", table_name="story_keys")
