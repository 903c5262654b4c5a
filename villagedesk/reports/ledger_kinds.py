"""The ledgers the station prints now, each one a register's declared columns and a title.

A later register gets its ledger by adding an entry here (its RegisterSpec, the title, the
date column the period filters on): the writer (reports.ledger) needs no new code. Also the
columns the link ledger (联户台账) declares, and :func:`format_rows` (raw values → cell text).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from villagedesk.core.columns import (
    VILLAGE_COLUMN,
    Align,
    Column,
    RegisterSpec,
    ValueKind,
    enum_formatter,
)
from villagedesk.core.disputes.events import Outcome, Performance
from villagedesk.core.disputes.model import MediationLevel, WarningLevel
from villagedesk.core.households.register import CADRE_LINKS_REGISTER
from villagedesk.core.in_service.register import (
    ASSESSMENT_REGISTER,
    RECORD_REGISTER,
    REGISTRATION_REGISTER,
)
from villagedesk.core.members.register import MEMBER_REGISTER
from villagedesk.core.requests.events import Resolution
from villagedesk.core.requests.register import REQUEST_LEDGER, fmt_day
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate

#: 联户台账: each cadre's households under a band naming the cadre. The columns are the 包村联户
#: page's own (active links, so no end date), plus a blank column for visit notes written by hand.
LINK_LEDGER = RegisterSpec(
    key="household_link_ledger",
    title=QT_TRANSLATE_NOOP("Registers", "Household links"),
    columns=(
        *(c for c in CADRE_LINKS_REGISTER.columns if c.key != "ended_on"),
        Column("visits", QT_TRANSLATE_NOOP("Columns", "Visit notes"), 16),
    ),
)


def _member_column(key: str, width: int) -> Column:
    return replace(MEMBER_REGISTER.column(key), width=width, default_visible=True)


#: 党员花名册 as printed: the roll's columns with 学历 and 工作单位 (hidden on screen), widths
#: balanced so that an 18-digit ID number and a name part fit whole at the body size.
MEMBER_LEDGER = RegisterSpec(
    key=MEMBER_REGISTER.key,  # the roll's key: the GUI prints what its search shows
    title=MEMBER_REGISTER.title,
    columns=(
        _member_column("name", 10),
        _member_column("id_number", 17),
        _member_column("sex", 4),
        _member_column("ethnicity", 5),
        _member_column("birth_date", 9),
        _member_column("education", 8),
        _member_column("branch", 12),
        _member_column("work_unit", 15),
        _member_column("categories", 9),
        _member_column("standing", 7),
        _member_column("roll_status", 7),
        _member_column("phone", 12),
        _member_column("joined_on", 9),
        VILLAGE_COLUMN,
    ),
)

#: 在职党员报到登记台账 in the standard layout: 序号 (the row number), 姓名, 性别, 所在单位, 联系电话,
#: 报到时间, 认领岗位, 备注 and 本人签字 (the last two left blank to fill in by hand).
REGISTRATION_LEDGER = RegisterSpec(
    key=REGISTRATION_REGISTER.key,
    title=REGISTRATION_REGISTER.title,
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), 10),
        _member_column("sex", 4),
        Column("work_unit", QT_TRANSLATE_NOOP("Columns", "Unit"), 20),
        Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), 13),
        replace(
            REGISTRATION_REGISTER.column("registered_on"),
            header=QT_TRANSLATE_NOOP("Columns", "Time of reporting"),
        ),
        Column("posts", QT_TRANSLATE_NOOP("Columns", "Posts"), 18),
        Column("note", QT_TRANSLATE_NOOP("Columns", "Note"), 10),
        Column("signature", QT_TRANSLATE_NOOP("Columns", "Own signature"), 10),
        VILLAGE_COLUMN,
    ),
)


def in_full(value: object, translate: Translate) -> str:
    """A free text printed whole (a ledger cell wraps it; print never cuts it to "…")."""
    del translate
    return str(value or "")


def _printed_in_full(spec: RegisterSpec, *keys: str) -> RegisterSpec:
    """``spec`` with the columns ``keys`` printed whole rather than summarised with "…"."""
    columns = tuple(replace(c, format=in_full) if c.key in keys else c for c in spec.columns)
    return replace(spec, columns=columns)


#: 民情台账 as printed: the register's columns, the 内容摘要 and 办理结果 wrapped in full.
REQUEST_LEDGER_PRINTED = _printed_in_full(REQUEST_LEDGER, "summary", "outcome")


def _day_column(key: str, header: str) -> Column:
    return Column(key, header, 10, Align.CENTER, fmt_day, ValueKind.DATE)


#: 回访台账: the requests followed up, one row per 回访 (raw values: ISO dates, the follow-up's
#: resolution and satisfaction codes, the names as written in the history).
FOLLOW_UP_LEDGER = RegisterSpec(
    key="follow_up_ledger",
    title=QT_TRANSLATE_NOOP("Registers", "Follow-up ledger"),
    columns=(
        REQUEST_LEDGER.column("number"),
        replace(REQUEST_LEDGER.column("requester"), width=8),
        replace(REQUEST_LEDGER.column("summary"), width=26, format=in_full),
        REQUEST_LEDGER.column("assignee"),
        _day_column("replied_on", QT_TRANSLATE_NOOP("Columns", "Replied on")),
        _day_column("followed_up_on", QT_TRANSLATE_NOOP("Columns", "Followed up on")),
        Column(
            "resolution",
            QT_TRANSLATE_NOOP("Columns", "Solved?"),
            6,
            Align.CENTER,
            enum_formatter(Resolution),
        ),
        replace(REQUEST_LEDGER.column("satisfaction"), width=6),
        Column("followed_up_by", QT_TRANSLATE_NOOP("Columns", "Followed up by"), 10),
        VILLAGE_COLUMN,
    ),
)


def _number_column(key: str, header: str, width: int) -> Column:
    return Column(key, header, width, Align.CENTER, kind=ValueKind.NUMBER)


#: 矛盾纠纷排查化解台账 (its rows gathered by ``print_sources_disputes``): one row per dispute,
#: raw values (ISO dates, enum codes). The parties are in the column keyed "name" and the
#: 包案人 in "assignee", the keys whose cells break only at "·" (reports.text_fit.NAME_KEYS);
#: no ID number or phone is printed, and any in a name is masked.
DISPUTE_LEDGER = RegisterSpec(
    key="disputes",
    title=QT_TRANSLATE_NOOP("Registers", "Dispute ledger"),
    columns=(
        Column("number", QT_TRANSLATE_NOOP("Columns", "Number"), 12, Align.CENTER),
        _day_column("screened_on", QT_TRANSLATE_NOOP("Columns", "Screened on")),
        Column("name", QT_TRANSLATE_NOOP("Columns", "Parties"), 16, format=in_full),
        Column("dispute_type", QT_TRANSLATE_NOOP("Columns", "Type"), 7, Align.CENTER),
        _number_column("people", QT_TRANSLATE_NOOP("Columns", "People involved"), 5),
        Column(
            "warning",
            QT_TRANSLATE_NOOP("Columns", "Warning level"),
            5,
            Align.CENTER,
            enum_formatter(WarningLevel),
        ),
        Column(
            "mediation_level",
            QT_TRANSLATE_NOOP("Columns", "Current level"),
            9,
            Align.CENTER,
            enum_formatter(MediationLevel),
        ),
        Column("assignee", QT_TRANSLATE_NOOP("Columns", "Case owner"), 8),
        Column(
            "outcome",
            QT_TRANSLATE_NOOP("Columns", "Mediation result"),
            9,
            Align.CENTER,
            enum_formatter(Outcome),
        ),
        Column(
            "performance",
            QT_TRANSLATE_NOOP("Columns", "Performance"),
            6,
            Align.CENTER,
            enum_formatter(Performance),
        ),
        Column("follow_up", QT_TRANSLATE_NOOP("Columns", "Follow-ups"), 10, format=in_full),
        _day_column("closed_on", QT_TRANSLATE_NOOP("Columns", "Closed on")),
        VILLAGE_COLUMN,
    ),
)


@dataclass(frozen=True)
class LedgerKind:
    """One printed ledger: the CLI word, its title (context "Ledgers"), the register whose
    columns it prints, the date column a period filters on (None: no dates) and the column
    that becomes the group band (None: no bands)."""

    key: str
    title: str
    spec: RegisterSpec
    date_key: str | None = None
    group_key: str | None = None

    def columns(self, *, township: bool = False) -> list[Column]:
        """The columns printed: the register's default-visible ones, minus the group column."""
        spec = self.spec.for_mode(township=township)
        return [c for c in spec.columns if c.default_visible and c.key != self.group_key]


