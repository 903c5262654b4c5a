"""The tabs of 在职党员报到: the base :class:`Tab` and the service posts with their holders (the
expected list: tabs_expected; registrations: tabs_registration; service records and assessment:
tabs_records).

At a township every tab shows all villages' rows with a village column, narrowed by the page's
village filter (:meth:`Tab.set_village`); buttons that would change a village's row are disabled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.in_service import posts
from villagedesk.core.in_service import services as svc
from villagedesk.core.in_service.model import RosterEntry, ServicePost
from villagedesk.core.in_service.register import (
    CLAIM_REGISTER,
    POST_REGISTER,
)
from villagedesk.core.ownership import StationScope
from villagedesk.ui.in_service.dialogs import EndClaimDialog, PostDialog
from villagedesk.ui.in_service.roster_dialogs import ClaimDialog
from villagedesk.ui.in_service.widgets import rows_table, selected_id
from villagedesk.ui.masked import add_reveal_menu
from villagedesk.ui.registers.register_view import RegisterView
from villagedesk.ui.registers.rows_model import RowsModel
from villagedesk.ui.registers.village_box import read_only_tip

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


class Tab(QWidget):
    """A tab of the in-service page: knows the year (and, at a township, the village shown),
    reloads on ``refresh()``."""

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = year
        self.dialog: QDialog | None = None
        self.scope: StationScope = ctx.readers.members().scope()
        self.village: str | None = None

    def set_year(self, year: int) -> None:
        self.year = year
        self.refresh()

    def set_village(self, code: str | None) -> None:
        """Township: show one village's rows (its station code), or all villages' (None)."""
        self.village = code
        self.refresh()

    def shows(self, station_code: str) -> bool:
        return self.village is None or station_code == self.village

    def village_name(self, station_code: str) -> str:
        return self.scope.village_name(station_code)

    def refresh(self) -> None:
        raise NotImplementedError

    def roster(self) -> list[RosterEntry]:
        """The in-service members a form may pick: at a township only its own members (a
        village's are read-only here)."""
        entries = svc.in_service_roster(self.ctx.store.uow_factory())
        if not self.scope.township:
            return entries
        reader = self.ctx.readers.members()
        codes = reader.rows([e.member_id for e in entries], ["station_code"])
        return [e for e in entries if self.scope.is_own(codes.get(e.member_id, ("",))[0])]

    def open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def allow(button: QPushButton, *, chosen: bool, own: bool) -> None:
    """Enable ``button`` for a chosen row of the station's own; explain a village's row."""
    button.setEnabled(chosen and own)
    button.setToolTip("" if own or not chosen else read_only_tip())


def scoped_view(view: RegisterView, tab: Tab) -> RegisterView:
    """A tab's big register: the page's village filter narrows it, not a box of its own."""
    view.village_box.hide()
    view.set_village(tab.village)
    return view


def button_bar(*buttons: QPushButton, extra: QWidget | None = None) -> QHBoxLayout:
    bar = QHBoxLayout()
    for button in buttons:
        bar.addWidget(button)
    bar.addStretch(1)
    if extra is not None:
        bar.addWidget(extra)
    return bar


class PostsTab(Tab):
    """服务岗位: posts with holders and free places; claim and end claims."""

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, year, parent)
        self.add_button = QPushButton(self.tr("Add post…"), self)
        self.edit_button = QPushButton(self.tr("Edit post…"), self)
        self.claim_button = QPushButton(self.tr("Claim…"), self)
        self.end_button = QPushButton(self.tr("End claim…"), self)
        self.posts: list[ServicePost] = []
        township = self.scope.township
        self.post_model = RowsModel(POST_REGISTER, self, township=township)
        self.post_table = rows_table(self.post_model, self)
        add_reveal_menu(
            ctx, self.post_table, record_type="service_posts", fields=("contact_phone",)
        )
        self.claim_model = RowsModel(CLAIM_REGISTER, self, township=township)
        self.claim_table = rows_table(self.claim_model, self)
        self.holders_label = QLabel(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.post_table)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.holders_label)
        lower_layout.addWidget(self.claim_table, 1)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(
            button_bar(self.add_button, self.edit_button, self.claim_button, self.end_button)
        )
        layout.addWidget(splitter, 1)
        self.add_button.clicked.connect(lambda: self.open(PostDialog(self.ctx, parent=self)))
        self.edit_button.clicked.connect(self.edit_post)
        self.claim_button.clicked.connect(self.claim)
        self.end_button.clicked.connect(self.end_claim)
        self.post_table.selectionModel().selectionChanged.connect(lambda *_: self.show_claims())
        self.claim_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.refresh()

    def own_posts(self) -> list[ServicePost]:
        """The posts this station may claim and log service on (at a township: its own)."""
        return [p for p in self.posts if self.scope.is_own(p.station_code)]

    def _update_buttons(self) -> None:
        post = self.current_post()
        own = post is not None and self.scope.is_own(post.station_code)
        allow(self.edit_button, chosen=post is not None, own=own)
        self.claim_button.setEnabled(post is None or own)
        self.claim_button.setToolTip(self.edit_button.toolTip())
        claim_id = selected_id(self.claim_table)
        allow(self.end_button, chosen=claim_id is not None, own=own)

    def refresh(self) -> None:
        current = selected_id(self.post_table)
        found = posts.list_posts(self.ctx.store.uow_factory())
        self.posts = [p for p in found if self.shows(p.station_code)]
        self.post_model.set_records(
            [
                (
                    p.id,
                    (
                        p.name,
                        p.values.places,
                        p.held,
                        p.free,
                        p.values.contact_name,
                        p.values.contact_phone,
                        p.values.description,
                        self.village_name(p.station_code),
                    ),
                )
                for p in self.posts
            ]
        )
        for row, post in enumerate(self.posts):
            if post.id == current:
                self.post_table.selectRow(row)
        self.show_claims()

    def current_post(self) -> ServicePost | None:
        post_id = selected_id(self.post_table)
        return next((p for p in self.posts if p.id == post_id), None)

    def show_claims(self) -> None:
        post = self.current_post()
        claims = posts.post_claims(self.ctx.store.uow_factory(), post_id=post.id) if post else []
        self.claim_model.set_records(
            [
                (
                    c.id,
                    (
                        c.member_name,
                        c.claimed_on.isoformat(),
                        c.ended_on.isoformat() if c.ended_on else None,
                        self.village_name(c.station_code),
                    ),
                )
                for c in claims
            ]
        )
        self.holders_label.setText(
            self.tr("Holders and history of “{post}”").format(post=post.name) if post else ""
        )
        self._update_buttons()

    def edit_post(self) -> PostDialog | None:
        post = self.current_post()
        if post is None or not self.scope.is_own(post.station_code):
            return None
        dialog = PostDialog(self.ctx, post, parent=self)
        self.open(dialog)
        return dialog

    def claim(self) -> ClaimDialog:
        post = self.current_post()
        own = self.own_posts()
        chosen = post.id if post is not None and post in own else None
        dialog = ClaimDialog(self.ctx, self.roster(), own, chosen, parent=self)
        self.open(dialog)
        return dialog

    def end_claim(self) -> EndClaimDialog | None:
        claim_id = selected_id(self.claim_table)
        if claim_id is None or not self.end_button.isEnabled():
            return None
        row = next(
            r for r in range(self.claim_model.rowCount()) if self.claim_model.id_at(r) == claim_id
        )
        dialog = EndClaimDialog(
            self.ctx, claim_id, self.claim_model.value(row, "name"), parent=self
        )
        self.open(dialog)
        return dialog
