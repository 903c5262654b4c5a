"""Initial schema: station, meta, branches, members, member_events.

Revision ID: 0001
Revises:
Create Date: 2026-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _syncable() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Text(), nullable=False),
        sa.Column("station_code", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("voided_at", sa.Text(), nullable=True),
        sa.Column("void_reason", sa.Text(), server_default="", nullable=False),
    ]


def _text(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.Text(), server_default="", nullable=False)


def upgrade() -> None:
    op.create_table(
        "station",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("level", sa.Text(), nullable=False),
        _text("contact_name"),
        _text("contact_phone"),
        _text("address"),
        sa.CheckConstraint("id = 1", name="ck_station_single_row"),
        sa.PrimaryKeyConstraint("id", name="pk_station"),
    )
    op.create_table(
        "meta",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_meta"),
    )
    op.create_table(
        "branches",
        *_syncable(),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        _text("grid"),
        _text("secretary"),
        _text("note"),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["branches.id"], name="fk_branches_parent_id_branches"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_branches"),
        sa.UniqueConstraint("uuid", name="uq_branches_uuid"),
    )
    op.create_index("ix_branches_version", "branches", ["version"])
    op.create_index(
        "ux_branches_name_live",
        "branches",
        ["name"],
        unique=True,
        sqlite_where=sa.text("voided_at IS NULL"),
    )
    op.create_table(
        "members",
        *_syncable(),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_initials", sa.Text(), nullable=False),
        sa.Column("name_pinyin", sa.Text(), nullable=False),
        sa.Column("id_number", sa.Text(), nullable=False),
        sa.Column("sex", sa.Text(), nullable=False),
        sa.Column("birth_date", sa.Text(), nullable=False),
        _text("ethnicity"),
        sa.Column("education", sa.Text(), nullable=True),
        _text("phone"),
        sa.Column("joined_on", sa.Text(), nullable=True),
        sa.Column("full_member_on", sa.Text(), nullable=True),
        sa.Column("standing", sa.Text(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=True),
        _text("work_unit"),
        _text("address"),
        sa.Column("categories", sa.Integer(), server_default="0", nullable=False),
        sa.Column("roll_status", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["branch_id"], ["branches.id"], name="fk_members_branch_id_branches"),
        sa.PrimaryKeyConstraint("id", name="pk_members"),
        sa.UniqueConstraint("uuid", name="uq_members_uuid"),
    )
    for column in ("version", "id_number", "branch_id"):
        op.create_index(f"ix_members_{column}", "members", [column])
    op.create_index(
        "ix_members_register",
        "members",
        ["roll_status", "voided_at", "name_pinyin", "name", "id", "name_initials", "id_number",
         "phone"],
    )
    op.create_index(
        "ux_members_id_number_live",
        "members",
        ["id_number"],
        unique=True,
        sqlite_where=sa.text("voided_at IS NULL"),
    )
    op.create_table(
        "member_events",
        *_syncable(),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("change", sa.Text(), nullable=False),
        sa.Column("effective_on", sa.Text(), nullable=False),
        _text("reason"),
        sa.Column("recorded_at", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name="fk_member_events_member_id_members"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_member_events"),
        sa.UniqueConstraint("uuid", name="uq_member_events_uuid"),
    )
    op.create_index("ix_member_events_member_id", "member_events", ["member_id"])
    op.create_index("ix_member_events_version", "member_events", ["version"])


def downgrade() -> None:
    op.drop_table("member_events")
    op.drop_table("members")
    op.drop_table("branches")
    op.drop_table("meta")
    op.drop_table("station")
