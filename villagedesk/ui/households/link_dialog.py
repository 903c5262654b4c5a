"""Link a household to a cadre (包村联户): pick the cadre (a member) and the household by the
one search box, choose the reason. Past the cadre's number the link is made with a warning."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.columns import RawRow
from villagedesk.core.households.link_services import link_household
from villagedesk.core.households.links import LinkReason
from villagedesk.core.register_reader import RegisterReader
from villagedesk.core.search import parse_search
from villagedesk.core.services.results import Saved
from villagedesk.i18n import enum_label
from villagedesk.ui.forms.base import FormDialog
from villagedesk.ui.forms.fields import FieldErrors, error_label
from villagedesk.ui.masked import shown

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

SHOWN = 30


class Picker(QWidget):
    """A search box over a register reader and the first matches; ``chosen_id()`` is the pick.
    ``compact`` hides the list of matches while there are none (for an optional field)."""

    def __init__(
        self,
        reader: RegisterReader,
        keys: tuple[str, ...],
        placeholder: str,
        parent: QWidget,
        *,
        compact: bool = False,
    ) -> None:
        super().__init__(parent)
        self._reader, self._keys, self._compact = reader, keys, compact
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setMaximumHeight(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        self.results.setVisible(not compact)
        self.search.textChanged.connect(self.run_search)

    def run_search(self, text: str) -> None:
        self.results.clear()
        if not text.strip():
            return
        ids = self._reader.search_ids(parse_search(text))[:SHOWN]
        rows = self._reader.rows(ids, self._keys)
        for record_id in ids:
            values = rows.get(record_id)
            if values is None:
                continue
            item = QListWidgetItem(self._text(values))
            item.setData(0x0100, record_id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self._show_results()

    def _show_results(self) -> None:
        if not self._compact:
            return
        shown = self.results.count() > 0
        if shown != self.results.isVisibleTo(self):
            self.results.setVisible(shown)
            self.results.setMinimumHeight(120 if shown else 0)
            window = self.window()
            if window is not self:
                window.adjustSize()

    def chosen_id(self) -> int | None:
        item = self.results.currentItem()
        return int(item.data(0x0100)) if item is not None else None

    def preset(self, record_id: int, label: str) -> None:
        self.search.blockSignals(True)
        self.search.setText(label)
        self.search.blockSignals(False)
        self.results.clear()
        item = QListWidgetItem(label)
        item.setData(0x0100, record_id)
        self.results.addItem(item)
        self.results.setCurrentRow(0)
        self._show_results()

    def label_of(self, record_id: int) -> str:
        """How the matches show ``record_id`` (for ``preset``)."""
        return self._text(self._reader.rows([record_id], self._keys).get(record_id, ()))

    def _text(self, values: RawRow) -> str:
        """A match as the list shows it, its numbers masked (ui/masked.py)."""
        pairs = zip(self._keys, values, strict=False)
        return "  ".join(shown(k, str(v)) for k, v in pairs if v)


class LinkDialog(FormDialog[Saved]):
    """包村联户: link a household to a cadre; Esc with typed data asks first."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        cadre: tuple[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, ops=ctx)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Link a household to a cadre"))
        self.cadre = Picker(
            ctx.readers.members(),
            ("name", "branch", "phone"),
            self.tr("Search the Party members: name, pinyin, ID number or phone"),
            self,
        )
        if cadre is not None:
            self.cadre.preset(*cadre)
        self.household = Picker(
            ctx.readers.households(),
            ("head", "address"),
            self.tr("Search the households: address, or a resident's name, pinyin or ID number"),
            self,
        )
        self.reason = QComboBox(self)
        self.reason.addItem("", "")
        for r in LinkReason:
            self.reason.addItem(enum_label(r.label), r.value)
        self.note = QLineEdit(self)
        self.note.setMaxLength(200)
        form = QFormLayout()
        self.errors = FieldErrors(form, error_label(self))
        self.errors.add_row(self.tr("Cadre *"), self.cadre, "cadre")
        self.errors.add_row(self.tr("Household *"), self.household, "household")
        self.errors.add_row(self.tr("Reason *"), self.reason, "reason")
        self.errors.add_row(self.tr("Note"), self.note, "note")
        self.body_layout.addWidget(self.errors.general)
        self.body_layout.addLayout(form)
        self.resize(560, 520)

    def prepare(self) -> Callable[[], Saved]:
        cadre_id, household_id = self.cadre.chosen_id(), self.household.chosen_id()
        reason, note = str(self.reason.currentData() or ""), self.note.text()

        def write() -> Saved:
            return link_household(
                self._ctx.store.uow_factory(),
                cadre_id=cadre_id if cadre_id is not None else 0,
                household_id=household_id if household_id is not None else 0,
                reason=reason,
                note=note,
                today=self._ctx.today(),
            )

        return write
