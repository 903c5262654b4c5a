"""The holiday years the station added to the bundled ones (migration 0007).

Not a syncable record: a year travels from the township in its signed receipt, and every
station keeps what it was given."""

from __future__ import annotations

from sqlalchemy import Column, Integer, Table, Text

from villagedesk.store.tables import metadata

calendar_years = Table(
    "calendar_years",
    metadata,
    Column("year", Integer, primary_key=True),
    Column("document", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("added_at", Text, nullable=False),
)
