"""The one-time recovery code: shown once in a dialog and printed on one A4 sheet.

The sheet is painted with QPainter straight onto the printer the user picks in Qt's print dialog:
no PDF, no temporary file: the code is never written anywhere (only its hash is stored). The user
may also copy it by hand (我已抄写) and go on without printing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from villagedesk.ui.fonts import FAMILIES, app_font

A4_POINTS = (595.0, 842.0)
MONO_FAMILIES = ["WenQuanYi Micro Hei Mono", "DejaVu Sans Mono", "Consolas", "Courier New"]


@dataclass(frozen=True)
class RecoverySheet:
    """What the sheet shows."""

    station: str
    account: str
    code: str
    day: date


def code_font(point_size: float) -> QFont:
    font = QFont()
    font.setFamilies([*MONO_FAMILIES, *FAMILIES])
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    font.setPointSizeF(point_size)
    font.setBold(True)
    return font


def instructions() -> str:
    return QCoreApplication.translate(
        "SignIn",
        "Keep this sheet in a safe, locked place, apart from the computer. With this code the "
        "管理员 password can be reset when it is forgotten (sign-in window → Forgot password…). "
        "The code works once: after it is used, print the new code the program shows. Do not "
        "photograph this sheet or keep the code on the computer or a phone.",
    )


def sheet_font(size: float, *, mono: bool = False, bold: bool = False) -> QFont:
    """A font ``size`` points high on the sheet, whose units are points (a pixel size, so the
    device's resolution does not scale it a second time)."""
    font = code_font(size) if mono else app_font()
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    return font


def _code_fitted(painter: QPainter, code: str, width: float) -> None:
    """The largest code font up to 26 points whose line fits ``width``."""
    size = 26.0
    while size > 10:
        painter.setFont(sheet_font(size, mono=True, bold=True))
        if painter.fontMetrics().horizontalAdvance(code) <= width:
            return
        size -= 1


def draw_sheet(painter: QPainter, sheet: RecoverySheet) -> None:
    """Paint the sheet on a page of :data:`A4_POINTS` (the painter is scaled to points)."""
    width, _height = A4_POINTS
    left, text_width = 60.0, width - 120.0
    wrap = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
    painter.setPen(QPen(Qt.GlobalColor.black))
    painter.setFont(sheet_font(20, bold=True))
    title = QCoreApplication.translate("SignIn", "Recovery code of the 管理员")
    painter.drawText(QRectF(left, 70, text_width, 40), Qt.AlignmentFlag.AlignCenter, title)
    painter.setFont(sheet_font(12))
    top = 140.0
    rows = (
        (
            QCoreApplication.translate("SignIn", "Station:"),
            sheet.station or QCoreApplication.translate("SignIn", "(not set up yet)"),
        ),
        (QCoreApplication.translate("SignIn", "Account:"), sheet.account),
        (QCoreApplication.translate("SignIn", "Date:"), sheet.day.strftime("%Y.%m.%d")),
    )
    for label, value in rows:
        painter.drawText(QRectF(left, top, 90, 24), Qt.AlignmentFlag.AlignLeft, label)
        painter.drawText(QRectF(left + 90, top, text_width - 90, 24), wrap, value)
        top += 30
    box = QRectF(left, top + 30, text_width, 90)
    painter.drawRect(box)
    _code_fitted(painter, sheet.code, text_width - 30)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, sheet.code)
    top = box.bottom() + 30
    painter.setFont(sheet_font(14, bold=True))
    painter.drawText(
        QRectF(left, top, text_width, 24),
        wrap,
        QCoreApplication.translate("SignIn", "Keep it safe"),
    )
    painter.setFont(sheet_font(12))
    painter.drawText(QRectF(left, top + 36, text_width, 240), wrap, instructions())


def print_sheet(parent: QWidget | None, sheet: RecoverySheet) -> bool:
    """Ask for a printer and print the sheet on it; False when the user cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # on use: the print module

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("SignIn", "Print the recovery code"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        painter.scale(paper.width() / A4_POINTS[0], paper.height() / A4_POINTS[1])
        draw_sheet(painter, sheet)
    finally:
        painter.end()
    return True


class RecoveryCodeDialog(QDialog):
    """The new code, large, with 打印… and 我已抄写; closed only by one of them (not by Esc)."""

    def __init__(self, sheet: RecoverySheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.printed = False
        self.setWindowTitle(QCoreApplication.translate("SignIn", "Recovery code"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "SignIn",
                "This is the recovery code of the account {name}. It is shown only now and is "
                "not stored on the computer. Print it, or copy it onto paper, and keep the paper "
                "locked away.",
            ).format(name=sheet.account)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.code_label = QLabel(sheet.code)
        self.code_label.setFont(code_font(20))
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setStyleSheet("border: 1px solid #888; padding: 12px;")
        layout.addWidget(self.code_label)
        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(QCoreApplication.translate("SignIn", "Print…"), self)
        self.copied_button = QPushButton(
            QCoreApplication.translate("SignIn", "I have copied it down"), self
        )
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copied_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.clicked.connect(self.print_code)
        self.copied_button.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(min(560, max(440, self.code_label.sizeHint().width() + 60)))

    def print_code(self) -> None:
        if print_sheet(self, self.sheet):
            self.printed = True
            self.accept()

    def reject(self) -> None:
        """Esc and the close button do nothing: the code must be printed or copied first."""
