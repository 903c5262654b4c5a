"""The household page's 矛盾纠纷 section: the disputes a resident of the household is party to,
with the colour as a square beside its word, the state and the 编号; it follows a step taken
elsewhere, and a double click opens the case file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from pytestqt.qtbot import QtBot

from tests.ui.households.village import village
from villagedesk.core.disputes.levels import set_level
from villagedesk.core.disputes.model import DisputeDraft, PartyDraft, RiskFactors
from villagedesk.core.disputes.services import add_dispute, get_dispute
from villagedesk.core.households.services import household_residents
from villagedesk.ui.context import AppContext
from villagedesk.ui.disputes.detail_dialog import DisputeDetailDialog
from villagedesk.ui.disputes.record_dialog import DisputeRecordDialog
from villagedesk.ui.households.household_page import HouseholdPageDialog
from villagedesk.ui.requests.station_time import ContextClock

OTHER = PartyDraft(kind="named", role="respondent", name="王五")


def _add(ctx: AppContext, first: PartyDraft, *, risks: RiskFactors | None = None) -> int:
    draft = DisputeDraft(
        parties=(first, OTHER),
        dispute_type="邻里",
        summary="排水沟堵塞引起争执",
        risks=risks or RiskFactors(),
    )
    return add_dispute(ctx.store.uow_factory(), ContextClock(ctx), draft=draft).id


def _number(ctx: AppContext, did: int) -> str:
    return get_dispute(ctx.store.uow_factory(), dispute_id=did).dispute.number


def _column(page: HouseholdPageDialog, key: str) -> list[str]:
    model = page.disputes.model
    column = model.spec.keys.index(key)
    return [model.text(row, column) for row in range(model.rowCount())]


def test_the_section_shows_the_disputes_of_the_households_residents(
    ctx: AppContext, qtbot: QtBot
) -> None:
    hid = village(ctx)
    spouse = household_residents(ctx.store.uow_factory(), household_id=hid)[1]
    party = PartyDraft(kind="resident", role="applicant", person_id=spouse.id)
    red = _add(ctx, party, risks=RiskFactors(criminal_risk=True))
    _add(ctx, PartyDraft(kind="named", role="applicant", name="过路人"))  # not the household's
    page = HouseholdPageDialog(ctx, hid)
    qtbot.addWidget(page)
    page.show()
    assert page.disputes.numbers() == [_number(ctx, red)]
    assert "Disputes (1)" in page.disputes.title()
    assert _column(page, "level") == ["Red"]
    assert _column(page, "state") == ["Being mediated"]
    assert _column(page, "parties") == ["李秀英、王五"]
    level_column = page.disputes.model.spec.keys.index("level")
    mark = page.disputes.model.index(0, level_column).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(mark, QPixmap) and mark.toImage().pixelColor(6, 6).name() == "#c62828"

    set_level(
        ctx.store.uow_factory(), ContextClock(ctx), dispute_id=red, level="orange", note="已稳控"
    )
    ctx.hub.publish_all()
    assert _column(page, "level") == ["Orange"]


def test_a_double_click_opens_the_case_file(ctx: AppContext, qtbot: QtBot) -> None:
    hid = village(ctx)
    head = household_residents(ctx.store.uow_factory(), household_id=hid)[0]
    _add(ctx, PartyDraft(kind="resident", role="applicant", person_id=head.id))
    page = HouseholdPageDialog(ctx, hid)
    qtbot.addWidget(page)
    page.show()
    opened = page.disputes.open_dispute(0)
    assert isinstance(opened, DisputeDetailDialog) and opened.isVisible()


def test_a_dispute_is_recorded_from_a_residents_row(ctx: AppContext, qtbot: QtBot) -> None:
    hid = village(ctx)
    head = household_residents(ctx.store.uow_factory(), household_id=hid)[0]
    page = HouseholdPageDialog(ctx, hid)
    qtbot.addWidget(page)
    page.show()
    dialog = page.disputes.record(head.id)
    assert isinstance(dialog, DisputeRecordDialog) and dialog.households == [hid]
    dialog.parties.rows[1].name.setText("王五")
    dialog.dispute_type.setCurrentIndex(dialog.dispute_type.findData("邻里"))
    dialog.summary.setPlainText("排水沟堵塞引起争执")
    dialog.accept()
    assert dialog.saved is not None, dialog.errors.texts()
    ctx.hub.publish(dialog.saved.changes)
    assert page.disputes.numbers() == [_number(ctx, dialog.saved.id)]
    assert _column(page, "parties") == [f"{head.values.name}、王五"]
