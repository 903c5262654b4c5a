"""The township's to-do list of its villages' 红 and 橙 disputes, and its 包案 (take-over).

A village's dispute arrives read-only (it is the village's record); what the township writes is
who there takes the case over, kept in its own bookkeeping (:class:`TownshipTakeover`, one per
dispute: a second take-over replaces the name) and carried, signed, in the village's next
receipts until the village's package shows the dispute taken over by that name. The village
writes the take-over into the dispute's history on import
(:mod:`villagedesk.core.township.receipt_takeovers`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.clock import SYSTEM_CLOCK, Clock, utc_stamp
from villagedesk.core.disputes.model import MediationLevel, WarningLevel
from villagedesk.core.disputes.ports import DisputeRepositories
from villagedesk.core.disputes.record import Dispute, DisputeQuery
from villagedesk.core.disputes.state import OPEN
from villagedesk.core.disputes.warning import reason_message
from villagedesk.core.errors import NotFound, ValidationError
from villagedesk.core.requests.moments import parse_moment
from villagedesk.core.requests.rules import MAX_NAME, Errors, check_text
from villagedesk.core.requests.timing import local_now
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg
from villagedesk.core.township.importing import require_township
from villagedesk.core.township.model import TownshipRepository
from villagedesk.core.township.ports import TownshipUnitOfWork
from villagedesk.core.township.receipt import DisputeTakeover

CTX = "Sync"
_FORM_TIME = "%Y-%m-%d %H:%M"
#: The colours on the township's to-do list, red first.
LISTED = (WarningLevel.RED, WarningLevel.ORANGE)


@dataclass(frozen=True)
class TownshipTakeover:
    """Who at the township took over a village's dispute (table ``sync_dispute_takeover``):
    one per dispute, named by the village and the dispute's 编号. ``taken_at`` is station time
    (``2026-11-20 15:30``)."""

    village: str
    number: str
    owner_name: str
    taken_at: str
    created_at: str = ""
    sent_in_receipt: str | None = None


class TakeoverRepository(TownshipRepository, Protocol):
    """The township's bookkeeping with its take-overs (``uow.township``)."""

    def save_takeover(self, takeover: TownshipTakeover) -> None:
        """Add the take-over, or replace the one recorded for the same dispute before."""
        ...

    def takeovers(self, village: str | None = None) -> list[TownshipTakeover]: ...
    def mark_takeovers_sent(self, village: str, *, at: str) -> None: ...


class TownshipDisputesUnitOfWork(TownshipUnitOfWork, Protocol):
    """The township's sync unit of work with the disputes it received and its take-overs."""

    @property
    def township(self) -> TakeoverRepository: ...
    @property
    def disputes(self) -> DisputeRepositories: ...


@dataclass(frozen=True)
class VillageDispute:
    """One line of the township's to-do list: a village's open 红 or 橙 dispute."""

    village: str
    village_name: str
    number: str
    parties: tuple[str, ...]
    level: WarningLevel
    reasons: tuple[Message, ...]
    rung: MediationLevel
    owner: str
    """The village's 包案人 ("" when none is named)."""
    township_owner: str
    """Who at the township took it over, as the village's last package shows it."""
    takeover: TownshipTakeover | None = None
    """The township's take-over as recorded here (None: not taken over)."""


@dataclass(frozen=True)
class TakeoverRecorded:
    """A take-over recorded; ``replaced``: the name it replaces ("" for a first take-over)."""

    takeover: TownshipTakeover
    replaced: str = ""


def _open_theirs(uow: TownshipDisputesUnitOfWork, own: str) -> list[Dispute]:
    found = uow.disputes.records.list(DisputeQuery(states=OPEN))
    return [d for d in found if d.station_code and d.station_code != own]


