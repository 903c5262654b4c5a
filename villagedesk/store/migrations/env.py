"""Alembic environment: runs on the connection store.schema hands over (no alembic.ini)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from villagedesk.store.all_tables import metadata

config = context.config
connection = config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("VillageDesk migrations run through villagedesk.store.schema.migrate()")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
