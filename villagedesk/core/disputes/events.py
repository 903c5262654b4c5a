"""A dispute's history: one :class:`DisputeStep` per thing done (its warning level computed or
set, a mediation session, a move up the ladder, an extension, a change of 包案人, the result,
the performance, a follow-up, the closing, a reopening). Never edited; the dispute's progress
is what its steps add up to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from villagedesk.core.disputes.model import MediationLevel, WarningLevel
from villagedesk.core.disputes.state import DisputeAction
from villagedesk.core.requests.events import Satisfaction
from villagedesk.core.requests.model import Handler
from villagedesk.core.text import QT_TRANSLATE_NOOP


class SessionResult(StrEnum):
    """How one 调解 session ended."""

    AGREED = "agreed"
    ADJOURNED = "adjourned"
    FAILED = "failed"

    @property
    def label(self) -> str:
        return _SESSION_LABELS[self]


_SESSION_LABELS = {
    SessionResult.AGREED: QT_TRANSLATE_NOOP("Enum", "Agreement reached"),
    SessionResult.ADJOURNED: QT_TRANSLATE_NOOP("Enum", "To be continued"),
    SessionResult.FAILED: QT_TRANSLATE_NOOP("Enum", "Failed"),
}


class Outcome(StrEnum):
    """调解结果."""

    WRITTEN_AGREEMENT = "written_agreement"
    ORAL_AGREEMENT = "oral_agreement"
    FAILED = "failed"
    """调解不成: the parties were told of 诉讼 and 仲裁."""
    TERMINATED = "terminated"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]

    @property
    def agreement(self) -> bool:
        return self in (Outcome.WRITTEN_AGREEMENT, Outcome.ORAL_AGREEMENT)


_OUTCOME_LABELS = {
    Outcome.WRITTEN_AGREEMENT: QT_TRANSLATE_NOOP("Enum", "Written agreement"),
    Outcome.ORAL_AGREEMENT: QT_TRANSLATE_NOOP("Enum", "Oral agreement"),
    Outcome.FAILED: QT_TRANSLATE_NOOP("Enum", "Mediation failed"),
    Outcome.TERMINATED: QT_TRANSLATE_NOOP("Enum", "Terminated"),
}


class Performance(StrEnum):
    """履行情况."""

    DONE = "done"
    PARTLY = "partly"
    NOT_DONE = "not_done"

    @property
    def label(self) -> str:
        return _PERFORMANCE_LABELS[self]


_PERFORMANCE_LABELS = {
    Performance.DONE: QT_TRANSLATE_NOOP("Enum", "Performed"),
    Performance.PARTLY: QT_TRANSLATE_NOOP("Enum", "Partly performed"),
    Performance.NOT_DONE: QT_TRANSLATE_NOOP("Enum", "Not performed"),
}


# -- the details of each kind of step ------------------------------------------------------------


@dataclass(frozen=True)
class LevelReason:
    """One reason of a computed level: a rule's code (see ``warning.REASON_TEXTS``) and the
    count it looked at (0 where it is a tick box)."""

    code: str
    count: int = 0


@dataclass(frozen=True)
class LevelChange:
    """预警等级: the level and why. ``manual``: set by a person, ``note`` their written reason;
    else computed by the rules, ``reasons`` the rules that fired."""

    level: WarningLevel
    previous: WarningLevel | None
    reasons: tuple[LevelReason, ...] = ()
    manual: bool = False
    note: str = ""


@dataclass(frozen=True)
class Session:
    """调解记录."""

    held_on: date
    place: str
    mediators: tuple[Handler, ...]
    present: tuple[str, ...]
    """The names of the parties present."""
    said: str
    result: SessionResult


@dataclass(frozen=True)
class LevelMove:
    """上移层级: from which mediation level to which, and why."""

    from_level: MediationLevel
    to_level: MediationLevel
    reason: str


@dataclass(frozen=True)
class CaseExtension:
    """延长调解期限, with every applicant's and respondent's recorded consent (their names)."""

    new_due: date
    reason: str
    consents: tuple[str, ...]


@dataclass(frozen=True)
class OwnerChange:
    """A new 包案人 (HAND_OVER at the village, TAKE_OVER by the township)."""

    owner: Handler
    reason: str = ""


@dataclass(frozen=True)
class Agreement:
    """The agreement reached. ``number`` is the 人民调解协议书's, "（2026）某某人调字第3号", given
    to written agreements only; ``due`` is the 履行期限."""

    facts: str
    """基本情况."""
    issues: str
    """主要事实和争议."""
    terms: str
    """协议内容."""
    manner: str
    """履行方式."""
    due: date
    number: str = ""


@dataclass(frozen=True)
class Settlement:
    """调解结果: an agreement, or why there is none (``note``: that the parties were told of
    诉讼 and 仲裁, or the reason to terminate)."""

    outcome: Outcome
    agreement: Agreement | None = None
    note: str = ""


@dataclass(frozen=True)
class PerformanceRecord:
    """履行 as recorded."""

    performance: Performance
    note: str = ""


@dataclass(frozen=True)
class DisputeFollowUp:
    """回访: how the agreement was kept (None where there was none), how satisfied, whether a
    hidden danger (隐患) remains, and a note."""

    performance: Performance | None
    satisfaction: Satisfaction
    hidden_risk: bool
    note: str = ""

    @property
    def unkept(self) -> bool:
        """An agreement found 未履行 at the follow-up sends the case back to mediation."""
        return self.performance is Performance.NOT_DONE


@dataclass(frozen=True)
class DisputeNote:
    """The text of a closing or a reopening. ``automatic``: a reopening a 履行 or 回访 caused."""

    text: str
    automatic: bool = False


DisputeDetails = (
    LevelChange
    | Session
    | LevelMove
    | CaseExtension
    | OwnerChange
    | Settlement
    | PerformanceRecord
    | DisputeFollowUp
    | DisputeNote
)

#: The kind of details each step carries.
DETAILS_OF: dict[DisputeAction, type[DisputeDetails]] = {
    DisputeAction.LEVEL: LevelChange,
    DisputeAction.SESSION: Session,
    DisputeAction.ESCALATE: LevelMove,
    DisputeAction.EXTEND: CaseExtension,
    DisputeAction.HAND_OVER: OwnerChange,
    DisputeAction.TAKE_OVER: OwnerChange,
    DisputeAction.SETTLE: Settlement,
    DisputeAction.PERFORM: PerformanceRecord,
    DisputeAction.FOLLOW_UP: DisputeFollowUp,
    DisputeAction.CLOSE: DisputeNote,
    DisputeAction.REOPEN: DisputeNote,
}


@dataclass(frozen=True)
class DisputeStep:
    """One step as it is written: what, when (station time), by whom, with its details."""

    action: DisputeAction
    at: datetime
    by: str
    details: DisputeDetails

    def __post_init__(self) -> None:
        if not isinstance(self.details, DETAILS_OF[self.action]):
            raise TypeError(f"{self.action} carries {DETAILS_OF[self.action].__name__}")


@dataclass(frozen=True)
class DisputeEvent:
    """A stored step of a dispute's history."""

    id: int
    dispute_id: int
    step: DisputeStep

    @property
    def action(self) -> DisputeAction:
        return self.step.action

    @property
    def at(self) -> datetime:
        return self.step.at
