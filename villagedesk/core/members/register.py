"""The member roll (党员花名册) declares its columns here, once, for the GUI table, the xlsx
export and the printed ledger. Values arrive raw from the store (codes, ISO dates, masks).

党籍状态 comes right after the name, before 正式/预备, so that a deceased or transferred member is
never read as an ordinary full member; 作废原因 is shown when the register lists voided records."""

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
from villagedesk.core.members.model import Category, Education, Sex, Standing, mask_to_categories
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate


def fmt_categories(value: object, translate: Translate) -> str:
    cats = mask_to_categories(as_int(value))
    order = list(Category)
    return "、".join(translate("Enum", c.label) for c in sorted(cats, key=order.index))


MEMBER_REGISTER = RegisterSpec(
    key="members",
    title=QT_TRANSLATE_NOOP("Registers", "Party member roll"),
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), 8),
        Column(
            "roll_status",
            QT_TRANSLATE_NOOP("Columns", "Roll status"),
            8,
            Align.CENTER,
            enum_formatter(RollStatus),
        ),
        Column(
            "standing",
            QT_TRANSLATE_NOOP("Columns", "Standing"),
            8,
            Align.CENTER,
            enum_formatter(Standing),
        ),
        Column(
            "void_reason",
            QT_TRANSLATE_NOOP("Columns", "Reason for voiding"),
            16,
            default_visible=False,
        ),
        Column("id_number", QT_TRANSLATE_NOOP("Columns", "ID number"), 19),
        Column("sex", QT_TRANSLATE_NOOP("Columns", "Sex"), 4, Align.CENTER, enum_formatter(Sex)),
        Column("ethnicity", QT_TRANSLATE_NOOP("Columns", "Ethnic group"), 6, Align.CENTER),
        Column(
            "birth_date",
            QT_TRANSLATE_NOOP("Columns", "Date of birth"),
            10,
            Align.CENTER,
            fmt_date,
            ValueKind.DATE,
        ),
        Column("branch", QT_TRANSLATE_NOOP("Columns", "Branch"), 12),
        Column("categories", QT_TRANSLATE_NOOP("Columns", "Categories"), 14, format=fmt_categories),
        Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), 13),
        Column(
            "joined_on",
            QT_TRANSLATE_NOOP("Columns", "Joined on"),
            10,
            Align.CENTER,
            fmt_date,
            ValueKind.DATE,
        ),
        Column(
            "full_member_on",
            QT_TRANSLATE_NOOP("Columns", "Full member on"),
            10,
            Align.CENTER,
            fmt_date,
            ValueKind.DATE,
            default_visible=False,
        ),
        Column(
            "education",
            QT_TRANSLATE_NOOP("Columns", "Education"),
            10,
            Align.CENTER,
            enum_formatter(Education),
            default_visible=False,
        ),
        Column("work_unit", QT_TRANSLATE_NOOP("Columns", "Work unit"), 16, default_visible=False),
        Column("address", QT_TRANSLATE_NOOP("Columns", "Address"), 20, default_visible=False),
        VILLAGE_COLUMN,
    ),
)
