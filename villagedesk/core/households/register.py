"""The households register (户籍), the residents register (居民) and the household page's own
sections declare their columns here, once. Values arrive raw from the store."""

from __future__ import annotations

from villagedesk.core.columns import (
    VILLAGE_COLUMN,
    Align,
    Column,
    RegisterSpec,
    ValueKind,
    as_int,
    enum_formatter,
    fmt_date,
)
from villagedesk.core.households.links import LinkReason
from villagedesk.core.households.model import HouseholdTag, Relation, mask_to_tags
from villagedesk.core.members.model import Sex, Standing
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate


def fmt_tags(value: object, translate: Translate) -> str:
    tags = mask_to_tags(as_int(value))
    order = list(HouseholdTag)
    return "、".join(translate("Enum", t.label) for t in sorted(tags, key=order.index))


def fmt_yes(value: object, translate: Translate) -> str:
    return translate("Columns", QT_TRANSLATE_NOOP("Columns", "Yes")) if value else ""


def fmt_count(value: object, translate: Translate) -> str:
    del translate
    return str(as_int(value))


HOUSEHOLD_REGISTER = RegisterSpec(
    key="households",
    title=QT_TRANSLATE_NOOP("Registers", "Households"),
    columns=(
        Column("head", QT_TRANSLATE_NOOP("Columns", "Head of household"), 8),
        Column("grid", QT_TRANSLATE_NOOP("Columns", "Villager group / grid"), 10),
        Column("address", QT_TRANSLATE_NOOP("Columns", "Address"), 22),
        Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), 13),
        Column(
            "residents",
            QT_TRANSLATE_NOOP("Columns", "Residents"),
            5,
            Align.CENTER,
            fmt_count,
            ValueKind.NUMBER,
            sortable=False,
        ),
        Column(
            "members",
            QT_TRANSLATE_NOOP("Columns", "Party members"),
            5,
            Align.CENTER,
            fmt_count,
            ValueKind.NUMBER,
            sortable=False,
        ),
        Column("tags", QT_TRANSLATE_NOOP("Columns", "Tags"), 20, format=fmt_tags),
        Column(
            "destitute",
            QT_TRANSLATE_NOOP("Columns", "Three losses"),
            6,
            Align.CENTER,
            fmt_yes,
        ),
        Column("note", QT_TRANSLATE_NOOP("Columns", "Note"), 16, default_visible=False),
        VILLAGE_COLUMN,
    ),
)

RESIDENT_REGISTER = RegisterSpec(
    key="residents",
    title=QT_TRANSLATE_NOOP("Registers", "Residents"),
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), 8),
        Column(
            "relation",
            QT_TRANSLATE_NOOP("Columns", "Relation to head"),
            7,
            Align.CENTER,
            enum_formatter(Relation),
        ),
        Column("sex", QT_TRANSLATE_NOOP("Columns", "Sex"), 5, Align.CENTER, enum_formatter(Sex)),
        Column(
            "birth_date",
            QT_TRANSLATE_NOOP("Columns", "Date of birth"),
            10,
            Align.CENTER,
            fmt_date,
            ValueKind.DATE,
        ),
        Column("id_number", QT_TRANSLATE_NOOP("Columns", "ID number"), 19),
        Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), 13),
        Column("address", QT_TRANSLATE_NOOP("Columns", "Address"), 20),
        Column("relief", QT_TRANSLATE_NOOP("Columns", "Relief categories"), 16, sortable=False),
        Column(
            "party",
            QT_TRANSLATE_NOOP("Columns", "Party member"),
            8,
            Align.CENTER,
            enum_formatter(RollStatus),
        ),
        VILLAGE_COLUMN,
    ),
)

# -- the household page's own sections ---------------------------------------------------------

RESIDENTS_SECTION = RegisterSpec(
    key="household_residents",
    title=QT_TRANSLATE_NOOP("Registers", "Residents"),
    columns=tuple(
        c for c in RESIDENT_REGISTER.columns if c.key != "address" and not c.township_only
    ),
)

MEMBERS_SECTION = RegisterSpec(
    key="household_members",
    title=QT_TRANSLATE_NOOP("Registers", "Party members"),
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), 8),
        Column("branch", QT_TRANSLATE_NOOP("Columns", "Branch"), 12),
        Column(
            "standing",
            QT_TRANSLATE_NOOP("Columns", "Standing"),
            8,
            Align.CENTER,
            enum_formatter(Standing),
        ),
        Column(
            "roll_status",
            QT_TRANSLATE_NOOP("Columns", "Roll status"),
            8,
            Align.CENTER,
            enum_formatter(RollStatus),
        ),
        Column(
            "joined_on",
            QT_TRANSLATE_NOOP("Columns", "Joined on"),
            10,
            Align.CENTER,
            fmt_date,
            ValueKind.DATE,
        ),
        Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), 13),
    ),
)

CADRES_SECTION = RegisterSpec(
    key="household_cadres",
    title=QT_TRANSLATE_NOOP("Registers", "Linked cadres"),
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Columns", "Cadre"), 8),
        Column("branch", QT_TRANSLATE_NOOP("Columns", "Branch"), 12),
        Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), 13),
        Column(
            "reason",
            QT_TRANSLATE_NOOP("Columns", "Reason"),
            10,
            Align.CENTER,
            enum_formatter(LinkReason),
        ),
        Column("note", QT_TRANSLATE_NOOP("Columns", "Note"), 16),
        Column(
            "started_on",
            QT_TRANSLATE_NOOP("Columns", "Linked since"),
            10,
            Align.CENTER,
            fmt_date,
            ValueKind.DATE,
        ),
    ),
)

#: A cadre's households (the 包村联户 page), active and ended.
CADRE_LINKS_REGISTER = RegisterSpec(
    key="cadre_links",
    title=QT_TRANSLATE_NOOP("Registers", "Linked households"),
    columns=(
        Column("head", QT_TRANSLATE_NOOP("Columns", "Head of household"), 8),
        Column("address", QT_TRANSLATE_NOOP("Columns", "Address"), 20),
        Column(
            "reason",
            QT_TRANSLATE_NOOP("Columns", "Reason"),
            10,
            Align.CENTER,
            enum_formatter(LinkReason),
        ),
        Column("note", QT_TRANSLATE_NOOP("Columns", "Note"), 14),
        Column(
            "started_on",
            QT_TRANSLATE_NOOP("Columns", "Linked since"),
            10,
            Align.CENTER,
            fmt_date,
            ValueKind.DATE,
        ),
        Column(
            "ended_on",
            QT_TRANSLATE_NOOP("Columns", "Ended on"),
            10,
            Align.CENTER,
            fmt_date,
            ValueKind.DATE,
        ),
    ),
)
