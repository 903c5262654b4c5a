"""矛盾纠纷排查化解: disputes, their parties, the households they involve and the steps of
their histories.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

LIVE = sa.text("voided_at IS NULL")


def _syncable(table: str) -> list[sa.Column[object] | sa.Constraint]:
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


def _number(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.Integer(), server_default="0", nullable=False)


def _moment(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.Text(), nullable=True)


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}")


def _recorded() -> list[sa.Column[object]]:
    """What was recorded (core.disputes.model.DisputeValues)."""
    return [
        _text("party_names"),
        sa.Column("dispute_type", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        _text("cause"),
        sa.Column("screened_on", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.Column("risks", sa.Text(), server_default="{}", nullable=False),
        sa.Column("first_level", sa.Text(), nullable=False),
        sa.Column("first_owner_name", sa.Text(), nullable=True),
        sa.Column("first_owner_member_id", sa.Integer(), nullable=True),
        _text("place"),
        sa.Column("recorded_at", sa.Text(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
    ]


def _progress() -> list[sa.Column[object]]:
    """Where it stands (core.disputes.record.DisputeProgress)."""
    return [
        sa.Column("state", sa.Text(), nullable=False),
        _moment("state_since"),
        sa.Column("warning", sa.Text(), nullable=False),
        sa.Column("warning_reasons", sa.Text(), server_default="[]", nullable=False),
        _number("warning_manual"),
        sa.Column("mediation_level", sa.Text(), nullable=False),
        _moment("level_since"),
        _moment("level_due"),
        _moment("case_due"),
        _number("extended"),
        sa.Column("owner_name", sa.Text(), nullable=True),
        sa.Column("owner_member_id", sa.Integer(), nullable=True),
        _text("township_owner"),
        _number("sessions"),
        _number("failed_sessions"),
        _number("last_session_failed"),
        sa.Column("outcome", sa.Text(), nullable=True),
        _text("agreement_number"),
        _moment("performance_due"),
        sa.Column("performance", sa.Text(), nullable=True),
        _moment("followed_up_at"),
        sa.Column("satisfaction", sa.Text(), nullable=True),
        sa.Column("hidden_risk", sa.Integer(), nullable=True),
        _number("reopened"),
        _moment("closed_at"),
    ]


def _create_disputes() -> None:
    op.create_table(
        "disputes",
        *_syncable("disputes"),
        sa.Column("number", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        *_recorded(),
        *_progress(),
        _fk("disputes", "first_owner_member_id", "members"),
        _fk("disputes", "request_id", "requests"),
        _fk("disputes", "owner_member_id", "members"),
    )
    for column in ("version", "state", "screened_on", "warning", "level_due", "performance_due"):
        op.create_index(f"ix_disputes_{column}", "disputes", [column])
    op.create_index(
        "ux_disputes_number_live",
        "disputes",
        ["station_code", "number"],
        unique=True,
        sqlite_where=LIVE,
    )
    op.create_index("ix_disputes_year_sequence", "disputes", ["station_code", "year", "sequence"])


def _create_parties() -> None:
    op.create_table(
        "dispute_parties",
        *_syncable("dispute_parties"),
        sa.Column("dispute_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        _text("name_initials"),
        _text("name_pinyin"),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("member_id", sa.Integer(), nullable=True),
        _text("phone"),
        _text("id_number"),
        _text("address"),
        _fk("dispute_parties", "dispute_id", "disputes"),
        _fk("dispute_parties", "resident_id", "residents"),
        _fk("dispute_parties", "member_id", "members"),
    )
    for column in ("version", "dispute_id", "resident_id", "member_id"):
        op.create_index(f"ix_dispute_parties_{column}", "dispute_parties", [column])
    op.create_table(
        "dispute_households",
        *_syncable("dispute_households"),
        sa.Column("dispute_id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _fk("dispute_households", "dispute_id", "disputes"),
        _fk("dispute_households", "household_id", "households"),
    )
    for column in ("version", "dispute_id", "household_id"):
        op.create_index(f"ix_dispute_households_{column}", "dispute_households", [column])


def _create_history() -> None:
    op.create_table(
        "dispute_events",
        *_syncable("dispute_events"),
        sa.Column("dispute_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("at", sa.Text(), nullable=False),
        _text("actor"),
        sa.Column("details", sa.Text(), server_default="{}", nullable=False),
        _fk("dispute_events", "dispute_id", "disputes"),
    )
    op.create_index("ix_dispute_events_version", "dispute_events", ["version"])
    op.create_index("ix_dispute_events_dispute_id_at", "dispute_events", ["dispute_id", "at"])
    op.create_index("ix_dispute_events_action", "dispute_events", ["action"])


def upgrade() -> None:
    _create_disputes()
    _create_parties()
    _create_history()


def downgrade() -> None:
    op.drop_table("dispute_events")
    op.drop_table("dispute_households")
    op.drop_table("dispute_parties")
    op.drop_table("disputes")
