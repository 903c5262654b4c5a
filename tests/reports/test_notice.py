"""公示 read back: masked numbers, no run of 11 or more digits anywhere, the period and stamp."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from tests.reports.printing_support import fonts_embedded, need_poppler, run
from villagedesk.core.masking import MaskPolicy
from villagedesk.reports.notice import NoticeColumn, NoticeDocument, NoticeTable, write_notice

TABLE = NoticeTable(
    heading="报到名单",
    columns=[
        NoticeColumn("姓名", 8),
        NoticeColumn("公民身份号码", 19, kind="id_number"),
        NoticeColumn("联系电话", 12, kind="phone"),
        NoticeColumn("备注", 20),
    ],
    rows=[
        ["张䶮", "110105199001011234", "13905331234", "另一号码 13712345678"],
        ["刘𠇔", "37032319850101123X", "18653301234", ""],
        ["王\U00030000", "370323198501011248", "18653301235", ""],
    ],
)
DOC = NoticeDocument(
    title="在职党员进驻社区公示",
    station="东河村党群服务站",
    period_from=date(2026, 3, 1),
    period_to=date(2026, 3, 7),
    contact_name="王秀英",
    contact_phone="13905331234",
    tables=[TABLE],
)


def test_notice_masks_numbers_and_never_shows_eleven_digits(tmp_path: Path) -> None:
    need_poppler()
    pdf = tmp_path / "notice.pdf"
    problems = write_notice(pdf, DOC)
    text = run("pdftotext", pdf, "-")
    assert "110105********1234" in text and "139****1234" in text
    assert "110105199001011234" not in text
    assert re.search(r"\d{11,}", text) is None
    assert "139 0533 1234" in " ".join(text.split())  # readable, never 11 digits in a row
    assert "在职党员进驻社区公示" in text and "2026-3-1" in text and "2026-3-7" in text
    assert [(p.record, p.character) for p in problems] == [("王\U00030000", "\U00030000")]
    assert "刘𠇔" in text  # Extension B: the bundled HanaMinB
    for name, embedded in fonts_embedded(pdf):
        assert embedded == "yes", name


def test_the_station_policy_decides_what_is_kept(tmp_path: Path) -> None:
    need_poppler()
    pdf = tmp_path / "notice.pdf"
    write_notice(pdf, DOC, policy=MaskPolicy(id_head=3, id_tail=2, phone_head=0, phone_tail=4))
    text = run("pdftotext", pdf, "-")
    assert "110*************34" in text and "*******1234" in text
