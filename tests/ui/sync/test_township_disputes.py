"""The township's 红/橙 dispute list on its sync page: a village's disputes are listed red first
with the colour's square and word; the 包案 dialog shows the dispute's 编号 and village before
it records who takes it over, shown as waiting for the village's next receipt."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.sync.township_fixtures import TOWNSHIP, make_pair
from villagedesk.core.clock import SYSTEM_CLOCK
from villagedesk.core.disputes.model import DisputeDraft, PartyDraft, RiskFactors
from villagedesk.core.disputes.services import add_dispute, get_dispute
from villagedesk.core.requests.timing import local_now
from villagedesk.core.township import services as sync_township
from villagedesk.sync.township_codec import ContainerCodec
from villagedesk.ui.context import AppContext
from villagedesk.ui.sync.township_disputes import TakeoverDialog
from villagedesk.ui.sync.township_page import TownshipSyncPage

RED = "#c62828"


def _township_with_disputes(ctx: AppContext, tmp_path: Path) -> tuple[str, str]:
    """An 橙 and a 红 dispute of a village, imported at the township: (red 编号, orange 编号)."""
    with ctx.store.uow_factory() as uow:
        uow.station.save(TOWNSHIP)
        uow.commit()
    ctx.refresh_station()
    pair = make_pair(tmp_path / "v", township=ctx.store, tcodec=ContainerCodec(ctx.data_dir))
    f = pair.village.uow_factory
    numbers = []
    for names, risks in (
        (("孙三", "周四"), RiskFactors(failed_mediations=2)),
        (("阿不都热合曼·买买提", "吴五"), RiskFactors(criminal_risk=True)),
    ):
        draft = DisputeDraft(
            parties=tuple(
                PartyDraft(kind="named", role=role, name=name)
                for role, name in zip(("applicant", "respondent"), names, strict=True)
            ),
            dispute_type="宅基地",
            summary="宅基地边界争执。",
            risks=risks,
        )
        did = add_dispute(f(), SYSTEM_CLOCK, draft=draft).id
        numbers.append(get_dispute(f(), dispute_id=did).dispute.number)
    report = sync_township.import_packages(
        ctx.store.uow_factory(),
        codec=pair.tcodec,
        files=[pair.export()],
        dry_run=False,
        accept=pair.vcodec.fingerprint(),
        today=local_now(SYSTEM_CLOCK).date(),
    )
    assert report.exit_code == 0
    pair.village.close()
    return numbers[1], numbers[0]


def test_the_township_lists_red_first_and_takes_one_over(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    red, orange = _township_with_disputes(ctx, tmp_path)
    page = TownshipSyncPage(ctx)
    qtbot.addWidget(page)
    box = page.disputes
    assert box.table.rowCount() == 2
    assert [box.table.item(r, 2).text() for r in range(2)] == [red, orange]
    assert [box.table.item(0, c).text() for c in range(4)] == [
        "Red",
        "东河村党群服务站",
        red,
        "阿不都热合曼·买买提、吴五",
    ]
    assert box.table.item(1, 0).text() == "Orange"
    mark = box.table.item(0, 0).icon().pixmap(12, 12).toImage()
    assert mark.pixelColor(6, 6).name() == RED
    assert box.table.item(0, 6).text() == "Not taken over"

    shown: list[str] = []

    def take(dialog: TakeoverDialog) -> int:
        qtbot.addWidget(dialog)
        shown.extend(label.text() for label in dialog.findChildren(type(dialog.current)))
        dialog.by.setText("王副镇长")
        dialog.accept()
        return dialog.result()

    box.open_dialog = take
    box.table.selectRow(0)
    box.take_over_selected()
    assert red in shown and "东河村党群服务站" in shown  # shown before writing
    qtbot.waitUntil(lambda: "王副镇长" in box.table.item(0, 6).text(), timeout=10000)
    assert "next receipt" in box.table.item(0, 6).text()
    item = box.selected()
    assert item is not None and item.takeover is not None and item.number == red


def test_a_take_over_without_a_name_stays_in_the_dialog(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    _township_with_disputes(ctx, tmp_path)
    page = TownshipSyncPage(ctx)
    qtbot.addWidget(page)
    dialog = TakeoverDialog(ctx, page.disputes.items[0], page)
    qtbot.addWidget(dialog)
    dialog.by.setText("  ")
    assert not dialog.save()
    page.refresh()
    assert page.disputes.items[0].takeover is None
