"""The issue's "bad input" list: each is refused in Chinese under its field, and nothing is
written."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.core.chinese import chinese
from tests.core.fakes_requests import FakeRequestsUnitOfWork
from tests.core.requests.support import (
    CADRE,
    CLOCK,
    OTHER,
    add,
    assign,
    draft,
    follow,
    get,
    make_uow,
    reach,
    reply,
    sign,
)
from villagedesk.core.errors import ValidationError
from villagedesk.core.requests import closing, handling, services, timekeeping
from villagedesk.core.requests.model import AttachmentDraft
from villagedesk.core.requests.state import RequestState

MB = 1024 * 1024


@contextmanager
def refused(uow: FakeRequestsUnitOfWork, field: str, chinese_text: str) -> Iterator[None]:
    """The block raises a ValidationError with ``chinese_text`` under ``field`` and writes
    nothing."""
    before = copy.deepcopy(uow.state)
    commits = uow.db.commits
    with pytest.raises(ValidationError) as caught:
        yield
    assert [chinese(m) for m in caught.value.errors[field]] == [chinese_text]
    assert uow.db.commits == commits
    assert uow.state.rows == before.rows
    assert uow.state.events == before.events
    assert uow.state.attachments == before.attachments


NO_FOLLOW_UP = (
    "此诉求办理后还没有回访。回访确认已解决后才能销号，或者填写经站长批准的无法解决说明。"
)
DISSATISFIED = "最近一次回访诉求人不满意，不能销号：此诉求已转为重办。请重新办理、答复并回访。"


@pytest.mark.parametrize("state", [RequestState.AWAITING_FOLLOW_UP, RequestState.IN_PROGRESS])
def test_closing_without_a_follow_up(state: RequestState) -> None:
    uow = make_uow()
    rid = add(uow)
    assign(uow, rid)
    sign(uow, rid)
    if state is RequestState.AWAITING_FOLLOW_UP:
        reply(uow, rid)
    with refused(uow, "follow_up", NO_FOLLOW_UP):
        closing.close_request(uow, request_id=rid, clock=CLOCK)


def test_closing_after_a_follow_up_that_is_not_solved() -> None:
    uow = make_uow()
    rid = reach(uow, RequestState.AWAITING_FOLLOW_UP)
    follow(uow, rid, "partly_solved", "basically_satisfied")
    assert get(uow, rid).state is RequestState.FOLLOWED_UP
    text = (
        "最近一次回访结果为“部分解决”。回访确认已解决后才能销号，或者填写经站长批准的无法解决说明。"
    )
    with refused(uow, "follow_up", text):
        closing.close_request(uow, request_id=rid, clock=CLOCK)


@pytest.mark.parametrize("replied_again", [False, True])
def test_closing_a_dissatisfied_request(replied_again: bool) -> None:
    uow = make_uow()
    rid = reach(uow, RequestState.AWAITING_FOLLOW_UP)
    follow(uow, rid, "solved", "dissatisfied")
    if replied_again:
        reply(uow, rid)
    with refused(uow, "follow_up", DISSATISFIED):
        closing.close_request(uow, request_id=rid, clock=CLOCK)


def test_an_extension_after_the_deadline() -> None:
    uow = make_uow()
    rid = add(uow, urgency="urgent", received_at="2026-05-20 07:00")  # due 09:00, now 09:30
    handling.assign_request(uow, request_id=rid, assignee=CADRE, at="2026-05-20 07:05", clock=CLOCK)
    handling.sign_request(uow, request_id=rid, signer=CADRE, at="2026-05-20 07:10", clock=CLOCK)
    text = "办理时限（2026.05.20 09:00）已过；延期须在时限届满前申请。"

    def extend(at: str = "") -> None:
        timekeeping.extend_deadline(
            uow,
            request_id=rid,
            new_due="2026-05-21 12:00",
            reason="需要更换变压器",
            approved_by="张站长",
            at=at,
            clock=CLOCK,
        )

    with refused(uow, "new_due", text):
        extend()
    extend(at="2026-05-20 08:50")  # asked for in time, written down late: allowed
    assert get(uow, rid).progress.due_at is not None
    assert str(get(uow, rid).progress.due_at) == "2026-05-21 12:00:00"


def test_a_follow_up_dated_before_the_reply() -> None:
    uow = make_uow()
    rid = reach(uow, RequestState.AWAITING_FOLLOW_UP)  # replied at 09:30
    text = "回访时间早于答复时间（2026.05.20 09:30）；应在答复诉求人之后回访。"
    with refused(uow, "at", text):
        closing.follow_up(
            uow,
            request_id=rid,
            resolution="solved",
            satisfaction="satisfied",
            at="2026-05-20 09:00",
            clock=CLOCK,
        )


def test_a_signature_by_someone_other_than_the_person_responsible() -> None:
    uow = make_uow()
    rid = add(uow)
    assign(uow, rid)
    with refused(uow, "signer", "只有责任人李书记才能签收此诉求。"):
        handling.sign_request(uow, request_id=rid, signer=OTHER, clock=CLOCK)


BAD_FILES: list[tuple[AttachmentDraft, str]] = [
    (
        AttachmentDraft("requests/2026/情况说明.docx", 30_000),
        "情况说明.docx 不是图片或 PDF 文件；只能添加照片、扫描件和 PDF 文件。",
    ),
    (
        AttachmentDraft("requests/2026/photo.jpg", 30_000, head=b"PK\x03\x04rest"),
        "photo.jpg 不是图片或 PDF 文件；只能添加照片、扫描件和 PDF 文件。",
    ),
    (
        AttachmentDraft("requests/2026/扫描件.pdf", 21 * MB, head=b"%PDF-1.7"),
        "扫描件.pdf 大小为 21.0 MB；附件不能超过 20 MB。",
    ),
]


@pytest.mark.parametrize(("attachment", "text"), BAD_FILES)
def test_an_attachment_that_is_not_an_image_or_pdf_or_too_big(
    attachment: AttachmentDraft, text: str
) -> None:
    uow = make_uow()
    with refused(uow, "attachments", text):
        services.add_request(uow, draft=draft(attachments=(attachment,)), clock=CLOCK)
    rid = reach(uow, RequestState.IN_PROGRESS)
    with refused(uow, "attachments", text):
        handling.record_work(
            uow, request_id=rid, text="现场照片", attachments=(attachment,), clock=CLOCK
        )


def test_good_attachments_are_written_with_the_request_and_the_work_record() -> None:
    uow = make_uow()
    photo = AttachmentDraft("requests/2026/灯.jpg", 2 * MB, head=b"\xff\xd8\xff\xe0")
    rid = add(uow, attachments=(photo,))
    assign(uow, rid)
    sign(uow, rid)
    scan = AttachmentDraft("requests\\2026\\回执.pdf", 20 * MB, head=b"%PDF-1.4")
    handling.record_work(uow, request_id=rid, text="已更换", attachments=(scan,), clock=CLOCK)
    files = get(uow, rid).attachments
    assert [(a.values.path, a.values.kind.value, a.event_id is None) for a in files] == [
        ("requests/2026/灯.jpg", "image", True),
        ("requests/2026/回执.pdf", "pdf", False),
    ]
