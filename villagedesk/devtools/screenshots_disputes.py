"""``make screenshots``: the 矛盾纠纷 page on the demo's year of disputes (红 first), the record
form with a ticked 民转刑风险 and its refusals, one dispute's case file, and the 村情档案 with
the disputes by colour per 村民小组."""

from __future__ import annotations

from pathlib import Path

from villagedesk.devtools.screenshot_tools import save, settle
from villagedesk.ui import navigation
from villagedesk.ui.context import AppContext
from villagedesk.ui.disputes.page import DisputesPage
from villagedesk.ui.main_window import MainWindow


def shoot_disputes(window: MainWindow, ctx: AppContext, out: Path) -> None:
    page = window.show_register(navigation.disputes_page)
    assert isinstance(page, DisputesPage)
    settle(ctx)
    save(window, "disputes", out)
    form = page.new_record()
    form.parties.rows[0].name.setText("阿不都热合曼·买买提")
    form.summary.setPlainText("两户因宅基地界址和排水沟改道发生争执，一方扬言报复")
    form.risk_boxes["threats"].setChecked(True)
    form.risk_boxes["criminal_risk"].setChecked(True)  # the preview turns red, with the reason
    form.accept()  # refused: the second party's name and the type are missing
    settle(ctx)
    save(form, "dispute_form", out)
    form.reject()
    settle(ctx)
    ids = page.model.ids()
    if ids:
        page.register.select_id(ids[0])
        details = page.show_details()
        if details is not None:
            settle(ctx)
            save(details, "dispute_detail", out)
            details.close()
            settle(ctx)
    window.show_register(navigation.village_profile_page)
    settle(ctx)
    save(window, "village_profile", out)
