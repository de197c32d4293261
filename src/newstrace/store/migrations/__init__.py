"""Alembic migrations of the store, run programmatically by ``store.migrate``."""
