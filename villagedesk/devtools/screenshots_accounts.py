"""``make screenshots``: accounts and the 操作日志 (issue 15), taken last because they give the
demo station its accounts: the sign-in dialog, the idle lock, 账号管理 with the three roles, the
audit log page with the roster import's entry: its new records listed by uuid, its file named
by its sha256."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from villagedesk.core.accounts.model import Actor, Role
from villagedesk.core.accounts.services import add_account, create_first_admin
from villagedesk.devtools.screenshot_tools import save, settle
from villagedesk.ui import navigation
from villagedesk.ui.accounts.sign_in import SignInDialog
from villagedesk.ui.accounts.users_dialog import UsersDialog
from villagedesk.ui.audit.page import AuditPage
from villagedesk.ui.context import AppContext
from villagedesk.ui.main_window import MainWindow

ADMIN, PASSWORD = "王书记", "Secret-2026x"


def _give_accounts(ctx: AppContext) -> None:
    factory, now = ctx.store.uow_factory, datetime.now(UTC)
    create_first_admin(factory(), name=ADMIN, password=PASSWORD, now=now)
    factory.actor = Actor(ADMIN, Role.ADMIN, device=factory.actor.device)
    for name, role in (("阿不都热合曼·买买提", Role.CLERK), ("李娜", Role.VIEWER)):
        add_account(factory(), name=name, password="Another-2026", role=role, now=now)


def shoot_accounts(window: MainWindow, ctx: AppContext, out: Path) -> None:
    _give_accounts(ctx)
    ctx.hub.publish_all()
    settle(ctx)
    sign_in = SignInDialog(ctx, window)
    sign_in.show()
    settle(ctx)
    save(sign_in, "sign_in", out)
    sign_in.reject()
    locked = SignInDialog(ctx, window, locked_name=ADMIN)
    locked.show()
    settle(ctx)
    save(locked, "screen_locked", out)
    locked.reject()
    users = UsersDialog(ctx, window)
    users.show()
    settle(ctx)
    save(users, "accounts", out)
    users.reject()
    page = window.show_register(navigation.audit_page)
    assert isinstance(page, AuditPage)
    settle(ctx)
    page.table.selectRow(_import_row(page))
    settle(ctx)
    save(window, "audit_log", out)


def _import_row(page: AuditPage) -> int:
    """The row of the roster import's entry (its new records listed, its file named), else 0."""
    for row in range(page.model.rowCount()):
        entry = page.model.entry(row)
        if entry is not None and entry.service == "importing.services.apply_import":
            return row
    return 0
