"""The in-service registers declare their columns here, once, for the GUI tables, exports and the
printed ledgers. Values arrive raw (ISO dates, 0/1 flags, half hours, rating codes). Each declares
the township-only village column last (a township shows every village's rows)."""

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
from villagedesk.core.in_service.assessment_model import Rating
from villagedesk.core.in_service.model import format_hours
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate


def fmt_hours(value: object, translate: Translate) -> str:
    del translate
    return format_hours(as_int(value))


def fmt_yes_no(value: object, translate: Translate) -> str:
    text = QT_TRANSLATE_NOOP("Enum", "Yes") if value else QT_TRANSLATE_NOOP("Enum", "No")
    return translate("Enum", text)


def fmt_expected(value: object, translate: Translate) -> str:
    if value:
        return translate("Enum", QT_TRANSLATE_NOOP("Enum", "On the list"))
    return translate("Enum", QT_TRANSLATE_NOOP("Enum", "Not expected"))


def fmt_reported(value: object, translate: Translate) -> str:
    """The expected list's status column: the registration date, or "not reported"."""
    if value:
        return translate("Enum", QT_TRANSLATE_NOOP("Enum", "Reported {date}")).format(
            date=fmt_date(value, translate)
        )
    return translate("Enum", QT_TRANSLATE_NOOP("Enum", "Not reported"))


fmt_rating = enum_formatter(Rating)


def _date(key: str, header: str) -> Column:
    return Column(key, header, 10, Align.CENTER, fmt_date, ValueKind.DATE)


def _number(key: str, header: str, width: int = 6) -> Column:
    return Column(key, header, width, Align.RIGHT, kind=ValueKind.NUMBER)


EXPECTED_REGISTER = RegisterSpec(
    key="in_service_expected",
    title=QT_TRANSLATE_NOOP("Registers", "Expected in-service members"),
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), 8),
        Column("work_unit", QT_TRANSLATE_NOOP("Columns", "Work unit"), 18),
        _date("notified_on", QT_TRANSLATE_NOOP("Columns", "Unit notice of")),
        Column(
            "registered_on",
            QT_TRANSLATE_NOOP("Columns", "Reporting"),
            19,
            Align.CENTER,
            fmt_reported,
        ),
        Column("card_number", QT_TRANSLATE_NOOP("Columns", "Card number"), 12, Align.CENTER),
        Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), 13),
        VILLAGE_COLUMN,
    ),
)

REGISTRATION_REGISTER = RegisterSpec(
    key="in_service_registrations",
    title=QT_TRANSLATE_NOOP("Registers", "In-service member registrations"),
    columns=(
        Column("card_number", QT_TRANSLATE_NOOP("Columns", "Card number"), 12, Align.CENTER),
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), 8),
        Column("work_unit", QT_TRANSLATE_NOOP("Columns", "Work unit"), 18),
        _date("registered_on", QT_TRANSLATE_NOOP("Columns", "Reported on")),
        Column(
            "expected",
            QT_TRANSLATE_NOOP("Columns", "Expected list"),
            8,
            Align.CENTER,
            fmt_expected,
        ),
        Column(
            "handbook_issued",
            QT_TRANSLATE_NOOP("Columns", "Handbook issued"),
            6,
            Align.CENTER,
            fmt_yes_no,
        ),
        Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), 13),
        VILLAGE_COLUMN,
    ),
)

RECORD_REGISTER = RegisterSpec(
    key="in_service_records",
    title=QT_TRANSLATE_NOOP("Registers", "Service records"),
    columns=(
        _date("served_on", QT_TRANSLATE_NOOP("Columns", "Date")),
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), 8),
        Column("post", QT_TRANSLATE_NOOP("Columns", "Post"), 10),
        Column("what", QT_TRANSLATE_NOOP("Columns", "Service done"), 24),
        Column(
            "half_hours",
            QT_TRANSLATE_NOOP("Columns", "Hours"),
            5,
            Align.RIGHT,
            fmt_hours,
            ValueKind.NUMBER,
        ),
        Column("beneficiary", QT_TRANSLATE_NOOP("Columns", "Served"), 14),
        VILLAGE_COLUMN,
    ),
)

