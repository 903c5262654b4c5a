"""Whole-screen pictures of VillageDesk on a village PC's screen (issue 10): the main window, the
member form refusing a save, the print preview and the import wizard, as the user sees them.

Run under a virtual display as tall as the screen minus its taskbar; the picture gets a grey
40 px taskbar below, so it shows the whole 1366×768 or 1024×768 screen::

    xvfb-run -a -s "-screen 0 1024x728x24" python -m villagedesk.devtools.screenshots_fit \\
        --data-dir D --roster tests/fixtures/people_hard.csv --out docs/screenshots

``--data-dir`` is a station filled beforehand (``villagedesk --data-dir D demo``, then
``import members``); the roster is previewed in the wizard, not imported again.
"""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPixmap

from villagedesk.core.importing.rows import ImportKind
from villagedesk.core.members.model import MemberDraft
from villagedesk.ui import navigation
from villagedesk.ui.app import install_language, make_application
from villagedesk.ui.context import AppContext, make_context
from villagedesk.ui.forms import discard as form_dialogs
from villagedesk.ui.importing.wizard import ImportWizard
from villagedesk.ui.main_window import MainWindow
from villagedesk.ui.members.page import MembersPage

TASKBAR = 40


def settle(ctx: AppContext, rounds: int = 6, pause: float = 0.0) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()
        ctx.jobs.wait_idle()
        if pause:
            time.sleep(pause)
    QCoreApplication.processEvents()


def grab_screen(out: Path, name: str) -> Path:
    """The whole virtual screen, with a taskbar drawn below it."""
    screen = QGuiApplication.primaryScreen()
    shot = screen.grabWindow(0)
    size = screen.geometry().size()
    picture = QPixmap(size.width(), size.height() + TASKBAR)
    picture.fill(QColor("#1f2a36"))
    painter = QPainter(picture)
    painter.drawPixmap(0, 0, shot)
    painter.setPen(QColor("#e0e0e0"))
    painter.drawText(
        QRect(12, size.height(), 400, TASKBAR),
        int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
        "taskbar (40 px)",
    )
    painter.end()
    path = out / f"{name}.png"
    picture.save(str(path))
    print(path)
    return path


def shoot_disputes(window: MainWindow, ctx: AppContext, out: Path, prefix: str) -> None:
    """The 矛盾纠纷 page, and its record dialog refused with every message under its field."""
    from villagedesk.ui.disputes.page import DisputesPage

    page = window.show_register(navigation.disputes_page)
    settle(ctx, pause=0.05)
    grab_screen(out, f"{prefix}_disputes")
    assert isinstance(page, DisputesPage)
    dialog = page.new_record()
    dialog.parties.rows[0].name.setText("阿不都热合曼·买买提")
    dialog.accept()  # refused: one party has no name, no type, no summary
    settle(ctx, pause=0.05)
    grab_screen(out, f"{prefix}_dispute_form")
    dialog.reject()
    settle(ctx)


def shoot(data_dir: Path, roster: Path, out: Path, today: date | None) -> None:
    app = make_application(["villagedesk"])
    install_language(app, "zh_CN")
    form_dialogs.confirm_discard = lambda _form: True
    out.mkdir(parents=True, exist_ok=True)
    width = QGuiApplication.primaryScreen().geometry().width()
    prefix = f"fit_{width}"
    ctx = make_context(data_dir, today=today)
    try:
        window = MainWindow(ctx)
        window.show()
        settle(ctx, pause=0.05)
        grab_screen(out, f"{prefix}_main")  # the start page
        window.show_register(navigation.requests_page)
        settle(ctx, pause=0.05)
        grab_screen(out, f"{prefix}_requests")
        shoot_disputes(window, ctx, out, prefix)
        members = window.show_register(navigation.members_page)
        settle(ctx, pause=0.05)
        assert isinstance(members, MembersPage)
        grab_screen(out, f"{prefix}_members")

        dialog = members.add_member()
        dialog.load(
            MemberDraft(
                name="欧阳娜娜",
                id_number="210503198503121027",
                phone="024-4281",
                joined_on="2030.01",
                work_unit="中国石油天然气股份有限公司辽宁本溪销售分公司第三加油站",
            )
        )
        settle(ctx)
        dialog.save()  # refused: every message under its field
        settle(ctx, pause=0.05)
        grab_screen(out, f"{prefix}_member_form")
        dialog.discard()

        actions = window.print_actions
        actions.ledger("members").accept()
        for _ in range(200):
            settle(ctx, 1)
            box = actions.flow.problem_box
            if box is not None and box.isVisible():
                box.accept()
            if actions.flow.preview is not None:
                break
            time.sleep(0.02)
        preview = actions.flow.preview
        if preview is not None:
            settle(ctx, 20, pause=0.03)  # QPdfView renders on a thread
            grab_screen(out, f"{prefix}_preview")
            preview.reject()

        wizard = ImportWizard(ctx, ImportKind.MEMBERS, window)
        wizard.show()
        wizard.choose_page.path_edit.setText(str(roster))
        wizard.read_file()
        settle(ctx, 10, pause=0.05)
        grab_screen(out, f"{prefix}_import")
        wizard.reject()
        settle(ctx)
        window.close()
    finally:
        ctx.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--roster", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--today", type=date.fromisoformat)
    args = parser.parse_args(argv)
    shoot(args.data_dir, args.roster, args.out, args.today)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
