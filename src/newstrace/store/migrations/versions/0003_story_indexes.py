"""Stories: an index of stories whose detail is stale (detail IS NULL), so finding them
reads that index instead of every story's row (and its detail JSON).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_stories_stale", "stories", ["pk"], sqlite_where=sa.text("detail IS NULL"),
                    postgresql_where=sa.text("detail IS NULL"))


def downgrade() -> None:
    op.drop_index("ix_stories_stale", table_name="stories")
