"""What a receipt's take-overs do at the village: who at the township took over (包案) one of
its disputes becomes the dispute's ``township_owner``, with a TAKE_OVER step in its history.

Each take-over is written through the dispute's own verb (``mediation.take_over``), each in
its own transaction, after the receipt's confirmations are committed. Importing the same
receipt again writes nothing twice: a dispute that already names that person is passed over.
A take-over that cannot be applied (no such dispute, a closed one) is reported and skipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.clock import Clock
from villagedesk.core.disputes.mediation import take_over
from villagedesk.core.disputes.ports import DisputesUnitOfWork
from villagedesk.core.disputes.record import Dispute
from villagedesk.core.disputes.state import OPEN
from villagedesk.core.errors import DomainError
from villagedesk.core.requests.moments import parse_moment_text
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg, tidy
from villagedesk.core.township.receipt import DisputeTakeover

CTX = "Sync"


@dataclass(frozen=True)
class RefusedTakeover:
    """A take-over of the township's that was not applied, and why."""

    number: str
    reason: Message


@dataclass(frozen=True)
class TakeoversApplied:
    applied: int = 0
    already: int = 0
    refused: tuple[RefusedTakeover, ...] = ()


def _problem(text: str, number: str) -> DomainError:
    return DomainError(msg(CTX, text, number=number))


def _check(dispute: Dispute | None, takeover: DisputeTakeover) -> str:
    """ "apply" or "already"; raises DomainError with the reason it cannot be applied."""
    if dispute is None:
        text = QT_TRANSLATE_NOOP("Sync", "There is no dispute {number} at this station.")
        raise _problem(text, takeover.number)
    if dispute.progress.township_owner == tidy(takeover.owner_name):
        return "already"
    if dispute.state not in OPEN:
        raise _problem(QT_TRANSLATE_NOOP("Sync", "Dispute {number} is closed."), takeover.number)
    if not tidy(takeover.owner_name) or parse_moment_text(takeover.taken_at) is None:
        text = QT_TRANSLATE_NOOP("Sync", "The take-over of {number} names no one or no time.")
        raise _problem(text, takeover.number)
    return "apply"


def _apply_one(uow: DisputesUnitOfWork, takeover: DisputeTakeover, clock: Clock) -> str:
    """ "applied", "already", or raises DomainError with the reason it was not applied."""
    with uow.for_reading():
        dispute = uow.disputes.records.find_by_number(takeover.number)
    if _check(dispute, takeover) == "already":
        return "already"
    assert dispute is not None
    at = parse_moment_text(takeover.taken_at)
    assert at is not None
    saved = take_over(uow, clock, dispute_id=dispute.id, owner_name=takeover.owner_name, at=at)
    return "applied" if saved is not None else "already"


@service(
    Action.SYNC,
    label=QT_TRANSLATE_NOOP("Services", "Write the township's take-overs into the disputes"),
)
def apply_takeovers(
    uow: DisputesUnitOfWork, takeovers: Sequence[DisputeTakeover], *, clock: Clock
) -> TakeoversApplied:
    """Write each of the township's take-overs into its dispute (see the module)."""
    applied = already = 0
    refused: list[RefusedTakeover] = []
    for takeover in takeovers:
        try:
            done = _apply_one(uow, takeover, clock)
        except DomainError as e:
            why = QT_TRANSLATE_NOOP(
                "Sync", "The township's take-over of {number} was not applied: {why}"
            )
            reason = msg(CTX, why, number=takeover.number, why=e.message)
            refused.append(RefusedTakeover(takeover.number, reason))
            continue
        applied += done == "applied"
        already += done == "already"
    return TakeoversApplied(applied, already, tuple(refused))


def takeover_notes(takeovers: TakeoversApplied) -> tuple[list[Message], list[Message]]:
    """What the receipt's take-overs did: (what was done, what was not applied)."""
    done: list[Message] = []
    if takeovers.applied:
        text = QT_TRANSLATE_NOOP(
            "Sync", "{count} dispute(s) taken over by the township; see their history."
        )
        done.append(msg(CTX, text, count=takeovers.applied))
    return done, [r.reason for r in takeovers.refused]
