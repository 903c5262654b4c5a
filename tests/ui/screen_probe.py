"""Opens every top-level window and dialog of VillageDesk on one screen and says, as JSON, which
do not fit: run by tests/ui/test_screen_fit.py in a subprocess whose offscreen screen has the size
of a village PC minus its taskbar (QT_QPA_PLATFORM=offscreen:configfile=…, one screen per run).

Every dialog is opened the way the user opens it where that is practical (the page's button
method), on a demo station with the long real-world names of tests/fixtures/people_hard.csv
imported through the wizard, in Chinese. Forms are also measured after a refused save, with their
error messages shown. ``--no-fit`` leaves the screen fitting out (the test checks that the probe
then finds the old 960×820 print preview too tall, so it measures something). ``--shots DIR``
saves a PNG of each window.

    python tests/ui/screen_probe.py --out result.json [--no-fit] [--shots DIR]
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import pkgutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QRect  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWidget,
)
from shiboken6 import Shiboken  # noqa: E402

TODAY = date(2026, 11, 21)
HARD_PEOPLE = ROOT / "tests" / "fixtures" / "people_hard.csv"
#: Bases that are never shown themselves.
ABSTRACT = {
    "villagedesk.ui.forms.base.FormDialog",
    "villagedesk.ui.in_service.dialogs.FormDialog",
    "villagedesk.ui.requests.step_form.StepDialog",
}


def qualname(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def dialog_classes() -> set[str]:
    """Every QDialog subclass defined under villagedesk.ui (importing every module)."""
    import villagedesk.ui

    found: set[str] = set()
    for info in pkgutil.walk_packages(villagedesk.ui.__path__, "villagedesk.ui."):
        module = importlib.import_module(info.name)
        for _name, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, QDialog) and obj.__module__ == info.name:
                found.add(qualname(obj))
    return found - ABSTRACT


# -- measuring ------------------------------------------------------------------------------------
def _in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def measure(window: QWidget, name: str) -> dict[str, Any]:
    """Where the window and its buttons are, against the screen's available geometry."""
    from villagedesk.ui.screen_fit import available_geometry

    QCoreApplication.processEvents()
    avail = available_geometry(window)
    frame = window.frameGeometry()
    problems: list[str] = []
    if not avail.contains(frame):
        problems.append(f"window {_rect(frame)} outside the screen {_rect(avail)}")
    for button in window.findChildren(QAbstractButton):
        if button.window() is not window or not button.isVisibleTo(window):
            continue
        if button.width() <= 0 or button.height() <= 0:
            continue
        label = button.text() or button.toolTip() or button.objectName() or type(button).__name__
        top_left = button.mapToGlobal(button.rect().topLeft())
        on_screen = QRect(top_left, button.size())
        if _in_scroll_area(button, window):
            continue  # reached by scrolling; its scroll area is checked as a whole
        if not avail.contains(on_screen):
            problems.append(f"button {label!r} at {_rect(on_screen)} outside the screen")
        elif not window.rect().contains(
            QRect(button.mapTo(window, button.rect().topLeft()), button.size())
        ):
            problems.append(f"button {label!r} cut by the window")
        elif button.width() < button.minimumSizeHint().width():
            problems.append(f"button {label!r} squeezed to {button.width()} px")
    hint = window.minimumSizeHint()
    if window.width() < hint.width() or window.height() < hint.height():
        problems.append(f"window {window.width()}×{window.height()} below its content's minimum")
    for text in window.findChildren(QLabel):
        if text.window() is not window or not text.isVisibleTo(window) or not text.wordWrap():
            continue
        if text.text() and text.height() < text.heightForWidth(text.width()):
            problems.append(f"label {text.text()[:30]!r} cut: {text.height()} px tall")
    for field in window.findChildren(QWidget):
        if not isinstance(field, (QLineEdit, QComboBox, QAbstractSpinBox)):
            continue
        if isinstance(field.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the line edit inside a combo or spin box
        if field.window() is not window or not field.isVisibleTo(window):
            continue
        if field.height() < field.minimumSizeHint().height():
            problems.append(f"field {type(field).__name__} squashed to {field.height()} px")
    return {
        "name": name,
        "title": window.windowTitle(),
        "display_name": QApplication.applicationDisplayName(),
        "class": qualname(type(window)),
        "frame": _rect(frame),
        "screen": _rect(avail),
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "problems": problems,
    }


class Probe:
    def __init__(self, ctx: Any, shots: Path | None) -> None:
        self.ctx = ctx
        self.shots = shots
        self.results: list[dict[str, Any]] = []
        self.seen: set[str] = set()
        self.errors: list[str] = []

    def settle(self, rounds: int = 4) -> None:
        for _ in range(rounds):
            QCoreApplication.processEvents()
            self.ctx.jobs.wait_idle()
        QCoreApplication.processEvents()

    def record(self, window: QWidget, name: str) -> None:
        self.settle()
        self.results.append(measure(window, name))
        self.seen.add(qualname(type(window)))
        if self.shots is not None:
            window.grab().save(str(self.shots / f"{name}.png"))

    def dialog(self, name: str, make: Callable[[], QWidget | None], provoke: bool = False) -> None:
        """Open a dialog, measure it; with ``provoke`` press its OK/Save and measure again."""
        try:
            widget = make()
            if widget is None:
                self.errors.append(f"{name}: nothing opened")
                return
            if not widget.isVisible():
                widget.show()
            self.record(widget, name)
            if provoke and isinstance(widget, QDialog):
                widget.accept()
                self.settle()
                if Shiboken.isValid(widget) and widget.isVisible():
                    self.record(widget, f"{name}_errors")
            if Shiboken.isValid(widget):
                close(widget)
        except Exception:  # one broken scene must not hide the others
            self.errors.append(f"{name}: {traceback.format_exc()}")
        self.settle()


def close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.done(QDialog.DialogCode.Rejected)
    else:
        widget.close()


# -- the scenes -----------------------------------------------------------------------------------
def pages(window: Any, probe: Probe) -> Iterator[tuple[int, QWidget]]:
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        probe.settle()
        page = window.pages[row]
        assert page is not None
        yield row, page


def first_id(reader: Any) -> int:
    from villagedesk.core.search import parse_search

    return int(reader.search_ids(parse_search(""))[0])


def run(probe: Probe) -> None:
    from villagedesk.core.importing.rows import ImportKind
    from villagedesk.core.in_service import assessment as assess
    from villagedesk.core.in_service import services as svc
    from villagedesk.core.search import parse_search
    from villagedesk.ui.backup.passphrase import PassphraseDialog
    from villagedesk.ui.backup.restore_dialog import RestoreDialog
    from villagedesk.ui.branches_page import BranchesPage
    from villagedesk.ui.demo_dialog import DemoDialog
    from villagedesk.ui.households.cadres_page import CadresPage
    from villagedesk.ui.households.page import HouseholdsPage
    from villagedesk.ui.importing.wizard import ImportWizard
    from villagedesk.ui.in_service.dialogs import EndClaimDialog, PledgeDialog, PostDialog
    from villagedesk.ui.in_service.page import InServicePage
    from villagedesk.ui.in_service.tabs_records import AssessmentDialog
    from villagedesk.ui.main_window import MainWindow
    from villagedesk.ui.members.page import MembersPage
    from villagedesk.ui.settings_dialog import SettingsDialog
    from villagedesk.ui.station_dialog import StationDialog
    from villagedesk.ui.statistics_page import MemberListDialog
    from villagedesk.ui.workbench.page import WorkbenchPage

    ctx = probe.ctx
    window = MainWindow(ctx)
    window.show()
    probe.settle()
    found: dict[type, QWidget] = {}
    for row, page in pages(window, probe):
        found[type(page)] = page
        probe.record(window, f"main_window_page{row}")

    start = found[WorkbenchPage]
    assert isinstance(start, WorkbenchPage)
    probe.dialog("reception_schedule", start.edit_schedule)

    # the import wizard: choosing, then the preview of the long real-world names, then done
    wizard = ImportWizard(ctx, ImportKind.MEMBERS, window)
    wizard.show()
    probe.record(wizard, "import_choose")
    wizard.choose_page.path_edit.setText(str(HARD_PEOPLE))
    wizard.read_file()
    probe.settle(8)
    probe.record(wizard, "import_preview")
    wizard.confirm()
    probe.settle(8)
    probe.record(wizard, "import_done")
    close(wizard)
    probe.dialog("import_residents", lambda: _import(window, ImportKind.RESIDENTS))

    members = found[MembersPage]
    assert isinstance(members, MembersPage)
    member_id = first_id(ctx.store.member_reader)
    probe.dialog("member_add", members.add_member, provoke=True)
    probe.dialog("member_edit", lambda: members.edit_member(member_id))
    probe.dialog("member_roll_status", lambda: members.change_status(member_id), provoke=True)
    probe.dialog("member_void", lambda: members.void_member(member_id), provoke=True)
    probe.dialog("member_detail", lambda: members.show_details(member_id))

    branches = found[BranchesPage]
    assert isinstance(branches, BranchesPage)
    probe.dialog("branch_add", branches.add_branch, provoke=True)
    branch_id = branches.branches[0].id
    probe.dialog("branch_void", lambda: branches.void_branch(branch_id), provoke=True)

    households = found[HouseholdsPage]
    assert isinstance(households, HouseholdsPage)
    household_id = households.households.model.id_at(0)
    probe.dialog("household_add", households.add_household, provoke=True)
    probe.dialog("household_relief", households.edit_relief_categories)
    house = households.open_household(household_id)
    if house is not None:
        probe.record(house, "household_page")
        probe.dialog("resident_add", house.add_resident, provoke=True)
        probe.dialog("household_request", house.record_request, provoke=True)
        house.views["residents"].selectRow(0)
        probe.dialog("resident_request", house.record_request_for_resident)
        close(house)
    cadres = found[CadresPage]
    assert isinstance(cadres, CadresPage)
    probe.dialog("cadre_link", cadres.link, provoke=True)
    request_dialogs(probe, found)
    dispute_dialogs(probe, found)
    dispute_step_dialogs(probe, found)  # the dispute step dialogs (helper D5b)

    in_service = found[InServicePage]
    assert isinstance(in_service, InServicePage)
    year = in_service.year.value()
    probe.dialog("in_service_settings", in_service.open_settings, provoke=True)
    probe.dialog("expected_add", in_service.expected.add_expected, provoke=True)
    probe.dialog("registration_add", in_service.registration.register, provoke=True)
    probe.dialog("post_add", lambda: _open(PostDialog(ctx, parent=in_service)), provoke=True)
    probe.dialog("claim_add", in_service.posts.claim, provoke=True)
    probe.dialog("record_add", in_service.records.log_service, provoke=True)
    registrations = svc.registrations(ctx.store.uow_factory(), year=year)
    if registrations:
        r = registrations[0]
        probe.dialog(
            "pledges",
            lambda: _open(PledgeDialog(ctx, r.member_id, r.member_name, year, in_service)),
        )
    with ctx.store.uow_factory() as uow:
        claims = [c for c in uow.in_service.claims.list() if c.active]
    if claims:
        probe.dialog(
            "claim_end",
            lambda: _open(EndClaimDialog(ctx, claims[0].id, "欧阳娜娜", in_service)),
            provoke=True,
        )
    rows = assess.assessment_rows(ctx.store.uow_factory(), year=year)
    if rows:
        probe.dialog("assessment", lambda: _open(AssessmentDialog(ctx, rows[0], year, in_service)))

    ids = ctx.store.member_reader.search_ids(parse_search(""))
    probe.dialog(
        "statistics_members",
        lambda: _open(MemberListDialog(ctx, "党员 · 男（40 人）", ids, window)),
    )

    # printing: each small dialog, then the preview the user sees next
    actions = window.print_actions
    probe.dialog("print_ledger", lambda: actions.ledger("members"))
    probe.dialog("print_notice", actions.notice)
    probe.dialog("print_offsets", actions.offsets)
    probe.dialog("print_cards", actions.cards)
    preview = _preview(probe, actions)
    if preview is not None:
        probe.record(preview, "print_preview")
        close(preview)

    # the main window's menus
    probe.dialog("demo", lambda: _open(DemoDialog(ctx, window)))
    probe.dialog("settings", lambda: _open(SettingsDialog(ctx, window)))
    probe.dialog("station", lambda: _open(StationDialog(ctx, window)), provoke=False)
    probe.dialog("station_first_start", lambda: _open(StationDialog(ctx, window, first_start=True)))
    probe.dialog("restore", lambda: _open(RestoreDialog(ctx, window)))
    probe.dialog("passphrase", lambda: _open(PassphraseDialog(window)))
    help_dialog = getattr(window, "user_guide", None)
    if callable(help_dialog):
        probe.dialog("user_guide", help_dialog)
    sync_dialogs(probe, window)
    account_dialogs(probe, window)  # last: it gives the station its accounts

    # Qt's own dialogs, as VillageDesk opens them
    def file_dialog() -> QWidget:
        dialog = QFileDialog(window, "选择要导入的花名册")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.open()
        return dialog

    probe.dialog("qt_file_dialog", file_dialog)
    probe.dialog("qt_message_box", lambda: _open(_long_message(window)))
    progress = QProgressDialog("正在导入……", "取消", 0, 10, window)
    probe.dialog("qt_progress", lambda: _open(progress))
    close(window)


def _open(dialog: QDialog) -> QDialog:
    dialog.open()
    return dialog


def _import(window: Any, kind: Any) -> QWidget:
    from villagedesk.ui.importing.wizard import ImportWizard

    return _open(ImportWizard(window.ctx, kind, window))


def _long_message(parent: QWidget) -> QMessageBox:
    text = "数据库检查未通过，VillageDesk 现为只读。请从备份恢复（文件菜单）。\n\n" + "\n".join(
        f"第{i}条：members 表第 {i * 37} 行的公民身份号码校验码不正确" for i in range(1, 6)
    )
    return QMessageBox(
        QMessageBox.Icon.Warning, "检查数据库", text, QMessageBox.StandardButton.Ok, parent
    )


def _preview(probe: Probe, actions: Any) -> QWidget | None:
    ledger = actions.ledger("members")
    ledger.accept()
    for _ in range(200):
        probe.settle(1)
        box = actions.flow.problem_box
        if box is not None and box.isVisible():
            box.accept()
        if actions.flow.preview is not None:
            break
        time.sleep(0.02)
    preview = actions.flow.preview
    for _ in range(20):  # QPdfView renders its pages on a thread
        probe.settle(1)
        time.sleep(0.02)
    return preview


def request_dialogs(probe: Probe, found: dict[type, QWidget]) -> None:
    """The 民情诉求 page's dialogs, each on a request in the state its step follows."""
    from PySide6.QtGui import QColor, QImage

    from villagedesk.attachment_files import with_copies
    from villagedesk.core.requests.closing import reply_request
    from villagedesk.core.requests.escalation import escalate_request
    from villagedesk.core.requests.handling import assign_request, record_work, sign_request
    from villagedesk.core.requests.model import Handler, RequestDraft
    from villagedesk.core.requests.services import add_request, get_request
    from villagedesk.core.requests.state import Action
    from villagedesk.core.requests.timekeeping import resume_request, suspend_request
    from villagedesk.ui.requests.page import RequestsPage

    page = found[RequestsPage]
    assert isinstance(page, RequestsPage)
    ctx, clock = probe.ctx, page.clock
    probe.dialog("request_record", page.new_record, provoke=True)
    draft = RequestDraft(
        content="3组村西头至河西街道办事处党群服务中心的路灯坏了三盏，晚上出行不便，老人摔倒过两次",
        kind="help",
        channel="12345转办",
        ticket="GD-2026-11-21-0012345",
        category="基础设施",
        requester_kind="named",
        requester_name="欧阳娜娜·买买提",
        requester_phone="13800138000",
        received_by="李书记",
    )
    rid = add_request(ctx.store.uow_factory(), draft=draft, clock=clock).id
    other = add_request(ctx.store.uow_factory(), draft=draft, clock=clock).id

    def shown(request_id: int = rid) -> None:
        ctx.hub.publish_all()
        probe.settle()
        page.select(request_id)

    def uow() -> Any:
        return ctx.store.uow_factory()

    def step(name: str, action: Action, provoke: bool = True) -> None:
        probe.dialog(name, lambda: page.take_step(action), provoke=provoke)

    shown()
    step("request_assign", Action.ASSIGN)
    step("request_refuse", Action.REFUSE)
    step("request_merge", Action.MERGE)
    for request_id in (rid, other):
        assign_request(uow(), request_id=request_id, assignee=Handler("王主任"), clock=clock)
    shown()
    probe.dialog("request_sign", lambda: page.take_step(Action.SIGN))
    step("request_hand_over", Action.HAND_OVER)
    for request_id in (rid, other):
        sign_request(uow(), request_id=request_id, signer=Handler("王主任"), clock=clock)
    shown()
    step("request_record_work", Action.RECORD_WORK)
    step("request_extend", Action.EXTEND)
    step("request_suspend", Action.SUSPEND)
    step("request_escalate", Action.ESCALATE)
    suspend_request(uow(), request_id=other, reason="等待村民代表会议", clock=clock)
    shown(other)
    step("request_resume", Action.RESUME, provoke=False)
    resume_request(uow(), request_id=other, clock=clock)
    escalate_request(uow(), request_id=other, department="镇城建办", text="请协调", clock=clock)
    shown(other)
    step("request_escalation_reply", Action.ESCALATION_REPLY)
    photo = Path(tempfile.mkdtemp()) / "现场照片.png"
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    image.save(str(photo), "PNG")
    with_copies(
        ctx.data_dir,
        [photo, photo],
        folder=get_request(uow(), request_id=rid).request.number,
        call=lambda files: record_work(
            uow(), request_id=rid, text="已更换灯泡", attachments=files, clock=clock
        ),
    )
    shown()
    step("request_reply", Action.REPLY)
    step("request_close", Action.CLOSE)
    reply_request(uow(), request_id=rid, text="路灯已修好", by="王主任", clock=clock)
    shown()
    step("request_follow_up", Action.FOLLOW_UP)
    step("request_reopen", Action.REOPEN)
    probe.dialog("request_detail", page.show_details)
    probe.dialog("request_rates", page.show_rates)
    probe.dialog("request_print_ledger", lambda: page.print_ledger("follow_ups"))
    window = page.window()
    window.nav.setCurrentRow(list(window.pages).index(page))  # type: ignore[attr-defined]
    page.show_household(0, "河西街道办事处党群服务中心3组村西头12号")
    page.filters.date_from.setText("2026-13-01")
    page.filters.date_from.editingFinished.emit()
    probe.record(window, "request_filters")


def dispute_dialogs(probe: Probe, found: dict[type, QWidget]) -> None:
    """The 矛盾纠纷 page's record and detail dialogs, on a dispute with long names."""
    from villagedesk.core.disputes.model import DisputeDraft, PartyDraft, RiskFactors
    from villagedesk.core.disputes.services import add_dispute
    from villagedesk.ui.disputes.page import DisputesPage
    from villagedesk.ui.requests.station_time import ContextClock

    page = found[DisputesPage]
    assert isinstance(page, DisputesPage)
    ctx = probe.ctx
    probe.dialog("dispute_record", page.new_record, provoke=True)
    draft = DisputeDraft(
        parties=(
            PartyDraft(role="applicant", name="阿不都热合曼·买买提", phone="13800138000"),
            PartyDraft(role="respondent", name="欧阳娜娜·买买提"),
            PartyDraft(role="other", name="司马相如"),
        ),
        dispute_type="宅基地",
        summary="两家因河西街道办事处党群服务中心3组村西头12号院墙排水及宅基地界址发生争执，多次报警",
        cause="院墙翻修",
        risks=RiskFactors(criminal_risk=True, police_calls=4, threats=True),
    )
    saved = add_dispute(ctx.store.uow_factory(), ContextClock(ctx), draft=draft)
    ctx.hub.publish(saved.changes)
    probe.settle()
    page.select(saved.id)
    probe.dialog("dispute_detail", page.show_details)


# -- the dispute step dialogs (helper D5b) -------------------------------------------------------
ABSTRACT.add("villagedesk.ui.disputes.step_form.DisputeStepDialog")


def dispute_step_dialogs(probe: Probe, found: dict[type, QWidget]) -> None:
    """Each dispute step dialog on a dispute with long names, in the state its step follows,
    opened as the page opens it (its dialog built directly if the page offers none)."""
    from villagedesk.core.disputes.events import (
        Agreement,
        Outcome,
        Performance,
        PerformanceRecord,
        Settlement,
    )
    from villagedesk.core.disputes.model import DisputeDraft, PartyDraft, RiskFactors
    from villagedesk.core.disputes.services import add_dispute, get_dispute
    from villagedesk.core.disputes.settling import record_performance, settle
    from villagedesk.core.disputes.state import DisputeAction as A
    from villagedesk.core.requests.model import Handler
    from villagedesk.ui.disputes.page import DisputesPage
    from villagedesk.ui.disputes.step_list import dialog_of
    from villagedesk.ui.requests.station_time import ContextClock

    page = found[DisputesPage]
    assert isinstance(page, DisputesPage)
    ctx, clock = probe.ctx, ContextClock(probe.ctx)
    draft = DisputeDraft(
        parties=(
            PartyDraft(role="applicant", name="阿不都热合曼·买买提"),
            PartyDraft(role="respondent", name="欧阳娜娜·买买提"),
            PartyDraft(role="respondent", name="司马相如"),
        ),
        dispute_type="山林土地",
        summary="河西街道办事处党群服务中心3组村西头山林承包界址不清，三户多次争执并扬言报复",
        risks=RiskFactors(threats=True, failed_mediations=2),
        owner=Handler("诸葛孔明"),
        place="河西街道办事处党群服务中心3组村民小组调解室",
    )
    did = add_dispute(ctx.store.uow_factory(), clock, draft=draft).id

    def step(name: str, action: A) -> None:
        def make() -> QWidget | None:
            ctx.hub.publish_all()
            probe.settle()
            page.select(did)
            opened = page.take_step(action)
            if opened is not None:
                return opened
            dialog = dialog_of(action)
            assert dialog is not None
            dispute = get_dispute(ctx.store.uow_factory(), dispute_id=did).dispute
            return _open(dialog(ctx, dispute, page))

        probe.dialog(name, make, provoke=True)

    for name, action in (
        ("dispute_session", A.SESSION),
        ("dispute_level", A.LEVEL),
        ("dispute_escalate", A.ESCALATE),
        ("dispute_extend", A.EXTEND),
        ("dispute_hand_over", A.HAND_OVER),
        ("dispute_settle", A.SETTLE),
    ):
        step(name, action)
    terms = Agreement("两家相邻" * 20, "界址争议" * 20, "按原界址" * 30, "现金", due=TODAY)
    settlement = Settlement(Outcome.WRITTEN_AGREEMENT, terms)
    settle(ctx.store.uow_factory(), clock, dispute_id=did, settlement=settlement)
    step("dispute_perform", A.PERFORM)
    record = PerformanceRecord(Performance.DONE)
    record_performance(ctx.store.uow_factory(), clock, dispute_id=did, record=record)
    step("dispute_follow_up", A.FOLLOW_UP)
    step("dispute_close", A.CLOSE)
    step("dispute_reopen", A.REOPEN)


def sync_dialogs(probe: Probe, window: Any) -> None:
    """The sync page's dialogs, built from plain values (they need files from another station)."""
    from pathlib import Path as _Path

    from villagedesk.core.text import msg
    from villagedesk.core.township.ports import Enrolment
    from villagedesk.ui.sync import enrolment_dialog as ed
    from villagedesk.ui.sync.township_page import ImportPreviewDialog, ReturnDialog

    enrolment = Enrolment(
        code="210503004000",
        name="本溪市溪湖区河西街道办事处党群服务中心",
        fingerprint="3F7A-19C2-88D0-5E41",
        sign_public="AA" * 16,
        box_public="BB" * 16,
    )
    # (the check's types are taken from where the dialog takes them)
    check = ed.EnrolmentCheck(enrolment=enrolment, current=None, change=ed.EnrolmentChange.NEW)
    probe.dialog("sync_enrolment", lambda: _open(ed.EnrolmentDialog(check, window)))
    from villagedesk.core.township import services as st
    from villagedesk.core.township.model import TypeCounts

    report = st.ImportReport(
        [
            st.FileResult(
                _Path("210503004203-0001.vdpkg"),
                st.FileOutcome.PREVIEW,
                msg("Sync", "Preview"),
                counts={"members": TypeCounts(new=12, updated=3)},
                changes=[],
            )
        ]
    )
    probe.dialog("sync_import_preview", lambda: _open(ImportPreviewDialog(report, window)))
    probe.dialog("sync_return", lambda: _open(ReturnDialog(window)))
    from datetime import datetime as _datetime

    from villagedesk.core.township.request_replies import EscalatedRequest
    from villagedesk.ui.sync.township_replies import TownshipReplyDialog

    item = EscalatedRequest(
        village="210503004203",
        village_name="本溪市溪湖区河西街道办事处彩屯社区党群服务站",
        number="CTSQ-2026-0012",
        department="区住房和城乡建设局",
        asked="彩屯社区第三网格东山路北段3栋楼顶漏水已半年，物业无法维修，请协调住建部门处理",
        since=_datetime(2026, 11, 20, 9, 30),
    )
    probe.dialog(
        "sync_township_reply",
        lambda: _open(TownshipReplyDialog(probe.ctx, item, window)),
        provoke=True,
    )
    from villagedesk.core.disputes.model import MediationLevel, WarningLevel
    from villagedesk.core.township.dispute_takeovers import VillageDispute
    from villagedesk.ui.sync.township_disputes import TakeoverDialog

    dispute = VillageDispute(
        village="210503004203",
        village_name="本溪市溪湖区河西街道办事处彩屯社区党群服务站",
        number="CTSQ-调-2026-0012",
        parties=("阿不都热合曼·买买提", "欧阳娜娜", "司马相如"),
        level=WarningLevel.RED,
        reasons=(),
        rung=MediationLevel.COMMITTEE,
        owner="王秀英",
        township_owner="",
    )
    probe.dialog(
        "sync_township_takeover",
        lambda: _open(TakeoverDialog(probe.ctx, dispute, window)),
        provoke=True,
    )


# -- main -----------------------------------------------------------------------------------------
# -- the 管理员's accounts (helper of issue 15's accounts/audit GUI) -----------------------------
ABSTRACT.add("villagedesk.ui.accounts.account_forms._PasswordForm")


def account_dialogs(probe: Probe, window: Any) -> None:
    """账号管理 on a station without accounts, then with a 管理员 and long names, its forms
    (with their refusals), and the audit page's table once the log has entries."""
    from datetime import UTC, datetime

    from villagedesk.core.accounts.model import Actor, Role
    from villagedesk.core.accounts.services import add_account, create_first_admin
    from villagedesk.ui.accounts.users_dialog import UsersDialog

    ctx = probe.ctx
    probe.dialog("accounts_none", lambda: _open(UsersDialog(ctx, window)))
    factory, now = ctx.store.uow_factory, datetime.now(UTC)
    create_first_admin(factory(), name="欧阳王书记", password="Secret-2026x", now=now)
    factory.actor = Actor("欧阳王书记", Role.ADMIN, device=factory.actor.device)
    for name, role in (("司马相如录入员", Role.CLERK), ("上官婉儿网格员", Role.VIEWER)):
        add_account(factory(), name=name, password="Another-2026", role=role, now=now)
    users = UsersDialog(ctx, window)
    probe.dialog("accounts", lambda: _open(users))
    users = UsersDialog(ctx, window)
    users.show()
    probe.dialog("account_add", users.add, provoke=True)
    users.select("司马相如录入员")
    probe.dialog("account_reset", users.reset, provoke=True)
    close(users)
    sign_in_dialogs(probe, window)


def sign_in_dialogs(probe: Probe, window: Any) -> None:
    """Signing in (and its refusal), the idle lock, the first 管理员 and its recovery code, the
    forgotten password, changing one's own, and the privacy page's list of who is due."""
    from datetime import date

    from villagedesk.core.privacy.model import PersonKind, PersonRef, RetentionDue
    from villagedesk.ui.accounts.change_password import ChangePasswordDialog
    from villagedesk.ui.accounts.first_admin import FirstAdminDialog
    from villagedesk.ui.accounts.recover import ForgotPasswordDialog
    from villagedesk.ui.accounts.recovery import RecoveryCodeDialog, RecoverySheet
    from villagedesk.ui.accounts.sign_in import SignInDialog
    from villagedesk.ui.privacy.retention_form import DueDialog

    ctx = probe.ctx
    probe.dialog("sign_in", lambda: _open(SignInDialog(ctx, window)), provoke=True)
    locked = SignInDialog(ctx, window, locked_name="欧阳王书记")
    probe.dialog("screen_locked", lambda: _open(locked), provoke=True)
    probe.dialog("first_admin", lambda: _open(FirstAdminDialog(ctx, window)), provoke=True)
    sheet = RecoverySheet(
        station="新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县孙扎齐牛录镇党群服务站",
        account="阿不都热合曼·买买提",
        code="K7Q2-9XWM-4HTR-8CZP-3NVB",
        day=TODAY,
    )
    probe.dialog("recovery_code", lambda: _open(RecoveryCodeDialog(sheet, window)))
    probe.dialog(
        "forgot_password",
        lambda: _open(ForgotPasswordDialog(ctx, window, name="欧阳王书记")),
        provoke=True,
    )
    probe.dialog("change_password", lambda: _open(ChangePasswordDialog(ctx, window)), provoke=True)
    due = [
        RetentionDue(
            PersonRef(PersonKind.RESIDENT, n),
            "阿不都热合曼·买买提" if n % 2 else "欧阳娜娜",
            "6540**********1234",
            date(2020, 3, n + 1),
            date(2023, 3, n + 1),
        )
        for n in range(30)
    ]
    probe.dialog("retention_due", lambda: _open(DueDialog(due, window)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--no-fit", action="store_true")
    parser.add_argument("--only-preview", action="store_true")
    parser.add_argument("--shots", type=Path)
    args = parser.parse_args(argv)

    from villagedesk.core.services.demo import fill_demo
    from villagedesk.ui import screen_fit
    from villagedesk.ui.app import install_language, make_application
    from villagedesk.ui.context import make_context

    app: QApplication = make_application(["villagedesk"])
    if args.no_fit:
        fitter = app.findChild(screen_fit.ScreenFit, "screen_fit")
        if fitter is not None:
            app.removeEventFilter(fitter)
    install_language(app, "zh_CN")
    if args.shots is not None:
        args.shots.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vd-probe-") as tmp:
        ctx = make_context(Path(tmp) / "station", today=TODAY)
        probe = Probe(ctx, args.shots)
        try:
            fill_demo(ctx.store.uow_factory(), members=60, seed=2026, today=TODAY)
            ctx.hub.publish_all()
            if args.only_preview:
                only_preview(probe)
            else:
                run(probe)
        except Exception:
            probe.errors.append(traceback.format_exc())
        finally:
            probe.settle()
            ctx.close()
    classes = sorted(dialog_classes()) if not args.only_preview else []
    args.out.write_text(
        json.dumps(
            {
                "results": probe.results,
                "seen": sorted(probe.seen),
                "classes": classes,
                "errors": probe.errors,
            },
            ensure_ascii=False,
            indent=1,
        ),
        encoding="utf-8",
    )
    return 0


def only_preview(probe: Probe) -> None:
    """Just the main window and the print preview (the check that the probe can fail)."""
    from villagedesk.ui.main_window import MainWindow

    window = MainWindow(probe.ctx)
    window.show()
    probe.settle()
    preview = _preview(probe, window.print_actions)
    if preview is not None:
        probe.record(preview, "print_preview")
        close(preview)
    close(window)


if __name__ == "__main__":
    raise SystemExit(main())
