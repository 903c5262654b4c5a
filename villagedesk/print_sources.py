"""What the printed ledgers and the notice show, gathered from the store for the GUI's print menu
and ``villagedesk print`` alike: the raw rows of each ledger (filtered by the search text and the
period; 民情台账 and 回访台账 from ``print_sources_requests``, 矛盾纠纷排查化解台账 from
``print_sources_disputes``) and the registrations notice. It sits
between the top layer (ui, cli) and the middle layers it wires together (store readers in,
report inputs out)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from villagedesk.core.columns import Column
from villagedesk.core.households.link_services import cadre_links, list_cadres
from villagedesk.core.in_service.assessment import unit_summaries
from villagedesk.core.in_service.rules import campaign_year_bounds
from villagedesk.core.in_service.services import current_campaign_year, get_settings
from villagedesk.core.ports import UnitOfWork
from villagedesk.core.register_reader import RegisterReader
from villagedesk.core.search import SearchQuery, parse_search
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.i18n import translate as tr_default
from villagedesk.print_sources_disputes import DISPUTE_LEDGERS, dispute_ledger_rows
from villagedesk.print_sources_requests import REQUEST_LEDGERS, request_ledger_rows
from villagedesk.reports.ledger_kinds import LedgerKind
from villagedesk.reports.notice import NoticeDocument
from villagedesk.reports.registration_notice import ReportedMember, registration_notice_document
from villagedesk.store.in_service.reader import RecordReader, RegistrationReader
from villagedesk.store.station_store import StationStore

PAGE = 2000


@dataclass
class LedgerRows:
    """A ledger's columns, raw rows in column order, group labels (or None) and the period."""

    columns: list[Column]
    rows: list[tuple[object, ...]] = field(default_factory=list)
    groups: list[str] | None = None
    period: str = ""


def _pages(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), PAGE):
        yield ids[start : start + PAGE]


def _within(value: object, first: date | None, last: date | None) -> bool:
    """A stored ISO date (maybe month-only) inside [first, last], compared at its precision."""
    if first is None and last is None:
        return True
    if not value:
        return False
    text = str(value)
    n = len(text)
    return (first is None or text >= first.isoformat()[:n]) and (
        last is None or text <= last.isoformat()[:n]
    )


def _period(first: date | None, last: date | None) -> str:
    if first is None and last is None:
        return ""
    left = first.strftime("%Y.%m.%d") if first else ""
    right = last.strftime("%Y.%m.%d") if last else ""
    return f"{left} – {right}"


def _read(
    reader: RegisterReader, ids: Sequence[int], keys: Sequence[str]
) -> Iterator[tuple[object, ...]]:
    for page in _pages(ids):
        found = reader.rows(page, keys)
        for i in page:
            if i in found:
                yield found[i]


def ledger_rows(
    store: StationStore,
    kind: LedgerKind,
    *,
    search: str,
    first: date | None,
    last: date | None,
    today: date,
) -> LedgerRows:
    """The rows of ledger ``kind`` the search and the period keep, in the register's order."""
    township = store.member_reader.scope().township
    columns = kind.columns(township=township)
    keys = [c.key for c in columns]
    query = parse_search(search)
    out = LedgerRows(columns, period=_period(first, last))
    if kind.key == "registrations":
        _registration_rows(store, out, query, first, last, today)
    elif kind.key in ("members", "service"):
        reader: RegisterReader
        if kind.key == "members":
            reader = store.member_reader
        else:
            start_month = get_settings(store.uow_factory()).year_start_month
            year = current_campaign_year(store.uow_factory(), today=today)
            bounds = campaign_year_bounds(year, start_month)
            lo, hi = first or bounds[0], last or bounds[1]
            reader = RecordReader(store.engine, (lo, hi))
            out.period = _period(lo, hi)
        date_at = keys.index(kind.date_key) if kind.date_key in keys else None
        # the service records by date (then as entered); the roll in its register's order
        if kind.key == "service":
            ids = reader.search_ids(query, sort_key="served_on")
        else:
            ids = reader.search_ids(query)
        for row in _read(reader, ids, keys):
            if date_at is None or _within(row[date_at], first, last):
                out.rows.append(row)
    elif kind.key == "households":
        _link_rows(store, out, search, first, last)
    elif kind.key == "assessments":
        _assessment_rows(store, out, search, today)
    elif kind.key in REQUEST_LEDGERS:
        out.rows = request_ledger_rows(store, kind.key, keys, search=search, first=first, last=last)
    elif kind.key in DISPUTE_LEDGERS:
        out.rows = dispute_ledger_rows(store, keys, search=search, first=first, last=last)
    return out


