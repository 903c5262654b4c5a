"""Sync bookkeeping tables (both sides) and the per-station unique indexes a township needs.

These tables are not syncable themselves. ``sync_peer`` holds the township a village enrolled
with, or the villages a township accepted; ``sync_package_log`` every package exported (village)
or imported (township); ``sync_return`` the records a township returned for correction, and at a
village the to-do list received with a receipt.

A township keeps every village's rows in the same tables, so uniqueness that was station-wide
(a live member's ID number, a live branch's name) becomes per station: the indexes declared in
``tables`` are replaced here by ones on ``(station_code, …)`` with the same names.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, Table, Text, text

from villagedesk.store.households import tables as households_tables
from villagedesk.store.in_service import tables as in_service_tables
from villagedesk.store.tables import metadata, sync_peer

# The tables whose live-unique indexes PER_STATION rewrites must be declared first: import them,
# so that this module works whichever of the store's modules a process loads first.
_REWRITTEN = (households_tables, in_service_tables)

__all__ = [
    "sync_dispute_takeover",
    "sync_package_log",
    "sync_peer",
    "sync_request_reply",
    "sync_return",
]


def _text(name: str) -> Column[str]:
    return Column(name, Text, nullable=False, server_default="")


sync_package_log = Table(
    "sync_package_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("station_code", Text, nullable=False),  # the village whose package it is
    Column("seq", Integer, nullable=False),
    Column("counter_from", Integer, nullable=False),
    Column("counter_to", Integer, nullable=False),
    Column("hash", Text, nullable=False),
    Column("file_name", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("imported_at", Text, nullable=True),
    Column("confirmed_at", Text, nullable=True),
    Column("status", Text, nullable=False),  # exported/confirmed/imported/held/fork/refused
    _text("note"),
    Column("record_count", Integer, nullable=False, server_default="0"),
    _text("installation"),
    Column("line", Integer, nullable=False, server_default="0"),
    _text("previous_hash"),
    _text("links"),  # JSON [[seq, hash], ...]: the earlier packages this one names
    Column("audit_seq", Integer, nullable=False, server_default="0"),  # village: head carried
)
Index("ix_sync_package_log_station_seq", sync_package_log.c.station_code, sync_package_log.c.seq)

sync_return = Table(
    "sync_return",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("record_uuid", Text, nullable=False, index=True),
    Column("record_type", Text, nullable=False),
    Column("station_code", Text, nullable=False),  # the village the record belongs to
    _text("comment"),
    Column("created_at", Text, nullable=False),  # when the township returned it
    Column("sent_in_receipt", Text, nullable=True),  # township: when first put in a receipt
    Column("received_at", Text, nullable=True),  # village: when the receipt was imported
    Column("done_at", Text, nullable=True),  # village: marked done
    _text("summary"),  # a short label of the record (name), for the to-do list
)

# The township's replies to the requests its villages 上报 (migration 0008): one per 上报 (the
# village, the request's 编号 and when it was escalated), sent in the village's next receipts.
sync_request_reply = Table(
    "sync_request_reply",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("station_code", Text, nullable=False),  # the village whose request it is
    Column("request_number", Text, nullable=False),
    Column("escalated_at", Text, nullable=False),  # the 上报 answered (its state_since)
    _text("text"),
    _text("department"),
    _text("replied_by"),
    Column("replied_at", Text, nullable=False),  # station time, as the village's step takes it
    Column("created_at", Text, nullable=False),
    Column("sent_in_receipt", Text, nullable=True),  # when first put in a receipt
)
Index(
    "ux_sync_request_reply_request",
    sync_request_reply.c.station_code,
    sync_request_reply.c.request_number,
    sync_request_reply.c.escalated_at,
    unique=True,
)

# Who at the township took over (包案) a village's dispute (migration 0010): one per dispute (the
# village and the dispute's 编号; a second take-over replaces the name), sent in the village's
# next receipts.
sync_dispute_takeover = Table(
    "sync_dispute_takeover",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("station_code", Text, nullable=False),  # the village whose dispute it is
    Column("dispute_number", Text, nullable=False),
    _text("owner_name"),
    Column("taken_at", Text, nullable=False),  # station time, as the village's step takes it
    Column("created_at", Text, nullable=False),
    Column("sent_in_receipt", Text, nullable=True),  # when first put in a receipt
)
Index(
    "ux_sync_dispute_takeover_dispute",
    sync_dispute_takeover.c.station_code,
    sync_dispute_takeover.c.dispute_number,
    unique=True,
)


def _per_station(table: Table, name: str, column: str) -> None:
    """Replace the station-wide live-unique index ``name`` by one on (station_code, column)."""
    for index in list(table.indexes):
        if index.name == name:
            table.indexes.discard(index)
    Index(
        name,
        table.c.station_code,
        table.c[column],
        unique=True,
        sqlite_where=text("voided_at IS NULL"),
    )


#: (table, index, column): live-unique indexes that become unique per station.
PER_STATION = (
    ("members", "ux_members_id_number_live", "id_number"),
    ("branches", "ux_branches_name_live", "name"),
    ("residents", "ux_residents_id_number_live", "id_number"),
    ("relief_categories", "ux_relief_categories_name_live", "name"),
    ("service_posts", "ux_service_posts_name_live", "name"),
)

for _table, _index, _column in PER_STATION:
    _per_station(metadata.tables[_table], _index, _column)
