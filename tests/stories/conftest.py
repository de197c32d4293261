"""Story fixtures: the store fixtures (SQLite, and PostgreSQL when configured) reused."""
from tests.store.conftest import db, store  # noqa: F401  (fixtures)
