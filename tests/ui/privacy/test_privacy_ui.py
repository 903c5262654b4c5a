"""The window's privacy tasks: 个人信息导出… on a resident's row opens the person's copy in the
print preview (and logs the export); the retention setting is saved from Settings and its due
list shows the people who moved away, masked."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from tests.core.privacy.seed import seed
from tests.store.conftest import STATION, add_member, member
from villagedesk.core.audit.entry import AuditKind
from villagedesk.core.audit.query import AuditFilter
from villagedesk.core.dates import PartialDate
from villagedesk.core.members.roll import RollChange, RollStatus
from villagedesk.ui.context import AppContext
from villagedesk.ui.households.household_page import HouseholdPageDialog
from villagedesk.ui.privacy import export
from villagedesk.ui.privacy.retention_form import RetentionForm

GONE_ID = "210503194910011133"


def _station(ctx: AppContext) -> None:
    with ctx.store.uow_factory() as uow:
        uow.station.save(STATION)
        uow.commit()


def test_the_resident_row_exports_to_the_preview(ctx: AppContext, qtbot: QtBot) -> None:
    _station(ctx)
    seeded = seed(ctx.store)
    page = HouseholdPageDialog(ctx, seeded.household_id)
    qtbot.addWidget(page)
    job = export.export_resident(ctx, page, seeded.resident_id)
    assert job is not None
    flow = export.FLOWS[id(page)]
    qtbot.waitUntil(lambda: flow.preview is not None, timeout=20000)
    assert flow.preview is not None
    flow.preview.close()
    with ctx.store.uow_factory().for_reading() as uow:
        kinds = [e.kind for e in uow.audit_log.entries(AuditFilter(limit=5))]
    assert AuditKind.EXPORT in kinds


def test_the_retention_setting_and_its_due_list(ctx: AppContext, qtbot: QtBot) -> None:
    _station(ctx)
    seed(ctx.store)
    gone = replace(member("司马懿", serial=77), id_number=GONE_ID)
    member_id = add_member(ctx.store, gone)
    with ctx.store.uow_factory() as uow:  # transferred out in March 2020
        uow.members.add_event(member_id, RollChange.TRANSFER_OUT, PartialDate(2020, 3), "")
        uow.members.set_status(member_id, RollStatus.TRANSFERRED_OUT)
        uow.commit()
    form = RetentionForm(ctx)
    qtbot.addWidget(form)
    assert form.months.value() == 36
    dialog = form.show_due()
    assert dialog is not None and dialog.table.rowCount() == 1
    cells = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert cells[:3] == ["司马懿", "210503********1133", "2020.03.31"]
    assert GONE_ID not in cells
    dialog.close()
    form.months.setValue(0)  # keep for ever: nobody is due
    assert form.save()
    again = RetentionForm(ctx)
    qtbot.addWidget(again)
    assert again.months.value() == 0
    shown = again.show_due()
    assert shown is not None and shown.table.rowCount() == 0
