"""The printer offsets (X/Y in millimetres): where this printer puts the page, saved through the
core service; cards and the calibration page move by them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QWidget

from villagedesk.core.printing.model import MAX_OFFSET_MM, PrinterOffsets
from villagedesk.core.printing.offsets import set_printer_offsets
from villagedesk.core.services.results import Saved
from villagedesk.ui.forms.base import FormDialog
from villagedesk.ui.forms.fields import FieldErrors, error_label, note_label
from villagedesk.ui.printing.dialogs import OK_CANCEL, name_ok

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


class OffsetsDialog(FormDialog[Saved]):
    """Where this printer puts the page: X to the right, Y down, in millimetres."""

    def __init__(
        self, ctx: AppContext, offsets: PrinterOffsets, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, ops=ctx, buttons=OK_CANCEL)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Printer offsets"))
        self.x_spin = self._spin(offsets.x_mm)
        self.y_spin = self._spin(offsets.y_mm)
        self.general = error_label(self)
        form = QFormLayout()
        self.errors = FieldErrors(form, self.general)
        self.errors.add_row(self.tr("Right (X)"), self.x_spin, "x_mm")
        self.errors.add_row(self.tr("Down (Y)"), self.y_spin, "y_mm")
        self.body_layout.addWidget(
            note_label(
                self.tr(
                    "Print the calibration page and measure where its 100 mm rulers land. "
                    "If the printout sits too far left, enter a positive X; too high, a "
                    "positive Y. Cards and the calibration page move by these amounts."
                ),
                self,
            )
        )
        self.body_layout.addLayout(form)
        self.body_layout.addWidget(self.general)
        name_ok(self.buttons, self.tr("Save"))

    def _spin(self, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(" mm")
        spin.setValue(value)
        return spin

    def offsets(self) -> PrinterOffsets:
        return PrinterOffsets(round(self.x_spin.value(), 1), round(self.y_spin.value(), 1))

    def prepare(self) -> Callable[[], Saved]:
        """Saved through the core service; a refusal shows under its field."""
        uow, o = self.ctx.store.uow_factory(), self.offsets()
        return lambda: set_printer_offsets(uow, x_mm=o.x_mm, y_mm=o.y_mm)
