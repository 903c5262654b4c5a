"""The station's tables as SQLAlchemy Core ``Table`` objects (no ORM: rows cross as tuples).

The Alembic revisions in ``migrations/versions`` create exactly these; a test compares them.
"""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    text,
)

from villagedesk.store.syncable import syncable_table

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _text(name: str) -> Column[str]:
    return Column(name, Text, nullable=False, server_default="")


station = Table(
    "station",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("level", Text, nullable=False),
    _text("contact_name"),
    _text("contact_phone"),
    _text("address"),
    CheckConstraint("id = 1", name="single_row"),
)

meta = Table(
    "meta",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

branches = syncable_table(
    "branches",
    metadata,
    Column("name", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("parent_id", Integer, ForeignKey("branches.id"), nullable=True),
    _text("grid"),
    _text("secretary"),
    _text("note"),
)
Index(
    "ux_branches_name_live",
    branches.c.name,
    unique=True,
    sqlite_where=text("voided_at IS NULL"),
)

members = syncable_table(
    "members",
    metadata,
    Column("name", Text, nullable=False),
    Column("name_initials", Text, nullable=False),
    Column("name_pinyin", Text, nullable=False),
    Column("id_number", Text, nullable=False, index=True),
    Column("sex", Text, nullable=False),
    Column("birth_date", Text, nullable=False),
    _text("ethnicity"),
    Column("education", Text, nullable=True),
    _text("phone"),
    Column("joined_on", Text, nullable=True),
    Column("full_member_on", Text, nullable=True),
    Column("standing", Text, nullable=False),
    Column("branch_id", Integer, ForeignKey("branches.id"), nullable=True, index=True),
    _text("work_unit"),
    _text("address"),
    Column("categories", Integer, nullable=False, server_default="0"),
    Column("roll_status", Text, nullable=False),
)
# The register's index: on-roll members in pinyin order, with every column the search box looks
# at, so the default list and every search read this narrow index alone (no table rows, no sort
# step). ``id`` is listed so that ties on a name keep id order. There is deliberately no
# single-column index on other sort keys: SQLite would walk it with one table lookup per row,
# slower than scanning and sorting (see member_reader).
Index(
    "ix_members_register",
    members.c.roll_status,
    members.c.voided_at,
    members.c.name_pinyin,
    members.c.name,
    members.c.id,
    members.c.name_initials,
    members.c.id_number,
    members.c.phone,
)
# A voided record keeps its number; a new member may then be registered with it.
Index(
    "ux_members_id_number_live",
    members.c.id_number,
    unique=True,
    sqlite_where=text("voided_at IS NULL"),
)

member_events = syncable_table(
    "member_events",
    metadata,
    Column("member_id", Integer, ForeignKey("members.id"), nullable=False, index=True),
    Column("change", Text, nullable=False),
    Column("effective_on", Text, nullable=False),
    _text("reason"),
    Column("recorded_at", Text, nullable=False),
)

# The stations this one exchanges packages with (not syncable): at a village the township it
# enrolled with, at a township the villages it accepted. Every register's township view names
# its villages from here (register_scope), so it sits with the shared tables.
sync_peer = Table(
    "sync_peer",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("role", Text, nullable=False),  # "township" (at a village) or "village" (township)
    Column("code", Text, nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("fingerprint", Text, nullable=False),
    Column("sign_public", Text, nullable=False),
    Column("box_public", Text, nullable=False),
    Column("accepted_at", Text, nullable=False),
    Column("last_seq", Integer, nullable=False, server_default="0"),
    Column("last_counter", Integer, nullable=False, server_default="0"),
    Column("last_package_at", Text, nullable=True),
    _text("last_package_hash"),
    # At a township: the installation trusted for the village now, the epoch (1 + how often
    # its key was replaced) and the line (how often that installation was restored).
    _text("installation"),
    Column("epoch", Integer, nullable=False, server_default="1"),
    Column("line", Integer, nullable=False, server_default="0"),
)
