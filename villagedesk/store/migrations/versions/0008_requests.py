"""民情诉求: requests, the steps of their histories and their attachments; the township's
replies to the requests its villages 上报 (sync_request_reply).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
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


def _flag(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.Integer(), server_default="0", nullable=False)


def _moment(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.Text(), nullable=True)


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}")


def _received() -> list[sa.Column[object]]:
    """What came in (core.requests.model.RequestValues)."""
    return [
        sa.Column("requester_kind", sa.Text(), nullable=False),
        sa.Column("requester_resident_id", sa.Integer(), nullable=True),
        sa.Column("requester_member_id", sa.Integer(), nullable=True),
        _text("requester_name"),
        _text("requester_initials"),
        _text("requester_pinyin"),
        _text("requester_phone"),
        sa.Column("household_id", sa.Integer(), nullable=True),
        _text("channel"),
        _text("ticket"),
        sa.Column("kind", sa.Text(), nullable=False),
        _text("category"),
        sa.Column("urgency", sa.Text(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        _text("place"),
        _text("received_by"),
        sa.Column("received_at", sa.Text(), nullable=False),
        _flag("essential_service"),
        _text("deadline_rule"),
    ]


def _progress() -> list[sa.Column[object]]:
    """Where it stands (core.requests.record.RequestProgress)."""
    return [
        sa.Column("state", sa.Text(), nullable=False),
        _moment("state_since"),
        sa.Column("assignee_name", sa.Text(), nullable=True),
        sa.Column("assignee_member_id", sa.Integer(), nullable=True),
        sa.Column("helpers", sa.Text(), server_default="[]", nullable=False),
        _moment("signed_at"),
        sa.Column("signed_on_time", sa.Integer(), nullable=True),
        _moment("due_at"),
        _flag("due_estimated"),
        _moment("extended_to"),
        _moment("replied_at"),
        sa.Column("replied_on_time", sa.Integer(), nullable=True),
        _moment("followed_up_at"),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("satisfaction", sa.Text(), nullable=True),
        _flag("reopened"),
        _moment("round_start"),
        _moment("closed_at"),
        sa.Column("merged_into", sa.Integer(), nullable=True),
        _moment("returned_at"),
    ]


def _create_requests() -> None:
    op.create_table(
        "requests",
        *_syncable("requests"),
        sa.Column("number", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        *_received(),
        *_progress(),
        sa.Column("co_requesters", sa.Text(), server_default="[]", nullable=False),
        _fk("requests", "requester_resident_id", "residents"),
        _fk("requests", "requester_member_id", "members"),
        _fk("requests", "household_id", "households"),
        _fk("requests", "assignee_member_id", "members"),
        _fk("requests", "merged_into", "requests"),
    )
    for column in ("version", "state", "due_at", "received_at", "household_id"):
        op.create_index(f"ix_requests_{column}", "requests", [column])
    op.create_index(
        "ux_requests_number_live",
        "requests",
        ["station_code", "number"],
        unique=True,
        sqlite_where=LIVE,
    )
    op.create_index("ix_requests_year_sequence", "requests", ["station_code", "year", "sequence"])


def _create_history() -> None:
    op.create_table(
        "request_events",
        *_syncable("request_events"),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("at", sa.Text(), nullable=False),
        _text("actor"),
        sa.Column("details", sa.Text(), server_default="{}", nullable=False),
        _fk("request_events", "request_id", "requests"),
    )
    op.create_index("ix_request_events_version", "request_events", ["version"])
    op.create_index("ix_request_events_request_id_at", "request_events", ["request_id", "at"])
    op.create_table(
        "request_attachments",
        *_syncable("request_attachments"),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        _text("name"),
        _fk("request_attachments", "request_id", "requests"),
        _fk("request_attachments", "event_id", "request_events"),
    )
    for column in ("version", "request_id", "event_id"):
        op.create_index(f"ix_request_attachments_{column}", "request_attachments", [column])


def _create_replies() -> None:
    op.create_table(
        "sync_request_reply",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("station_code", sa.Text(), nullable=False),
        sa.Column("request_number", sa.Text(), nullable=False),
        sa.Column("escalated_at", sa.Text(), nullable=False),
        _text("text"),
        _text("department"),
        _text("replied_by"),
        sa.Column("replied_at", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("sent_in_receipt", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sync_request_reply"),
    )
    op.create_index(
        "ux_sync_request_reply_request",
        "sync_request_reply",
        ["station_code", "request_number", "escalated_at"],
        unique=True,
    )


def upgrade() -> None:
    _create_requests()
    _create_history()
    _create_replies()


def downgrade() -> None:
    op.drop_table("sync_request_reply")
    op.drop_table("request_attachments")
    op.drop_table("request_events")
    op.drop_table("requests")
