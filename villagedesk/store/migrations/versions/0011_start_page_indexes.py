"""Indexes for the start page's counts: live requests and disputes by state and one column.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

INDEXES = (
    ("requests", "due_at"),
    ("requests", "reopened"),
    ("requests", "returned_at"),
    ("disputes", "warning"),
    ("disputes", "level_due"),
    ("disputes", "performance_due"),
)


def upgrade() -> None:
    for table, column in INDEXES:
        op.create_index(
            f"ix_{table}_live_state_{column}",
            table,
            ["state", column],
            sqlite_where=sa.text("voided_at IS NULL"),
        )


def downgrade() -> None:
    for table, column in INDEXES:
        op.drop_index(f"ix_{table}_live_state_{column}", table_name=table)
