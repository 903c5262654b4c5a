"""Tables of disputes (矛盾纠纷), their parties, the households they involve and the steps of
their histories (migration 0009). Every one is a syncable record, declared on the shared
``metadata``, so each travels in the village's package.

The people and households chosen from a register are foreign keys (the sync carries every
foreign key as the parent's uuid, so a township links them to the village's own rows): a
party's resident or member, the 包案人 when a member, the request a dispute was turned from. The
ids inside the JSON columns (a step's details, the warning reasons) are not.

Times are ISO text (station time, ``YYYY-MM-DDTHH:MM:SS``) and days ISO dates, so text order is
time order. The number is unique per station among live disputes: a township keeps every
village's disputes in the same table.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, Text, text

from villagedesk.store.households import tables as households_tables
from villagedesk.store.requests import tables as requests_tables
from villagedesk.store.syncable import syncable_table
from villagedesk.store.tables import members, metadata

# The households, residents, members and requests tables must be declared before the foreign
# keys to them.
_PARENTS = (households_tables, requests_tables, members)


def _text(name: str) -> Column[str]:
    return Column(name, Text, nullable=False, server_default="")


def _flag(name: str) -> Column[int]:
    return Column(name, Integer, nullable=False, server_default="0")


def _count(name: str) -> Column[int]:
    return Column(name, Integer, nullable=False, server_default="0")


def _moment(name: str) -> Column[str]:
    return Column(name, Text, nullable=True)


def _member(name: str) -> Column[int]:
    return Column(name, Integer, ForeignKey("members.id"), nullable=True)


disputes = syncable_table(
    "disputes",
    metadata,
    Column("number", Text, nullable=False),
    Column("year", Integer, nullable=False),
    Column("sequence", Integer, nullable=False),
    # what was recorded (DisputeValues); the parties and households in their own tables
    _text("party_names"),  # the parties' names joined with "、", derived when written
    Column("dispute_type", Text, nullable=False),
    Column("summary", Text, nullable=False),
    _text("cause"),
    Column("screened_on", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("people", Integer, nullable=False),
    Column("risks", Text, nullable=False, server_default="{}"),
    Column("first_level", Text, nullable=False),
    Column("first_owner_name", Text, nullable=True),  # NULL: no 包案人 when recorded
    _member("first_owner_member_id"),
    _text("place"),
    Column("recorded_at", Text, nullable=False),
    Column("request_id", Integer, ForeignKey("requests.id"), nullable=True),
    # where it stands (DisputeProgress)
    Column("state", Text, nullable=False),
    _moment("state_since"),
    Column("warning", Text, nullable=False),
    Column("warning_reasons", Text, nullable=False, server_default="[]"),
    _flag("warning_manual"),
    Column("mediation_level", Text, nullable=False),
    _moment("level_since"),
    _moment("level_due"),
    _moment("case_due"),
    _flag("extended"),
    Column("owner_name", Text, nullable=True),  # NULL: no 包案人
    _member("owner_member_id"),
    _text("township_owner"),
    _count("sessions"),
    _count("failed_sessions"),
    _flag("last_session_failed"),
    Column("outcome", Text, nullable=True),
    _text("agreement_number"),
    _moment("performance_due"),
    Column("performance", Text, nullable=True),
    _moment("followed_up_at"),
    Column("satisfaction", Text, nullable=True),
    Column("hidden_risk", Integer, nullable=True),
    _count("reopened"),
    _moment("closed_at"),
)
for _column in ("state", "screened_on", "warning", "level_due", "performance_due"):
    Index(f"ix_disputes_{_column}", disputes.c[_column])
Index(
    "ux_disputes_number_live",
    disputes.c.station_code,
    disputes.c.number,
    unique=True,
    sqlite_where=text("voided_at IS NULL"),
)
Index("ix_disputes_year_sequence", disputes.c.station_code, disputes.c.year, disputes.c.sequence)
# The start page's dispute tiles (as ix_requests_live_state_*: counted before the first paint).
for _column in ("warning", "level_due", "performance_due"):
    Index(
        f"ix_disputes_live_state_{_column}",
        disputes.c.state,
        disputes.c[_column],
        sqlite_where=text("voided_at IS NULL"),
    )

dispute_parties = syncable_table(
    "dispute_parties",
    metadata,
    Column("dispute_id", Integer, ForeignKey("disputes.id"), nullable=False, index=True),
    Column("position", Integer, nullable=False),  # the order the parties were given in
    Column("kind", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("name", Text, nullable=False),
    _text("name_initials"),  # pinyin search keys of the name, derived when written
    _text("name_pinyin"),
    Column("resident_id", Integer, ForeignKey("residents.id"), nullable=True, index=True),
    Column("member_id", Integer, ForeignKey("members.id"), nullable=True, index=True),
    _text("phone"),
    _text("id_number"),
    _text("address"),
)

dispute_households = syncable_table(
    "dispute_households",
    metadata,
    Column("dispute_id", Integer, ForeignKey("disputes.id"), nullable=False, index=True),
    Column("household_id", Integer, ForeignKey("households.id"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
)

dispute_events = syncable_table(
    "dispute_events",
    metadata,
    Column("dispute_id", Integer, ForeignKey("disputes.id"), nullable=False),
    Column("action", Text, nullable=False),
    Column("at", Text, nullable=False),
    _text("actor"),
    Column("details", Text, nullable=False, server_default="{}"),
)
Index("ix_dispute_events_dispute_id_at", dispute_events.c.dispute_id, dispute_events.c.at)
Index("ix_dispute_events_action", dispute_events.c.action)
