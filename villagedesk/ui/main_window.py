"""The main window: registers on the left, pages on the right, menus, status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from villagedesk.core.changes import Changes, Topic
from villagedesk.ui import navigation
from villagedesk.ui.about_box import show_about
from villagedesk.ui.context import AppContext

if TYPE_CHECKING:
    from villagedesk.ui.station_dialog import StationDialog  # on use: it loads the keys


class MainWindow(QMainWindow):
    new_action: QAction  # the page's New, Search, Print and Refresh (ui/shortcuts.install)
    find_action: QAction
    print_action: QAction
    refresh_action: QAction

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.read_only = False
        self.station_dialog: StationDialog | None = None
        # The product's name (the application's display name, which Qt adds to other windows).
        self.setWindowTitle(QCoreApplication.translate("Startup", "VillageDesk"))
        self.setMinimumSize(QSize(720, 480))

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMinimumWidth(170)
        self.nav.setMaximumWidth(260)
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 10px 12px; }")
        self.stack = QStackedWidget()
        self.pages: list[QWidget | None] = []
        self._factories: list[Callable[[AppContext], QWidget]] = []
        for title, factory in navigation.REGISTERS:
            self.add_register(QCoreApplication.translate("MainWindow", title), factory)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # The registers' names need ~180 px; the rest goes to the page (a 1024 px screen is tight).
        splitter.setSizes([190, 1010])
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self.nav.currentRowChanged.connect(self.show_page)

        self._build_menus()
        self._build_status_bar()
        ctx.hub.changed.connect(self._on_changed)
        self._restore_window()
        self.nav.setCurrentRow(0)

    # pages ---------------------------------------------------------------------------------
    def add_register(self, title: str, factory: Callable[[AppContext], QWidget]) -> None:
        item = QListWidgetItem(title)
        item.setSizeHint(QSize(160, 44))
        self.nav.addItem(item)
        self._factories.append(factory)
        self.pages.append(None)
        self.stack.addWidget(QWidget())  # placeholder until the first visit

    def show_page(self, row: int) -> None:
        """Create a page on its first visit, then show it."""
        if row < 0:
            return
        page = self.pages[row]
        if page is None:
            page = self._factories[row](self.ctx)
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.pages[row] = page
            self._wire(page)
        self.stack.setCurrentIndex(row)

    def show_register(self, factory: Callable[[AppContext], QWidget]) -> QWidget:
        """Show the register ``factory`` builds (building it on first use) and return its page."""
        row = self._factories.index(factory)
        self.nav.setCurrentRow(row)
        self.show_page(row)
        page = self.pages[row]
        assert page is not None
        return page

    def _wire(self, page: QWidget) -> None:
        from villagedesk.ui.workbench import wiring

        wiring.wire(self, page)

    def nav_titles(self) -> list[str]:
        return [self.nav.item(i).text() for i in range(self.nav.count())]

    # menus ---------------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.save_to_drive_action = self._action(
            self.tr("Back up to a USB drive…"), self.save_to_drive
        )
        self.restore_action = self._action(self.tr("Restore from a backup…"), self.restore)
        self.backup_now_action = self._action(self.tr("Back up now"), self.backup_now)
        file_menu.addActions(
            [self.save_to_drive_action, self.restore_action, self.backup_now_action]
        )
        file_menu.addSeparator()
        self.import_members_action = self._action(
            self.tr("Import Party member roll…"), lambda: self.import_roster("members")
        )
        self.import_residents_action = self._action(
            self.tr("Import residents and households…"), lambda: self.import_roster("residents")
        )
        file_menu.addActions([self.import_members_action, self.import_residents_action])
        templates = file_menu.addMenu(self.tr("Download import template"))
        self.member_template_action = self._action(
            self.tr("Party member roll…"), lambda: self.download_template("members")
        )
        self.resident_template_action = self._action(
            self.tr("Residents and households…"), lambda: self.download_template("residents")
        )
        templates.addActions([self.member_template_action, self.resident_template_action])
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Exit"), self.quit, "Ctrl+Q"))

        # 打印(P): built by ui/printing (its dialogs, preview and writers load on first use).
        from villagedesk.ui.printing.menu import PrintActions

        self.print_actions = PrintActions(self.ctx, self)
        bar.addMenu(self.print_actions.build_menu(self))

        tools = bar.addMenu(self.tr("&Tools"))
        self.demo_action = self._action(self.tr("Fill with demo data…"), self.fill_demo)
        self.check_action = self._action(self.tr("Check the database"), self.check_database)
        self.settings_action = self._action(self.tr("Settings…"), self.open_settings)
        tools.addActions([self.demo_action, self.check_action])
        tools.addSeparator()
        tools.addAction(self.settings_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = self._action(self.tr("User guide"), self.user_guide)
        self.guide_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
        )
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        help_menu.addAction(self._action(self.tr("About VillageDesk"), self.about))
        from villagedesk.ui import shortcuts  # Ctrl+N, Ctrl+F, Ctrl+P and F5 on the page shown

        shortcuts.install(self)

    def current_page(self) -> QWidget | None:
        row = self.nav.currentRow()
        return self.pages[row] if 0 <= row < len(self.pages) else None

    def user_guide(self) -> QWidget:
        from villagedesk.ui.help_dialog import GuideDialog

        dialog = GuideDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def quit(self) -> None:
        self.close()

    def save_to_drive(self) -> None:
        from villagedesk.ui.backup import actions as backup_actions  # on use (start-up time)

        backup_actions.save_to_drive(self.ctx, self)

    def restore(self) -> None:
        from villagedesk.ui.backup.restore_dialog import RestoreDialog

        RestoreDialog(self.ctx, self).open()

    def backup_now(self) -> None:
        from villagedesk.ui.backup import actions as backup_actions  # on use (start-up time)

        backup_actions.backup_now(self.ctx, self)

    def import_roster(self, kind: str) -> None:
        from villagedesk.core.importing.rows import ImportKind
        from villagedesk.ui.importing.wizard import open_import_wizard  # loads openpyxl on use

        open_import_wizard(self.ctx, ImportKind(kind), self)

    def download_template(self, kind: str) -> None:
        from villagedesk.ui.registers.excel_export import download_template  # loads openpyxl

        download_template(self, kind, jobs=self.ctx.jobs)

    def fill_demo(self) -> None:
        from villagedesk.ui.demo_dialog import DemoDialog  # on use: the demo's tables are big

        DemoDialog(self.ctx, self).open()

    def open_settings(self) -> None:
        from villagedesk.ui.settings_dialog import SettingsDialog  # on use: it loads every area

        SettingsDialog(self.ctx, self).open()

    def check_database(self) -> None:
        from villagedesk.ui.record_check import check_database

        check_database(self.ctx, self)

    def about(self) -> None:
        show_about(self, self.ctx.data_dir)

    # status --------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.read_only_label = QLabel(self.tr("Read-only: the database failed its check"))
        self.read_only_label.setStyleSheet("color: #b00020; font-weight: bold; padding: 0 8px;")
        self.read_only_label.hide()
        self.station_label = QLabel()
        self.station_label.setStyleSheet("padding: 0 12px;")
        self.data_dir_label = QLabel(self.tr("Data folder: {path}").format(path=self.ctx.data_dir))
        self.data_dir_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar.addPermanentWidget(self.read_only_label)
        bar.addPermanentWidget(self.station_label)
        bar.addPermanentWidget(self.data_dir_label)
        self.update_station_label()

    def update_station_label(self) -> None:
        station = self.ctx.station()
        if station is None:
            self.station_label.setText(self.tr("Station not set up"))
        else:
            self.station_label.setText(
                self.tr("{name} ({code})").format(name=station.name, code=station.code)
            )

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.read_only_label.setVisible(read_only)
        self.demo_action.setEnabled(not read_only)
        self.backup_now_action.setEnabled(not read_only)
        self.save_to_drive_action.setEnabled(not read_only)
        self.import_members_action.setEnabled(not read_only)
        self.import_residents_action.setEnabled(not read_only)

    def _on_changed(self, changes: Changes) -> None:
        if Topic.STATION in changes.topics:
            self.update_station_label()

    # first start ---------------------------------------------------------------------------
    def ensure_station(self) -> None:
        """On first start the station must be set up before anything else; Cancel exits."""
        if self.ctx.station() is not None or self.station_dialog is not None:
            return
        from villagedesk.ui.station_dialog import StationDialog  # loads the sync keys

        dialog = StationDialog(self.ctx, self, first_start=True)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.rejected.connect(self.close)
        dialog.finished.connect(self._station_dialog_closed)
        self.station_dialog = dialog
        dialog.open()

    def _station_dialog_closed(self) -> None:
        self.station_dialog = None
        self.update_station_label()

    # geometry ------------------------------------------------------------------------------
    def _restore_window(self) -> None:
        geometry = self.ctx.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        state = self.ctx.settings.window_state()
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.save_window(self.saveGeometry(), self.saveState())
        super().closeEvent(event)
