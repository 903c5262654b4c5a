"""``make screenshots``: start VillageDesk on demo data under a virtual display and write PNGs of
the main screens to docs/screenshots/, which the README shows."""

from __future__ import annotations

import argparse
import tempfile
from datetime import UTC, date, datetime, time
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from villagedesk.core.clock import FixedClock
from villagedesk.core.members.model import MemberDraft
from villagedesk.core.services.demo import fill_demo
from villagedesk.devtools.screenshot_tools import save, settle
from villagedesk.ui import navigation
from villagedesk.ui.app import install_language, make_application
from villagedesk.ui.context import AppContext, make_context
from villagedesk.ui.forms import discard as form_dialogs
from villagedesk.ui.main_window import MainWindow
from villagedesk.ui.members.page import MembersPage

TODAY = date(2026, 11, 21)
OUT = Path("docs/screenshots")


def _shoot_members(window: MainWindow, ctx: AppContext, out: Path) -> None:
    """The roll, the member form with its refusals, and a member's details."""
    members = window.show_register(navigation.members_page)
    settle(ctx)
    assert isinstance(members, MembersPage)
    save(window, "members", out)
    dialog = members.add_member()
    dialog.load(
        MemberDraft(
            name="陈堃", id_number="370323199003151235", phone="1390533", joined_on="2008.6"
        )
    )
    dialog.save()  # refused: every message shows under its field
    settle(ctx)
    save(dialog, "member_form", out)
    dialog.reject()
    detail = members.show_details(members.view.model.id_at(0))
    assert detail is not None
    settle(ctx)
    save(detail, "member_detail", out)
    detail.reject()


def shoot(out: Path) -> None:
    app: QApplication = make_application(["villagedesk"])
    install_language(app, "zh_CN")
    form_dialogs.confirm_discard = lambda _form: True  # the shots close forms they filled in
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vd-shots-") as tmp:
        ctx = make_context(Path(tmp) / "station", today=TODAY)
        try:
            clock = FixedClock(datetime.combine(TODAY, time(1, 30), UTC))  # 09:30 at the station
            fill_demo(
                ctx.store.uow_factory(),
                members=60,
                seed=2026,
                today=TODAY,
                requests=100,
                clock=clock,
            )
            ctx.hub.publish_all()
            window = MainWindow(ctx)
            window.resize(QSize(1280, 760))
            window.show()
            settle(ctx)

            def page(row: int) -> QWidget:
                window.nav.setCurrentRow(row)
                settle(ctx)
                found = window.pages[row]
                assert found is not None
                return found

            page(0)
            save(window, "workbench", out)
            _shoot_members(window, ctx, out)
            window.show_register(navigation.branches_page)
            settle(ctx)
            save(window, "branches", out)
            from villagedesk.devtools.screenshots_requests import shoot_requests

            shoot_requests(window, ctx, out)
            from villagedesk.devtools.screenshots_disputes import shoot_disputes

            shoot_disputes(window, ctx, out)
            statistics = next(
                i for i, p in enumerate(window.nav_titles()) if p == window.tr("Statistics")
            )
            page(statistics)
            settle(ctx)
            save(window, "statistics", out)
            from villagedesk.devtools.screenshots_people import shoot_people

            shoot_people(window, ctx, out)
            from villagedesk.devtools.screenshots_print import shoot_print

            shoot_print(window, ctx, out)
            from villagedesk.devtools.screenshots_import import shoot_import

            shoot_import(window, ctx, out)
            from villagedesk.devtools.screenshots_accounts import shoot_accounts

            shoot_accounts(window, ctx, out)  # last: it gives the station its accounts
            window.close()
        finally:
            ctx.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    shoot(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
