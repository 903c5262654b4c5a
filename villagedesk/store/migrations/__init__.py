"""Alembic migrations of the station database (run programmatically by store.schema)."""
