"""The request's field rules, which need no database: every problem at once, the requester,
times as typed, attachments, and the 编号."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.chinese import chinese
from tests.core.requests.support import NOW, TODAY, draft
from villagedesk.core.requests.attachments import check_attachment
from villagedesk.core.requests.model import AttachmentDraft, RequesterKind, RequestType
from villagedesk.core.requests.moments import parse_moment_text
from villagedesk.core.requests.rules import check_request_fields, request_number


def test_every_problem_comes_at_once_in_chinese() -> None:
    values, errors = check_request_fields(
        draft(
            content=" ",
            kind="gossip",
            urgency="",
            channel="",
            category="天气",
            requester_kind="named",
            requester_name="",
            requester_phone="12",
            received_at="2026-05-21 08:00",
            attachments=(AttachmentDraft("/etc/passwd", 10),),
        ),
        today=TODAY,
        now=NOW,
    )
    assert values is None
    shown = {key: [chinese(m) for m in messages] for key, messages in errors.items()}
    assert shown["content"] == ["请填写诉求内容。"]
    assert shown["kind"] == ["请选择诉求类型。"]
    assert shown["urgency"] == ["请选择紧急程度。"]
    assert shown["channel"] == ["请选择来源渠道。"]
    assert shown["category"] == ["“天气”不在本站的分类列表中。"]
    assert shown["received_at"] == ["时间晚于现在。"]
    assert set(shown) == {
        "content",
        "kind",
        "urgency",
        "channel",
        "category",
        "requester_name",
        "requester_phone",
        "received_at",
        "attachments",
    }
    assert len(shown["attachments"]) == 2  # neither an image nor a PDF, nor in the data folder


def test_a_good_draft_is_tidied() -> None:
    values, errors = check_request_fields(
        draft(content="  路灯 坏了\n\n  请  修理 ", place=" 村东头 ", essential_service=True),
        today=TODAY,
        now=NOW,
    )
    assert errors == {} and values is not None
    assert values.content == "路灯 坏了\n\n请 修理"
    assert values.place == "村东头" and values.kind is RequestType.HELP
    assert values.essential_service is True
    values, _ = check_request_fields(
        draft(kind="complaint", essential_service=True, received_at=""), today=TODAY, now=NOW
    )
    assert values is not None and values.essential_service is False
    assert values.received_at == NOW


def test_requesters_as_far_as_the_form_tells() -> None:
    _, errors = check_request_fields(
        draft(requester_kind="anonymous", requester_name="张三"), today=TODAY, now=NOW
    )
    assert [chinese(m) for m in errors["requester_name"]] == ["匿名诉求不填写姓名。"]
    _, errors = check_request_fields(
        draft(requester_kind="resident", person_id=None), today=TODAY, now=NOW
    )
    assert [chinese(m) for m in errors["person_id"]] == ["请在搜索框中选择诉求人。"]
    _, errors = check_request_fields(draft(requester_kind="robot"), today=TODAY, now=NOW)
    assert set(errors) == {"requester_kind"}
    values, _ = check_request_fields(
        draft(requester_kind="named", requester_name="刘 强", requester_phone="0533-3123456"),
        today=TODAY,
        now=NOW,
    )
    assert values is not None and values.requester.kind is RequesterKind.NAMED
    assert (values.requester.name, values.requester.phone) == ("刘 强", "0533-3123456")


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("2026-05-20 09:30", datetime(2026, 5, 20, 9, 30)),
        ("2026.5.20 9:05", datetime(2026, 5, 20, 9, 5)),
        ("2026年5月20日 9:30", datetime(2026, 5, 20, 9, 30)),
        ("2026年5月20日9时30分", datetime(2026, 5, 20, 9, 30)),
        ("２０２６-０５-２０ ０９:３０", datetime(2026, 5, 20, 9, 30)),
        ("2026-05-20T09:30:00", datetime(2026, 5, 20, 9, 30)),
        ("2026-05-20", None),
        ("2026-05-20 25:00", None),
        ("昨天上午", None),
    ],
)
def test_times_as_typed(text: str, moment: datetime | None) -> None:
    assert parse_moment_text(text) == moment


def test_a_day_without_its_time_is_asked_for() -> None:
    _, errors = check_request_fields(draft(received_at="2026-05-20"), today=TODAY, now=NOW)
    assert [chinese(m) for m in errors["received_at"]] == ["请写上时间，例如 2026-05-20 09:30。"]


def test_attachments_are_images_or_pdf_inside_the_data_folder() -> None:
    ok, problems = check_attachment(AttachmentDraft("requests\\2026\\IMG_01.JPG", 5_000))
    assert problems == [] and ok is not None and ok.path == "requests/2026/IMG_01.JPG"
    webp = AttachmentDraft("a.webp", 10, head=b"RIFF\x00\x00\x00\x00WEBPVP8 ")
    assert check_attachment(webp)[1] == []
    fake_webp = AttachmentDraft("a.webp", 10, head=b"RIFF\x00\x00\x00\x00WAVEfmt ")
    assert len(check_attachment(fake_webp)[1]) == 1
    for path in ("../secret.pdf", "C:\\Users\\a.pdf", "/tmp/a.pdf", ""):
        _, problems = check_attachment(AttachmentDraft(path, 10, name="a.pdf"))
        assert [chinese(m) for m in problems] == ["a.pdf 须先复制到数据文件夹，才能作为附件。"]
    _, problems = check_attachment(AttachmentDraft("a.png", 0))
    assert [chinese(m) for m in problems] == ["a.png 是空文件。"]


def test_the_number_never_shows_eleven_digits_in_a_row() -> None:
    assert request_number("DHC", 2026, 12) == "DHC-2026-0012"
    assert request_number("DHC", 2026, 12345) == "DHC-2026-12345"
    with pytest.raises(ValueError):
        request_number("DHC", 2026, 10**11)
