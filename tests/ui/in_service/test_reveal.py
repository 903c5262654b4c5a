"""显示 on the in-service registers (issue 15): the 应报到名单 and the registrations show the
member's phone masked, the service posts their contact phone; a 录入员's row menu 显示 shows the
full number, logged as UNMASK naming the member (or the post); a 查看's 显示 is greyed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from villagedesk.core.accounts.model import Actor, Role
from villagedesk.core.audit.entry import AuditEntry, AuditKind
from villagedesk.core.audit.query import AuditFilter
from villagedesk.core.id_number import check_character
from villagedesk.core.in_service import posts
from villagedesk.core.in_service import services as svc
from villagedesk.core.in_service.model import ExpectedDraft, PostDraft, RegistrationDraft
from villagedesk.core.members.model import Category, MemberDraft
from villagedesk.core.members.services import register_member
from villagedesk.core.station import Station, StationLevel
from villagedesk.ui.context import AppContext
from villagedesk.ui.in_service.page import InServicePage

# The offscreen platform cannot raise a popup menu or grab the keyboard for it; harmless.
pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "does not support grabbing the keyboard"
)

MEMBER_PHONE = "13905331234"
POST_PHONE = "13705335678"
CLERK = Actor("王芳", Role.CLERK, device="PC-1")
VIEWER = Actor("小李", Role.VIEWER, device="PC-1")


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> InServicePage:
    with ctx.store.uow_factory() as uow:
        uow.station.save(Station("370323104203", "东河村党群服务站", StationLevel.VILLAGE))
        uow.commit()
    first17 = "37032319850712011"
    draft = MemberDraft(
        name="欧阳建国",
        id_number=first17 + check_character(first17),
        phone=MEMBER_PHONE,
        work_unit="沂源县人民医院",
        categories=frozenset({Category.IN_SERVICE}),
    )
    factory = ctx.store.uow_factory
    member_id = register_member(factory(), draft=draft, today=ctx.today()).id
    svc.add_expected(
        factory(),
        draft=ExpectedDraft(member_id, 2024, "沂源县人民医院", "2024.02.01"),
        today=date(2024, 6, 15),
    )
    svc.record_registration(
        factory(), draft=RegistrationDraft(member_id, "2024.03.02"), today=date(2024, 6, 15)
    )
    posts.add_post(
        factory(),
        draft=PostDraft(name="政策宣传", places="2", contact_name="刘", contact_phone=POST_PHONE),
    )
    widget = InServicePage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.posts.refresh()
    ctx.jobs.wait_idle()
    QApplication.processEvents()
    return widget


def _menu_on_first_row(table: QTableView) -> QMenu:
    model = table.model()
    assert model is not None and model.rowCount() >= 1
    table.customContextMenuRequested.emit(table.visualRect(model.index(0, 0)).center())
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    assert len(menus) == 1
    return menus[0]


def _show_from_menu(ctx: AppContext, table: QTableView) -> str:
    menu = _menu_on_first_row(table)
    [action] = menu.actions()
    assert action.isEnabled()
    action.trigger()
    menu.close()
    ctx.jobs.wait_idle()
    QApplication.processEvents()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert len(boxes) == 1
    text = boxes[0].text()
    boxes[0].close()
    return text


def _unmasked(ctx: AppContext) -> list[AuditEntry]:
    with ctx.store.uow_factory().for_reading() as uow:
        return [e for e in uow.audit_log.entries(AuditFilter()) if e.kind == AuditKind.UNMASK]


def _shown_texts(table: QTableView, column: int) -> list[str]:
    model = table.model()
    assert model is not None
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


@pytest.mark.parametrize("tab", ["expected", "registration"])
def test_a_clerk_sees_the_members_phone_and_the_log_names_the_member(
    ctx: AppContext, page: InServicePage, tab: str
) -> None:
    ctx.store.uow_factory.actor = CLERK
    table = getattr(page, tab).view.table
    phone_column = next(
        c for c in range(table.model().columnCount()) if _shown_texts(table, c)[0].startswith("139")
    )
    assert MEMBER_PHONE not in _shown_texts(table, phone_column)  # masked until 显示
    assert MEMBER_PHONE in _show_from_menu(ctx, table)
    [entry] = _unmasked(ctx)
    assert (entry.actor, entry.record_type, entry.note) == ("王芳", "members", "phone")
    [registration] = svc.registrations(ctx.store.uow_factory(), year=2024)
    with ctx.store.uow_factory().for_reading() as uow:
        member = uow.members.get(registration.member_id)
    assert member is not None and entry.record_uuid == member.uuid


def test_a_clerk_sees_a_posts_contact_phone(ctx: AppContext, page: InServicePage) -> None:
    ctx.store.uow_factory.actor = CLERK
    table = page.posts.post_table
    assert POST_PHONE not in " ".join(_shown_texts(table, 5))
    assert POST_PHONE in _show_from_menu(ctx, table)
    [entry] = _unmasked(ctx)
    assert (entry.record_type, entry.note) == ("service_posts", "contact_phone")


def test_a_viewers_show_is_greyed(ctx: AppContext, page: InServicePage) -> None:
    ctx.store.uow_factory.actor = VIEWER
    for table in (page.expected.view.table, page.registration.view.table, page.posts.post_table):
        menu = _menu_on_first_row(table)
        [action] = menu.actions()
        assert not action.isEnabled()
        menu.close()
    assert _unmasked(ctx) == []
