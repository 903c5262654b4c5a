"""The township's view of its villages' audit logs, a tab of its sync page: who changed what in
the sensitive registers (requests, disputes, relief categories and residents' relief links),
newest first: time, village, account, role, record type, uuid and the fields with their old and
new values, masked as the village's log stored them. A choice above narrows it to one village."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from villagedesk.core.accounts.model import Role
from villagedesk.core.audit.changes import fields_text
from villagedesk.core.changes import Changes, Topic
from villagedesk.core.township import services as sync_township
from villagedesk.core.township.audit_trail import VillageChange, sensitive_changes
from villagedesk.ui.sync.tables import fill, sync_table, type_name

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


def role_word(role: str) -> str:
    try:
        return QCoreApplication.translate("Enum", Role(role).label)
    except ValueError:
        return role


def change_row(change: VillageChange, village_name: str) -> list[str]:
    return [
        change.at,
        village_name,
        change.actor,
        role_word(change.role),
        type_name(change.record_type),
        change.record_uuid,
        fields_text(change.fields, QCoreApplication.translate, "；"),
    ]


class TownshipAuditBox(QWidget):
    """The villages' changes to their sensitive registers, as their packages' logs brought them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changes: list[VillageChange] = []
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Village:"), self))
        self.village = QComboBox(self)
        self.village.addItem(self.tr("All villages"), "")
        row.addWidget(self.village)
        self.summary = QLabel(self)
        row.addWidget(self.summary, 1)
        layout.addLayout(row)
        self.table = sync_table(
            [
                self.tr("Time"),
                self.tr("Village"),
                self.tr("Account"),
                self.tr("Role"),
                self.tr("Record type"),
                self.tr("UUID"),
                self.tr("Fields"),
            ],
            single=True,
        )
        layout.addWidget(self.table)
        self.village.currentIndexChanged.connect(lambda _i: self.refresh())
        ctx.hub.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if Topic.SYNC in changes.topics:
            self.refresh()

    def _villages(self) -> dict[str, str]:
        peers = sync_township.villages_overview(self.ctx.store.uow_factory())
        names = {p.code: p.name for p in peers}
        if self.village.count() - 1 != len(names):
            chosen = self.village.currentData() or ""
            self.village.blockSignals(True)
            while self.village.count() > 1:
                self.village.removeItem(1)
            for code, name in sorted(names.items()):
                self.village.addItem(f"{name}（{code}）", code)
            found = self.village.findData(chosen)
            self.village.setCurrentIndex(max(found, 0))
            self.village.blockSignals(False)
        return names

    def refresh(self) -> None:
        names = self._villages()
        village = str(self.village.currentData() or "") or None
        self.changes = sensitive_changes(self.ctx.store.uow_factory(), village=village)
        fill(self.table, [change_row(c, names.get(c.village, c.village)) for c in self.changes])
        self.summary.setText(self.tr("{n} change(s) listed.").format(n=len(self.changes)))
