"""The 打印(P) menu of the main window and the print actions of the member page.

Kept light: the dialogs, the preview (QtPdf) and the writers are imported on first use, so the
menu costs the start-up nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

if TYPE_CHECKING:
    from villagedesk.reports.glyphs import GlyphProblem
    from villagedesk.ui.context import AppContext
    from villagedesk.ui.jobs import JobHandle
    from villagedesk.ui.printing.cards_dialog import CardsDialog
    from villagedesk.ui.printing.run import PrintFlow, PrintRequest


class PrintActions(QObject):
    """Every print command, for a menu bar or a page's buttons."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.dialog: QDialog | None = None
        self._flow: PrintFlow | None = None
        self._ledgers_menu: QMenu | None = None
        self._ledger_actions: dict[str, QAction] | None = None

    @property
    def flow(self) -> PrintFlow:
        if self._flow is None:
            from villagedesk.ui.printing.run import PrintFlow

            self._flow = PrintFlow(self.ctx, self.window)
        return self._flow

    # -- the menu -------------------------------------------------------------------------------
    @property
    def ledger_actions(self) -> dict[str, QAction]:
        """One action per printable ledger, made on first use."""
        if self._ledger_actions is None:
            from villagedesk.ui.printing.ledgers import ledger_infos

            assert self._ledgers_menu is not None, "build_menu() first"
            submenu = self._ledgers_menu
            self._ledger_actions = {
                ledger.which: self._add(
                    submenu,
                    QCoreApplication.translate("Ledgers", ledger.title) + "…",
                    self._ledger_slot(ledger.which),
                )
                for ledger in ledger_infos()
            }
        return self._ledger_actions

    def build_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(QCoreApplication.translate("PrintMenu", "&Print"), parent)
        menu.setObjectName("print_menu")
        self.cards_action = self._add(
            menu, QCoreApplication.translate("PrintMenu", "Contact cards…"), lambda: self.cards()
        )
        self.handbooks_action = self._add(
            menu,
            QCoreApplication.translate("PrintMenu", "Work handbooks…"),
            lambda: self.handbooks(),
        )
        # The ledgers' names come from reports.ledger_kinds, whose import would load the writers
        # at start-up: the submenu is filled when it first opens (or when asked for).
        self._ledgers_menu = menu.addMenu(QCoreApplication.translate("PrintMenu", "Ledgers"))
        self._ledger_actions = None
        self._ledgers_menu.aboutToShow.connect(lambda: self.ledger_actions)
        self.statistics_action = self._add(
            menu,
            QCoreApplication.translate("PrintMenu", "Statistics table of Party members"),
            self.statistics,
        )
        self.notice_action = self._add(
            menu,
            QCoreApplication.translate("PrintMenu", "Public notice of registrations…"),
            self.notice,
        )
        menu.addSeparator()
        self.calibration_action = self._add(
            menu, QCoreApplication.translate("PrintMenu", "Calibration page…"), self.calibration
        )
        self.offsets_action = self._add(
            menu, QCoreApplication.translate("PrintMenu", "Printer offsets…"), self.offsets
        )
        return menu

    def _ledger_slot(self, which: str) -> Callable[[], object]:
        return lambda: self.ledger(which)

    def _add(self, menu: QMenu, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, menu)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _open(self, dialog: QDialog, on_accept: Callable[[], object]) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: on_accept())
        dialog.open()
        return dialog

    def _start(self, request: PrintRequest) -> JobHandle[Sequence[GlyphProblem]]:
        return self.flow.start(request)

    # -- documents -------------------------------------------------------------------------------
    def cards(self, member_ids: Sequence[int] | None = None) -> QDialog:
        """Contact cards: of the given members (one, or the page's selection), or whom the
        dialog is told: everyone registered this campaign year, or members ticked there. A
        member who has not reported this year has no card, and is told so (never a blank sheet).
        """
        from villagedesk.core.printing.data import card_choice
        from villagedesk.ui.printing import documents as d

        year = d.campaign_year(self.ctx)
        ids = list(member_ids) if member_ids is not None else None
        note = ""
        if ids:
            choice = card_choice(
                self.ctx.store.uow_factory(), today=self.ctx.today(), member_ids=ids
            )
            if not choice.with_card:
                return self._no_card(len(ids))
            if choice.without_card:
                note = QCoreApplication.translate(
                    "PrintMenu",
                    "{count} of the members selected have not reported this year and have no "
                    "contact card: {names}",
                ).format(count=len(choice.without_card), names="、".join(choice.without_card))
            ids = list(choice.with_card)
        dialog = self._who(handbook=False, ids=ids, year=year, note=note)
        return self._open(
            dialog,
            lambda: self._start(
                d.cards_request(self.ctx, member_ids=dialog.member_ids(), backs=dialog.option)
            ),
        )

    def _no_card(self, count: int) -> QDialog:
        from PySide6.QtWidgets import QMessageBox

        text = (
            QCoreApplication.translate(
                "PrintMenu",
                "This member has not reported this campaign year, so there is no contact card.",
            )
            if count == 1
            else QCoreApplication.translate(
                "PrintMenu",
                "None of the selected members has reported this campaign year, so there are "
                "no contact cards.",
            )
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("PrintMenu", "Contact cards"),
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "PrintMenu",
                "A card is made when the member reports: In-service members → Registration.",
            )
        )
        self.dialog = box
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _who(self, *, handbook: bool, ids: list[int] | None, year: int, note: str) -> CardsDialog:
        from villagedesk.ui.printing import documents as d
        from villagedesk.ui.printing.cards_dialog import CardsDialog

        return CardsDialog(
            handbook=handbook,
            count=None if ids is None else len(ids),
            year=year,
            parent=self.window,
            selected=ids,
            registered=d.registered_entries(self.ctx, year),
            search=d.registered_search(self.ctx, year),
            note=note,
        )

    def handbooks(self, member_ids: Sequence[int] | None = None) -> QDialog:
        from villagedesk.ui.printing import documents as d

        ids = list(member_ids) if member_ids is not None else None
        dialog = self._who(handbook=True, ids=ids, year=d.campaign_year(self.ctx), note="")
        return self._open(
            dialog,
            lambda: self._start(
                d.handbooks_request(
                    self.ctx, member_ids=dialog.member_ids(), plain_a5=dialog.option
                )
            ),
        )

    def ledger(self, which: str) -> QDialog:
        """The ledger's filters (the page's current search, an optional date range), then it."""
        from villagedesk.ui.printing.dialogs import LedgerDialog
        from villagedesk.ui.printing.ledgers import current_search, ledger_info, ledger_request

        info = ledger_info(which)
        dialog = LedgerDialog(
            QCoreApplication.translate("Ledgers", info.title),
            search=current_search(self.window, info.spec_key),
            has_dates=info.has_dates,
            today=self.ctx.today(),
            parent=self.window,
        )
        return self._open(
            dialog, lambda: self._start(ledger_request(self.ctx, which, dialog.options()))
        )

    def statistics(self) -> JobHandle[Sequence[GlyphProblem]]:
        from villagedesk.ui.printing.ledgers import statistics_request

        return self._start(statistics_request(self.ctx))

    def notice(self) -> QDialog:
        from villagedesk.ui.printing.dialogs import NoticeDialog
        from villagedesk.ui.printing.ledgers import notice_request

        station = self.ctx.station()
        dialog = NoticeDialog(
            today=self.ctx.today(),
            contact_name=station.contact_name if station is not None else "",
            contact_phone=station.contact_phone if station is not None else "",
            parent=self.window,
        )
        return self._open(dialog, lambda: self._start(notice_request(self.ctx, dialog.options())))

    def calibration(self) -> JobHandle[Sequence[GlyphProblem]]:
        from villagedesk.ui.printing import documents as d

        return self._start(d.calibration_request(self.ctx))

    def offsets(self) -> QDialog:
        from villagedesk.core.printing.offsets import printer_offsets
        from villagedesk.ui.printing.offsets_dialog import OffsetsDialog

        offsets = printer_offsets(self.ctx.store.uow_factory())
        return self._open(OffsetsDialog(self.ctx, offsets, self.window), lambda: None)
