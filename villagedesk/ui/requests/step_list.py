"""Every step the 民情诉求 page offers on a request, with its label and its dialog: the daily ones
as buttons, the others in the "More steps" menu. Which of them a request may take is the state
table's answer (core/requests/state.py); the page enables them by it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from villagedesk.core.requests.record import Request
from villagedesk.core.requests.state import Action
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.ui.requests.ending_dialogs import MergeDialog, RefuseDialog, ReopenDialog
from villagedesk.ui.requests.step_dialogs import (
    AssignDialog,
    CloseDialog,
    FollowUpDialog,
    ReplyDialog,
    SignDialog,
)
from villagedesk.ui.requests.step_form import StepDialog
from villagedesk.ui.requests.work_dialogs import (
    EscalateDialog,
    EscalationReplyDialog,
    ExtendDialog,
    HandOverDialog,
    RecordWorkDialog,
    ResumeDialog,
    SuspendDialog,
)

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

StepFactory = Callable[["AppContext", Request, QWidget], StepDialog]
Step = tuple[Action, str, StepFactory]

#: The step buttons: the action each takes, its label and its dialog.
BUTTON_STEPS: tuple[Step, ...] = (
    (Action.ASSIGN, QT_TRANSLATE_NOOP("RequestsPage", "Assign…"), AssignDialog),
    (Action.SIGN, QT_TRANSLATE_NOOP("RequestsPage", "Sign for it…"), SignDialog),
    (Action.RECORD_WORK, QT_TRANSLATE_NOOP("RequestsPage", "Work record…"), RecordWorkDialog),
    (Action.REPLY, QT_TRANSLATE_NOOP("RequestsPage", "Reply…"), ReplyDialog),
    (Action.FOLLOW_UP, QT_TRANSLATE_NOOP("RequestsPage", "Follow up…"), FollowUpDialog),
    (Action.CLOSE, QT_TRANSLATE_NOOP("RequestsPage", "Close…"), CloseDialog),
)
#: The steps of the "More steps" menu.
MENU_STEPS: tuple[Step, ...] = (
    (Action.HAND_OVER, QT_TRANSLATE_NOOP("RequestsPage", "Hand over…"), HandOverDialog),
    (Action.EXTEND, QT_TRANSLATE_NOOP("RequestsPage", "Extend the time limit…"), ExtendDialog),
    (Action.SUSPEND, QT_TRANSLATE_NOOP("RequestsPage", "Suspend…"), SuspendDialog),
    (Action.RESUME, QT_TRANSLATE_NOOP("RequestsPage", "Resume…"), ResumeDialog),
    (
        Action.ESCALATE,
        QT_TRANSLATE_NOOP("RequestsPage", "Escalate to the township…"),
        EscalateDialog,
    ),
    (
        Action.ESCALATION_REPLY,
        QT_TRANSLATE_NOOP("RequestsPage", "Township's reply…"),
        EscalationReplyDialog,
    ),
    (Action.REFUSE, QT_TRANSLATE_NOOP("RequestsPage", "Do not accept…"), RefuseDialog),
    (Action.REOPEN, QT_TRANSLATE_NOOP("RequestsPage", "Reopen…"), ReopenDialog),
    (Action.MERGE, QT_TRANSLATE_NOOP("RequestsPage", "Merge into another…"), MergeDialog),
)
STEPS: tuple[Step, ...] = BUTTON_STEPS + MENU_STEPS


def dialog_of(action: Action) -> StepFactory:
    return next(factory for a, _label, factory in STEPS if a is action)
