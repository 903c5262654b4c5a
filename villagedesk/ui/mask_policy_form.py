"""设置 › 公示脱敏: how many leading and trailing characters of ID numbers and phones a public
notice shows, with a live example. The rule itself lives in core/masking.py: the form shows its
messages as the numbers change, and ``save()`` goes through the service, which has the last word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.masking import (
    MaskPolicy,
    check_policy,
    mask_id_number,
    mask_phone,
    mask_policy,
    save_mask_policy,
)
from villagedesk.core.services.results import Saved
from villagedesk.ui.forms.fields import FieldErrors, error_label, note_label
from villagedesk.ui.forms.service_op import run_service
from villagedesk.ui.masked import use_policy
from villagedesk.ui.screen_fit import make_room

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

#: Made-up numbers for the example (not a real person's).
SAMPLE_ID_NUMBER = "370323198506031234"
SAMPLE_PHONE = "13905331234"


class MaskPolicyForm(QWidget):
    """Four spin boxes, an example under each pair and the rule's messages under the fields."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.saved: Saved | None = None
        first, last = self.tr("first"), self.tr("last")
        chars, digits = self.tr("characters"), self.tr("digits")
        self.id_head = self._spin(first, chars, len(SAMPLE_ID_NUMBER))
        self.id_tail = self._spin(last, chars, len(SAMPLE_ID_NUMBER))
        self.phone_head = self._spin(first, digits, len(SAMPLE_PHONE))
        self.phone_tail = self._spin(last, digits, len(SAMPLE_PHONE))
        self.id_example = QLabel(self)
        self.phone_example = QLabel(self)
        self.defaults_button = QPushButton(self.tr("Restore the defaults"), self)
        self.defaults_button.clicked.connect(lambda: self.load_policy(MaskPolicy()))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors(form, error_label(self))
        self.errors.add_row(
            self.tr("ID numbers show"), self._pair(self.id_head, self.id_tail), "id_number"
        )
        form.addRow("", self.id_example)
        self.errors.add_row(
            self.tr("Phones show"), self._pair(self.phone_head, self.phone_tail), "phone"
        )
        form.addRow("", self.phone_example)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note_label(
                self.tr(
                    "Notices and other public paper show ID numbers and phones only in part; "
                    "the rest is printed as *. Choose how much stays visible at each end."
                ),
                self,
            )
        )
        layout.addWidget(self.errors.general)
        layout.addLayout(form)
        layout.addWidget(
            note_label(
                self.tr(
                    "No public paper ever shows 11 or more digits in a row: an ID number shows "
                    "at most 10 characters in all, a phone at most 7 digits."
                ),
                self,
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        for spin in (self.id_head, self.id_tail, self.phone_head, self.phone_tail):
            spin.valueChanged.connect(self._changed)
        self.load()

    def _spin(self, prefix: str, suffix: str, most: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, most)
        spin.setPrefix(f"{prefix} ")  # "first 6 characters", "前 6 位"
        spin.setSuffix(f" {suffix}")
        spin.setMinimumWidth(120)
        return spin

    def _pair(self, head: QSpinBox, tail: QSpinBox) -> QWidget:
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(head)
        line.addWidget(tail)
        line.addStretch(1)
        return row

    def policy(self) -> MaskPolicy:
        """The policy as the spin boxes now say (possibly one the service refuses)."""
        return MaskPolicy(
            self.id_head.value(),
            self.id_tail.value(),
            self.phone_head.value(),
            self.phone_tail.value(),
        )

    def load(self) -> None:
        self.load_policy(mask_policy(self._ctx.store.uow_factory()))

    def load_policy(self, policy: MaskPolicy) -> None:
        for spin, value in (
            (self.id_head, policy.id_head),
            (self.id_tail, policy.id_tail),
            (self.phone_head, policy.phone_head),
            (self.phone_tail, policy.phone_tail),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        """Redraw the examples and show at once what the rule says about the numbers."""
        policy = self.policy()
        example = self.tr("Example: {example}")
        self.id_example.setText(example.format(example=mask_id_number(SAMPLE_ID_NUMBER, policy)))
        self.phone_example.setText(example.format(example=mask_phone(SAMPLE_PHONE, policy)))
        self.errors.show(check_policy(policy))
        self._make_room()

    def _make_room(self) -> None:
        """Grow the window when messages appear, so the fields are never squeezed, as far as the
        screen allows (ui/screen_fit); it never shrinks what the user sized."""
        make_room(self)

    def save(self) -> bool:
        """Keep the policy (through the one write path, ui/forms/service_op); on a refusal every
        message shows under its field."""
        policy, uow_factory = self.policy(), self._ctx.store.uow_factory

        def write() -> Saved:
            return save_mask_policy(uow_factory(), policy=policy)

        saved = run_service(self._ctx, self.errors, write, parent=self)
        if saved is None:
            self._make_room()
            return False
        self.saved = saved
        use_policy(policy)  # every screen masks by the new policy from now on
        return True