POST_REGISTER = RegisterSpec(
    key="in_service_posts",
    title=QT_TRANSLATE_NOOP("Registers", "Service posts"),
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Columns", "Post"), 10),
        _number("places", QT_TRANSLATE_NOOP("Columns", "Places")),
        _number("held", QT_TRANSLATE_NOOP("Columns", "Held")),
        _number("free", QT_TRANSLATE_NOOP("Columns", "Free")),
        Column("contact_name", QT_TRANSLATE_NOOP("Columns", "Community contact"), 8),
        Column("contact_phone", QT_TRANSLATE_NOOP("Columns", "Contact phone"), 13),
        Column("description", QT_TRANSLATE_NOOP("Columns", "Description"), 24),
        VILLAGE_COLUMN,
    ),
)

CLAIM_REGISTER = RegisterSpec(
    key="in_service_claims",
    title=QT_TRANSLATE_NOOP("Registers", "Post claims"),
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), 8),
        _date("claimed_on", QT_TRANSLATE_NOOP("Columns", "Claimed on")),
        _date("ended_on", QT_TRANSLATE_NOOP("Columns", "Ended on")),
        VILLAGE_COLUMN,
    ),
)

UNIT_COUNT_REGISTER = RegisterSpec(
    key="in_service_unit_counts",
    title=QT_TRANSLATE_NOOP("Registers", "Reporting by work unit"),
    columns=(
        Column("work_unit", QT_TRANSLATE_NOOP("Columns", "Work unit"), 18),
        _number("expected", QT_TRANSLATE_NOOP("Columns", "Expected")),
        _number("reported", QT_TRANSLATE_NOOP("Columns", "Reported")),
        _number("outstanding", QT_TRANSLATE_NOOP("Columns", "Not yet")),
        _number("unexpected", QT_TRANSLATE_NOOP("Columns", "Unexpected"), 8),
        VILLAGE_COLUMN,
    ),
)


def _totals_register(key: str, title: str, first: Column) -> RegisterSpec:
    """Service totals, per member or per post: the same counts after a different first column."""
    hours = Column(
        "half_hours",
        QT_TRANSLATE_NOOP("Columns", "Hours"),
        6,
        Align.RIGHT,
        fmt_hours,
        ValueKind.NUMBER,
    )
    return RegisterSpec(
        key=key,
        title=title,
        columns=(
            first,
            _number("records", QT_TRANSLATE_NOOP("Columns", "Records")),
            hours,
            VILLAGE_COLUMN,
        ),
    )


MEMBER_TOTAL_REGISTER = _totals_register(
    "in_service_member_totals",
    QT_TRANSLATE_NOOP("Registers", "Service totals per member"),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), 10),
)
POST_TOTAL_REGISTER = _totals_register(
    "in_service_post_totals",
    QT_TRANSLATE_NOOP("Registers", "Service totals per post"),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Post"), 10),
)

ASSESSMENT_REGISTER = RegisterSpec(
    key="in_service_assessments",
    title=QT_TRANSLATE_NOOP("Registers", "Dual assessment"),
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), 8),
        Column("work_unit", QT_TRANSLATE_NOOP("Columns", "Work unit"), 22),
        Column(
            "half_hours",
            QT_TRANSLATE_NOOP("Columns", "Hours"),
            5,
            Align.RIGHT,
            fmt_hours,
            ValueKind.NUMBER,
        ),
        _number("records", QT_TRANSLATE_NOOP("Columns", "Records"), 5),
        Column("posts", QT_TRANSLATE_NOOP("Columns", "Posts"), 18),
        _number("pledges", QT_TRANSLATE_NOOP("Columns", "Pledges"), 5),
        Column(
            "community_rating",
            QT_TRANSLATE_NOOP("Columns", "Community rating"),
            8,
            Align.CENTER,
            fmt_rating,
        ),
        Column(
            "unit_rating",
            QT_TRANSLATE_NOOP("Columns", "Work unit rating"),
            8,
            Align.CENTER,
            fmt_rating,
        ),
        VILLAGE_COLUMN,
    ),
)
