"""Every step the 矛盾纠纷 page offers on a dispute, with its label and its dialog: the daily ones
as buttons, the others in the "More steps" menu. Which of them a dispute may take is the state
table's answer (core/disputes/state.py); the page enables them by it. Each dialog is built as
``Dialog(ctx, dispute, parent)``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from villagedesk.core.disputes.state import DisputeAction
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.ui.disputes.step_dialogs import (
    DisputeCloseDialog,
    DisputeFollowUpDialog,
    DisputePerformDialog,
    DisputeSessionDialog,
    DisputeSettleDialog,
)
from villagedesk.ui.disputes.step_form import DisputeStepDialog
from villagedesk.ui.disputes.work_dialogs import (
    DisputeEscalateDialog,
    DisputeExtendDialog,
    DisputeHandOverDialog,
    DisputeLevelDialog,
    DisputeReopenDialog,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

A = DisputeAction
Step = tuple[DisputeAction, str, type[DisputeStepDialog]]

#: The step buttons: the action each takes, its label and its dialog.
BUTTON_STEPS: tuple[Step, ...] = (
    (A.SESSION, QT_TRANSLATE_NOOP("DisputesPage", "Mediation session…"), DisputeSessionDialog),
    (A.SETTLE, QT_TRANSLATE_NOOP("DisputesPage", "Mediation result…"), DisputeSettleDialog),
    (A.PERFORM, QT_TRANSLATE_NOOP("DisputesPage", "Performance…"), DisputePerformDialog),
    (A.FOLLOW_UP, QT_TRANSLATE_NOOP("DisputesPage", "Follow up…"), DisputeFollowUpDialog),
    (A.CLOSE, QT_TRANSLATE_NOOP("DisputesPage", "Close the case…"), DisputeCloseDialog),
)
#: The steps of the "More steps" menu.
MENU_STEPS: tuple[Step, ...] = (
    (A.LEVEL, QT_TRANSLATE_NOOP("DisputesPage", "Change the warning level…"), DisputeLevelDialog),
    (A.ESCALATE, QT_TRANSLATE_NOOP("DisputesPage", "Move up a level…"), DisputeEscalateDialog),
    (
        A.EXTEND,
        QT_TRANSLATE_NOOP("DisputesPage", "Extend the mediation period…"),
        DisputeExtendDialog,
    ),
    (
        A.HAND_OVER,
        QT_TRANSLATE_NOOP("DisputesPage", "Change the case owner…"),
        DisputeHandOverDialog,
    ),
    (A.REOPEN, QT_TRANSLATE_NOOP("DisputesPage", "Mediate again…"), DisputeReopenDialog),
)
STEPS: tuple[Step, ...] = BUTTON_STEPS + MENU_STEPS


def dialog_of(action: DisputeAction) -> type[QDialog] | None:
    """The dialog of ``action``; None for a step no one types (the township's 包案 comes from
    its receipt)."""
    return next((dialog for a, _label, dialog in STEPS if a is action), None)
