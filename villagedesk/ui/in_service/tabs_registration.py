"""报到登记, the registration tab of 在职党员报到: the register of who reported, with the card
number; the form offers only those not yet reported and ends with the card number and 打印联系卡.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QVBoxLayout, QWidget

from villagedesk.core.in_service import services as svc
from villagedesk.core.in_service.model import Registration, RosterEntry
from villagedesk.core.in_service.register import REGISTRATION_REGISTER
from villagedesk.i18n import render
from villagedesk.ui.in_service.dialogs import PledgeDialog
from villagedesk.ui.in_service.roster_dialogs import RegistrationDialog
from villagedesk.ui.in_service.tabs import Tab, allow, button_bar, scoped_view
from villagedesk.ui.masked import add_reveal_menu
from villagedesk.ui.registers.register_view import RegisterView

if TYPE_CHECKING:
    from villagedesk.core.services.results import Saved
    from villagedesk.ui.context import AppContext
    from villagedesk.ui.printing.menu import PrintActions


class RegistrationTab(Tab):
    """报到登记: the register of who reported, with the card number, and the form."""

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, year, parent)
        self.register_button = QPushButton(self.tr("Register…"), self)
        self.pledges_button = QPushButton(self.tr("Pledges…"), self)
        self.registered_box: QMessageBox | None = None
        self.print_card_button: object = None
        self._print_actions: PrintActions | None = None
        self.reader = ctx.readers.registrations(year)
        self.view = RegisterView(REGISTRATION_REGISTER, self.reader, ctx.settings, parent=self)
        add_reveal_menu(
            ctx, self.view.table, record_type="registrations", fields=("phone",), via_member=True
        )
        scoped_view(self.view, self)
        layout = QVBoxLayout(self)
        layout.addLayout(button_bar(self.register_button, self.pledges_button))
        layout.addWidget(self.view, 1)
        self.register_button.clicked.connect(self.register)
        self.pledges_button.clicked.connect(self.edit_pledges)
        self.view.activated.connect(lambda _id: self.edit_pledges())
        self.view.selection_changed.connect(self._update_buttons)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.view.current_id()
        allow(
            self.pledges_button,
            chosen=chosen is not None,
            own=chosen is not None and self.view.is_own(chosen),
        )

    def refresh(self) -> None:
        self.reader.year = self.year
        self.view.set_village(self.village)
        self.view.refresh()
        self._update_buttons()

    def _registration(self, registration_id: int) -> Registration | None:
        with self.ctx.store.uow_factory().for_reading() as uow:
            return uow.in_service.registrations.get(registration_id)

    def not_registered(self) -> list[RosterEntry]:
        """Whom the form offers: the station's in-service members not yet reported this year."""
        left = svc.unregistered_roster(self.ctx.store.uow_factory(), year=self.year)
        ids = {e.member_id for e in left}
        return [e for e in self.roster() if e.member_id in ids]

    def register(self) -> RegistrationDialog:
        dialog = RegistrationDialog(self.ctx, self.not_registered(), self.year, parent=self)
        dialog.accepted.connect(lambda: self.show_registered(dialog.saved))
        self.open(dialog)
        return dialog

    def show_registered(self, saved: Saved | None) -> QMessageBox | None:
        """After 报到: the card number, and 打印联系卡 for this member."""
        if saved is None:
            return None
        found = self._registration(saved.id)
        if found is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Registered"),
            self.tr("{name} has reported. Contact card number: {card}").format(
                name=found.member_name, card=found.card_number
            ),
            parent=self,
        )
        box.setInformativeText("\n".join(render(n) for n in (*saved.warnings, *saved.notes)))
        self.print_card_button = box.addButton(
            self.tr("Print contact card"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        member_id = found.member_id

        def clicked(button: object) -> None:
            if button is self.print_card_button:
                self.print_card(member_id)

        box.buttonClicked.connect(clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.registered_box = box
        box.open()
        return box

    def print_card(self, member_id: int) -> QDialog:
        """联系卡 of one member (the card dialog, then the preview)."""
        from villagedesk.ui.printing.menu import PrintActions

        if self._print_actions is None:
            self._print_actions = PrintActions(self.ctx, self)
        self.dialog = self._print_actions.cards([member_id])
        return self.dialog

    def edit_pledges(self) -> PledgeDialog | None:
        registration_id = self.view.current_id()
        if registration_id is None or not self.view.is_own(registration_id):
            return None  # a village's pledges are read-only at the township
        found = self._registration(registration_id)
        if found is None:
            return None
        dialog = PledgeDialog(
            self.ctx, found.member_id, found.member_name, found.campaign_year, parent=self
        )
        self.open(dialog)
        return dialog
