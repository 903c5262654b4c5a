"""The request's state machine: its states, the steps (actions) of its history, and the one
table of which step may follow which state and where it leads.

Every write of a step asks :func:`next_state` first; a step the table does not allow is refused
with the state and the step named. The rules a step must also satisfy (who may sign, when an
extension may be asked …) live in :mod:`villagedesk.core.requests.guards`.
"""

from __future__ import annotations

from enum import StrEnum

from villagedesk.core.errors import DomainError
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

CTX = "Request"


class RequestState(StrEnum):
    UNASSIGNED = "unassigned"
    AWAITING_SIGNATURE = "awaiting_signature"
    IN_PROGRESS = "in_progress"
    SUSPENDED = "suspended"
    ESCALATED = "escalated"
    AWAITING_FOLLOW_UP = "awaiting_follow_up"
    FOLLOWED_UP = "followed_up"
    CLOSED = "closed"
    REFUSED = "refused"
    MERGED = "merged"

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]


_STATE_LABELS = {
    RequestState.UNASSIGNED: QT_TRANSLATE_NOOP("Enum", "To be assigned"),
    RequestState.AWAITING_SIGNATURE: QT_TRANSLATE_NOOP("Enum", "Awaiting signature"),
    RequestState.IN_PROGRESS: QT_TRANSLATE_NOOP("Enum", "In progress"),
    RequestState.SUSPENDED: QT_TRANSLATE_NOOP("Enum", "Suspended"),
    RequestState.ESCALATED: QT_TRANSLATE_NOOP("Enum", "Escalated to the township"),
    RequestState.AWAITING_FOLLOW_UP: QT_TRANSLATE_NOOP("Enum", "Awaiting follow-up"),
    RequestState.FOLLOWED_UP: QT_TRANSLATE_NOOP("Enum", "Followed up"),
    RequestState.CLOSED: QT_TRANSLATE_NOOP("Enum", "Closed"),
    RequestState.REFUSED: QT_TRANSLATE_NOOP("Enum", "Not accepted"),
    RequestState.MERGED: QT_TRANSLATE_NOOP("Enum", "Merged"),
}


class Action(StrEnum):
    """A step of a request's history."""

    ASSIGN = "assign"
    SIGN = "sign"
    HAND_OVER = "hand_over"
    RECORD_WORK = "record_work"
    EXTEND = "extend"
    SUSPEND = "suspend"
    RESUME = "resume"
    ESCALATE = "escalate"
    ESCALATION_REPLY = "escalation_reply"
    REPLY = "reply"
    FOLLOW_UP = "follow_up"
    CLOSE = "close"
    REFUSE = "refuse"
    REOPEN = "reopen"
    MERGE = "merge"
    """This request was merged into another one and closes."""
    MERGE_IN = "merge_in"
    """Another request was merged into this one."""

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    Action.ASSIGN: QT_TRANSLATE_NOOP("Enum", "Assign"),
    Action.SIGN: QT_TRANSLATE_NOOP("Enum", "Sign for it"),
    Action.HAND_OVER: QT_TRANSLATE_NOOP("Enum", "Hand over"),
    Action.RECORD_WORK: QT_TRANSLATE_NOOP("Enum", "Work record"),
    Action.EXTEND: QT_TRANSLATE_NOOP("Enum", "Extension"),
    Action.SUSPEND: QT_TRANSLATE_NOOP("Enum", "Suspend"),
    Action.RESUME: QT_TRANSLATE_NOOP("Enum", "Resume"),
    Action.ESCALATE: QT_TRANSLATE_NOOP("Enum", "Escalate to the township"),
    Action.ESCALATION_REPLY: QT_TRANSLATE_NOOP("Enum", "Township's reply"),
    Action.REPLY: QT_TRANSLATE_NOOP("Enum", "Reply"),
    Action.FOLLOW_UP: QT_TRANSLATE_NOOP("Enum", "Follow-up"),
    Action.CLOSE: QT_TRANSLATE_NOOP("Enum", "Close"),
    Action.REFUSE: QT_TRANSLATE_NOOP("Enum", "Not accepted"),
    Action.REOPEN: QT_TRANSLATE_NOOP("Enum", "Reopen"),
    Action.MERGE: QT_TRANSLATE_NOOP("Enum", "Merge into another request"),
    Action.MERGE_IN: QT_TRANSLATE_NOOP("Enum", "Another request merged in"),
}

S = RequestState

#: States a request ends in; only 已销号 can be reopened.
TERMINAL = frozenset({S.CLOSED, S.REFUSED, S.MERGED})
OPEN = frozenset(s for s in RequestState if s not in TERMINAL)
#: States in which the request is held against its deadline (due today, overdue).
DEADLINE_STATES = frozenset({S.UNASSIGNED, S.AWAITING_SIGNATURE, S.IN_PROGRESS, S.ESCALATED})
#: States in which the clock may stop (the calculator's rule table says which of them do).
PAUSE_STATES = frozenset({S.SUSPENDED, S.ESCALATED})

#: action → {state the step may follow: state it leads to}. Nothing else is allowed.
TRANSITIONS: dict[Action, dict[RequestState, RequestState]] = {
    Action.ASSIGN: {S.UNASSIGNED: S.AWAITING_SIGNATURE},
    Action.SIGN: {S.AWAITING_SIGNATURE: S.IN_PROGRESS},
    Action.HAND_OVER: {
        S.AWAITING_SIGNATURE: S.AWAITING_SIGNATURE,
        S.IN_PROGRESS: S.AWAITING_SIGNATURE,
    },
    Action.RECORD_WORK: {s: s for s in (S.IN_PROGRESS, S.SUSPENDED, S.ESCALATED)},
    Action.EXTEND: {s: s for s in (S.IN_PROGRESS, S.ESCALATED)},
    Action.SUSPEND: {S.IN_PROGRESS: S.SUSPENDED},
    Action.RESUME: {S.SUSPENDED: S.IN_PROGRESS},
    Action.ESCALATE: {S.IN_PROGRESS: S.ESCALATED},
    Action.ESCALATION_REPLY: {S.ESCALATED: S.IN_PROGRESS},
    Action.REPLY: {S.IN_PROGRESS: S.AWAITING_FOLLOW_UP},
    Action.FOLLOW_UP: {S.AWAITING_FOLLOW_UP: S.FOLLOWED_UP},
    Action.CLOSE: {s: S.CLOSED for s in (S.IN_PROGRESS, S.AWAITING_FOLLOW_UP, S.FOLLOWED_UP)},
    Action.REFUSE: {s: S.REFUSED for s in (S.UNASSIGNED, S.AWAITING_SIGNATURE, S.IN_PROGRESS)},
    Action.REOPEN: {s: S.IN_PROGRESS for s in (S.AWAITING_FOLLOW_UP, S.FOLLOWED_UP, S.CLOSED)},
    Action.MERGE: {s: S.MERGED for s in OPEN},
    Action.MERGE_IN: {s: s for s in OPEN},
}


def allowed_actions(state: RequestState) -> list[Action]:
    """The steps a request in ``state`` may take, in the table's order (for menus)."""
    return [a for a, table in TRANSITIONS.items() if state in table]


def next_state(state: RequestState, action: Action) -> RequestState:
    """Where ``action`` leads from ``state``; DomainError (nothing written) when not allowed."""
    target = TRANSITIONS[action].get(state)
    if target is None:
        raise DomainError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Request", "This request is “{state}”; “{action}” is not possible now."
                ),
                state=msg("Enum", state.label),
                action=msg("Enum", action.label),
            )
        )
    return target
