"""The township's take-overs (包案) of its villages' disputes (sync_dispute_takeover).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_dispute_takeover",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("station_code", sa.Text(), nullable=False),
        sa.Column("dispute_number", sa.Text(), nullable=False),
        sa.Column("owner_name", sa.Text(), server_default="", nullable=False),
        sa.Column("taken_at", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("sent_in_receipt", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sync_dispute_takeover"),
    )
    op.create_index(
        "ux_sync_dispute_takeover_dispute",
        "sync_dispute_takeover",
        ["station_code", "dispute_number"],
        unique=True,
    )


def downgrade() -> None:
    op.drop_table("sync_dispute_takeover")
