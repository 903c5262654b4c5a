"""Where a member stands on the station's roll (在册, 转出, 去世 …), and the events that move them.

Members are never deleted: each change is a :class:`RollEvent` kept in the member's history. A
record entered by mistake is voided (作废) with a reason: it leaves the registers, not the history.
The last change or void may be undone (撤销): the event stays in the history, marked undone with
the reason, and the member is back where the event found them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from villagedesk.core.dates import PartialDate
from villagedesk.core.text import QT_TRANSLATE_NOOP


class RollStatus(StrEnum):
    ON_ROLL = "on_roll"
    TRANSFERRED_OUT = "transferred_out"
    DECEASED = "deceased"
    SUSPENDED = "suspended"
    EXPELLED = "expelled"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    RollStatus.ON_ROLL: QT_TRANSLATE_NOOP("Enum", "On roll"),
    RollStatus.TRANSFERRED_OUT: QT_TRANSLATE_NOOP("Enum", "Transferred out"),
    RollStatus.DECEASED: QT_TRANSLATE_NOOP("Enum", "Deceased"),
    RollStatus.SUSPENDED: QT_TRANSLATE_NOOP("Enum", "Membership suspended"),
    RollStatus.EXPELLED: QT_TRANSLATE_NOOP("Enum", "Left the Party"),
}


class RollChange(StrEnum):
    """Events in a member's roll history."""

    REGISTERED = "registered"
    TRANSFER_IN = "transfer_in"
    TRANSFER_OUT = "transfer_out"
    DECEASED = "deceased"
    SUSPENDED = "suspended"
    EXPELLED = "expelled"
    RESTORED = "restored"
    VOIDED = "voided"

    @property
    def label(self) -> str:
        return _CHANGE_LABELS[self]

    @property
    def result(self) -> RollStatus | None:
        """The status after this event; None for a void, which leaves the status as it was."""
        return _RESULT[self]

    @property
    def allowed_from(self) -> frozenset[RollStatus]:
        return _ALLOWED_FROM[self]


_CHANGE_LABELS = {
    RollChange.REGISTERED: QT_TRANSLATE_NOOP("Enum", "Registered"),
    RollChange.TRANSFER_IN: QT_TRANSLATE_NOOP("Enum", "Transferred in"),
    RollChange.TRANSFER_OUT: QT_TRANSLATE_NOOP("Enum", "Transferred out"),
    RollChange.DECEASED: QT_TRANSLATE_NOOP("Enum", "Deceased"),
    RollChange.SUSPENDED: QT_TRANSLATE_NOOP("Enum", "Membership suspended"),
    RollChange.EXPELLED: QT_TRANSLATE_NOOP("Enum", "Left the Party"),
    RollChange.RESTORED: QT_TRANSLATE_NOOP("Enum", "Membership restored"),
    RollChange.VOIDED: QT_TRANSLATE_NOOP("Enum", "Voided"),
}

_RESULT: dict[RollChange, RollStatus | None] = {
    RollChange.REGISTERED: RollStatus.ON_ROLL,
    RollChange.TRANSFER_IN: RollStatus.ON_ROLL,
    RollChange.TRANSFER_OUT: RollStatus.TRANSFERRED_OUT,
    RollChange.DECEASED: RollStatus.DECEASED,
    RollChange.SUSPENDED: RollStatus.SUSPENDED,
    RollChange.EXPELLED: RollStatus.EXPELLED,
    RollChange.RESTORED: RollStatus.ON_ROLL,
    RollChange.VOIDED: None,
}

_ALL = frozenset(RollStatus)
_ALLOWED_FROM: dict[RollChange, frozenset[RollStatus]] = {
    RollChange.REGISTERED: frozenset(),
    RollChange.TRANSFER_IN: frozenset({RollStatus.TRANSFERRED_OUT}),
    RollChange.TRANSFER_OUT: frozenset({RollStatus.ON_ROLL}),
    RollChange.DECEASED: frozenset({RollStatus.ON_ROLL, RollStatus.SUSPENDED}),
    RollChange.SUSPENDED: frozenset({RollStatus.ON_ROLL}),
    RollChange.EXPELLED: frozenset({RollStatus.ON_ROLL, RollStatus.SUSPENDED}),
    RollChange.RESTORED: frozenset({RollStatus.SUSPENDED}),
    RollChange.VOIDED: _ALL,
}

#: The changes a user may pick in the "change roll status" dialog, in menu order.
USER_CHANGES: tuple[RollChange, ...] = (
    RollChange.TRANSFER_OUT,
    RollChange.TRANSFER_IN,
    RollChange.DECEASED,
    RollChange.SUSPENDED,
    RollChange.RESTORED,
    RollChange.EXPELLED,
)


@dataclass(frozen=True)
class RollEvent:
    """One line of a member's roll history; ``undone`` (with ``undo_reason``) once it was undone."""

    id: int
    member_id: int
    change: RollChange
    effective_on: PartialDate
    reason: str
    recorded_at: str
    undone: bool = False
    undo_reason: str = ""
