"""Accounts and the audit log (操作日志), append-only.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

APPEND_ONLY = (
    "CREATE TRIGGER {table}_no_{op} BEFORE {OP} ON {table} "
    "BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
)


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("locked_until", sa.Text(), nullable=True),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("disabled", sa.Integer(), server_default="0", nullable=False),
        sa.Column("recovery_hash", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_accounts"),
        sa.UniqueConstraint("uuid", name="uq_accounts_uuid"),
        sa.UniqueConstraint("name", name="uq_accounts_name"),
    )
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        *(
            sa.Column(name, sa.Text(), nullable=False)
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
            )
        ),
        sa.Column("changes", sa.Integer(), server_default="0", nullable=False),
        sa.Column("digest", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_audit_log"),
    )
    for column in ("at", "actor", "record_uuid"):
        op.create_index(f"ix_audit_log_{column}", "audit_log", [column])
    op.create_table(
        "audit_changes",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.Text(), nullable=False),
        sa.Column("record_uuid", sa.Text(), nullable=False),
        sa.Column("change", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq", "position", name="pk_audit_changes"),
    )
    op.create_index("ix_audit_changes_record_uuid", "audit_changes", ["record_uuid"])
    for table in ("audit_log", "audit_changes"):
        for name in ("update", "delete"):
            op.execute(APPEND_ONLY.format(table=table, op=name, OP=name.upper()))


def downgrade() -> None:
    op.drop_table("audit_changes")
    op.drop_table("audit_log")
    op.drop_table("accounts")
