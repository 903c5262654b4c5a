"""Households, residents, relief categories and cadre links; the household a service record
(0002) was done for gets its foreign key and index here, now that households exist.

Revision ID: 0003
Revises: 0002
Create Date: 2026-02-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _syncable(table: str) -> list[object]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Text(), nullable=False),
        sa.Column("station_code", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("voided_at", sa.Text(), nullable=True),
        sa.Column("void_reason", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
        sa.UniqueConstraint("uuid", name=f"uq_{table}_uuid"),
    ]


def _text(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.Text(), server_default="", nullable=False)


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}")


def upgrade() -> None:
    op.create_table(
        "households",
        *_syncable("households"),
        sa.Column("address", sa.Text(), nullable=False),
        _text("grid"),
        _text("phone"),
        sa.Column("tags", sa.Integer(), server_default="0", nullable=False),
        sa.Column("destitute", sa.Integer(), server_default="0", nullable=False),
        _text("note"),
    )
    op.create_index("ix_households_version", "households", ["version"])

    op.create_table(
        "residents",
        *_syncable("residents"),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_initials", sa.Text(), nullable=False),
        sa.Column("name_pinyin", sa.Text(), nullable=False),
        sa.Column("id_number", sa.Text(), nullable=False),
        sa.Column("sex", sa.Text(), nullable=False),
        sa.Column("birth_date", sa.Text(), nullable=False),
        sa.Column("relation", sa.Text(), nullable=False),
        _text("phone"),
        _text("note"),
        _fk("residents", "household_id", "households"),
    )
    for column in ("version", "household_id", "id_number"):
        op.create_index(f"ix_residents_{column}", "residents", [column])
    op.create_index(
        "ix_residents_register",
        "residents",
        ["voided_at", "name_pinyin", "name", "id", "name_initials", "id_number", "phone",
         "household_id"],
    )
    op.create_index(
        "ux_residents_id_number_live",
        "residents",
        ["id_number"],
        unique=True,
        sqlite_where=sa.text("voided_at IS NULL"),
    )
    op.create_index(
        "ux_residents_head_live",
        "residents",
        ["household_id"],
        unique=True,
        sqlite_where=sa.text("relation = 'head' AND voided_at IS NULL"),
    )

    op.create_table(
        "relief_categories",
        *_syncable("relief_categories"),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired_at", sa.Text(), nullable=True),
    )
    op.create_index("ix_relief_categories_version", "relief_categories", ["version"])
    op.create_index(
        "ux_relief_categories_name_live",
        "relief_categories",
        ["name"],
        unique=True,
        sqlite_where=sa.text("voided_at IS NULL"),
    )

    op.create_table(
        "resident_relief",
        *_syncable("resident_relief"),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        _fk("resident_relief", "resident_id", "residents"),
        _fk("resident_relief", "category_id", "relief_categories"),
    )
    for column in ("version", "resident_id", "category_id"):
        op.create_index(f"ix_resident_relief_{column}", "resident_relief", [column])
    op.create_index(
        "ux_resident_relief_live",
        "resident_relief",
        ["resident_id", "category_id"],
        unique=True,
        sqlite_where=sa.text("voided_at IS NULL"),
    )

    op.create_table(
        "household_links",
        *_syncable("household_links"),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        _text("note"),
        sa.Column("started_on", sa.Text(), nullable=False),
        sa.Column("ended_on", sa.Text(), nullable=True),
        _text("end_reason"),
        _fk("household_links", "member_id", "members"),
        _fk("household_links", "household_id", "households"),
    )
    for column in ("version", "member_id", "household_id"):
        op.create_index(f"ix_household_links_{column}", "household_links", [column])

    with op.batch_alter_table("service_records") as batch:
        batch.create_foreign_key(
            "fk_service_records_household_id_households", "households", ["household_id"], ["id"]
        )
        batch.create_index("ix_service_records_household_id", ["household_id"])


def downgrade() -> None:
    with op.batch_alter_table("service_records") as batch:
        batch.drop_index("ix_service_records_household_id")
        batch.drop_constraint("fk_service_records_household_id_households", type_="foreignkey")
    op.drop_table("household_links")
    op.drop_table("resident_relief")
    op.drop_table("relief_categories")
    op.drop_table("residents")
    op.drop_table("households")
