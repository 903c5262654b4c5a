"""The station's details: asked once on first start (cannot be skipped), editable later."""

from __future__ import annotations

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

from villagedesk.core.errors import ValidationError
from villagedesk.core.services.station_setup import STATION_CHANGES, set_up_station
from villagedesk.core.station import Station, StationDraft, StationLevel
from villagedesk.core.text import Message
from villagedesk.sync import keystore
from villagedesk.ui.context import AppContext
from villagedesk.ui.forms.base import FieldErrors, error_label
from villagedesk.ui.forms.dialog import FormDialog
from villagedesk.ui.jobs import show_error


class StationDialog(FormDialog):
    """Name, level, 12-digit division code, contact person and phone of the station."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, first_start: bool = False
    ) -> None:
        super().__init__(parent, buttons=QDialogButtonBox.StandardButton.NoButton)
        self.ctx = ctx
        self.first_start = first_start
        self.saved: Station | None = None
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
        self.field_errors = FieldErrors(form, error_label(self))
        outer.addWidget(self.field_errors.general)
        outer.addLayout(form)

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
        self.errors: dict[str, QLabel] = {}
        for key, label, widget in rows:
            error = self.field_errors.add_row(label, widget, key)
            assert error is not None
            self.errors[key] = error

        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel_text = self.tr("Exit") if first_start else self.tr("Cancel")
        self.buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.disconnect(self.accept)  # saving runs as a job, then accepts
        self.buttons.accepted.connect(self.save)
        station = ctx.station()
        if station is not None:
            self.load(station)

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

    def clear_errors(self) -> None:
        self.field_errors.clear()

    def show_errors(self, errors: dict[str, list[Message]]) -> None:
        """Every field's messages under it, all at once."""
        self.field_errors.show(errors)

    def save(self) -> None:
        """Validate and save through the service (on the database worker)."""
        self.clear_errors()
        self.save_button.setEnabled(False)
        draft = self.draft()
        uow_factory, data_dir = self.ctx.store.uow_factory, self.ctx.data_dir

        def work(_p: object) -> Station:
            station = set_up_station(uow_factory(), draft=draft)
            keystore.load_or_create_identity(data_dir)  # the installation's keys and id
            return station

        self.ctx.jobs.run(
            work,
            title=self.tr("Saving the station's details"),
            on_done=self._saved,
            on_error=self._failed,
            cancellable=False,
            parent=self,
        )

    def _saved(self, station: Station) -> None:
        self.saved = station
        self.save_button.setEnabled(True)
        self.ctx.hub.publish(STATION_CHANGES)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.show_errors(error.errors)
        else:
            show_error(self, error)
