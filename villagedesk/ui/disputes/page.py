"""矛盾纠纷: the disputes in the lazy register (ui/disputes/dispute_register.py: searched in SQL
as a job whenever disputes or a filter change, rows read a page at a time) with their colour,
the filters (ui/disputes/filter_bar.py), the search box and the count, and the steps the
selected dispute's state allows (core/disputes/state.py) as buttons and a menu, their dialogs
ui/disputes/step_list.py's ``dialog_of(action)`` (none while that module is missing). When the
selected dispute's level time ran out or its last session failed, a banner offers 上移层级
(core/disputes/ladder.escalation_offer)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.disputes.ladder import escalation_offer
from villagedesk.core.disputes.model import WarningLevel
from villagedesk.core.disputes.record import Dispute, DisputeQuery
from villagedesk.core.disputes.services import dispute_settings, get_dispute
from villagedesk.core.disputes.state import DisputeAction, DisputeState, allowed_actions
from villagedesk.core.errors import NotFound
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.i18n import render
from villagedesk.ui.disputes.detail_dialog import DisputeDetailDialog
from villagedesk.ui.disputes.dispute_register import (
    DisputeRegisterModel,
    EscalationBanner,
    FilteredDisputes,
    Searched,
    ShownList,
    read_list,
    register_view,
)
from villagedesk.ui.disputes.filter_bar import DisputeFilterBar
from villagedesk.ui.disputes.record_dialog import DisputeRecordDialog
from villagedesk.ui.reread import Reread

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

A = DisputeAction
STEP_LIST = "villagedesk.ui.disputes.step_list"

#: The step buttons and the steps of the "More steps" menu, with their labels.
BUTTON_STEPS: tuple[tuple[DisputeAction, str], ...] = (
    (A.SESSION, QT_TRANSLATE_NOOP("DisputesPage", "Mediation session…")),
    (A.SETTLE, QT_TRANSLATE_NOOP("DisputesPage", "Mediation result…")),
    (A.PERFORM, QT_TRANSLATE_NOOP("DisputesPage", "Performance…")),
    (A.FOLLOW_UP, QT_TRANSLATE_NOOP("DisputesPage", "Follow up…")),
    (A.CLOSE, QT_TRANSLATE_NOOP("DisputesPage", "Close the case…")),
)
MENU_STEPS: tuple[tuple[DisputeAction, str], ...] = (
    (A.LEVEL, QT_TRANSLATE_NOOP("DisputesPage", "Change the warning level…")),
    (A.ESCALATE, QT_TRANSLATE_NOOP("DisputesPage", "Move up a level…")),
    (A.EXTEND, QT_TRANSLATE_NOOP("DisputesPage", "Extend the mediation period…")),
    (A.HAND_OVER, QT_TRANSLATE_NOOP("DisputesPage", "Change the case owner…")),
    (A.REOPEN, QT_TRANSLATE_NOOP("DisputesPage", "Mediate again…")),
)
StepDialogClass = Callable[["AppContext", Dispute, QWidget], QDialog]


def _tr(text: str) -> str:
    return QCoreApplication.translate("DisputesPage", text)


def step_dialog(action: DisputeAction) -> StepDialogClass | None:
    """The dialog class of ``action`` from ui/disputes/step_list.py (None: none yet)."""
    try:
        module = importlib.import_module(STEP_LIST)
    except ImportError:
        return None
    dialog_of = getattr(module, "dialog_of", None)
    if not callable(dialog_of):
        return None
    return cast("StepDialogClass | None", dialog_of(action))


class DisputesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.dialog: QDialog | None = None
        self.selected: Dispute | None = None
        self._reread: Reread[ShownList] = Reread(
            ctx, self, self.tr("Reading the disputes…"), self._show
        )
        self._wanted: int | None = None  # the dispute just recorded, selected once shown
        self.store_reader = ctx.readers.disputes()
        self.reader = FilteredDisputes(self.store_reader)
        self._build_register()
        self._build_filters()
        self._build_buttons()
        self.banner = EscalationBanner(self)
        self.escalate_button = self.banner.button
        self.escalate_button.clicked.connect(lambda: self.take_step(A.ESCALATE))
        self._lay_out()
        self.register.selection_changed.connect(self._selection_changed)
        self.register.activated.connect(lambda _id: self.show_details())
        self.model.modelReset.connect(self._update_count)
        ctx.hub.changed.connect(self._on_changed)
        self.reload()

    def _build_register(self) -> None:
        self.register = register_view(self._ctx.settings, self.reader, self)
        model = self.register.model
        assert isinstance(model, DisputeRegisterModel)
        self.model: DisputeRegisterModel = model
        self.scope = self.register.scope
        self.view = self.register.table

    def _build_filters(self) -> None:
        self.filters = DisputeFilterBar(self)
        self.count = self.filters.count
        self.filters.set_types(dispute_settings(self._ctx.store.uow_factory()).types)
        self.filters.changed.connect(self.reload)

    def _build_buttons(self) -> None:
        self.add_button = QPushButton(self.tr("New dispute…"), self)
        self.add_button.clicked.connect(lambda: self.new_record())
        self.step_buttons: dict[DisputeAction, QPushButton] = {}
        for action, label in BUTTON_STEPS:
            button = QPushButton(_tr(label), self)
            button.clicked.connect(lambda _c=False, a=action: self.take_step(a))
            self.step_buttons[action] = button
        self.more_button = QPushButton(self.tr("More steps"), self)
        menu = QMenu(self.more_button)
        self.step_actions: dict[DisputeAction, QAction] = {}
        for action, label in MENU_STEPS:
            item = menu.addAction(_tr(label))
            item.triggered.connect(lambda _c=False, a=action: self.take_step(a))
            self.step_actions[action] = item
        self.more_button.setMenu(menu)
        self.detail_button = QPushButton(self.tr("Details…"), self)
        self.detail_button.clicked.connect(lambda: self.show_details())

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        steps = (*self.step_buttons.values(), self.more_button)
        for button in steps:
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.filters.add_button(self.add_button)
        self.filters.add_button(self.detail_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        layout.addWidget(self.register, 1)

    def title(self) -> str:
        return self.tr("Disputes")

    # -- loading ------------------------------------------------------------------------------
    def query(self) -> DisputeQuery:
        """The filters chosen, on the station's day."""
        return self.filters.query(self._ctx.today())

    def _searched(self) -> Searched:
        m = self.model
        return (m.query, m.sort_key, m.descending, m.village)

    def reload(self) -> None:
        """Search again, as a job on the database worker (once more if asked meanwhile)."""
        inner, asked, searched = self.store_reader, self.query(), self._searched()
        self._reread(lambda: read_list(inner, asked, searched))

    def _show(self, shown: ShownList) -> None:
        chosen = self.register.current_id()
        wanted = self._wanted if self._wanted is not None else chosen
        self.reader.asked = shown.asked
        if shown.searched == self._searched():
            self.model.show_ids(shown.ids)
        else:
            self.model.refresh()  # sorted or searched meanwhile: search again as it is now
        self._update_count()
        if wanted is not None and self.select(wanted):
            self._wanted = None
        self._selection_changed()

    def _update_count(self) -> None:
        self.count.setText(self.tr("{count} disputes").format(count=self.model.rowCount()))

    def _on_changed(self, changes: Changes) -> None:
        if Topic.DISPUTES in changes.topics:
            self.filters.set_types(dispute_settings(self._ctx.store.uow_factory()).types)
            self.reload()

    # -- the selected dispute -----------------------------------------------------------------
    def select(self, dispute_id: int) -> bool:
        return self.register.select_id(dispute_id)

    def current_dispute(self) -> Dispute | None:
        """The selected dispute, read by its id (None: none selected, or gone meanwhile)."""
        dispute_id = self.register.current_id()
        if dispute_id is None:
            return None
        try:
            return get_dispute(self._ctx.store.uow_factory(), dispute_id=dispute_id).dispute
        except NotFound:
            return None

    def allowed(self, dispute: Dispute | None) -> set[DisputeAction]:
        """The steps the page offers on ``dispute`` (none on another village's dispute)."""
        if dispute is None:
            return set()
        return self._allowed(dispute.state, dispute.station_code)

    def _allowed(self, state: DisputeState | None, station: str) -> set[DisputeAction]:
        """The township's 包案 comes from its receipt, never from this page."""
        if state is None or not self.scope.is_own(station):
            return set()
        return set(allowed_actions(state)) - {A.TAKE_OVER}

    def _selection_changed(self) -> None:
        self.selected = self.current_dispute()
        self._update_buttons()
        self._update_banner()

    def _update_buttons(self) -> None:
        """From the selected row as shown: its state and its station."""
        dispute_id = self.register.current_id()
        row = None if dispute_id is None else self.model.row_of(dispute_id)
        state = None if row is None else self.model.state(row)
        allowed = self._allowed(state, "" if row is None else self.model.station_code(row))
        for action, button in self.step_buttons.items():
            button.setEnabled(action in allowed)
        for action, item in self.step_actions.items():
            item.setEnabled(action in allowed)
        self.more_button.setEnabled(any(a in allowed for a in self.step_actions))
        self.detail_button.setEnabled(row is not None)

    def escalation_reasons(self) -> list[str]:
        """Why the page offers to move the selected dispute up (empty: it does not)."""
        dispute = self.selected
        if dispute is None or A.ESCALATE not in self.allowed(dispute):
            return []
        return [render(m) for m in escalation_offer(dispute.progress, self._ctx.today())]

    def _update_banner(self) -> None:
        self.banner.offer(self.escalation_reasons())

    # -- actions ------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_household(self, household_id: int, label: str) -> None:
        """The disputes of one household (the household page), ``label`` naming it."""
        self.filters.set_household(household_id, label)

    def show_view(self, view: str, level: WarningLevel | None = None) -> None:
        """A start-page tile's list: one of filter_bar.VIEWS, and a level."""
        self.filters.clear()
        self.filters.choose_level(level)
        self.filters.choose_view(view)
        self.reload()

    def new_record(self, household_id: int | None = None) -> DisputeRecordDialog:
        """新增纠纷."""
        dialog = DisputeRecordDialog(self._ctx, self, household_id=household_id)
        dialog.accepted.connect(lambda: self._select_saved(dialog))
        self._open(dialog)
        return dialog

    def _select_saved(self, dialog: DisputeRecordDialog) -> None:
        if dialog.saved is not None:
            self._wanted = dialog.saved.id

    def take_step(self, action: DisputeAction) -> QDialog | None:
        """Open the dialog of ``action`` on the selected dispute, if its state allows it (None
        while ui/disputes/step_list.py has no dialog for it)."""
        dispute = self.current_dispute()
        if dispute is None or action not in self.allowed(dispute):
            return None
        dialog_class = step_dialog(action)
        if dialog_class is None:
            return None
        return self._open(dialog_class(self._ctx, dispute, self))

    def show_details(self) -> DisputeDetailDialog | None:
        dispute_id = self.register.current_id()
        if dispute_id is None:
            return None
        detail = get_dispute(self._ctx.store.uow_factory(), dispute_id=dispute_id)
        dialog = DisputeDetailDialog(self._ctx, detail, self)
        self._open(dialog)
        return dialog
