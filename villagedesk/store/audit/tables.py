"""The ``audit_log`` table: one row per entry (and ``audit_changes``: one row per record a
write entry's transaction changed, core/audit/changes.py), numbered by ``seq``, each carrying the hash of
the one before (core/audit/chain.py). Append-only: migration 0012 adds triggers that refuse an
UPDATE or DELETE (on both tables), so no code path of the program can rewrite it; an edit made around them (a
hand-edited database) breaks the chain, which ``audit verify`` reports."""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, PrimaryKeyConstraint, Table, Text

from villagedesk.store.tables import metadata

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", Text, nullable=False),
    Column("actor", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("device", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("service", Text, nullable=False),
    Column("record_type", Text, nullable=False),
    Column("record_uuid", Text, nullable=False),
    Column("fields", Text, nullable=False),
    Column("note", Text, nullable=False),
    Column("prev_hash", Text, nullable=False),
    Column("hash", Text, nullable=False),
    Column("changes", Integer, nullable=False, server_default="0"),
    Column("digest", Text, nullable=False, server_default=""),
)
Index("ix_audit_log_at", audit_log.c.at)
Index("ix_audit_log_actor", audit_log.c.actor)
Index("ix_audit_log_record_uuid", audit_log.c.record_uuid)

audit_changes = Table(
    "audit_changes",
    metadata,
    Column("seq", Integer, nullable=False),
    Column("position", Integer, nullable=False),
    Column("record_type", Text, nullable=False),
    Column("record_uuid", Text, nullable=False),
    Column("change", Text, nullable=False),
    PrimaryKeyConstraint("seq", "position"),
)
Index("ix_audit_changes_record_uuid", audit_changes.c.record_uuid)
