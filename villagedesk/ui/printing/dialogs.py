"""The small dialogs before a document is made: ledger filters, the notice period, whose cards or
handbooks (everyone, the page's selection, or members ticked here), and the printer offsets (X/Y
in millimetres)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.dates import QT_DISPLAY_FORMAT
from villagedesk.core.printing.model import MAX_OFFSET_MM, PrinterOffsets
from villagedesk.ui.forms.fields import FieldErrors, error_label, note_label


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(day: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(_qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QT_DISPLAY_FORMAT)  # 2026.01.01, as everywhere
    return edit


class _OkCancel(QDialog):
    def _finish(self, layout: QVBoxLayout, ok_text: str) -> None:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


@dataclass(frozen=True)
class LedgerOptions:
    search: str
    date_from: date | None
    date_to: date | None


class LedgerDialog(_OkCancel):
    """A ledger's filters: the register's search (prefilled with what the page shows) and, where
    the register has dates, an optional date range."""

    def __init__(
        self, title: str, *, search: str, has_dates: bool, today: date, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print the ledger — {title}").format(title=title))
        self.setMinimumWidth(460)
        self.search_edit = QLineEdit(search, self)
        self.search_edit.setPlaceholderText(self.tr("Empty: every record"))
        self.range_box = QCheckBox(self.tr("Only records dated between"), self)
        self.from_edit = _date_edit(date(today.year, 1, 1), self)
        self.to_edit = _date_edit(today, self)
        span = QHBoxLayout()
        span.addWidget(self.from_edit)
        span.addWidget(QLabel("—", self))
        span.addWidget(self.to_edit)
        span.addStretch(1)
        for edit in (self.from_edit, self.to_edit):
            edit.setEnabled(False)
            self.range_box.toggled.connect(edit.setEnabled)
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Search"), self.search_edit)
        if has_dates:
            form.addRow(self.range_box)
            form.addRow(self.tr("Dates"), span)
        else:
            self.range_box.hide()
            self.from_edit.hide()
            self.to_edit.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self._finish(layout, self.tr("Preview"))

    def options(self) -> LedgerOptions:
        ranged = self.range_box.isChecked()
        return LedgerOptions(
            search=self.search_edit.text().strip(),
            date_from=_pydate(self.from_edit.date()) if ranged else None,
            date_to=_pydate(self.to_edit.date()) if ranged else None,
        )

    def accept(self) -> None:
        o = self.options()
        if o.date_from and o.date_to and o.date_from > o.date_to:
            self.error.setText(self.tr("The first date is after the last."))
            self.error.show()
            return
        super().accept()


@dataclass(frozen=True)
class NoticeOptions:
    period_from: date
    period_to: date
    contact_name: str
    contact_phone: str


class NoticeDialog(_OkCancel):
    """The notice period (公示期) and whom to tell of an objection."""

    def __init__(
        self, *, today: date, contact_name: str, contact_phone: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Public notice of registrations and posts"))
        self.from_edit = _date_edit(today, self)
        self.to_edit = _date_edit(today + timedelta(days=6), self)
        self.contact_edit = QLineEdit(contact_name, self)
        self.phone_edit = QLineEdit(contact_phone, self)
        self.error = error_label(self)
        span = QHBoxLayout()
        span.addWidget(self.from_edit)
        span.addWidget(QLabel("—", self))
        span.addWidget(self.to_edit)
        span.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Notice period"), span)
        form.addRow(self.tr("Objections to"), self.contact_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            note_label(self.tr("ID numbers and phones are shown in part, as the settings say."))
        )
        layout.addWidget(self.error)
        self._finish(layout, self.tr("Preview"))

    def options(self) -> NoticeOptions:
        return NoticeOptions(
            _pydate(self.from_edit.date()),
            _pydate(self.to_edit.date()),
            self.contact_edit.text().strip(),
            self.phone_edit.text().strip(),
        )

    def accept(self) -> None:
        o = self.options()
        if o.period_from > o.period_to:
            self.error.setText(self.tr("The notice period ends before it begins."))
            self.error.show()
            return
        super().accept()


@dataclass(frozen=True)
class CardEntry:
    """A member the card dialog can list: registered this campaign year."""

    member_id: int
    label: str


class CardsDialog(_OkCancel):
    """Whose cards or handbooks: everyone registered this campaign year, the members selected
    on the page, or members chosen here (the roll's one search over those registered, ticked
    one by one); and the one option of the document."""

    def __init__(
        self,
        *,
        handbook: bool,
        count: int | None,
        year: int,
        parent: QWidget | None,
        selected: Sequence[int] | None = None,
        registered: Sequence[CardEntry] = (),
        search: Callable[[str], list[int] | None] | None = None,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.handbook = handbook
        self.setWindowTitle(self.tr("Work handbooks") if handbook else self.tr("Contact cards"))
        self.setMinimumWidth(460)
        self._selected = list(selected) if selected is not None else None
        self._entries = {e.member_id: e for e in registered}
        self._search = search
        # the page's selection, ticked already should the user go on choosing here
        self.ticked: set[int] = {i for i in selected or () if i in self._entries}
        self.everyone_radio = QRadioButton(
            self.tr("Every in-service member registered in {year} ({count})").format(
                year=year, count=len(registered)
            )
            if registered
            else self.tr("Every in-service member registered in {year}.").format(year=year),
            self,
        )
        picked = self._selected or []
        if len(picked) == 1 and picked[0] in self._entries:
            who = self.tr("Only {member}").format(member=self._entries[picked[0]].label)
        else:
            who = self.tr("The {count} selected member(s).").format(
                count=count if count is not None else len(picked)
            )
        self.selected_radio = QRadioButton(who, self)
        self.chosen_radio = QRadioButton(self.tr("Members chosen here:"), self)
        group = QButtonGroup(self)
        for radio in (self.everyone_radio, self.selected_radio, self.chosen_radio):
            group.addButton(radio)
        self.selected_radio.setVisible(self._selected is not None)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(
            self.tr("Search: name, pinyin initials, ID number or phone (at least 4 digits)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.member_list = QListWidget(self)
        self.member_list.setMinimumHeight(150)
        self.chosen_label = QLabel(self)
        self.option_box = QCheckBox(
            self.tr("Plain A5 pages in order (no booklet)")
            if handbook
            else self.tr("Print the backs with the members' pledges"),
            self,
        )
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        if note:
            layout.addWidget(note_label(note, self))
        layout.addWidget(self.everyone_radio)
        layout.addWidget(self.selected_radio)
        layout.addWidget(self.chosen_radio)
        picker = QVBoxLayout()
        picker.setContentsMargins(24, 0, 0, 0)
        picker.addWidget(self.search_edit)
        picker.addWidget(self.member_list, 1)
        picker.addWidget(self.chosen_label)
        layout.addLayout(picker, 1)
        if not registered:
            self.chosen_radio.hide()
            self.search_edit.hide()
            self.member_list.hide()
            self.chosen_label.hide()
        layout.addWidget(self.option_box)
        if handbook:
            layout.addWidget(
                note_label(
                    self.tr(
                        "By default the A5 pages are printed two to an A4 sheet in booklet "
                        "order: print both sides, fold the sheets and staple them."
                    ),
                    self,
                )
            )
        layout.addWidget(self.error)
        self._finish(layout, self.tr("Preview"))
        (self.selected_radio if self._selected is not None else self.everyone_radio).setChecked(
            True
        )
        self.search_edit.textChanged.connect(self._fill)
        self.search_edit.textEdited.connect(lambda _t: self.chosen_radio.setChecked(True))
        self.member_list.itemChanged.connect(self._ticked)
        self._fill("")

    def _fill(self, text: str) -> None:
        """List the registered members the search finds (all for an empty search)."""
        found: list[int] | None
        if not text.strip() or self._search is None:
            found = list(self._entries)
        else:
            found = self._search(text)
        self.member_list.blockSignals(True)
        self.member_list.clear()
        for member_id in found or []:
            entry = self._entries.get(member_id)
            if entry is None:
                continue
            item = QListWidgetItem(entry.label)
            item.setData(Qt.ItemDataRole.UserRole, member_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = member_id in self.ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.member_list.addItem(item)
        self.member_list.blockSignals(False)
        self._show_count(too_short=found is None)

    def _ticked(self, item: QListWidgetItem) -> None:
        member_id = int(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self.ticked.add(member_id)
        else:
            self.ticked.discard(member_id)
        self.chosen_radio.setChecked(True)
        self._show_count()

    def _show_count(self, *, too_short: bool = False) -> None:
        text = self.tr("{count} chosen").format(count=len(self.ticked))
        if too_short:
            text += " · " + self.tr("Type at least 4 digits of the ID number or phone.")
        self.chosen_label.setText(text)

    def tick(self, member_ids: Sequence[int]) -> None:
        """Choose these members here (as if ticked in the list)."""
        self.ticked.update(i for i in member_ids if i in self._entries)
        self.chosen_radio.setChecked(True)
        self._fill(self.search_edit.text())

    def member_ids(self) -> list[int] | None:
        """Whose documents: None for everyone registered, else the members in the list's order."""
        if self.selected_radio.isChecked() and self._selected is not None:
            return list(self._selected)
        if self.chosen_radio.isChecked():
            return [i for i in self._entries if i in self.ticked]
        return None

    def accept(self) -> None:
        if self.member_ids() == []:
            self.error.setText(self.tr("Tick at least one member in the list."))
            self.error.show()
            return
        super().accept()

    @property
    def option(self) -> bool:
        return self.option_box.isChecked()


class OffsetsDialog(_OkCancel):
    """Where this printer puts the page: X to the right, Y down, in millimetres."""

    def __init__(
        self,
        offsets: PrinterOffsets,
        save: Callable[[PrinterOffsets], object],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Printer offsets"))
        self.x_spin = self._spin(offsets.x_mm)
        self.y_spin = self._spin(offsets.y_mm)
        self.general = error_label(self)
        form = QFormLayout()
        self.errors = FieldErrors(form, self.general)
        self.errors.add_row(self.tr("Right (X)"), self.x_spin, "x_mm")
        self.errors.add_row(self.tr("Down (Y)"), self.y_spin, "y_mm")
        layout = QVBoxLayout(self)
        layout.addWidget(
            note_label(
                self.tr(
                    "Print the calibration page and measure where its 100 mm rulers land. "
                    "If the printout sits too far left, enter a positive X; too high, a "
                    "positive Y. Cards and the calibration page move by these amounts."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.general)
        self._finish(layout, self.tr("Save"))

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

    def accept(self) -> None:
        """Saved through the core service; a refusal shows under its field."""
        if self.errors.attempt(lambda: self._save(self.offsets())) is not None:
            super().accept()
