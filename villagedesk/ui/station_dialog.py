"""The station's details: asked once on first start (cannot be skipped), editable later."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from villagedesk.core.changes import Changes
from villagedesk.core.services.station_setup import STATION_CHANGES, set_up_station
from villagedesk.core.station import Station, StationDraft, StationLevel
from villagedesk.sync import keystore
from villagedesk.ui.context import AppContext
from villagedesk.ui.forms.base import FormDialog
from villagedesk.ui.forms.fields import FieldErrors, error_label


@dataclass(frozen=True)
class StationSaved:
    station: Station
    changes: Changes = STATION_CHANGES


class StationDialog(FormDialog[StationSaved]):
    """Name, level, 12-digit division code, contact person and phone of the station."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, first_start: bool = False
    ) -> None:
        super().__init__(parent, ops=ctx, buttons=QDialogButtonBox.StandardButton.NoButton)
        self.ctx = ctx
        self.first_start = first_start
        self.setWindowTitle(
            self.tr("Set up the station") if first_start else self.tr("Station details")
        )
        self.setMinimumWidth(520)
        outer = self.body_layout
        if first_start:
            intro = QLabel(
                self.tr(
                    "Welcome to VillageDesk. Enter this station's details once; they appear on "
                    "printouts and in the data sent to the township."
                )
            )
            intro.setWordWrap(True)
            outer.addWidget(intro)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        self.errors = FieldErrors(form, error_label(self))
        outer.addWidget(self.errors.general)
        outer.addLayout(form)

        self._add_fields()

        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel_text = self.tr("Exit") if first_start else self.tr("Cancel")
        self.buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
        station = ctx.station()
        if station is not None:
            self.load(station)

    def _add_fields(self) -> None:
        """Name, level, division code, contact person, phone and address, each with its error."""
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.level = QComboBox()
        for level in StationLevel:
            self.level.addItem(QCoreApplication.translate("Enum", level.label), level.value)
        self.level.setCurrentIndex(self.level.findData(StationLevel.VILLAGE.value))
        self.code = QLineEdit()
        self.code.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self))
        self.code.setPlaceholderText(self.tr("12 digits, e.g. 370323104203"))
        self.contact_name = QLineEdit()
        self.contact_phone = QLineEdit()
        self.address = QLineEdit()
        rows: list[tuple[str, str, QWidget]] = [
            ("name", self.tr("Station name"), self.name),
            ("level", self.tr("Level"), self.level),
            ("code", self.tr("Division code"), self.code),
            ("contact_name", self.tr("Contact person"), self.contact_name),
            ("contact_phone", self.tr("Phone"), self.contact_phone),
            ("address", self.tr("Address"), self.address),
        ]
        for key, label, widget in rows:
            self.errors.add_row(label, widget, key)

    def load(self, station: Station) -> None:
        self.name.setText(station.name)
        self.level.setCurrentIndex(max(0, self.level.findData(station.level.value)))
        self.code.setText(station.code)
        self.contact_name.setText(station.contact_name)
        self.contact_phone.setText(station.contact_phone)
        self.address.setText(station.address)

    def draft(self) -> StationDraft:
        return StationDraft(
            name=self.name.text(),
            code=self.code.text(),
            level=str(self.level.currentData() or ""),
            contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text(),
            address=self.address.text(),
        )

    def prepare(self) -> Callable[[], StationSaved]:
        """Validate and save through the service, and make the installation's keys and id."""
        draft = self.draft()
        uow, data_dir = self.ctx.store.uow_factory(), self.ctx.data_dir

        def write() -> StationSaved:
            station = set_up_station(uow, draft=draft)
            keystore.load_or_create_identity(data_dir)
            return StationSaved(station)

        return write
