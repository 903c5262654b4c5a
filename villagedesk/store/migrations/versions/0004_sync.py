"""Sync bookkeeping: sync_peer, sync_package_log, sync_return; live-unique indexes per station.

Revision ID: 0004
Revises: 0003
Create Date: 2026-02-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

LIVE = sa.text("voided_at IS NULL")
# (table, index, column): live-unique indexes that become unique per station (a township keeps
# every village's rows in the same tables).
PER_STATION = (
    ("members", "ux_members_id_number_live", "id_number"),
    ("branches", "ux_branches_name_live", "name"),
    ("residents", "ux_residents_id_number_live", "id_number"),
    ("relief_categories", "ux_relief_categories_name_live", "name"),
    ("service_posts", "ux_service_posts_name_live", "name"),
)


def _text(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.Text(), server_default="", nullable=False)


def upgrade() -> None:
    op.create_table(
        "sync_peer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.Text(), nullable=False),
        sa.Column("sign_public", sa.Text(), nullable=False),
        sa.Column("box_public", sa.Text(), nullable=False),
        sa.Column("accepted_at", sa.Text(), nullable=False),
        sa.Column("last_seq", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_counter", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_package_at", sa.Text(), nullable=True),
        _text("last_package_hash"),
        sa.PrimaryKeyConstraint("id", name="pk_sync_peer"),
        sa.UniqueConstraint("code", name="uq_sync_peer_code"),
    )
    op.create_table(
        "sync_package_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("station_code", sa.Text(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("counter_from", sa.Integer(), nullable=False),
        sa.Column("counter_to", sa.Integer(), nullable=False),
        sa.Column("hash", sa.Text(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.Text(), nullable=True),
        sa.Column("confirmed_at", sa.Text(), nullable=True),
        sa.Column("status", sa.Text(), nullable=False),
        _text("note"),
        sa.Column("record_count", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sync_package_log"),
    )
    op.create_index("ix_sync_package_log_station_seq", "sync_package_log", ["station_code", "seq"])
    op.create_table(
        "sync_return",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_uuid", sa.Text(), nullable=False),
        sa.Column("record_type", sa.Text(), nullable=False),
        sa.Column("station_code", sa.Text(), nullable=False),
        _text("comment"),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("sent_in_receipt", sa.Text(), nullable=True),
        sa.Column("received_at", sa.Text(), nullable=True),
        sa.Column("done_at", sa.Text(), nullable=True),
        _text("summary"),
        sa.PrimaryKeyConstraint("id", name="pk_sync_return"),
    )
    op.create_index("ix_sync_return_record_uuid", "sync_return", ["record_uuid"])

    # A township keeps every village's rows: live uniqueness becomes per station.
    for table, index, column in PER_STATION:
        op.drop_index(index, table_name=table)
        op.create_index(index, table, ["station_code", column], unique=True, sqlite_where=LIVE)


def downgrade() -> None:
    for table, index, column in PER_STATION:
        op.drop_index(index, table_name=table)
        op.create_index(index, table, [column], unique=True, sqlite_where=LIVE)
    op.drop_table("sync_return")
    op.drop_table("sync_package_log")
    op.drop_table("sync_peer")
