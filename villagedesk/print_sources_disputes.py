"""What the dispute printouts show, gathered from the store (``uow.disputes``, read with
``for_reading``) for the GUI and ``villagedesk print`` alike: the rows of 矛盾纠纷排查化解台账
(``print_sources.ledger_rows`` hands that kind here), one dispute's mediation papers, and the
month's figures (矛盾纠纷排查化解月报).

The ledger and the month's report are public paper: no ID number or phone is printed, and any
number a name or text holds is masked by the station's policy (core.masking). The mediation
papers show the parties' numbers masked too, except the 人民调解协议书: the parties sign it, so
it has them in full (``DisputePaperValues.full``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields, is_dataclass, replace
from datetime import date
from enum import Enum
from functools import partial
from typing import TypeVar

from villagedesk.core.disputes.committee import committee_name
from villagedesk.core.disputes.figures import MonthFigures, month_figures
from villagedesk.core.disputes.ledger_row import LedgerDispute
from villagedesk.core.disputes.record import Dispute, DisputeDetail, DisputeQuery
from villagedesk.core.disputes.services import dispute_settings, find_dispute
from villagedesk.core.disputes.state import DisputeAction, DisputeState
from villagedesk.core.masking import MaskPolicy, mask_id_number, mask_phone, mask_policy, mask_text
from villagedesk.i18n import translate as tr_default
from villagedesk.reports.dispute_papers_values import DisputePaperValues
from villagedesk.store.disputes.ledger import ledger_disputes
from villagedesk.store.station_store import StationStore

DISPUTE_LEDGERS = ("disputes",)
"""The ledger kinds (``reports.ledger_kinds.LEDGERS``) whose rows this module gathers."""

Row = tuple[object, ...]
T = TypeVar("T")


def _known(dispute: Dispute) -> list[str]:
    """The numbers the parties gave, masked wherever they turn up in a text."""
    return [x for p in dispute.values.parties for x in (p.id_number, p.phone) if x]


def _masked(value: T, public: Callable[[str], str]) -> T:
    """``value`` with every text in it (nested values too) through ``public``."""
    if isinstance(value, Enum):
        return value
    if isinstance(value, str):
        return public(value)  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(_masked(x, public) for x in value)  # type: ignore[return-value]
    if is_dataclass(value) and not isinstance(value, type):
        changed = {f.name: _masked(getattr(value, f.name), public) for f in fields(value) if f.init}
        return replace(value, **changed)
    return value


def masked_detail(detail: DisputeDetail, policy: MaskPolicy) -> DisputeDetail:
    """``detail`` fit for paper other than the agreement: each party's ID number and phone
    masked by ``policy``, and any number a text holds."""
    dispute = detail.dispute
    public = partial(mask_text, policy=policy, known=_known(dispute))
    values = _masked(dispute.values, public)
    parties = tuple(
        replace(p, id_number=mask_id_number(q.id_number, policy), phone=mask_phone(q.phone, policy))
        for p, q in zip(values.parties, dispute.values.parties, strict=True)
    )
    events = tuple(replace(e, step=_masked(e.step, public)) for e in detail.events)
    masked = replace(dispute, values=replace(values, parties=parties))
    return DisputeDetail(masked, events)


def dispute_papers(store: StationStore, *, number: str) -> DisputePaperValues:
    """The papers' values of the dispute of this 编号 (as typed); raises ``NotFound``."""
    detail = find_dispute(store.uow_factory(), number=number)
    policy = mask_policy(store.uow_factory())
    station = store.read_station()
    name = station.name if station else ""
    settings = dispute_settings(store.uow_factory())
    committee = committee_name(settings, name, say=tr_default)
    return DisputePaperValues(masked_detail(detail, policy), detail, name, committee)


# -- the ledger ----------------------------------------------------------------------------------


def _matches(row: LedgerDispute, needle: str) -> bool:
    if not needle:
        return True
    texts = (row.number, row.dispute_type, row.summary, *row.parties)
    return any(needle.lower() in t.lower() for t in texts)


def ledger_values(row: LedgerDispute, public: Callable[[str], str]) -> dict[str, object]:
    """One dispute as the ledger prints it (raw values; the columns format them)."""
    followed = ""
    if row.followed_up_at is not None:
        followed = f"{row.followed_up_at:%Y.%m.%d}"
        if row.satisfaction is not None:
            followed += " " + tr_default("Enum", row.satisfaction.label)
    closed = row.closed_at if row.state is DisputeState.CLOSED else None
    return {
        "number": row.number,
        "screened_on": row.screened_on.isoformat(),
        "name": public("、 ".join(row.parties)),
        "dispute_type": row.dispute_type,
        "people": str(row.people),
        "warning": row.shown_warning.value,
        "mediation_level": row.mediation_level.value,
        "assignee": public(row.owner) if row.owner else "",
        "outcome": row.outcome.value if row.outcome else "",
        "performance": row.performance.value if row.performance else "",
        "follow_up": followed,
        "closed_on": closed.date().isoformat() if closed else "",
        "village": row.station_code,
    }


def dispute_ledger_rows(
    store: StationStore,
    keys: Sequence[str],
    *,
    search: str,
    first: date | None,
    last: date | None,
) -> list[Row]:
    """The raw rows (values in the order of ``keys``) of 矛盾纠纷排查化解台账: the disputes
    screened in the period, oldest first, as far as ``search`` keeps them; masked."""
    policy = mask_policy(store.uow_factory())
    needle = search.strip()
    uow = store.uow_factory()
    with uow.for_reading():
        found = ledger_disputes(uow.connection, first=first, last=last)
    rows: list[Row] = []
    for dispute in found:
        if not _matches(dispute, needle):
            continue
        public = partial(mask_text, policy=policy, known=list(dispute.known))
        values = ledger_values(dispute, public)
        rows.append(tuple(values.get(k, "") for k in keys))
    return rows


def month_sheet(store: StationStore, *, first: date, last: date) -> tuple[MonthFigures, str]:
    """The figures of ``first`` … ``last`` from the store, and the station's name."""
    uow = store.uow_factory()
    with uow.for_reading():
        screened = uow.disputes.records.list(DisputeQuery(first=first, last=last))
        screened.sort(key=lambda d: (d.values.screened_on, d.number))
        everyone = uow.disputes.records.list(DisputeQuery())
        steps = uow.disputes.history.events_of(
            [d.id for d in everyone], actions={DisputeAction.SETTLE}
        )
    station = store.read_station()
    figures = month_figures(screened, everyone, steps, first=first, last=last, say=tr_default)
    return figures, station.name if station else ""
