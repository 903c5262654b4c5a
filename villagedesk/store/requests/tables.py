"""Tables of requests (民情诉求), the steps of their histories and their attachments
(migration 0008). Every one is a syncable record, declared on the shared ``metadata``.

The requester and the 责任人 chosen from a register are foreign keys (the sync carries every
foreign key as the parent's uuid, so a township links them to the village's own rows); the
ids inside the JSON columns are not (see :mod:`villagedesk.store.requests.codec`).

Times are ISO text (station time, ``YYYY-MM-DDTHH:MM:SS``, so text order is time order); the
people a request names besides its requester and 责任人 (协办人, co-requesters) and a step's
details are JSON (see :mod:`villagedesk.store.requests.codec`). The number is unique per
station among live requests: a township keeps every village's requests in the same table.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, Text, text

from villagedesk.store.households import tables as households_tables
from villagedesk.store.syncable import syncable_table
from villagedesk.store.tables import members, metadata

# The households, residents and members tables must be declared before the foreign keys to them.
_PARENTS = (households_tables, members)


def _text(name: str) -> Column[str]:
    return Column(name, Text, nullable=False, server_default="")


def _flag(name: str) -> Column[int]:
    return Column(name, Integer, nullable=False, server_default="0")


def _moment(name: str) -> Column[str]:
    return Column(name, Text, nullable=True)


requests = syncable_table(
    "requests",
    metadata,
    Column("number", Text, nullable=False),
    Column("year", Integer, nullable=False),
    Column("sequence", Integer, nullable=False),
    # what came in (RequestValues)
    Column("requester_kind", Text, nullable=False),
    # the resident or member chosen (foreign keys, so that the sync carries them as uuids)
    Column("requester_resident_id", Integer, ForeignKey("residents.id"), nullable=True),
    Column("requester_member_id", Integer, ForeignKey("members.id"), nullable=True),
    _text("requester_name"),
    _text("requester_initials"),  # pinyin search keys of the name, derived when written
    _text("requester_pinyin"),
    _text("requester_phone"),
    Column("household_id", Integer, ForeignKey("households.id"), nullable=True),
    _text("channel"),
    _text("ticket"),
    Column("kind", Text, nullable=False),
    _text("category"),
    Column("urgency", Text, nullable=False),
    Column("content", Text, nullable=False),
    _text("place"),
    _text("received_by"),
    Column("received_at", Text, nullable=False),
    _flag("essential_service"),
    _text("deadline_rule"),
    # where it stands (RequestProgress)
    Column("state", Text, nullable=False),
    _moment("state_since"),
    Column("assignee_name", Text, nullable=True),  # NULL: nobody assigned
    Column("assignee_member_id", Integer, ForeignKey("members.id"), nullable=True),
    Column("helpers", Text, nullable=False, server_default="[]"),
    _moment("signed_at"),
    Column("signed_on_time", Integer, nullable=True),
    _moment("due_at"),
    _flag("due_estimated"),
    _moment("extended_to"),
    _moment("replied_at"),
    Column("replied_on_time", Integer, nullable=True),
    _moment("followed_up_at"),
    Column("resolution", Text, nullable=True),
    Column("satisfaction", Text, nullable=True),
    _flag("reopened"),
    _moment("round_start"),
    _moment("closed_at"),
    Column("merged_into", Integer, ForeignKey("requests.id"), nullable=True),
    _moment("returned_at"),  # the township's reply to a 上报 came back (乡镇已答复)
    Column("co_requesters", Text, nullable=False, server_default="[]"),
)
for _column in ("state", "due_at", "received_at", "household_id"):
    Index(f"ix_requests_{_column}", requests.c[_column])
Index(
    "ux_requests_number_live",
    requests.c.station_code,
    requests.c.number,
    unique=True,
    sqlite_where=text("voided_at IS NULL"),
)
Index("ix_requests_year_sequence", requests.c.station_code, requests.c.year, requests.c.sequence)
# The start page's tiles count live requests by state and one more column; without these each
# count reads every row of its states (tens of milliseconds on 50,000 requests, before the
# first paint). Two columns each, so the planner picks them without ANALYZE's statistics.
for _column in ("due_at", "reopened", "returned_at"):
    Index(
        f"ix_requests_live_state_{_column}",
        requests.c.state,
        requests.c[_column],
        sqlite_where=text("voided_at IS NULL"),
    )

request_events = syncable_table(
    "request_events",
    metadata,
    Column("request_id", Integer, ForeignKey("requests.id"), nullable=False),
    Column("action", Text, nullable=False),
    Column("at", Text, nullable=False),
    _text("actor"),
    Column("details", Text, nullable=False, server_default="{}"),
)
Index("ix_request_events_request_id_at", request_events.c.request_id, request_events.c.at)

request_attachments = syncable_table(
    "request_attachments",
    metadata,
    Column("request_id", Integer, ForeignKey("requests.id"), nullable=False, index=True),
    Column("event_id", Integer, ForeignKey("request_events.id"), nullable=True, index=True),
    Column("path", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("size", Integer, nullable=False),
    _text("name"),
)
