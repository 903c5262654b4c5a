"""What the deadline calculator is asked and answers (its port is in ``ports.py``; the
working-day arithmetic and the station's rule table are the calendar's): the rule key, the
moments the clock starts from, and the intervals it stood still.

A round of handling starts at receipt, and again at every 重办; the deadline of a round counts
from the round's start (or its first 签收, as the rule says) under the rule the request was
received under and stands still while the request
is in a state the rule stops the clock in. An approved 延期 replaces the counted deadline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from villagedesk.core.requests.events import RequestEvent
from villagedesk.core.requests.model import RequestType, RequestValues, Urgency
from villagedesk.core.requests.record import RequestProgress
from villagedesk.core.requests.state import Action, RequestState

_PAUSE_ENDS = {
    Action.SUSPEND: (RequestState.SUSPENDED, Action.RESUME),
    Action.ESCALATE: (RequestState.ESCALATED, Action.ESCALATION_REPLY),
}


@dataclass(frozen=True)
class DeadlineKey:
    """What picks the time limit in the rule table: 诉求类型, 紧急程度, and whether a 求助 is
    about water, power or heating."""

    kind: RequestType
    urgency: Urgency
    essential_service: bool = False

    @classmethod
    def of(cls, values: RequestValues) -> DeadlineKey:
        essential = values.essential_service and values.kind is RequestType.HELP
        return cls(values.kind, values.urgency, essential)


@dataclass(frozen=True)
class Pause:
    """A closed interval the request spent in ``state`` (suspended, escalated)."""

    state: RequestState
    start: datetime
    end: datetime


@dataclass(frozen=True)
class ClockInputs:
    """What one round's deadline counts from."""

    received_at: datetime
    """The round's start: the receipt, or the last 重办."""
    signed_at: datetime | None
    pauses: tuple[Pause, ...]


def clock_inputs(
    values: RequestValues, progress: RequestProgress, events: Sequence[RequestEvent]
) -> ClockInputs:
    """The inputs of the current round's deadline (``events`` oldest first)."""
    start = progress.round_start or values.received_at
    steps = [e.step for e in events if progress.round_start is None or e.at >= start]
    signed: datetime | None = progress.round_start  # a reopened request is already held
    pauses: list[Pause] = []
    open_pause: tuple[RequestState, datetime, Action] | None = None
    for step in steps:
        if step.action is Action.SIGN and signed is None:
            signed = step.at
        if step.action in _PAUSE_ENDS:
            state, end_action = _PAUSE_ENDS[step.action]
            open_pause = (state, step.at, end_action)
        elif open_pause is not None and step.action is open_pause[2]:
            pauses.append(Pause(open_pause[0], open_pause[1], step.at))
            open_pause = None
    return ClockInputs(start, signed, tuple(pauses))
