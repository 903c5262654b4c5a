"""One dispute as 矛盾纠纷排查化解台账 reads it: only what the ledger prints and searches, as a
plain tuple (the store reads thousands of them without building whole disputes)."""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from villagedesk.core.disputes.events import Outcome, Performance
from villagedesk.core.disputes.model import MediationLevel, WarningLevel
from villagedesk.core.disputes.state import DisputeState
from villagedesk.core.requests.events import Satisfaction


class LedgerDispute(NamedTuple):
    """``parties`` in their order; ``known`` the numbers the parties gave (masked wherever they
    turn up in a printed text); ``owner`` the 包案人 now, else the one it was recorded with."""

    number: str
    station_code: str
    screened_on: date
    parties: tuple[str, ...]
    known: tuple[str, ...]
    dispute_type: str
    summary: str
    people: int
    state: DisputeState
    warning: WarningLevel
    mediation_level: MediationLevel
    owner: str
    outcome: Outcome | None
    performance: Performance | None
    followed_up_at: datetime | None
    satisfaction: Satisfaction | None
    closed_at: datetime | None

    @property
    def shown_warning(self) -> WarningLevel:
        """Green once closed (转绿), as :attr:`DisputeProgress.shown_warning`."""
        return WarningLevel.GREEN if self.state is DisputeState.CLOSED else self.warning
