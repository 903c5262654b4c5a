"""A dispute's state machine: its states, the steps of its history, and the one table of which
step may follow which state and where it leads.

The table gives each step's usual landing; three steps land elsewhere by what they carry
(:func:`landing`): a 调解结果 without an agreement goes straight to 待回访, a 履行 recorded as
未履行 and a 回访 finding the agreement unkept send the case back to mediation (重新调解).
"""

from __future__ import annotations

from enum import StrEnum

from villagedesk.core.errors import DomainError
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg


class DisputeState(StrEnum):
    MEDIATING = "mediating"
    AWAITING_PERFORMANCE = "awaiting_performance"
    AWAITING_FOLLOW_UP = "awaiting_follow_up"
    FOLLOWED_UP = "followed_up"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]


_STATE_LABELS = {
    DisputeState.MEDIATING: QT_TRANSLATE_NOOP("Enum", "Being mediated"),
    DisputeState.AWAITING_PERFORMANCE: QT_TRANSLATE_NOOP("Enum", "Awaiting performance"),
    DisputeState.AWAITING_FOLLOW_UP: QT_TRANSLATE_NOOP("Enum", "Awaiting follow-up"),
    DisputeState.FOLLOWED_UP: QT_TRANSLATE_NOOP("Enum", "Followed up"),
    DisputeState.CLOSED: QT_TRANSLATE_NOOP("Enum", "Closed"),
}


class DisputeAction(StrEnum):
    """A step of a dispute's history."""

    LEVEL = "level"
    """预警等级: computed when recorded and after every change of the risks, or set by hand."""
    SESSION = "session"
    ESCALATE = "escalate"
    EXTEND = "extend"
    HAND_OVER = "hand_over"
    TAKE_OVER = "take_over"
    """The township took the case over (包案), from its receipt."""
    SETTLE = "settle"
    PERFORM = "perform"
    FOLLOW_UP = "follow_up"
    CLOSE = "close"
    REOPEN = "reopen"

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    DisputeAction.LEVEL: QT_TRANSLATE_NOOP("Enum", "Warning level"),
    DisputeAction.SESSION: QT_TRANSLATE_NOOP("Enum", "Mediation session"),
    DisputeAction.ESCALATE: QT_TRANSLATE_NOOP("Enum", "Move up a level"),
    DisputeAction.EXTEND: QT_TRANSLATE_NOOP("Enum", "Extend the mediation period"),
    DisputeAction.HAND_OVER: QT_TRANSLATE_NOOP("Enum", "Change the case owner"),
    DisputeAction.TAKE_OVER: QT_TRANSLATE_NOOP("Enum", "Taken over by the township"),
    DisputeAction.SETTLE: QT_TRANSLATE_NOOP("Enum", "Mediation result"),
    DisputeAction.PERFORM: QT_TRANSLATE_NOOP("Enum", "Performance"),
    DisputeAction.FOLLOW_UP: QT_TRANSLATE_NOOP("Enum", "Follow-up"),
    DisputeAction.CLOSE: QT_TRANSLATE_NOOP("Enum", "Close"),
    DisputeAction.REOPEN: QT_TRANSLATE_NOOP("Enum", "Mediate again"),
}

S = DisputeState
A = DisputeAction

OPEN = frozenset(s for s in DisputeState if s is not S.CLOSED)

#: action → {state the step may follow: where it usually leads}. Nothing else is allowed.
TRANSITIONS: dict[DisputeAction, dict[DisputeState, DisputeState]] = {
    A.SESSION: {S.MEDIATING: S.MEDIATING},
    A.ESCALATE: {S.MEDIATING: S.MEDIATING},
    A.EXTEND: {S.MEDIATING: S.MEDIATING},
    A.SETTLE: {S.MEDIATING: S.AWAITING_PERFORMANCE},
    A.PERFORM: {S.AWAITING_PERFORMANCE: S.AWAITING_FOLLOW_UP},
    A.FOLLOW_UP: {S.AWAITING_FOLLOW_UP: S.FOLLOWED_UP, S.FOLLOWED_UP: S.FOLLOWED_UP},
    A.CLOSE: {S.FOLLOWED_UP: S.CLOSED},
    A.REOPEN: {
        s: S.MEDIATING
        for s in (S.AWAITING_PERFORMANCE, S.AWAITING_FOLLOW_UP, S.FOLLOWED_UP, S.CLOSED)
    },
    A.LEVEL: {s: s for s in OPEN},
    A.HAND_OVER: {s: s for s in OPEN},
    A.TAKE_OVER: {s: s for s in OPEN},
}


def allowed_actions(state: DisputeState) -> list[DisputeAction]:
    """The steps a dispute in ``state`` may take, in the table's order (for menus)."""
    return [a for a, table in TRANSITIONS.items() if state in table]


def next_state(state: DisputeState, action: DisputeAction) -> DisputeState:
    """Where ``action`` usually leads from ``state``; DomainError (nothing written) when the
    table does not allow it."""
    target = TRANSITIONS[action].get(state)
    if target is None:
        raise DomainError(
            msg(
                "Dispute",
                QT_TRANSLATE_NOOP(
                    "Dispute", "This dispute is “{state}”; “{action}” is not possible now."
                ),
                state=msg("Enum", state.label),
                action=msg("Enum", action.label),
            )
        )
    return target


def landing(
    state: DisputeState,
    action: DisputeAction,
    *,
    agreement: bool = True,
    kept: bool = True,
    partly: bool = False,
) -> DisputeState:
    """Where the step really leads. ``agreement``: a 调解结果 with an agreement to perform;
    ``kept``: the 履行 or 回访 found the agreement kept (False: back to mediation);
    ``partly``: a 履行 recorded as 部分履行 keeps the case awaiting performance."""
    target = next_state(state, action)
    if action is A.SETTLE and not agreement:
        return S.AWAITING_FOLLOW_UP
    if action in (A.PERFORM, A.FOLLOW_UP) and not kept:
        return S.MEDIATING
    if action is A.PERFORM and partly:
        return S.AWAITING_PERFORMANCE
    return target
