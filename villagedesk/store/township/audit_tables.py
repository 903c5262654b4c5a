"""The villages' audit logs as the township received them (migration 0013).

``sync_audit_entries`` holds every entry a village's packages carried that continued the head the
township had verified (one row per village, epoch and entry number), ``sync_audit_changes`` the
change lines of its write entries, ``sync_audit_head`` the last head verified per village. At a
village, ``sync_package_log.audit_seq`` is the audit head a package carried (the next package
carries the entries after the newest confirmed one's).
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, PrimaryKeyConstraint, Table, Text

from villagedesk.store.tables import metadata

__all__ = ["sync_audit_changes", "sync_audit_entries", "sync_audit_head"]


def _text(name: str) -> Column[str]:
    return Column(name, Text, nullable=False, server_default="")


sync_audit_entries = Table(
    "sync_audit_entries",
    metadata,
    Column("station_code", Text, nullable=False),  # the village whose log it is
    Column("epoch", Integer, nullable=False),  # the village's epoch (a new key starts anew)
    Column("seq", Integer, nullable=False),
    *(
        _text(name)
        for name in (
            "at",
            "actor",
            "role",
            "device",
            "kind",
            "service",
            "record_type",
            "record_uuid",
            "fields",
            "note",
            "prev_hash",
            "hash",
            "digest",
        )
    ),
    Column("changes", Integer, nullable=False, server_default="0"),
    _text("package_hash"),  # the package that brought it
    PrimaryKeyConstraint("station_code", "epoch", "seq"),
)

sync_audit_changes = Table(
    "sync_audit_changes",
    metadata,
    Column("station_code", Text, nullable=False),
    Column("epoch", Integer, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("position", Integer, nullable=False),
    Column("record_type", Text, nullable=False),
    Column("record_uuid", Text, nullable=False),
    Column("change", Text, nullable=False),
    PrimaryKeyConstraint("station_code", "epoch", "seq", "position"),
)
Index(
    "ix_sync_audit_changes_type",
    sync_audit_changes.c.station_code,
    sync_audit_changes.c.record_type,
)

sync_audit_head = Table(
    "sync_audit_head",
    metadata,
    Column("station_code", Text, primary_key=True),
    Column("epoch", Integer, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("hash", Text, nullable=False),
    Column("checked_at", Text, nullable=False),
)
