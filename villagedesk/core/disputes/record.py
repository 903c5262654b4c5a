"""A stored dispute: its values as recorded and its progress, the summary of its history that
the register, the filters, the start page and the ledger read without walking every step."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from villagedesk.core.disputes.events import (
    DisputeEvent,
    LevelReason,
    Outcome,
    Performance,
)
from villagedesk.core.disputes.model import (
    DisputeValues,
    MediationLevel,
    PartyKind,
    WarningLevel,
)
from villagedesk.core.disputes.state import DisputeState
from villagedesk.core.requests.events import Satisfaction
from villagedesk.core.requests.model import Handler


@dataclass(frozen=True)
class DisputeProgress:
    """Where a dispute stands. Written by the services after every step (the store keeps it in
    the dispute's row).

    ``warning`` is the level in force (computed, or set by hand when ``warning_manual``) with
    the ``warning_reasons`` of the rules; ``mediation_level`` the current rung since
    ``level_since``, its time running out on ``level_due``; ``case_due`` the end of the whole
    case's month (later when extended with the parties' consent); ``failed_sessions`` the
    failed 调解记录 (added to the risk factors' count); ``township_owner`` who at the township
    took the case over (包案), from its receipt."""

    state: DisputeState = DisputeState.MEDIATING
    state_since: datetime | None = None
    warning: WarningLevel = WarningLevel.YELLOW
    warning_reasons: tuple[LevelReason, ...] = ()
    warning_manual: bool = False
    mediation_level: MediationLevel = MediationLevel.COMMITTEE
    level_since: datetime | None = None
    level_due: date | None = None
    case_due: date | None = None
    extended: bool = False
    owner: Handler | None = None
    township_owner: str = ""
    sessions: int = 0
    failed_sessions: int = 0
    last_session_failed: bool = False
    outcome: Outcome | None = None
    agreement_number: str = ""
    performance_due: date | None = None
    performance: Performance | None = None
    followed_up_at: datetime | None = None
    satisfaction: Satisfaction | None = None
    hidden_risk: bool | None = None
    reopened: int = 0
    closed_at: datetime | None = None

    @property
    def shown_warning(self) -> WarningLevel:
        """The colour shown: green once closed (转绿), else the level in force."""
        return WarningLevel.GREEN if self.state is DisputeState.CLOSED else self.warning


@dataclass(frozen=True)
class Dispute:
    """A stored dispute."""

    id: int
    number: str
    values: DisputeValues
    progress: DisputeProgress
    station_code: str = ""

    @property
    def state(self) -> DisputeState:
        return self.progress.state


@dataclass(frozen=True)
class DisputeDetail:
    """One dispute with its whole history, oldest step first (the case file)."""

    dispute: Dispute
    events: tuple[DisputeEvent, ...]


@dataclass(frozen=True)
class DisputeQuery:
    """The filters of the dispute register (all optional; they combine with AND).

    ``levels``: the warning levels in force (open disputes only; closed ones are green);
    ``level_due_within``: open disputes at a village level whose time runs out on or before
    that day; ``awaiting_follow_up``: agreements past their 履行期限 not yet followed up;
    ``household_id``: disputes any of whose parties lives in that household, or that name it."""

    states: frozenset[DisputeState] = frozenset()
    levels: frozenset[WarningLevel] = frozenset()
    mediation_levels: frozenset[MediationLevel] = frozenset()
    dispute_type: str = ""
    household_id: int | None = None
    person_id: int | None = None
    person_kind: PartyKind | None = None
    """Which register ``person_id`` is of (None: a resident or a member with that id)."""
    first: date | None = None
    last: date | None = None
    level_due_by: date | None = None
    awaiting_follow_up_on: date | None = None
    text: str = ""
    limit: int | None = None
    ids: frozenset[int] = field(default_factory=frozenset)
