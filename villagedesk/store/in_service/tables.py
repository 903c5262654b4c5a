"""Tables of 在职党员进社区 on the shared metadata; migration 0002 creates exactly these.

Dates are ISO text, flags 0/1, service time in half hours. ``service_records.household_id``
(optional: for whom) refers to ``households.id``; migration 0003 adds that foreign key and its
index, since it creates ``households``. The station's settings (campaign year start, short code) live in ``meta``.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, Text, text

from villagedesk.store.syncable import syncable_table
from villagedesk.store.tables import metadata

LIVE = text("voided_at IS NULL")


def _text(name: str) -> Column[str]:
    return Column(name, Text, nullable=False, server_default="")


def _member() -> Column[int]:
    return Column("member_id", Integer, ForeignKey("members.id"), nullable=False, index=True)


expected_registrations = syncable_table(
    "expected_registrations",
    metadata,
    _member(),
    Column("campaign_year", Integer, nullable=False, index=True),
    _text("work_unit"),
    Column("notified_on", Text, nullable=True),
)
Index(
    "ux_expected_registrations_member_year_live",
    expected_registrations.c.member_id,
    expected_registrations.c.campaign_year,
    unique=True,
    sqlite_where=LIVE,
)

registrations = syncable_table(
    "registrations",
    metadata,
    _member(),
    Column("campaign_year", Integer, nullable=False, index=True),
    Column("registered_on", Text, nullable=False),
    Column("card_number", Text, nullable=False, unique=True),
    Column("sequence", Integer, nullable=False),
    _text("work_unit"),
    Column("handbook_issued", Integer, nullable=False, server_default="0"),
)
Index(
    "ux_registrations_member_year_live",
    registrations.c.member_id,
    registrations.c.campaign_year,
    unique=True,
    sqlite_where=LIVE,
)

service_posts = syncable_table(
    "service_posts",
    metadata,
    Column("name", Text, nullable=False),
    _text("description"),
    Column("places", Integer, nullable=False),
    _text("contact_name"),
    _text("contact_phone"),
)
Index("ux_service_posts_name_live", service_posts.c.name, unique=True, sqlite_where=LIVE)

post_claims = syncable_table(
    "post_claims",
    metadata,
    Column("post_id", Integer, ForeignKey("service_posts.id"), nullable=False, index=True),
    _member(),
    Column("claimed_on", Text, nullable=False),
    Column("ended_on", Text, nullable=True),
)

pledges = syncable_table(
    "pledges",
    metadata,
    _member(),
    Column("campaign_year", Integer, nullable=False, index=True),
    Column("text", Text, nullable=False),
)

service_records = syncable_table(
    "service_records",
    metadata,
    _member(),
    Column("post_id", Integer, ForeignKey("service_posts.id"), nullable=False, index=True),
    Column("served_on", Text, nullable=False, index=True),
    Column("what", Text, nullable=False),
    Column("half_hours", Integer, nullable=False),
    _text("beneficiary"),
    Column("household_id", Integer, ForeignKey("households.id"), nullable=True, index=True),
)

assessments = syncable_table(
    "assessments",
    metadata,
    _member(),
    Column("campaign_year", Integer, nullable=False, index=True),
    Column("community_rating", Text, nullable=False),
    _text("community_comment"),
    Column("unit_rating", Text, nullable=True),
    _text("unit_comment"),
)
Index(
    "ux_assessments_member_year_live",
    assessments.c.member_id,
    assessments.c.campaign_year,
    unique=True,
    sqlite_where=LIVE,
)
