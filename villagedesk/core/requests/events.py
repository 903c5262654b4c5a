"""A request's history: one :class:`Step` per thing done (assigned, signed, handed over, worked
on, extended, suspended, escalated, replied, followed up, closed …), each with the details of
its kind. The history is never edited; the request's progress is what its steps add up to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from villagedesk.core.requests.model import Handler, Requester
from villagedesk.core.requests.state import Action
from villagedesk.core.text import QT_TRANSLATE_NOOP


class Resolution(StrEnum):
    """是否解决, asked at the follow-up."""

    SOLVED = "solved"
    PARTLY_SOLVED = "partly_solved"
    UNSOLVED = "unsolved"

    @property
    def label(self) -> str:
        return _RESOLUTION_LABELS[self]


_RESOLUTION_LABELS = {
    Resolution.SOLVED: QT_TRANSLATE_NOOP("Enum", "Solved"),
    Resolution.PARTLY_SOLVED: QT_TRANSLATE_NOOP("Enum", "Partly solved"),
    Resolution.UNSOLVED: QT_TRANSLATE_NOOP("Enum", "Not solved"),
}


class Satisfaction(StrEnum):
    """满意度, asked at the follow-up."""

    SATISFIED = "satisfied"
    BASICALLY_SATISFIED = "basically_satisfied"
    DISSATISFIED = "dissatisfied"

    @property
    def label(self) -> str:
        return _SATISFACTION_LABELS[self]


_SATISFACTION_LABELS = {
    Satisfaction.SATISFIED: QT_TRANSLATE_NOOP("Enum", "Satisfied"),
    Satisfaction.BASICALLY_SATISFIED: QT_TRANSLATE_NOOP("Enum", "Basically satisfied"),
    Satisfaction.DISSATISFIED: QT_TRANSLATE_NOOP("Enum", "Dissatisfied"),
}


class RefusalGround(StrEnum):
    """不予受理的理由: the stated grounds a request may be refused on."""

    IN_LITIGATION = "in_litigation"
    IN_ARBITRATION = "in_arbitration"
    IN_PETITION = "in_petition"
    OUTSIDE_REMIT = "outside_remit"
    UNLAWFUL = "unlawful"
    NO_REAL_REQUEST = "no_real_request"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _GROUND_LABELS[self]


_GROUND_LABELS = {
    RefusalGround.IN_LITIGATION: QT_TRANSLATE_NOOP("Enum", "Already before a court"),
    RefusalGround.IN_ARBITRATION: QT_TRANSLATE_NOOP("Enum", "Already in arbitration"),
    RefusalGround.IN_PETITION: QT_TRANSLATE_NOOP("Enum", "Already in the petition procedure"),
    RefusalGround.OUTSIDE_REMIT: QT_TRANSLATE_NOOP("Enum", "Outside the station's remit"),
    RefusalGround.UNLAWFUL: QT_TRANSLATE_NOOP("Enum", "Against the law or public order"),
    RefusalGround.NO_REAL_REQUEST: QT_TRANSLATE_NOOP("Enum", "No actual request"),
    RefusalGround.OTHER: QT_TRANSLATE_NOOP("Enum", "Other grounds"),
}


# -- the details of each kind of step ------------------------------------------------------------


@dataclass(frozen=True)
class Assignment:
    """分派 (ASSIGN) or 转派 (HAND_OVER, with its reason): one 责任人, optional 协办人."""

    assignee: Handler
    helpers: tuple[Handler, ...] = ()
    reason: str = ""


@dataclass(frozen=True)
class Signing:
    """签收 by the 责任人 (the step's ``by`` names them too)."""

    signer: Handler


@dataclass(frozen=True)
class Note:
    """The text of a work record, a suspension or resumption, a reply, a reopening.
    ``automatic``: a 重办 the follow-up triggered."""

    text: str
    automatic: bool = False


@dataclass(frozen=True)
class Extension:
    """延期: the new deadline, why, and who approved it."""

    new_due: datetime
    reason: str
    approved_by: str


@dataclass(frozen=True)
class Escalation:
    """上报 (吹哨) to a township department, or that department's reply."""

    department: str
    text: str


@dataclass(frozen=True)
class FollowUp:
    """回访: solved or not, how satisfied, and a note."""

    resolution: Resolution
    satisfaction: Satisfaction
    note: str = ""

    @property
    def reopens(self) -> bool:
        """A follow-up that says 未解决 or 不满意 sends the request back (重办)."""
        return (
            self.resolution is Resolution.UNSOLVED or self.satisfaction is Satisfaction.DISSATISFIED
        )


@dataclass(frozen=True)
class Closing:
    """销号. ``statement``: the 无法解决说明 when it closes without a solving follow-up, with
    the station head who approved it."""

    statement: str = ""
    approved_by: str = ""


@dataclass(frozen=True)
class Refusal:
    """不予受理: one of the stated grounds, and the reason in words."""

    ground: RefusalGround
    reason: str


@dataclass(frozen=True)
class MergeLink:
    """合并: the other request of a merge (MERGE: the one this went into; MERGE_IN: the one that
    came in, with its requester, who now also belongs to this request)."""

    other_id: int
    other_number: str
    requester: Requester | None = None


Details = (
    Assignment | Signing | Note | Extension | Escalation | FollowUp | Closing | Refusal | MergeLink
)

#: The kind of details each step carries.
DETAILS_OF: dict[Action, type[Details]] = {
    Action.ASSIGN: Assignment,
    Action.SIGN: Signing,
    Action.HAND_OVER: Assignment,
    Action.RECORD_WORK: Note,
    Action.EXTEND: Extension,
    Action.SUSPEND: Note,
    Action.RESUME: Note,
    Action.ESCALATE: Escalation,
    Action.ESCALATION_REPLY: Escalation,
    Action.REPLY: Note,
    Action.FOLLOW_UP: FollowUp,
    Action.CLOSE: Closing,
    Action.REFUSE: Refusal,
    Action.REOPEN: Note,
    Action.MERGE: MergeLink,
    Action.MERGE_IN: MergeLink,
}


@dataclass(frozen=True)
class Step:
    """One step as it is written: what, when (station time), by whom, with its details."""

    action: Action
    at: datetime
    by: str
    details: Details

    def __post_init__(self) -> None:
        if not isinstance(self.details, DETAILS_OF[self.action]):
            raise TypeError(f"{self.action} carries {DETAILS_OF[self.action].__name__}")


@dataclass(frozen=True)
class RequestEvent:
    """A stored step of a request's history."""

    id: int
    request_id: int
    step: Step

    @property
    def action(self) -> Action:
        return self.step.action

    @property
    def at(self) -> datetime:
        return self.step.at
