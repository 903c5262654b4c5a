"""个人信息导出 on paper: A4 pages saying whose data it is and to hand it to them only, the
person's hard name whole, their own ID number and phone in full and nobody else's, the long
address and work unit complete (wrapped, never cut), every section in Chinese."""

from __future__ import annotations

from pathlib import Path

from tests.core.privacy.conftest import seeded, store  # noqa: F401  (fixtures)
from tests.core.privacy.seed import (
    ADDRESS,
    DISPUTE_TEXT,
    ID_NUMBER,
    NAME,
    OTHER_ID,
    PHONE,
    REQUEST_TEXT,
    SPOUSE,
    SPOUSE_ID,
    SPOUSE_PHONE,
    WORK_UNIT,
    Seeded,
)
from tests.core.requests.support import CLOCK
from tests.reports.printing_support import joined, need_poppler, page_texts, pages, run
from tests.reports.zh import zh
from villagedesk.core.privacy.model import PersonKind, PersonRef
from villagedesk.core.privacy.personal_data import export_personal_data
from villagedesk.reports.personal_data import write_personal_data
from villagedesk.store.station_store import StationStore


def test_the_copy_holds_the_person_and_only_their_numbers(
    store: StationStore,  # noqa: F811
    seeded: Seeded,  # noqa: F811
    tmp_path: Path,
) -> None:
    need_poppler()
    person = PersonRef(PersonKind.RESIDENT, seeded.resident_id)
    data = export_personal_data(store.uow_factory(), person=person, clock=CLOCK)
    pdf = tmp_path / "personal.pdf"
    assert write_personal_data(pdf, data=data, translate=zh) == []
    assert run("pdfinfo", pdf).count("595.276 x 841.89") == 1  # A4
    flat = joined(run("pdftotext", pdf, "-"))
    assert f"{NAME}个人信息副本" in flat
    assert "只交" in flat and "本人" in flat
    for text in (ID_NUMBER, PHONE, ADDRESS, WORK_UNIT, REQUEST_TEXT, DISPUTE_TEXT, SPOUSE):
        assert text in flat
    for other in (SPOUSE_ID, SPOUSE_PHONE, OTHER_ID):
        assert other not in flat
    assert flat.count(ID_NUMBER) == 1  # the audit log's copy stays masked
    assert "210503********1467" in flat
    for heading in (
        "一、本人信息",
        "二、党员信息",
        "五、在职党员进社区",
        "九、涉及本人记录的操作日志",
    ):
        assert heading in flat
    layout = page_texts(pdf)
    assert len(layout) == pages(pdf) >= 1
    # the name is never broken inside: a line holding part of it holds all of it
    for line in "\n".join(layout).splitlines():
        if "爱新觉罗" in line or "启星" in line:
            assert NAME in line or ("爱新觉罗·" in line and "启星" not in line)
