"""The 打印(P) menu of the main window and the print actions of the member page.

Kept light: the dialogs, the preview (QtPdf) and the writers are imported on first use, so the
menu costs the start-up nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext
    from villagedesk.ui.jobs import JobHandle
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
        from PySide6.QtCore import Qt

        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: on_accept())
        dialog.open()
        return dialog

    def _start(self, request: PrintRequest) -> JobHandle[Sequence[object]]:
        return self.flow.start(request)

    # -- documents -------------------------------------------------------------------------------
    def cards(self, member_ids: Sequence[int] | None = None) -> QDialog:
        """Contact cards of the given members (None: everyone registered this campaign year)."""
        from villagedesk.ui.printing import documents as d
        from villagedesk.ui.printing.dialogs import CardsDialog

        ids = list(member_ids) if member_ids is not None else None
        dialog = CardsDialog(
            handbook=False,
            count=None if ids is None else len(ids),
            year=d.campaign_year(self.ctx),
            parent=self.window,
        )
        return self._open(
            dialog,
            lambda: self._start(d.cards_request(self.ctx, member_ids=ids, backs=dialog.option)),
        )

    def handbooks(self, member_ids: Sequence[int] | None = None) -> QDialog:
        from villagedesk.ui.printing import documents as d
        from villagedesk.ui.printing.dialogs import CardsDialog

        ids = list(member_ids) if member_ids is not None else None
        dialog = CardsDialog(
            handbook=True,
            count=None if ids is None else len(ids),
            year=d.campaign_year(self.ctx),
            parent=self.window,
        )
        return self._open(
            dialog,
            lambda: self._start(
                d.handbooks_request(self.ctx, member_ids=ids, plain_a5=dialog.option)
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

    def statistics(self) -> JobHandle[Sequence[object]]:
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

    def calibration(self) -> JobHandle[Sequence[object]]:
        from villagedesk.ui.printing import documents as d

        return self._start(d.calibration_request(self.ctx))

    def offsets(self) -> QDialog:
        from villagedesk.core.services.printing_data import printer_offsets, set_printer_offsets
        from villagedesk.ui.printing.dialogs import OffsetsDialog

        factory = self.ctx.store.uow_factory

        def save(o: object) -> object:
            from villagedesk.core.printing import PrinterOffsets

            assert isinstance(o, PrinterOffsets)
            saved = set_printer_offsets(factory(), x_mm=o.x_mm, y_mm=o.y_mm)
            self.ctx.hub.publish(saved.changes)
            return saved

        dialog = OffsetsDialog(printer_offsets(factory()), save, self.window)
        return self._open(dialog, lambda: None)
