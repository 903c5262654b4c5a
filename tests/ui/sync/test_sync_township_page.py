"""The township sync page: accept a new village by fingerprint, preview, import, views."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.store.conftest import many_members
from tests.sync.township_fixtures import TOWNSHIP, make_pair
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.township.services import FileResult, ImportReport
from villagedesk.sync.township_codec import ContainerCodec
from villagedesk.ui.context import AppContext
from villagedesk.ui.sync.township_page import ImportPreviewDialog, TownshipSyncPage


def township_with_package(ctx: AppContext, tmp_path: Path) -> tuple[Path, str]:
    with ctx.store.uow_factory() as uow:
        uow.station.save(TOWNSHIP)
        uow.commit()
    ctx.refresh_station()
    pair = make_pair(tmp_path / "v", township=ctx.store, tcodec=ContainerCodec(ctx.data_dir))
    with pair.village.uow_factory() as uow:
        uow.members.add_many(
            many_members(12), status=RollStatus.ON_ROLL, registered_on=date(2024, 1, 5)
        )
        uow.commit()
    package = pair.export()
    fingerprint = pair.vcodec.fingerprint()
    pair.village.close()
    return package, fingerprint


def test_import_asks_to_accept_previews_then_imports(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    package, fingerprint = township_with_package(ctx, tmp_path)
    page = TownshipSyncPage(ctx)
    qtbot.addWidget(page)
    asked: list[FileResult] = []
    previews: list[ImportReport] = []
    page.ask_accept = lambda result: asked.append(result) or True
    page.confirm_preview = lambda report: previews.append(report) or True
    page.import_packages([package])
    qtbot.waitUntil(lambda: page.villages.rowCount() == 1, timeout=10000)
    ctx.jobs.wait_idle()

    assert [r.fingerprint for r in asked] == [fingerprint]
    (preview,) = previews
    assert preview.files[0].counts["members"].new == 12
    assert page.villages.item(0, 1).text() == "东河村党群服务站"
    assert page.villages.item(0, 2).text() == "1"
    assert page.last_report is not None and page.last_report.exit_code == 0

    dialog = ImportPreviewDialog(preview, page)
    qtbot.addWidget(dialog)
    assert dialog.counts.rowCount() == 2  # members and roll events
    assert dialog.records.rowCount() == 24
    assert dialog.import_button.isEnabled()
    page.resize(1000, 700)
    page.grab().save(str(tmp_path / "township_page.png"))
    dialog.grab().save(str(tmp_path / "preview.png"))


def test_declining_the_fingerprint_imports_nothing(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    package, _ = township_with_package(ctx, tmp_path)
    page = TownshipSyncPage(ctx)
    qtbot.addWidget(page)
    page.ask_accept = lambda result: False
    confirmed: list[ImportReport] = []
    page.confirm_preview = lambda report: confirmed.append(report) or False
    page.import_packages([package])
    qtbot.waitUntil(lambda: bool(confirmed), timeout=10000)
    ctx.jobs.wait_idle()
    assert confirmed[0].exit_code == 3
    assert page.villages.rowCount() == 0


def test_a_restored_villages_rewritten_log_is_taken_once_the_township_accepts_it(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A village restored its backup on a new computer: its log after the backup is written
    again, so the package is held as a rewrite; the page asks (the village having confirmed the
    restore), and accepting takes the package and its log."""
    from datetime import datetime

    from tests.sync.test_trust_continuity import export_from, fill, member_ids, set_address
    from tests.sync.township_fixtures import open_store as open_station
    from tests.sync.township_fixtures import village_station
    from villagedesk.core.township.services import FileOutcome
    from villagedesk.store import backup
    from villagedesk.sync.keystore import export_identity, import_identity
    from villagedesk.sync.village_codec import VillageCodec

    with ctx.store.uow_factory() as uow:
        uow.station.save(TOWNSHIP)
        uow.commit()
    ctx.refresh_station()
    pair = make_pair(tmp_path / "v", township=ctx.store, tcodec=ContainerCodec(ctx.data_dir))
    fill(pair.village, 4)
    saved = backup.create_backup(
        pair.village.db_path, tmp_path / "usb", kind="manual", now=datetime(2026, 11, 21, 9)
    )
    identity = export_identity(pair.village.db_path.parent)
    ids = member_ids(pair.village)
    set_address(pair.village, ids[0], "备份后修改")
    assert pair.import_(pair.export()).exit_code == 0
    here = os.environ["VILLAGEDESK_KEYSTORE_DIR"]  # the township's keys, on this computer
    monkeypatch.setenv("VILLAGEDESK_KEYSTORE_DIR", str(tmp_path / "new-keystore"))
    new_dir = tmp_path / "new-computer"
    new = open_station(new_dir, village_station())
    try:
        new.restore(saved, now=datetime.now())
        import_identity(new_dir, identity)
        set_address(new, ids[1], "恢复后修改")
        package = export_from(new, VillageCodec(new_dir), pair.out)
    finally:
        new.close()
        pair.village.close()
        monkeypatch.setenv("VILLAGEDESK_KEYSTORE_DIR", here)

    page = TownshipSyncPage(ctx)
    qtbot.addWidget(page)
    asked: list[str] = []
    page.ask_accept = lambda result: asked.append(result.reason) or True
    page.confirm_preview = lambda report: True
    page.import_packages([package])
    qtbot.waitUntil(lambda: page.last_report is not None and bool(asked), timeout=20000)
    qtbot.waitUntil(
        lambda: (
            page.last_report is not None
            and page.last_report.files[0].outcome is FileOutcome.IMPORTED
        ),
        timeout=20000,
    )
    assert asked == ["audit_rewritten"]
