"""The sections of 个人信息导出, each a heading and a table (or 无 when the station holds
nothing of that kind): the person, the household, the roll, 在职党员进社区, requests, disputes,
cadre links and the audit log's entries (their values masked as the log keeps them)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer
from reportlab.platypus.flowables import Flowable

from villagedesk.core.accounts.model import Role
from villagedesk.core.audit.changes import LISTED_TEXT, is_listed
from villagedesk.core.audit.entry import AuditKind
from villagedesk.core.members.model import Member
from villagedesk.core.privacy.model import PersonalData
from villagedesk.core.registers import DERIVED, field_header, record_type_title
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.reports.personal_data_tables import SIZE, Cell, Col, Tables
from villagedesk.reports.text_fit import Kind

NONE = QT_TRANSLATE_NOOP("PersonalData", "None held.")
HEADINGS = {
    "person": QT_TRANSLATE_NOOP("PersonalData", "1. The person"),
    "member": QT_TRANSLATE_NOOP("PersonalData", "2. Party member record"),
    "household": QT_TRANSLATE_NOOP("PersonalData", "3. Household"),
    "relief": QT_TRANSLATE_NOOP("PersonalData", "4. Relief groups"),
    "in_service": QT_TRANSLATE_NOOP("PersonalData", "5. In-service members in the community"),
    "requests": QT_TRANSLATE_NOOP("PersonalData", "6. Requests made"),
    "disputes": QT_TRANSLATE_NOOP("PersonalData", "7. Disputes as a party"),
    "links": QT_TRANSLATE_NOOP("PersonalData", "8. Cadre links"),
    "audit": QT_TRANSLATE_NOOP("PersonalData", "9. Audit log entries about these records"),
}
BOOKKEEPING = frozenset({"uuid", "station_code", "created_at", "updated_at", "version", "id"})


def _day(value: date | None) -> str:
    return f"{value:%Y.%m.%d}" if value is not None else ""


def _enum(t: Tables, label: str) -> str:
    return t.say(label, "Enum")


def _person(t: Tables, data: PersonalData) -> list[tuple[str, Cell]]:
    r = data.resident
    v = r.values if r is not None else None
    m = data.member.values if data.member is not None else None
    sex = v.sex if v is not None else m.sex if m is not None else None
    birth = v.birth_date if v is not None else m.birth_date if m is not None else None
    items: list[tuple[str, Cell]] = [
        (QT_TRANSLATE_NOOP("PersonalData", "Name"), (data.name, Kind.NAME)),
        (QT_TRANSLATE_NOOP("PersonalData", "ID number"), (data.id_number, Kind.NUMBER)),
        (QT_TRANSLATE_NOOP("PersonalData", "Sex"), (_enum(t, sex.label) if sex else "", Kind.TEXT)),
        (QT_TRANSLATE_NOOP("PersonalData", "Date of birth"), (_day(birth), Kind.NUMBER)),
        (QT_TRANSLATE_NOOP("PersonalData", "Phone"), (data.phone, Kind.NUMBER)),
    ]
    if r is not None and v is not None:
        removed = t.say(QT_TRANSLATE_NOOP("PersonalData", "Removed from the household"))
        items += [
            (
                QT_TRANSLATE_NOOP("PersonalData", "Relation to the head"),
                (_enum(t, v.relation.label), Kind.TEXT),
            ),
            (
                QT_TRANSLATE_NOOP("PersonalData", "Resident record"),
                (removed if r.voided else "", Kind.TEXT),
            ),
            (QT_TRANSLATE_NOOP("PersonalData", "Note"), (v.note, Kind.TEXT)),
        ]
    return items


def _member(t: Tables, member: Member) -> list[tuple[str, Cell]]:
    v = member.values
    categories = "、".join(_enum(t, c.label) for c in sorted(v.categories))
    return [
        (QT_TRANSLATE_NOOP("PersonalData", "Party organisation"), (member.branch_name, Kind.TEXT)),
        (
            QT_TRANSLATE_NOOP("PersonalData", "Roll status"),
            (_enum(t, member.roll_status.label), Kind.TEXT),
        ),
        (
            QT_TRANSLATE_NOOP("PersonalData", "Joined the Party"),
            (str(v.joined_on or ""), Kind.NUMBER),
        ),
        (
            QT_TRANSLATE_NOOP("PersonalData", "Full member since"),
            (str(v.full_member_on or ""), Kind.NUMBER),
        ),
        (QT_TRANSLATE_NOOP("PersonalData", "Ethnicity"), (v.ethnicity, Kind.TEXT)),
        (
            QT_TRANSLATE_NOOP("PersonalData", "Education"),
            (_enum(t, v.education.label) if v.education else "", Kind.TEXT),
        ),
        (QT_TRANSLATE_NOOP("PersonalData", "Standing"), (_enum(t, v.standing.label), Kind.TEXT)),
        (QT_TRANSLATE_NOOP("PersonalData", "Member categories"), (categories, Kind.LIST)),
        (QT_TRANSLATE_NOOP("PersonalData", "Work unit"), (v.work_unit, Kind.TEXT)),
        (QT_TRANSLATE_NOOP("PersonalData", "Address"), (v.address, Kind.TEXT)),
    ]


def _in_service(t: Tables, data: PersonalData) -> list[Flowable]:
    s = data.in_service
    rows = [
        [
            t.say(QT_TRANSLATE_NOOP("PersonalData", "Registered")),
            _day(r.registered_on),
            r.card_number,
            r.work_unit,
        ]
        for r in s.registrations
    ]
    rows += [
        [
            t.say(QT_TRANSLATE_NOOP("PersonalData", "Post claimed")),
            _day(c.claimed_on),
            c.post_name,
            _day(c.ended_on),
        ]
        for c in s.claims
    ]
    rows += [
        [t.say(QT_TRANSLATE_NOOP("PersonalData", "Pledge")), str(p.campaign_year), p.text, ""]
        for p in s.pledges
    ]
    rows += [
        [
            t.say(QT_TRANSLATE_NOOP("PersonalData", "Service")),
            _day(r.values.served_on),
            r.post_name,
            f"{r.values.what}（{r.values.half_hours / 2:g}h）",
        ]
        for r in s.records
    ]
    columns = (
        Col(QT_TRANSLATE_NOOP("PersonalData", "Kind"), 0.16),
        Col(QT_TRANSLATE_NOOP("PersonalData", "Date"), 0.14, Kind.NUMBER),
        Col(QT_TRANSLATE_NOOP("PersonalData", "Card number / post / pledge"), 0.4),
        Col(QT_TRANSLATE_NOOP("PersonalData", "Details"), 0.3),
    )
    return [t.rows(columns, rows)] if rows else []


def _requests(t: Tables, data: PersonalData) -> list[Flowable]:
    rows = [
        [
            r.number,
            _day(r.values.received_at.date()),
            _enum(t, r.values.kind.label),
            r.values.content,
            _enum(t, r.state.label),
        ]
        for r in data.requests
    ]
    columns = (
        Col(QT_TRANSLATE_NOOP("PersonalData", "Number"), 0.17, Kind.NUMBER),
        Col(QT_TRANSLATE_NOOP("PersonalData", "Received"), 0.13, Kind.NUMBER),
        Col(QT_TRANSLATE_NOOP("PersonalData", "Kind"), 0.1),
        Col(QT_TRANSLATE_NOOP("PersonalData", "Content"), 0.45),
        Col(QT_TRANSLATE_NOOP("PersonalData", "State"), 0.15),
    )
    return [t.rows(columns, rows)] if rows else []


def _disputes(t: Tables, data: PersonalData) -> list[Flowable]:
    rows = [
        [
            s.dispute.number,
            _day(s.dispute.values.screened_on),
            s.dispute.values.dispute_type,
            _enum(t, s.role.label),
            s.dispute.values.summary,
            _enum(t, s.dispute.state.label),
        ]
        for s in data.disputes
    ]
    columns = (
        Col(QT_TRANSLATE_NOOP("PersonalData", "Number"), 0.17, Kind.NUMBER),
        Col(QT_TRANSLATE_NOOP("PersonalData", "Screened"), 0.12, Kind.NUMBER),
        Col(QT_TRANSLATE_NOOP("PersonalData", "Type"), 0.1),
        Col(QT_TRANSLATE_NOOP("PersonalData", "Role"), 0.1),
        Col(QT_TRANSLATE_NOOP("PersonalData", "Summary"), 0.36),
        Col(QT_TRANSLATE_NOOP("PersonalData", "State"), 0.15),
    )
    return [t.rows(columns, rows)] if rows else []


def _links(t: Tables, data: PersonalData) -> list[Flowable]:
    as_cadre = t.say(QT_TRANSLATE_NOOP("PersonalData", "Links as a cadre"))
    of_home = t.say(QT_TRANSLATE_NOOP("PersonalData", "Cadre linking the household"))
    rows = [
        [
            as_cadre,
            f"{k.household_address} {k.head_name}".strip(),
            _enum(t, k.values.reason.label),
            _day(k.values.started_on),
            _day(k.ended_on),
        ]
        for k in data.links_as_cadre
    ]
    rows += [
        [
            of_home,
            k.cadre_name,
            _enum(t, k.values.reason.label),
            _day(k.values.started_on),
            _day(k.ended_on),
        ]
        for k in data.household_cadres
    ]
    columns = (
        Col(QT_TRANSLATE_NOOP("PersonalData", "Link"), 0.2),
        Col(QT_TRANSLATE_NOOP("PersonalData", "Household or cadre"), 0.38),
        Col(QT_TRANSLATE_NOOP("PersonalData", "Reason"), 0.14),
        Col(QT_TRANSLATE_NOOP("PersonalData", "From"), 0.14, Kind.NUMBER),
        Col(QT_TRANSLATE_NOOP("PersonalData", "Until"), 0.14, Kind.NUMBER),
    )
    return [t.rows(columns, rows)] if rows else []


def _changes(t: Tables, record_type: str, fields: Sequence[tuple[str, object, object]]) -> str:
    shown: list[str] = []
    for name, old, new in fields:
        if name in DERIVED or name in BOOKKEEPING:
            continue
        header = field_header(record_type, name)
        label = t.say(header, "Columns") if header else name
        before = "" if old is None else str(old)
        if not before and (new is None or new == ""):
            continue
        shown.append(
            f"{label}：{before}→{'' if new is None else new}"
            if before
            else f"{label}：{'' if new is None else new}"
        )
    return "；".join(shown)


def _known(t: Tables, kind: str, role: str) -> tuple[str, str]:
    """An entry's kind and the actor's role in words (as stored when this version knows none)."""
    kinds = {k.value: k for k in AuditKind}
    roles = {r.value: r for r in Role}
    return (
        _enum(t, kinds[kind].label) if kind in kinds else kind,
        _enum(t, roles[role].label) if role in roles else role,
    )


def _audit(t: Tables, data: PersonalData) -> list[Flowable]:
    rows = [
        [
            a.entry.at[:16].replace("T", " "),
            f"{a.entry.actor}（{_known(t, a.entry.kind, a.entry.role)[1]}）",
            _known(t, a.entry.kind, a.entry.role)[0],
            record_type_title(a.record_type, t.cells.say),
            t.say(LISTED_TEXT, "Audit")
            if a.entry.kind == AuditKind.WRITE and is_listed(a.fields)
            else _changes(t, a.record_type, a.fields) or a.entry.note,
        ]
        for a in data.audit
    ]
    columns = (
        Col(QT_TRANSLATE_NOOP("PersonalData", "Time (UTC)"), 0.15, Kind.NUMBER),
        Col(QT_TRANSLATE_NOOP("PersonalData", "By"), 0.13),
        Col(QT_TRANSLATE_NOOP("PersonalData", "Entry"), 0.11),
        Col(QT_TRANSLATE_NOOP("PersonalData", "Record"), 0.09),
        Col(QT_TRANSLATE_NOOP("PersonalData", "What changed (masked as the log keeps it)"), 0.52),
    )
    return [t.rows(columns, rows)] if rows else []


def sections(t: Tables, data: PersonalData) -> list[Flowable]:
    """Every section, in order."""
    household: list[Flowable] = []
    if data.household is not None:
        h = data.household
        mates = "、".join(f"{p.name}（{_enum(t, p.relation.label)}）" for p in data.housemates)
        household = [
            t.pairs(
                [
                    (QT_TRANSLATE_NOOP("PersonalData", "Address"), (h.address, Kind.TEXT)),
                    (
                        QT_TRANSLATE_NOOP("PersonalData", "Villager group / grid"),
                        (h.values.grid, Kind.TEXT),
                    ),
                    (
                        QT_TRANSLATE_NOOP("PersonalData", "Other people of the household"),
                        (mates, Kind.LIST),
                    ),
                ],
                per_row=1,
            )
        ]
    relief = (
        [
            t.pairs(
                [
                    (
                        QT_TRANSLATE_NOOP("PersonalData", "Relief groups"),
                        ("、".join(data.relief), Kind.LIST),
                    )
                ],
                per_row=1,
            )
        ]
        if data.relief
        else []
    )
    parts: list[tuple[str, list[Flowable]]] = [
        ("person", [t.pairs(_person(t, data))]),
        ("member", [t.pairs(_member(t, data.member))] if data.member is not None else []),
        ("household", household),
        ("relief", relief),
        ("in_service", _in_service(t, data)),
        ("requests", _requests(t, data)),
        ("disputes", _disputes(t, data)),
        ("links", _links(t, data)),
        ("audit", _audit(t, data)),
    ]
    story: list[Flowable] = []
    for key, body in parts:
        story += [
            CondPageBreak(30 * mm),
            Spacer(1, 8),
            t.text(t.say(HEADINGS[key]), t.width, size=SIZE + 2),
            Spacer(1, 3),
        ]
        story += body or [t.text(t.say(NONE), t.width)]
    return story
