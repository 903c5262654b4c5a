"""矛盾纠纷 page: a dispute recorded through the dialog shows in the register with its colour; a
ticked 民转刑风险 makes it red before and after saving; fewer than two parties are refused under
the parties; the level filter keeps the red ones; the details show the level's reasons; a
level whose time ran out is offered to move up."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from pytestqt.qtbot import QtBot

from villagedesk.core.disputes.model import DisputeDraft, PartyDraft, RiskFactors, WarningLevel
from villagedesk.core.disputes.register import LEVEL_KEY
from villagedesk.core.disputes.services import add_dispute, get_dispute
from villagedesk.core.disputes.state import DisputeAction
from villagedesk.core.station import Station, StationLevel
from villagedesk.ui.context import AppContext
from villagedesk.ui.disputes.detail_dialog import DisputeDetailDialog
from villagedesk.ui.disputes.dispute_register import LEVEL_COLORS
from villagedesk.ui.disputes.page import DisputesPage
from villagedesk.ui.disputes.record_dialog import DisputeRecordDialog
from villagedesk.ui.requests.station_time import ContextClock


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> DisputesPage:
    with ctx.store.uow_factory() as uow:
        uow.station.save(Station(code="370323104203", name="东河村", level=StationLevel.VILLAGE))
        uow.commit()
    ctx.refresh_station()
    shown = DisputesPage(ctx)
    qtbot.addWidget(shown)
    shown.show()
    _settle(ctx)
    return shown


def _settle(ctx: AppContext) -> None:
    ctx.jobs.wait_idle()
    ctx.jobs.wait_idle()  # a reload asked while the first ran


def _fill(dialog: DisputeRecordDialog, *names: str) -> None:
    for row, name in zip(dialog.parties.rows, names, strict=True):
        row.name.setText(name)
    dialog.dispute_type.setCurrentIndex(dialog.dispute_type.findData("邻里"))
    dialog.summary.setPlainText("两家因院墙排水发生争执")


def _cell(page: DisputesPage, dispute_id: int, key: str, role: int) -> object:
    row = page.model.ids().index(dispute_id)
    column = page.model.spec.keys.index(key)
    return page.model.data(page.model.index(row, column), role)


def _square_colour(page: DisputesPage, dispute_id: int) -> str:
    square = _cell(page, dispute_id, LEVEL_KEY, Qt.ItemDataRole.DecorationRole)
    assert isinstance(square, QPixmap)
    image = square.toImage()
    return QColor(image.pixel(image.width() // 2, image.height() // 2)).name()


NO_RISKS = RiskFactors()


def _add(ctx: AppContext, risks: RiskFactors = NO_RISKS) -> int:
    draft = DisputeDraft(
        parties=(
            PartyDraft(role="applicant", name="张三"),
            PartyDraft(role="respondent", name="李四"),
        ),
        dispute_type="宅基地",
        summary="宅基地界址争议",
        risks=risks,
    )
    saved = add_dispute(ctx.store.uow_factory(), ContextClock(ctx), draft=draft)
    ctx.hub.publish(saved.changes)
    _settle(ctx)
    return saved.id


def test_a_dispute_recorded_in_the_dialog_shows_with_its_colour(
    page: DisputesPage, ctx: AppContext
) -> None:
    dialog = page.new_record()
    _fill(dialog, "张三", "李四")
    assert dialog.level_text.text() == "Yellow"
    dialog.accept()
    assert dialog.saved is not None, dialog.errors.texts()
    _settle(ctx)
    did = dialog.saved.id
    assert page.model.ids() == [did]
    assert page.register.current_id() == did
    assert _cell(page, did, LEVEL_KEY, Qt.ItemDataRole.DisplayRole) == "Yellow"
    assert _square_colour(page, did) == LEVEL_COLORS[WarningLevel.YELLOW]
    parties = str(_cell(page, did, "parties", Qt.ItemDataRole.DisplayRole))
    assert "张三" in parties and "李四" in parties
    assert page.count.text() == "1 disputes"


def test_ticking_the_criminal_risk_makes_it_red(page: DisputesPage, ctx: AppContext) -> None:
    dialog = page.new_record()
    _fill(dialog, "王五", "赵六")
    dialog.risk_boxes["criminal_risk"].setChecked(True)
    assert dialog.level_text.text().startswith("Red")
    assert "Risk of turning into a criminal case" in dialog.level_text.text()
    dialog.accept()
    assert dialog.saved is not None, dialog.errors.texts()
    _settle(ctx)
    did = dialog.saved.id
    assert _cell(page, did, LEVEL_KEY, Qt.ItemDataRole.DisplayRole) == "Red"
    assert _square_colour(page, did) == LEVEL_COLORS[WarningLevel.RED]


def test_fewer_than_two_parties_are_refused_under_the_parties(
    page: DisputesPage, ctx: AppContext
) -> None:
    dialog = page.new_record()
    dialog.parties.remove_party(dialog.parties.rows[1])
    _fill(dialog, "张三")
    dialog.accept()
    assert dialog.saved is None
    assert dialog.isVisible()
    texts = dialog.errors.texts()
    assert "at least two parties" in texts["parties"]
    assert dialog.parties.error.isVisibleTo(dialog)
    _settle(ctx)
    assert page.model.ids() == []


def test_a_typed_party_without_a_name_is_refused_under_its_name(
    page: DisputesPage, ctx: AppContext
) -> None:
    dialog = page.new_record()
    _fill(dialog, "张三", "")
    dialog.accept()
    assert dialog.saved is None
    assert "parties.1.name" in dialog.errors.texts()
    assert dialog.parties.rows[1].errors["name"].isVisibleTo(dialog)


def test_the_level_filter_keeps_the_red_ones(page: DisputesPage, ctx: AppContext) -> None:
    yellow = _add(ctx)
    red = _add(ctx, RiskFactors(criminal_risk=True))
    assert set(page.model.ids()) == {yellow, red}
    assert page.model.ids()[0] == red  # 红 first
    box = page.filters.level_box
    box.setCurrentIndex(box.findData(WarningLevel.RED.value))
    _settle(ctx)
    assert page.model.ids() == [red]
    assert page.count.text() == "1 disputes"


def test_the_details_show_the_level_and_its_reasons(page: DisputesPage, ctx: AppContext) -> None:
    did = _add(ctx, RiskFactors(criminal_risk=True, police_calls=4))
    assert page.select(did)
    dialog = page.show_details()
    assert isinstance(dialog, DisputeDetailDialog)
    assert dialog.level.text() == "Red"
    assert "Risk of turning into a criminal case" in dialog.reasons.text()
    assert "The police were called 4 times" in dialog.reasons.text()
    history = dialog.levels.model()
    assert history.rowCount() == 1
    why = history.index(0, 3).data()
    assert "computed" in why and "criminal case" in why


def test_a_level_whose_time_ran_out_is_offered_to_move_up(
    page: DisputesPage, ctx: AppContext
) -> None:
    did = _add(ctx)
    due = get_dispute(ctx.store.uow_factory(), dispute_id=did).dispute.progress.level_due
    assert due is not None
    assert page.select(did)
    assert not page.banner.isVisibleTo(page)
    ctx.set_today(due + timedelta(days=1))
    page.select(did)
    page.register.table.clearSelection()
    page.select(did)
    assert page.banner.isVisibleTo(page)
    assert due.isoformat() in page.banner.text.text()
    assert DisputeAction.ESCALATE in page.allowed(page.current_dispute())
    page.escalate_button.click()
    assert page.dialog is not None and page.dialog.isVisible()


def test_a_clerks_show_on_a_party_gives_its_full_numbers_and_is_logged(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from villagedesk.core.accounts.model import Actor, Role
    from villagedesk.core.audit.entry import AuditKind
    from villagedesk.core.audit.query import AuditFilter
    from villagedesk.ui import masked
    from villagedesk.ui.registers.lazy_model import ID_ROLE

    id_number, phone = "65402319850312102X", "13912345678"
    draft = DisputeDraft(
        parties=(
            PartyDraft(
                role="applicant", name="阿不都热合曼·买买提", phone=phone, id_number=id_number
            ),
            PartyDraft(role="respondent", name="李四"),
        ),
        dispute_type="宅基地",
        summary="宅基地界址争议",
    )
    saved = add_dispute(ctx.store.uow_factory(), ContextClock(ctx), draft=draft)
    ctx.store.uow_factory.actor = Actor("王芳", Role.CLERK, device="PC-1")
    dialog = DisputeDetailDialog(ctx, get_dispute(ctx.store.uow_factory(), dispute_id=saved.id))
    qtbot.addWidget(dialog)
    model = dialog.parties.model()
    cells = [str(model.index(0, c).data()) for c in range(model.columnCount())]
    assert id_number not in cells and phone not in cells  # masked until 显示
    told: list[str] = []
    monkeypatch.setattr(masked, "inform", lambda _parent, text: told.append(text))
    party_id = model.index(0, 0).data(ID_ROLE)
    assert isinstance(party_id, int)
    masked.show_record_numbers(
        ctx,
        dialog,
        record_type="dispute_parties",
        record_id=party_id,
        fields=("phone", "id_number"),
    )
    assert told and id_number in told[0] and phone in told[0]
    with ctx.store.uow_factory().for_reading() as uow:
        shown = [e for e in uow.audit_log.entries(AuditFilter()) if e.kind == AuditKind.UNMASK]
    assert [(e.actor, e.record_type) for e in shown] == [("王芳", "dispute_parties")]
    assert id_number not in shown[0].note