#: 民情台账 and 回访台账 (their rows gathered by ``print_sources_requests``), the last of
#: :data:`LEDGERS`.
REQUEST_LEDGER_KINDS: dict[str, LedgerKind] = {
    "requests": LedgerKind(
        "requests",
        QT_TRANSLATE_NOOP("Ledgers", "Ledger of residents' requests"),
        REQUEST_LEDGER_PRINTED,
        date_key="received_on",
    ),
    "follow_ups": LedgerKind(
        "follow_ups",
        QT_TRANSLATE_NOOP("Ledgers", "Follow-up ledger"),
        FOLLOW_UP_LEDGER,
        date_key="followed_up_on",
    ),
}


#: 矛盾纠纷排查化解台账 (its rows gathered by ``print_sources_disputes``), after the requests'.
DISPUTE_LEDGER_KINDS: dict[str, LedgerKind] = {
    "disputes": LedgerKind(
        "disputes",
        QT_TRANSLATE_NOOP("Ledgers", "Ledger of screening and settling disputes"),
        DISPUTE_LEDGER,
        date_key="screened_on",
    ),
}


LEDGERS: dict[str, LedgerKind] = {
    "members": LedgerKind(
        "members",
        QT_TRANSLATE_NOOP("Ledgers", "Party member roll"),
        MEMBER_LEDGER,
        date_key="joined_on",
    ),
    "registrations": LedgerKind(
        "registrations",
        QT_TRANSLATE_NOOP("Ledgers", "In-service member registration ledger"),
        REGISTRATION_LEDGER,
        date_key="registered_on",
    ),
    "service": LedgerKind(
        "service",
        QT_TRANSLATE_NOOP("Ledgers", "Service record ledger"),
        RECORD_REGISTER,
        date_key="served_on",
    ),
    "households": LedgerKind(
        "households",
        QT_TRANSLATE_NOOP("Ledgers", "Household link ledger"),
        LINK_LEDGER,
        date_key="started_on",
        group_key="cadre",
    ),
    "assessments": LedgerKind(
        "assessments",
        QT_TRANSLATE_NOOP("Ledgers", "Dual assessment summary by work unit"),
        ASSESSMENT_REGISTER,
        group_key="work_unit",
    ),
    **REQUEST_LEDGER_KINDS,
    **DISPUTE_LEDGER_KINDS,
}


def format_rows(
    columns: Sequence[Column], rows: Iterable[Sequence[object]], translate: Translate
) -> list[list[str]]:
    """Raw values (in the columns' order) through each column's formatter, one line of text
    per cell (line breaks and runs of spaces folded)."""
    formats = [c.format for c in columns]
    out: list[list[str]] = []
    for row in rows:
        cells: list[str] = []
        for fmt, value in zip(formats, row, strict=True):
            text = fmt(value, translate)
            cells.append(" ".join(text.split()) if "  " in text or "\n" in text else text)
        out.append(cells)
    return out
