"""在职党员报到 end to end in the GUI: register an in-service member, claim a post, log service and
see the totals change; the refusals a secretary meets show at the field with nothing written."""

from __future__ import annotations

from datetime import date

import pytest

from villagedesk.core.id_number import check_character
from villagedesk.core.in_service import posts
from villagedesk.core.in_service import services as svc
from villagedesk.core.in_service.model import RegistrationDraft
from villagedesk.core.members.model import Category, MemberDraft
from villagedesk.core.members.services import register_member
from villagedesk.core.station import Station, StationLevel
from villagedesk.ui.context import AppContext
from villagedesk.ui.in_service.page import InServicePage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def id_for_serial(serial: int) -> str:
    first17 = f"37032319850712{serial:03d}"
    return first17 + check_character(first17)


def _member(ctx: AppContext, name: str, serial: int) -> int:
    draft = MemberDraft(
        name=name,
        id_number=id_for_serial(serial),
        work_unit="沂源县人民医院",
        categories=frozenset({Category.IN_SERVICE}),
    )
    return register_member(ctx.store.uow_factory(), draft=draft, today=ctx.today()).id


@pytest.fixture
def page(ctx: AppContext, qtbot) -> InServicePage:  # type: ignore[no-untyped-def]
    with ctx.store.uow_factory() as uow:
        uow.station.save(
            Station("370323104203", "沂源县鲁村镇东河村党群服务站", StationLevel.VILLAGE)
        )
        uow.commit()
    widget = InServicePage(ctx)
    qtbot.addWidget(widget)
    return widget


def test_register_claim_log_and_see_the_totals(ctx: AppContext, page: InServicePage) -> None:
    zhang = _member(ctx, "张建国", 11)
    li = _member(ctx, "李秀英", 12)
    assert page.year.value() == 2024

    # 报到 with a pledge; the register shows the card number
    dialog = page.registration.register()
    dialog.member.set_member_id(zhang)
    dialog.registered_on.setText("2024.03.02")
    dialog.pledge_1.setText("每月参加社区志愿服务2次")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    view = page.registration.view
    assert view.model.rowCount() == 1
    assert view.model.index(0, 0).data() == "DHC-2024-0001"

    # a second registration in the same campaign year: refused at the member field
    again = page.registration.register()
    again.member.set_member_id(zhang)
    again.registered_on.setText("2024.05.02")
    again.buttons.accepted.emit()
    assert again.isVisible()
    assert "already reported for 2024" in again.errors.texts()["member_id"]
    assert again.errors.label_for("member_id").isVisible()
    assert len(svc.registrations(ctx.store.uow_factory(), year=2024)) == 1
    again.reject()

    # a post with one place: the first claim fills it, the second is refused at the post
    page.posts.add_button.click()
    post_dialog = page.posts.dialog
    post_dialog.name.setText("治安巡逻")
    post_dialog.places.setText("1")
    post_dialog.contact_name.setText("王秀英")
    post_dialog.contact_phone.setText("13905331234")
    post_dialog.buttons.accepted.emit()
    assert page.posts.post_model.rowCount() == 1
    page.posts.post_table.selectRow(0)
    claim = page.posts.claim()
    claim.member.set_member_id(zhang)
    claim.claimed_on.setText("2024.03.03")
    claim.buttons.accepted.emit()
    assert not claim.isVisible()
    assert page.posts.post_model.value(0, "free") == 0
    assert page.posts.claim_model.value(0, "name") == "张建国"
    full = page.posts.claim()
    full.member.set_member_id(li)
    full.buttons.accepted.emit()
    assert "is full" in full.errors.texts()["post_id"]
    assert len(posts.post_claims(ctx.store.uow_factory(), post_id=page.posts.posts[0].id)) == 1
    full.reject()

    # service records: a future date is refused at the field; then the totals grow
    post_id = page.posts.posts[0].id
    log = page.records.log_service()
    log.member.set_member_id(zhang)
    log.post.setCurrentIndex(log.post.findData(post_id))
    log.served_on.setText("2024.06.16")
    log.what.setText("夜间治安巡逻")
    log.hours.setText("2.5")
    log.buttons.accepted.emit()
    assert "future" in log.errors.texts()["served_on"]
    assert page.records.totals_of_member(zhang) is None
    log.served_on.setText("2024.06.01")
    log.buttons.accepted.emit()
    assert not log.isVisible()
    assert page.records.totals_of_member(zhang) == (1, 5)
    second = page.records.log_service()
    second.load(second.draft().__class__(zhang, post_id, "2024.06.02", "排查隐患", "1", "3组"))
    second.buttons.accepted.emit()
    assert page.records.totals_of_member(zhang) == (2, 7)
    assert page.records.view.model.rowCount() == 2

    # the assessment shows the evidence and takes the community's rating
    page.assessment.table.selectRow(0)
    rate = page.assessment.rate()
    assert rate is not None and "3.5 hours in 2 records" in rate.evidence.text()
    rate.community.setCurrentIndex(rate.community.findData("excellent"))
    rate.buttons.accepted.emit()
    assert page.assessment.model.value(0, "community_rating") == "excellent"
    assert page.assessment.model.value(0, "unit_rating") is None

    # the expected list counts him as reported without notice
    assert page.expected.counts.value(0, "unexpected") == 1


def test_the_page_follows_the_campaign_year(ctx: AppContext, page: InServicePage) -> None:
    zhang = _member(ctx, "张建国", 11)
    svc.record_registration(
        ctx.store.uow_factory(),
        draft=RegistrationDraft(zhang, "2023.05.01"),
        today=date(2024, 6, 15),
    )
    ctx.hub.publish(svc.IN_SERVICE_CHANGES)
    assert page.registration.view.model.rowCount() == 0
    page.set_year(2023)
    assert page.registration.view.model.rowCount() == 1
    assert "2023.01.01" in page.year_label.text()


def test_the_page_reads_while_writes_are_held(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Reads take no write lock: while writes are held (the start-up check, a read-only
    database) the page still shows the posts and the campaign year, where it used to fall back
    to nothing."""
    from villagedesk.core.in_service.model import PostDraft
    from villagedesk.core.text import msg

    with ctx.store.uow_factory() as uow:
        uow.station.save(
            Station("370323104203", "沂源县鲁村镇东河村党群服务站", StationLevel.VILLAGE)
        )
        uow.commit()
    posts.add_post(ctx.store.uow_factory(), draft=PostDraft(name="政策宣传", places="3"))
    ctx.store.uow_factory.hold(msg("Store", "checking"))
    try:
        widget = InServicePage(ctx)
        qtbot.addWidget(widget)
        widget.posts.refresh()
        assert [p.values.name for p in widget.posts.posts] == ["政策宣传"]
        assert widget.year.value() == 2024
    finally:
        ctx.store.uow_factory.release()