def _registration_rows(
    store: StationStore,
    out: LedgerRows,
    query: SearchQuery,
    first: date | None,
    last: date | None,
    today: date,
) -> None:
    """在职党员报到登记台账: the campaign year's registrations the search keeps, in the order they
    reported (then by card number), with each member's sex, phone and posts held in the year."""
    uow = store.uow_factory()
    year = current_campaign_year(store.uow_factory(), today=today)
    reader = RegistrationReader(store.engine, year)
    found = set(reader.search_ids(query))
    with uow:
        start_month = uow.in_service.settings.get().year_start_month
        lo, hi = campaign_year_bounds(year, start_month)
        registrations = [r for r in uow.in_service.registrations.list(year) if r.id in found]
        posts_of = _posts_held(uow, lo, hi)
    out.period = _period(first or lo, last or hi)
    registrations = [r for r in registrations if _within(r.registered_on.isoformat(), first, last)]
    registrations.sort(key=lambda r: (r.registered_on, r.card_number, r.id))
    people = store.member_reader.rows([r.member_id for r in registrations], ["sex", "phone"])
    villages = (
        reader.rows([r.id for r in registrations], ["village"])
        if any(c.key == "village" for c in out.columns)
        else {}
    )
    for r in registrations:
        sex, phone = people.get(r.member_id, ("", ""))
        values = {
            "name": r.member_name,
            "sex": sex,
            "work_unit": r.work_unit,
            "phone": phone,
            "registered_on": r.registered_on.isoformat(),
            "posts": "、".join(posts_of.get(r.member_id, [])),
            "village": (villages.get(r.id) or ("",))[0],
        }
        out.rows.append(tuple(values.get(c.key, "") for c in out.columns))


def _link_rows(
    store: StationStore, out: LedgerRows, search: str, first: date | None, last: date | None
) -> None:
    out.groups = []
    needle = search.strip()
    for cadre in list_cadres(store.uow_factory()).cadres:
        label = tr_default(
            "Ledger", QT_TRANSLATE_NOOP("Ledger", "Cadre: {name}  {branch}  {phone}")
        ).format(name=cadre.name, branch=cadre.branch, phone=cadre.phone)
        for link in cadre_links(store.uow_factory(), cadre_id=cadre.member_id, include_ended=False):
            text = f"{cadre.name} {link.head_name} {link.household_address}"
            if needle and needle not in text:
                continue
            if not _within(link.values.started_on.isoformat(), first, last):
                continue
            v = link.values
            out.rows.append(
                (
                    link.head_name,
                    link.household_address,
                    v.reason.value,
                    v.note,
                    v.started_on.isoformat(),
                    "",
                )
            )
            out.groups.append(label)


def _assessment_rows(store: StationStore, out: LedgerRows, search: str, today: date) -> None:
    year = current_campaign_year(store.uow_factory(), today=today)
    out.period = str(year)
    out.groups = []
    needle = search.strip()
    for unit in unit_summaries(store.uow_factory(), year=year):
        label = tr_default(
            "Ledger", QT_TRANSLATE_NOOP("Ledger", "Work unit: {unit} ({count} members)")
        ).format(unit=unit.work_unit or "—", count=len(unit.rows))
        for r in unit.rows:
            if needle and needle not in r.member_name:
                continue
            e = r.evidence
            values: dict[str, object] = {
                "name": r.member_name,
                "work_unit": r.work_unit,
                "half_hours": e.half_hours,
                "records": e.records,
                "posts": "、".join(e.posts),
                "pledges": len(e.pledges),
                "community_rating": r.community_rating.value if r.community_rating else "",
                "unit_rating": r.unit_rating.value if r.unit_rating else "",
                "village": r.station_code,
            }
            out.rows.append(tuple(values.get(c.key, "") for c in out.columns))
            out.groups.append(label)


def branch_names(store: StationStore) -> list[str]:
    """The branches' names in the register's order, for the statistics table's branch rows
    (``write_statistics_table(..., branch_order=...)``)."""
    with store.uow_factory() as uow:
        return [b.name for b in uow.branches.list()]


def registration_notice(
    store: StationStore, *, today: date, days: int, translate: Translate
) -> NoticeDocument:
    """进驻公示 of the current campaign year: who reported, to which posts, and the posts."""
    uow = store.uow_factory()
    station = store.read_station()
    year = current_campaign_year(store.uow_factory(), today=today)
    with uow:
        start_month = uow.in_service.settings.get().year_start_month
        registrations = sorted(
            uow.in_service.registrations.list(year),
            key=lambda r: (r.registered_on, r.card_number, r.id),
        )
        first, last = campaign_year_bounds(year, start_month)
        posts_of = _posts_held(uow, first, last)
        posts = uow.in_service.posts.list()
    phones = store.member_reader.rows([r.member_id for r in registrations], ["phone"])
    reported = [
        ReportedMember(
            name=r.member_name,
            work_unit=r.work_unit,
            posts=posts_of.get(r.member_id, []),
            registered_on=r.registered_on,
            phone=(phones.get(r.member_id) or ("",))[0] or "",
        )
        for r in registrations
    ]
    name = station.name if station else ""
    return registration_notice_document(
        station=name,
        contact_name=(station.contact_name if station else "") or name,
        contact_phone=station.contact_phone if station else "",
        year=year,
        today=today,
        days=days,
        reported=reported,
        posts=posts,
        translate=translate,
    )


def _posts_held(uow: UnitOfWork, first: date, last: date) -> dict[int, list[str]]:
    """Each member's posts held at some time in [first, last] (by member id, each post once, in
    the order claimed)."""
    posts_of: dict[int, list[str]] = defaultdict(list)
    for claim in uow.in_service.claims.list():
        held = claim.claimed_on <= last and (claim.ended_on is None or claim.ended_on >= first)
        if held and claim.post_name not in posts_of[claim.member_id]:
            posts_of[claim.member_id].append(claim.post_name)
    return posts_of
