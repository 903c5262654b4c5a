"""The ``accounts`` table: who may sign in. Not syncable: accounts stay at the station."""

from __future__ import annotations

from sqlalchemy import Column, Integer, Table, Text

from villagedesk.store.tables import metadata

accounts = Table(
    "accounts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uuid", Text, nullable=False, unique=True),
    Column("name", Text, nullable=False, unique=True),
    Column("role", Text, nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("failed_attempts", Integer, nullable=False, server_default="0"),
    Column("locked_until", Text, nullable=True),
    Column("created_at", Text, nullable=False),
    Column("disabled", Integer, nullable=False, server_default="0"),
    Column("recovery_hash", Text, nullable=False, server_default=""),
)
