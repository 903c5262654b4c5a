"""In-service members report to the community: expected list, registrations, service posts and
claims, pledges, service records, assessments.

Revision ID: 0002
Revises: 0001
Create Date: 2026-02-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

LIVE = sa.text("voided_at IS NULL")


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


def _member(table: str) -> list[object]:
    return [
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name=f"fk_{table}_member_id_members"),
    ]


def _post(table: str) -> list[object]:
    return [
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["post_id"], ["service_posts.id"], name=f"fk_{table}_post_id_service_posts"
        ),
    ]


def _indexes(table: str, *columns: str) -> None:
    for column in ("version", *columns):
        op.create_index(f"ix_{table}_{column}", table, [column])


def _member_year_unique(table: str) -> None:
    op.create_index(
        f"ux_{table}_member_year_live",
        table,
        ["member_id", "campaign_year"],
        unique=True,
        sqlite_where=LIVE,
    )


def upgrade() -> None:
    op.create_table(
        "expected_registrations",
        *_syncable("expected_registrations"),
        *_member("expected_registrations"),
        sa.Column("campaign_year", sa.Integer(), nullable=False),
        _text("work_unit"),
        sa.Column("notified_on", sa.Text(), nullable=True),
    )
    _indexes("expected_registrations", "member_id", "campaign_year")
    _member_year_unique("expected_registrations")

    op.create_table(
        "registrations",
        *_syncable("registrations"),
        *_member("registrations"),
        sa.Column("campaign_year", sa.Integer(), nullable=False),
        sa.Column("registered_on", sa.Text(), nullable=False),
        sa.Column("card_number", sa.Text(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        _text("work_unit"),
        sa.Column("handbook_issued", sa.Integer(), server_default="0", nullable=False),
        sa.UniqueConstraint("card_number", name="uq_registrations_card_number"),
    )
    _indexes("registrations", "member_id", "campaign_year")
    _member_year_unique("registrations")

    op.create_table(
        "service_posts",
        *_syncable("service_posts"),
        sa.Column("name", sa.Text(), nullable=False),
        _text("description"),
        sa.Column("places", sa.Integer(), nullable=False),
        _text("contact_name"),
        _text("contact_phone"),
    )
    _indexes("service_posts")
    op.create_index(
        "ux_service_posts_name_live", "service_posts", ["name"], unique=True, sqlite_where=LIVE
    )

    op.create_table(
        "post_claims",
        *_syncable("post_claims"),
        *_post("post_claims"),
        *_member("post_claims"),
        sa.Column("claimed_on", sa.Text(), nullable=False),
        sa.Column("ended_on", sa.Text(), nullable=True),
    )
    _indexes("post_claims", "post_id", "member_id")

    op.create_table(
        "pledges",
        *_syncable("pledges"),
        *_member("pledges"),
        sa.Column("campaign_year", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
    )
    _indexes("pledges", "member_id", "campaign_year")

    op.create_table(
        "service_records",
        *_syncable("service_records"),
        *_member("service_records"),
        *_post("service_records"),
        sa.Column("served_on", sa.Text(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("half_hours", sa.Integer(), nullable=False),
        _text("beneficiary"),
        sa.Column("household_id", sa.Integer(), nullable=True),
    )
    _indexes("service_records", "member_id", "post_id", "served_on")

    op.create_table(
        "assessments",
        *_syncable("assessments"),
        *_member("assessments"),
        sa.Column("campaign_year", sa.Integer(), nullable=False),
        sa.Column("community_rating", sa.Text(), nullable=False),
        _text("community_comment"),
        sa.Column("unit_rating", sa.Text(), nullable=True),
        _text("unit_comment"),
    )
    _indexes("assessments", "member_id", "campaign_year")
    _member_year_unique("assessments")


def downgrade() -> None:
    for table in (
        "assessments",
        "service_records",
        "pledges",
        "post_claims",
        "service_posts",
        "registrations",
        "expected_registrations",
    ):
        op.drop_table(table)
