"""The villages' audit logs at the township (sync_audit_entries, sync_audit_changes,
sync_audit_head) and the audit head each village package carried (sync_package_log.audit_seq).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_TEXTS = (
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


def upgrade() -> None:
    op.create_table(
        "sync_audit_entries",
        sa.Column("station_code", sa.Text(), nullable=False),
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        *(sa.Column(name, sa.Text(), server_default="", nullable=False) for name in _TEXTS),
        sa.Column("changes", sa.Integer(), server_default="0", nullable=False),
        sa.Column("package_hash", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("station_code", "epoch", "seq", name="pk_sync_audit_entries"),
    )
    op.create_table(
        "sync_audit_changes",
        sa.Column("station_code", sa.Text(), nullable=False),
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.Text(), nullable=False),
        sa.Column("record_uuid", sa.Text(), nullable=False),
        sa.Column("change", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint(
            "station_code", "epoch", "seq", "position", name="pk_sync_audit_changes"
        ),
    )
    op.create_index(
        "ix_sync_audit_changes_type", "sync_audit_changes", ["station_code", "record_type"]
    )
    op.create_table(
        "sync_audit_head",
        sa.Column("station_code", sa.Text(), nullable=False),
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.Text(), nullable=False),
        sa.Column("checked_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("station_code", name="pk_sync_audit_head"),
    )
    with op.batch_alter_table("sync_package_log") as batch:
        batch.add_column(sa.Column("audit_seq", sa.Integer(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("sync_package_log") as batch:
        batch.drop_column("audit_seq")
    op.drop_table("sync_audit_head")
    op.drop_table("sync_audit_changes")
    op.drop_table("sync_audit_entries")
