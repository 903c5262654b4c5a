"""转为矛盾纠纷 on the requests page: the selected request's requester becomes the first party,
its content the summary and its household the household involved; the dispute is saved as
诉求转入 and shows in the household's section."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.core.requests.support import draft
from tests.ui.households.village import village
from villagedesk.core.disputes.model import DisputeSource, PartyKind
from villagedesk.core.disputes.services import get_dispute
from villagedesk.core.households.services import household_residents
from villagedesk.core.requests.services import add_request
from villagedesk.ui.context import AppContext
from villagedesk.ui.disputes.record_dialog import DisputeRecordDialog
from villagedesk.ui.requests.page import RequestsPage
from villagedesk.ui.requests.station_time import ContextClock


def test_a_request_is_turned_into_a_dispute(ctx: AppContext, qtbot: QtBot) -> None:
    hid = village(ctx)
    head = household_residents(ctx.store.uow_factory(), household_id=hid)[0]
    made = add_request(
        ctx.store.uow_factory(),
        draft=draft(
            person_id=head.id, content="邻居家排水沟改道，雨水冲进我家院子。", received_at=""
        ),
        clock=ContextClock(ctx),
    )
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    ctx.jobs.wait_idle()
    ctx.jobs.wait_idle()
    assert page.select(made.id)
    assert page.dispute_action.isEnabled()
    dialog = page.turn_into_dispute()
    assert isinstance(dialog, DisputeRecordDialog)
    assert dialog.summary.toPlainText() == "邻居家排水沟改道，雨水冲进我家院子。"
    assert dialog.households == [hid] and not dialog.source.isEnabled()
    dialog.parties.rows[1].name.setText("王五")
    dialog.dispute_type.setCurrentIndex(dialog.dispute_type.findData("邻里"))
    dialog.accept()
    assert dialog.saved is not None, dialog.errors.texts()
    dispute = get_dispute(ctx.store.uow_factory(), dispute_id=dialog.saved.id).dispute
    assert dispute.values.source is DisputeSource.FROM_REQUEST
    assert dispute.values.request_id == made.id
    first, second = dispute.values.parties
    assert (first.kind, first.person_id, second.name) == (PartyKind.RESIDENT, head.id, "王五")
    assert dispute.values.household_ids == (hid,)
