"""Township views: a contact-card number is unique per station, not across the township.

A township keeps every village's registrations in one table, and two villages may well give out
the same card number (their short codes may match), so ``registrations.card_number`` becomes
unique per ``(station_code, card_number)``. SQLite cannot drop a table's UNIQUE constraint, so
the table is rebuilt explicitly: new table, copy, drop, rename, indexes again.

Revision ID: 0005
Revises: 0004
Create Date: 2026-02-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

LIVE = sa.text("voided_at IS NULL")
TABLE = "registrations"
COLUMNS = (
    "id, uuid, station_code, created_at, updated_at, version, voided_at, void_reason, "
    "member_id, campaign_year, registered_on, card_number, sequence, work_unit, handbook_issued"
)


def _rebuild(unique: sa.UniqueConstraint) -> None:
    """Recreate ``registrations`` (same columns, rows and indexes) with ``unique`` on cards."""
    new = f"_{TABLE}_new"
    op.create_table(
        new,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Text(), nullable=False),
        sa.Column("station_code", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("voided_at", sa.Text(), nullable=True),
        sa.Column("void_reason", sa.Text(), server_default="", nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("campaign_year", sa.Integer(), nullable=False),
        sa.Column("registered_on", sa.Text(), nullable=False),
        sa.Column("card_number", sa.Text(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("work_unit", sa.Text(), server_default="", nullable=False),
        sa.Column("handbook_issued", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=f"pk_{TABLE}"),
        sa.UniqueConstraint("uuid", name=f"uq_{TABLE}_uuid"),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=f"fk_{TABLE}_member_id_members"
        ),
        unique,
    )
    op.execute(f"INSERT INTO {new} ({COLUMNS}) SELECT {COLUMNS} FROM {TABLE}")
    op.drop_table(TABLE)
    op.rename_table(new, TABLE)
    for column in ("version", "member_id", "campaign_year"):
        op.create_index(f"ix_{TABLE}_{column}", TABLE, [column])
    op.create_index(
        f"ux_{TABLE}_member_year_live",
        TABLE,
        ["member_id", "campaign_year"],
        unique=True,
        sqlite_where=LIVE,
    )


def upgrade() -> None:
    _rebuild(
        sa.UniqueConstraint(
            "station_code", "card_number", name=f"uq_{TABLE}_station_code_card_number"
        )
    )


def downgrade() -> None:
    _rebuild(sa.UniqueConstraint("card_number", name=f"uq_{TABLE}_card_number"))
