"""The township's 上报 to-do list on its sync page: a village's escalated request is listed with
its village, 编号 and what was asked; the reply dialog records the township's answer, shown as
waiting for the village's next receipt."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.sync.township_fixtures import TOWNSHIP, make_pair
from villagedesk.core.clock import SYSTEM_CLOCK
from villagedesk.core.requests import escalation, handling, services
from villagedesk.core.requests.model import Handler, RequestDraft
from villagedesk.core.requests.timing import local_now
from villagedesk.core.township import services as sync_township
from villagedesk.sync.township_codec import ContainerCodec
from villagedesk.ui.context import AppContext
from villagedesk.ui.sync.township_page import TownshipSyncPage
from villagedesk.ui.sync.township_replies import TownshipReplyDialog

ANSWER = "已安排电工更换路灯。"


def _township_with_escalation(ctx: AppContext, tmp_path: Path) -> str:
    with ctx.store.uow_factory() as uow:
        uow.station.save(TOWNSHIP)
        uow.commit()
    ctx.refresh_station()
    pair = make_pair(tmp_path / "v", township=ctx.store, tcodec=ContainerCodec(ctx.data_dir))
    f = pair.village.uow_factory
    draft = RequestDraft(
        content="路灯坏了。", kind="help", channel="民情接待日", category="基础设施"
    )
    rid = services.add_request(f(), draft=draft).id
    cadre = Handler("李书记")
    handling.assign_request(f(), request_id=rid, assignee=cadre)
    handling.sign_request(f(), request_id=rid, signer=cadre)
    escalation.escalate_request(f(), request_id=rid, department="镇供电所", text="请协调。")
    number = services.get_request(f(), request_id=rid).request.number
    report = sync_township.import_packages(
        ctx.store.uow_factory(),
        codec=pair.tcodec,
        files=[pair.export()],
        dry_run=False,
        accept=pair.vcodec.fingerprint(),
        today=local_now(SYSTEM_CLOCK).date(),  # station time, as the requests are dated
    )
    assert report.exit_code == 0, [
        [m.render() for c in r.changes for m in c.messages] for r in report.files
    ]
    pair.village.close()
    return number


def test_the_township_lists_an_escalated_request_and_replies(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    number = _township_with_escalation(ctx, tmp_path)
    page = TownshipSyncPage(ctx)
    qtbot.addWidget(page)
    box = page.escalated
    assert box.table.rowCount() == 1
    assert [box.table.item(0, c).text() for c in range(4)] == [
        "东河村党群服务站",
        number,
        "镇供电所",
        "请协调。",
    ]

    def answer(dialog: TownshipReplyDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.text.setPlainText(ANSWER)
        dialog.by.setText("王站长")
        dialog.accept()
        return dialog.result()

    box.open_dialog = answer
    box.table.selectRow(0)
    box.reply_to_selected()
    qtbot.waitUntil(lambda: ANSWER in box.table.item(0, 5).text(), timeout=10000)
    item = box.selected()
    assert item is not None and item.reply is not None and item.reply.by == "王站长"


def test_a_reply_without_text_stays_in_the_dialog(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    _township_with_escalation(ctx, tmp_path)
    page = TownshipSyncPage(ctx)
    qtbot.addWidget(page)
    dialog = TownshipReplyDialog(ctx, page.escalated.items[0], page)
    qtbot.addWidget(dialog)
    dialog.by.setText("王站长")
    assert not dialog.save()
    assert page.escalated.items[0].reply is None
