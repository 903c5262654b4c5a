"""设置 › 账号与安全: 免登录 with its warning, the idle lock's minutes, saved through the services
(and logged); a station without accounts stays 免登录; a clerk cannot change them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from villagedesk.core.accounts.model import Actor, Role
from villagedesk.core.accounts.services import create_first_admin, sign_in_mode
from villagedesk.core.audit.entry import AuditKind
from villagedesk.core.audit.query import AuditFilter
from villagedesk.core.audit.services import list_entries
from villagedesk.ui.accounts.security_form import AccountSecurityForm
from villagedesk.ui.context import AppContext

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def admin_ctx(ctx: AppContext) -> AppContext:
    create_first_admin(
        ctx.store.uow_factory(), name="王书记", password="Secret-2026x", now=datetime.now(UTC)
    )
    ctx.store.uow_factory.actor = Actor("王书记", Role.ADMIN, device="pc-1")
    return ctx


def _form(ctx: AppContext, qtbot: QtBot) -> AccountSecurityForm:
    form = AccountSecurityForm(ctx)
    qtbot.addWidget(form)
    form.show()
    return form


def test_auto_login_warns_and_is_saved_and_logged(admin_ctx: AppContext, qtbot: QtBot) -> None:
    form = _form(admin_ctx, qtbot)
    assert not form.auto_login.isChecked() and form.auto_warning.isHidden()
    form.auto_login.setChecked(True)
    assert not form.auto_warning.isHidden()
    assert "acts as 管理员" in form.auto_warning.text()
    form.idle.setValue(25)
    assert form.save()
    has_accounts, auto_on, idle = sign_in_mode(admin_ctx.store.uow_factory())
    assert (has_accounts, auto_on, idle.minutes) == (True, True, 25)
    kinds = [e.kind for e in list_entries(admin_ctx.store.uow_factory(), AuditFilter())]
    assert AuditKind.AUTO_LOGIN_ON in kinds


def test_the_idle_minutes_stay_between_1_and_60(admin_ctx: AppContext, qtbot: QtBot) -> None:
    form = _form(admin_ctx, qtbot)
    assert (form.idle.minimum(), form.idle.maximum()) == (1, 60)


def test_without_accounts_it_stays_auto_login(ctx: AppContext, qtbot: QtBot) -> None:
    form = _form(ctx, qtbot)
    assert form.auto_login.isChecked() and not form.auto_login.isEnabled()
    assert not form.no_accounts.isHidden()
    assert form.save()


def test_a_clerk_cannot_change_them(admin_ctx: AppContext, qtbot: QtBot) -> None:
    admin_ctx.store.uow_factory.actor = Actor("小李", Role.CLERK, device="pc-1")
    form = _form(admin_ctx, qtbot)
    assert not form.auto_login.isEnabled() and not form.idle.isEnabled()
    assert not form.accounts_button.isEnabled()
    assert form.save()  # nothing changed, nothing refused
