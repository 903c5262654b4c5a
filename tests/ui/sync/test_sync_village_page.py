"""The village sync page: enrol, export to a folder with the "safe to remove" message, receipts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from villagedesk.core.station import Station, StationLevel
from villagedesk.core.township.ports import PackageStatus, Peer, Receipt, ReturnedRecord
from villagedesk.sync.enrolment import write_enrolment
from villagedesk.sync.keys import StationKeys
from villagedesk.sync.keystore import load_or_create_identity
from villagedesk.sync.township_codec import ContainerCodec
from villagedesk.ui.context import AppContext
from villagedesk.ui.sync.page import SyncPage
from villagedesk.ui.sync.village_page import VillageSyncPage

VILLAGE = Station(code="370323104203", name="东河村党群服务站", level=StationLevel.VILLAGE)


def _boxes() -> list[str]:
    texts = [w.text() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox):
            w.close()
    return texts


def test_export_to_a_folder_then_a_receipt_fills_the_todo_list(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    with ctx.store.uow_factory() as uow:
        uow.station.save(VILLAGE)
        uow.commit()
    ctx.refresh_station()
    township = StationKeys.generate()
    enrol_file = write_enrolment(
        tmp_path / "town.vdenrol",
        station_code="370323104000",
        station_name="东河镇党委",
        keys=township,
    )
    holder = SyncPage(ctx)
    qtbot.addWidget(holder)
    page = holder.inner
    assert isinstance(page, VillageSyncPage)
    ctx.jobs.wait_idle()
    assert not page.export_button.isEnabled()

    page.enrol_from(enrol_file)
    ctx.jobs.wait_idle()
    dialog = page.enrolment_dialog
    assert dialog.fingerprint.text() == township.fingerprint, "shown before anything is written"
    assert township.fingerprint not in page.township.text()
    dialog.confirm.click()
    ctx.jobs.wait_idle()
    assert any(township.fingerprint in t for t in _boxes())
    ctx.jobs.wait_idle()
    assert township.fingerprint in page.township.text()
    assert page.export_button.isEnabled()

    usb = tmp_path / "usb"
    usb.mkdir()
    page.export_to(usb)
    ctx.jobs.wait_idle()
    assert (usb / "370323104203-1.vdpkg").is_file()
    assert any("safely removed" in t for t in _boxes())
    ctx.jobs.wait_idle()
    assert page.packages.rowCount() == 1
    assert page.packages.item(0, 4).text() == "Not yet confirmed"
    # change numbers beside records, with the note that says why they differ
    assert (page.packages.item(0, 2).text(), page.packages.item(0, 3).text()) == ("—", "0")
    assert "counted, once" in page.change_note.text()
    assert page.packages.horizontalHeaderItem(2).toolTip() == page.change_note.text()

    page.save_cover_sheet(tmp_path / "cover.pdf")
    ctx.jobs.wait_idle()
    assert (tmp_path / "cover.pdf").read_bytes().startswith(b"%PDF")
    _boxes()

    status = page.status
    assert status is not None
    keys = page.codec.keys.public.to_json()
    me = Peer("370323104203", VILLAGE.name, status.fingerprint, keys["sign"], keys["box"], "")
    receipt = Receipt(
        township_code="370323104000",
        village_code="370323104203",
        confirmed_counter=status.packages[0].counter_to,
        packages=(1,),
        hashes=(status.packages[0].hash,),
        installation=page.codec.installation(),
        returned=(
            ReturnedRecord("u-1", "members", "出生日期有误", "2026-01-05T00:00:00Z", "张建国"),
        ),
        created_at="2026-01-05T00:00:00Z",
    )
    path = ContainerCodec(keys=township).write_receipt(
        tmp_path, village=me, receipt=receipt, township_name="东河镇党委"
    )
    page.import_receipt(path)
    ctx.jobs.wait_idle()
    _boxes()
    ctx.jobs.wait_idle()
    assert page.packages.item(0, 4).text() == "Confirmed"
    assert page.todos.rowCount() == 1
    assert page.todos.item(0, 0).text() == "张建国"
    assert page.todos.item(0, 3).text() == "出生日期有误"

    page.todos.selectRow(0)
    page.mark_selected_done()
    ctx.jobs.wait_idle()
    ctx.jobs.wait_idle()
    assert page.todos.rowCount() == 0


def test_a_different_township_needs_a_tick_and_cancel_changes_nothing(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    with ctx.store.uow_factory() as uow:
        uow.station.save(VILLAGE)
        uow.commit()
    ctx.refresh_station()
    real, stranger = StationKeys.generate(), StationKeys.generate()
    files = [
        write_enrolment(
            tmp_path / f"{n}.vdenrol", station_code="370323104000", station_name=n, keys=k
        )
        for n, k in (("东河镇党委", real), ("假冒镇", stranger))
    ]
    page = VillageSyncPage(ctx)
    qtbot.addWidget(page)
    ctx.jobs.wait_idle()
    page.enrol_from(files[0])
    ctx.jobs.wait_idle()
    page.enrolment_dialog.confirm.click()
    ctx.jobs.wait_idle()
    _boxes()
    ctx.jobs.wait_idle()

    page.enrol_from(files[1])
    ctx.jobs.wait_idle()
    dialog = page.enrolment_dialog
    assert dialog.fingerprint.text() == stranger.fingerprint
    assert real.fingerprint in dialog.note.text(), "both fingerprints are shown"
    assert not dialog.confirm.isEnabled()
    dialog.replace.setChecked(True)
    assert dialog.confirm.isEnabled()
    dialog.reject()
    ctx.jobs.wait_idle()
    assert (
        real.fingerprint in page.township.text()
        and stranger.fingerprint not in page.township.text()
    )

    page.enrol_from(files[1])
    ctx.jobs.wait_idle()
    page.enrolment_dialog.replace.setChecked(True)
    page.enrolment_dialog.confirm.click()
    ctx.jobs.wait_idle()
    _boxes()
    ctx.jobs.wait_idle()
    assert stranger.fingerprint in page.township.text()


def test_keys_a_copied_folder_cannot_open_offer_new_ones(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ctx.store.uow_factory() as uow:
        uow.station.save(VILLAGE)
        uow.commit()
    ctx.refresh_station()
    old = load_or_create_identity(ctx.data_dir)
    monkeypatch.setenv("VILLAGEDESK_KEYSTORE_DIR", str(tmp_path / "another-computer"))
    page = VillageSyncPage(ctx)
    qtbot.addWidget(page)
    ctx.jobs.wait_idle()
    assert page.new_keys_button.isVisibleTo(page)
    assert "sync new-keys" in page.summary.text()
    assert not page.export_button.isEnabled()
    page.make_new_keys()
    ctx.jobs.wait_idle()
    ctx.jobs.wait_idle()
    texts = _boxes()
    assert page.status is not None and page.status.fingerprint != old.fingerprint
    assert any(page.status.fingerprint in t for t in texts)
    assert not page.new_keys_button.isVisibleTo(page)


def test_a_package_held_for_the_log_is_told_apart_from_a_copy(zh_cn: object) -> None:
    from villagedesk.core.township.village_model import ReceiptResult
    from villagedesk.ui.sync.village_messages import package_state, receipt_text

    peer = Peer("370323104000", "东河镇", "AB12", sign_public="", box_public="", accepted_at="")
    held = ReceiptResult(peer, confirmed=[], confirmed_counter=0, todos_added=0, returned=0,
                         audit_held=1)  # fmt: skip
    text = receipt_text(held)
    assert "操作日志" in text and "备份" in text and "另一份" not in text
    copy = receipt_text(ReceiptResult(peer, [], 0, 0, 0, forks=1))
    assert "另一份" in copy and "操作日志" not in copy
    assert package_state(PackageStatus.AUDIT_HELD) != package_state(PackageStatus.FORK)
