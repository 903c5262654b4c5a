"""Photos and scans of a request and of a 办理记录: chosen in the file dialog, copied into the data
folder (attachments/<编号>/) when the form is saved, stored by the copy's path and shown as
thumbnails; a file that is not an image or a PDF, or is over 20 MB, is refused in Chinese under
the field and nothing is copied or written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from villagedesk.core.requests.model import AttachmentKind, RequestType
from villagedesk.core.requests.state import Action
from villagedesk.ui.context import AppContext
from villagedesk.ui.requests.attachment_field import AttachmentField
from villagedesk.ui.requests.detail_dialog import DetailDialog
from villagedesk.ui.requests.page import RequestsPage
from villagedesk.ui.requests.record_dialog import RecordDialog
from villagedesk.ui.requests.work_dialogs import RecordWorkDialog

from .steps_setup import actions, detail, in_progress, open_page, open_step, settle


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> RequestsPage:
    return open_page(ctx, qtbot)


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    """A photo outside the data folder, as the user would pick it from a camera's card."""
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    path = tmp_path / "camera" / "路灯 现场.png"
    path.parent.mkdir()
    assert image.save(str(path), "PNG")
    return path


def _pick(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, field: AttachmentField, *paths: Path
) -> None:
    """Choose ``paths`` in the file dialog the field's button opens."""
    chosen = ([str(p) for p in paths], "")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: chosen))
    qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)


def _stored_files(ctx: AppContext) -> list[Path]:
    folder = ctx.data_dir / "attachments"
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_a_request_is_recorded_with_a_photo_copied_into_the_data_folder(
    page: RequestsPage, ctx: AppContext, qtbot: QtBot, photo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = page.new_record()
    assert isinstance(dialog, RecordDialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData("电话"))
    dialog.requester_name.setText("赵大娘")
    dialog.kind.setCurrentIndex(dialog.kind.findData(RequestType.HELP.value))
    dialog.content.setPlainText("3组路灯坏了三盏")
    _pick(monkeypatch, qtbot, dialog.attachments, photo)
    assert dialog.attachments.files.count() == 1
    dialog.accept()
    assert dialog.saved is not None, dialog.errors.texts()
    settle(ctx)

    (stored,) = detail(ctx, dialog.saved.id).request.attachments
    assert stored.values.kind is AttachmentKind.IMAGE and stored.values.name == photo.name
    assert stored.values.path.startswith("attachments/")
    copy = ctx.data_dir / stored.values.path
    assert copy.read_bytes() == photo.read_bytes() and photo.exists()
    assert _stored_files(ctx) == [copy]

    shown = page.show_details()
    assert isinstance(shown, DetailDialog) and len(shown.thumbnails) == 1
    picture = shown.thumbnails[0].pixmap()
    assert not picture.isNull() and max(picture.width(), picture.height()) <= 120


def test_a_work_record_keeps_its_photos_under_the_request_number(
    page: RequestsPage, ctx: AppContext, qtbot: QtBot, photo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = photo.with_name("回执.pdf")
    scan.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")
    rid = in_progress(ctx)
    number = detail(ctx, rid).request.number
    dialog = open_step(page, ctx, rid, Action.RECORD_WORK)
    assert isinstance(dialog, RecordWorkDialog)
    dialog.text.setPlainText("已更换灯泡，拍照留存")
    _pick(monkeypatch, qtbot, dialog.attachments, photo, scan)
    dialog.accept()
    assert dialog.saved is not None, dialog.errors.texts()

    files = detail(ctx, rid).request.attachments
    assert [a.values.kind for a in files] == [AttachmentKind.IMAGE, AttachmentKind.PDF]
    assert all(a.values.path.startswith(f"attachments/{number}/") for a in files)
    assert all(a.event_id is not None for a in files)
    assert len({a.values.path for a in files}) == 2
    settle(ctx)
    assert page.select(rid)
    shown = page.show_details()
    assert isinstance(shown, DetailDialog)
    image, pdf = shown.thumbnails
    assert not image.pixmap().isNull()
    assert "回执.pdf" in pdf.text()


def test_a_file_that_is_not_an_image_or_a_pdf_is_refused_and_not_copied(
    page: RequestsPage,
    ctx: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    zh_cn: list[QTranslator],
) -> None:
    notes = tmp_path / "说明.txt"
    notes.write_text("路灯坏了", encoding="utf-8")
    disguised = tmp_path / "假照片.png"
    disguised.write_text("这不是图片", encoding="utf-8")
    rid = in_progress(ctx)
    before = actions(ctx, rid)
    dialog = open_step(page, ctx, rid, Action.RECORD_WORK)
    assert isinstance(dialog, RecordWorkDialog)
    _pick(monkeypatch, qtbot, dialog.attachments, notes, disguised)
    shown = dialog.errors.texts()["attachments"]
    assert "说明.txt 不是图片或 PDF 文件" in shown and "假照片.png 不是图片或 PDF 文件" in shown
    assert dialog.attachments.files.count() == 0
    assert _stored_files(ctx) == [] and actions(ctx, rid) == before


def test_a_file_over_20_mb_is_refused(
    page: RequestsPage,
    ctx: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    zh_cn: list[QTranslator],
) -> None:
    big = tmp_path / "大照片.png"
    with big.open("wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.truncate(21 * 1024 * 1024)
    dialog = page.new_record()
    assert isinstance(dialog, RecordDialog)
    _pick(monkeypatch, qtbot, dialog.attachments, big)
    assert "附件不能超过 20 MB" in dialog.errors.texts()["attachments"]
    assert dialog.attachments.files.count() == 0
    assert _stored_files(ctx) == []


def test_a_refused_save_leaves_no_copy_behind(
    page: RequestsPage,
    ctx: AppContext,
    qtbot: QtBot,
    photo: Path,
    monkeypatch: pytest.MonkeyPatch,
    zh_cn: list[QTranslator],
) -> None:
    rid = in_progress(ctx)
    before = actions(ctx, rid)
    dialog = open_step(page, ctx, rid, Action.RECORD_WORK)
    assert isinstance(dialog, RecordWorkDialog)
    _pick(monkeypatch, qtbot, dialog.attachments, photo)
    dialog.accept()  # nothing written in "what was done"
    assert dialog.saved is None and dialog.errors.texts()["text"] == "请填写办理情况。"
    assert _stored_files(ctx) == [] and actions(ctx, rid) == before
    assert detail(ctx, rid).request.attachments == ()
