"""The township's tab of its villages' audit logs: after a village's package, the request its
account added is listed with the account, the role, the record type and the fields, the phone
masked as the village's log stored it; the village choice narrows the list."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.core.requests.support import CLOCK, draft
from tests.sync.township_fixtures import TOWNSHIP, make_pair
from villagedesk.core.accounts.model import Actor, Role
from villagedesk.core.requests import services as requests
from villagedesk.core.requests.timing import local_now
from villagedesk.core.township import services as sync_township
from villagedesk.sync.township_codec import ContainerCodec
from villagedesk.ui.context import AppContext
from villagedesk.ui.sync.township_audit import TownshipAuditBox

PHONE = "13912345678"


def _township_with_a_request(ctx: AppContext, tmp_path: Path) -> None:
    with ctx.store.uow_factory() as uow:
        uow.station.save(TOWNSHIP)
        uow.commit()
    ctx.refresh_station()
    pair = make_pair(tmp_path / "v", township=ctx.store, tcodec=ContainerCodec(ctx.data_dir))
    pair.village.uow_factory.actor = Actor("小李", Role.CLERK, device="村委电脑")
    requests.add_request(
        pair.village.uow_factory(),
        draft=draft(
            requester_kind="named", person_id=None, requester_name="张大爷", requester_phone=PHONE
        ),
        clock=CLOCK,
    )
    pair.village.uow_factory.actor = Actor("王书记", Role.ADMIN, device="村委电脑")  # syncs
    report = sync_township.import_packages(
        ctx.store.uow_factory(),
        codec=pair.tcodec,
        files=[pair.export()],
        dry_run=False,
        accept=pair.vcodec.fingerprint(),
        today=local_now(CLOCK).date(),
    )
    assert report.exit_code == 0
    pair.village.close()


def _cells(box: TownshipAuditBox) -> list[list[str]]:
    table = box.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]


def test_the_tab_lists_who_changed_a_request_with_the_phone_masked(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    _township_with_a_request(ctx, tmp_path)
    box = TownshipAuditBox(ctx)
    qtbot.addWidget(box)
    rows = _cells(box)
    request_rows = [r for r in rows if r[4] == "Requests" or "request" in r[4].lower()]
    assert request_rows, rows
    time, village, account, role, _type, uuid, fields = request_rows[0]
    assert (village, account, role) == ("东河村党群服务站", "小李", "Data-entry clerk")
    assert len(uuid) == 36 and time.startswith("20")
    assert "requester_name:  → 张大爷" in fields
    assert PHONE not in "".join(c for r in rows for c in r)
    assert "139" in fields  # the masked phone, as stored
    # Narrowed to the village, then to none at all.
    assert box.village.count() == 2
    box.village.setCurrentIndex(1)
    assert _cells(box) == rows