def _line(d: Dispute, name: str, takeover: TownshipTakeover | None) -> VillageDispute:
    progress = d.progress
    return VillageDispute(
        village=d.station_code,
        village_name=name,
        number=d.number,
        parties=tuple(p.name for p in d.values.parties),
        level=progress.warning,
        reasons=tuple(reason_message(r) for r in progress.warning_reasons),
        rung=progress.mediation_level,
        owner=progress.owner.name if progress.owner is not None else "",
        township_owner=progress.township_owner,
        takeover=takeover,
    )


@service(
    Action.READ_REGISTERS,
    label=QT_TRANSLATE_NOOP("Services", "List the villages' red and orange disputes"),
)
def village_disputes(uow: TownshipDisputesUnitOfWork) -> list[VillageDispute]:
    """The villages' open 红 and 橙 disputes: red first, then orange, each by village and
    编号, with the township's take-over if it recorded one."""
    with uow.for_reading():
        own = require_township(uow)
        names = {p.code: p.name for p in uow.township.peers()}
        taken = {(t.village, t.number): t for t in uow.township.takeovers()}
        listed = [d for d in _open_theirs(uow, own) if d.progress.warning in LISTED]
        listed.sort(key=lambda d: (-d.progress.warning.rank, d.station_code, d.number))
        return [
            _line(
                d, names.get(d.station_code, d.station_code), taken.get((d.station_code, d.number))
            )
            for d in listed
        ]


def _no_dispute(number: str, village: str) -> NotFound:
    text = QT_TRANSLATE_NOOP("Sync", "Village {village} has no open dispute {number}.")
    return NotFound(msg(CTX, text, village=village, number=number))


def _fields(by: str, at: str, clock: Clock) -> tuple[str, datetime | None, Errors]:
    errors: Errors = {}
    who = check_text(
        by,
        "by",
        errors,
        required=msg(CTX, QT_TRANSLATE_NOOP("Sync", "Name who at the township takes it over.")),
        limit=MAX_NAME,
    )
    now = local_now(clock)
    moment = parse_moment(at, "at", errors, today=now.date(), now=now)
    return who, moment, errors


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Take over a village's dispute"))
def take_over_dispute(
    uow: TownshipDisputesUnitOfWork,
    *,
    village: str,
    number: str,
    by: str,
    at: str = "",
    clock: Clock = SYSTEM_CLOCK,
) -> TakeoverRecorded:
    """Record who at the township takes over a village's open dispute (包案), replacing an
    earlier take-over of the same dispute; it goes out in the village's next receipt.
    ValidationError under ``by`` or ``at``; NotFound when the village has no such open
    dispute."""
    who, moment, errors = _fields(by, at, clock)
    code, wanted = village.strip(), number.strip()
    with uow:
        own = require_township(uow)
        found = [d for d in _open_theirs(uow, own) if (d.station_code, d.number) == (code, wanted)]
        if not found:
            raise _no_dispute(wanted, code)
        if errors:
            raise ValidationError(errors)
        assert moment is not None
        before = [t for t in uow.township.takeovers(code) if t.number == wanted]
        takeover = TownshipTakeover(
            village=code,
            number=wanted,
            owner_name=who,
            taken_at=moment.strftime(_FORM_TIME),
            created_at=utc_stamp(),
        )
        uow.township.save_takeover(takeover)
        uow.commit()
    replaced = before[0].owner_name if before and before[0].owner_name != who else ""
    return TakeoverRecorded(takeover, replaced)


@service(Action.SYNC, label=QT_TRANSLATE_NOOP("Services", "Gather the take-overs for a receipt"))
def receipt_takeovers(uow: TownshipDisputesUnitOfWork, village: str) -> tuple[DisputeTakeover, ...]:
    """The take-overs a village's receipt carries: those of its disputes still open whose last
    package does not show the name yet, inside the caller's unit of work."""
    station = uow.station.get()
    own = station.code if station is not None else ""
    shown = {
        d.number: d.progress.township_owner
        for d in _open_theirs(uow, own)
        if d.station_code == village
    }
    return tuple(
        DisputeTakeover(t.number, t.owner_name, t.taken_at)
        for t in uow.township.takeovers(village)
        if t.number in shown and shown[t.number] != t.owner_name
    )
