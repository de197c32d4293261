"""Alembic environment: always run on a connection handed in by ``store.migrate``.

newstrace never runs Alembic from an ini file; the store opens the database, passes
its connection in ``config.attributes["connection"]`` and upgrades inside the
caller's transaction, so a failed migration leaves the schema as it was.
"""
from alembic import context

from newstrace.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata,
                  # SQLite cannot ALTER most things in place: batch mode copies the table.
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
