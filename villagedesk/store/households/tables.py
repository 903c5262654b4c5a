"""Tables of households, residents, relief categories and cadre links (migration 0003).

Declared on the shared ``metadata`` of store.tables; every one is a syncable record.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, Text, text

from villagedesk.store.syncable import syncable_table
from villagedesk.store.tables import metadata


def _text(name: str) -> Column[str]:
    return Column(name, Text, nullable=False, server_default="")


households = syncable_table(
    "households",
    metadata,
    Column("address", Text, nullable=False),
    _text("grid"),
    _text("phone"),
    Column("tags", Integer, nullable=False, server_default="0"),
    Column("destitute", Integer, nullable=False, server_default="0"),
    _text("note"),
)

residents = syncable_table(
    "residents",
    metadata,
    Column("household_id", Integer, ForeignKey("households.id"), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("name_initials", Text, nullable=False),
    Column("name_pinyin", Text, nullable=False),
    Column("id_number", Text, nullable=False, index=True),
    Column("sex", Text, nullable=False),
    Column("birth_date", Text, nullable=False),
    Column("relation", Text, nullable=False),
    _text("phone"),
    _text("note"),
)
# Like the member register's index: live residents in pinyin order with every column the search
# box looks at, so the default list and every search read this narrow index alone.
Index(
    "ix_residents_register",
    residents.c.voided_at,
    residents.c.name_pinyin,
    residents.c.name,
    residents.c.id,
    residents.c.name_initials,
    residents.c.id_number,
    residents.c.phone,
    residents.c.household_id,
)
# The same person is entered once (a voided record keeps its number).
Index(
    "ux_residents_id_number_live",
    residents.c.id_number,
    unique=True,
    sqlite_where=text("voided_at IS NULL"),
)
# One head (户主) per household.
Index(
    "ux_residents_head_live",
    residents.c.household_id,
    unique=True,
    sqlite_where=text("relation = 'head' AND voided_at IS NULL"),
)

relief_categories = syncable_table(
    "relief_categories",
    metadata,
    Column("name", Text, nullable=False),
    Column("position", Integer, nullable=False),
    Column("retired_at", Text, nullable=True),
)
Index(
    "ux_relief_categories_name_live",
    relief_categories.c.name,
    unique=True,
    sqlite_where=text("voided_at IS NULL"),
)

resident_relief = syncable_table(
    "resident_relief",
    metadata,
    Column("resident_id", Integer, ForeignKey("residents.id"), nullable=False, index=True),
    Column("category_id", Integer, ForeignKey("relief_categories.id"), nullable=False, index=True),
)
Index(
    "ux_resident_relief_live",
    resident_relief.c.resident_id,
    resident_relief.c.category_id,
    unique=True,
    sqlite_where=text("voided_at IS NULL"),
)

household_links = syncable_table(
    "household_links",
    metadata,
    Column("member_id", Integer, ForeignKey("members.id"), nullable=False, index=True),
    Column("household_id", Integer, ForeignKey("households.id"), nullable=False, index=True),
    Column("reason", Text, nullable=False),
    _text("note"),
    Column("started_on", Text, nullable=False),
    Column("ended_on", Text, nullable=True),
    _text("end_reason"),
)
