"""The mediation papers of one dispute: every paper names the parties under the dispute's 编号;
the 人民调解协议书 comes in one copy per party and one for the file, each saying which copy it
is, with the agreement's number and the parties' ID numbers in full, while every other paper
masks them; long names break only at "·", rare characters print, nothing leaves the margins."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from tests.core.disputes.support import CLOCK, add, make_uow
from tests.reports.disputes.samples import (
    LONG_ID_NUMBER,
    LONG_NAME,
    LONG_PHONE,
    POLICY,
    RARE_ID_NUMBER,
    RARE_NAME,
    RESIDENT,
    RESIDENT_ID_NUMBER,
    sample_values,
)
from tests.reports.printing_support import MM, joined, need_poppler, pages, run, words
from tests.reports.zh import zh
from villagedesk.core.disputes import services, settling
from villagedesk.core.disputes.events import Agreement, Outcome, Settlement
from villagedesk.core.masking import mask_id_number
from villagedesk.reports.dispute_papers import Paper, available_papers, write_dispute_papers
from villagedesk.reports.dispute_papers_parts import MARGIN
from villagedesk.reports.dispute_papers_values import DisputePaperValues

FULL_IDS = (RESIDENT_ID_NUMBER, LONG_ID_NUMBER, RARE_ID_NUMBER)
NUMBER = "DHC-调-2026-0001"
AGREEMENT_NUMBER = "（2026）DHC人调字第1号"


@pytest.fixture(autouse=True)
def _poppler() -> None:
    need_poppler()


@pytest.fixture(scope="module")
def values() -> DisputePaperValues:
    return sample_values()


def _write(tmp_path: Path, values: DisputePaperValues, *papers: Paper) -> Path:
    pdf = tmp_path / "papers.pdf"
    assert write_dispute_papers(pdf, values=values, papers=papers, translate=zh) == []
    return pdf


def _page_flows(pdf: Path) -> list[str]:
    """Each page's text without white space (a wrapped cell reads as one string again)."""
    return [joined(t) for t in run("pdftotext", pdf, "-").split("\f")[: pages(pdf)]]


def test_every_paper_names_the_parties_under_the_number(
    tmp_path: Path, values: DisputePaperValues
) -> None:
    for paper in available_papers(values.masked):
        flat = "".join(_page_flows(_write(tmp_path, values, paper)))
        title = "人民调解卷宗" if paper is Paper.COVER else zh("DisputePapers", paper.heading)
        assert title in flat, paper
        assert NUMBER in flat, paper
        for name in (RESIDENT, LONG_NAME):
            assert name in flat, (paper, name)
    assert set(available_papers(values.masked)) == set(Paper) - {Paper.ORAL}


def test_the_agreement_has_a_copy_per_party_and_one_for_the_file(
    tmp_path: Path, values: DisputePaperValues
) -> None:
    pdf = _write(tmp_path, values, Paper.AGREEMENT)
    flows = _page_flows(pdf)
    starts = [i for i, text in enumerate(flows) if "人民调解协议书" in text]
    assert len(starts) == 4  # three parties and the file, each from a new page
    copies = [
        f"第1份（共4份）当事人{RESIDENT}执",
        f"第2份（共4份）当事人{LONG_NAME}执",
        f"第3份（共4份）当事人{RARE_NAME}执",
        "第4份（共4份）人民调解委员会存档",
    ]
    ends = [*starts[1:], len(flows)]
    for label, first, last in zip(copies, starts, ends, strict=True):
        copy = "".join(flows[first:last])
        assert label in copy and AGREEMENT_NUMBER in copy
        assert all(full in copy for full in FULL_IDS)  # the parties sign it: in full
        assert LONG_PHONE in copy
        assert copy.count("按手印") == 3 and "（印章）" in copy
        for head in ("基本情况", "主要事实和争议", "协议内容", "履行方式和期限"):
            assert head in copy
        assert "履行期限：2026年5月25日前履行完毕" in copy
        assert "本协议书一式4份" in copy and "东河村人民调解委员会" in copy


def test_every_paper_but_the_agreement_masks_the_parties_numbers(
    tmp_path: Path, values: DisputePaperValues
) -> None:
    others = [p for p in available_papers(values.masked) if p is not Paper.AGREEMENT]
    flat = "".join(_page_flows(_write(tmp_path, values, *others)))
    assert not any(full in flat for full in FULL_IDS) and LONG_PHONE not in flat
    assert mask_id_number(LONG_ID_NUMBER, POLICY) in flat  # the application's parties
    assert flat.count("按手印") >= 4  # the applicant, the two present at the session, …


def test_the_cover_lists_the_documents_in_the_file(
    tmp_path: Path, values: DisputePaperValues
) -> None:
    flat = "".join(_page_flows(_write(tmp_path, values, Paper.COVER)))
    assert "人民调解卷宗" in flat and "卷内文件目录" in flat
    listed = [
        "1人民调解申请书及受理登记表2026年5月20日",
        "2调解记录（第1次）2026年5月20日",
        "3人民调解协议书2026年5月20日",
        "4回访记录2026年5月30日",
    ]
    where = [flat.index(row) for row in listed]
    assert where == sorted(where)
    assert "邻里纠纷" in flat and "销号日期2026年5月30日" in flat


def test_a_long_name_breaks_only_at_the_dot_and_numbers_never(
    tmp_path: Path, values: DisputePaperValues
) -> None:
    pdf = _write(tmp_path, values, Paper.AGREEMENT)
    parts = LONG_NAME.split("·")
    allowed = {
        "·".join(parts[i:j]) + ("·" if j < len(parts) else "")
        for i in range(len(parts))
        for j in range(i + 1, len(parts) + 1)
    }
    found = [w.text for w in words(pdf, 1) if w.text in LONG_NAME and len(w.text) > 1]
    assert found and all(w in allowed for w in found), found
    assert any(w != LONG_NAME for w in found)  # the parties' table breaks it, at a "·"
    texts = [w.text for w in words(pdf, 1)]
    assert all(full in texts for full in FULL_IDS) and AGREEMENT_NUMBER in texts


def test_everything_stays_inside_the_margins(tmp_path: Path, values: DisputePaperValues) -> None:
    pdf = _write(tmp_path, values)
    assert pages(pdf) == 12  # cover, application, session, 4 × 2 agreement pages, follow-up
    for page in range(1, pages(pdf) + 1):
        for w in words(pdf, page):
            assert w.x0 >= MARGIN - 1 and w.x1 <= 210 * MM - MARGIN + 1, (page, w)


def test_an_oral_agreement_has_its_registration_form(tmp_path: Path) -> None:
    uow = make_uow()
    did = add(uow)
    terms = "李大山当面赔礼道歉。"
    oral = Settlement(Outcome.ORAL_AGREEMENT, Agreement("", "", terms, "当面", CLOCK.now().date()))
    settling.settle(uow, CLOCK, dispute_id=did, settlement=oral)
    detail = services.get_dispute(uow, dispute_id=did)
    values = sample_values(detail)
    assert available_papers(values.masked) == [Paper.COVER, Paper.APPLICATION, Paper.ORAL]
    flat = "".join(_page_flows(_write(tmp_path, values, Paper.ORAL)))
    assert "口头协议登记表" in flat and terms in flat and "李大山" in flat
    assert "370323195803150028" not in flat


def test_text_that_cannot_fit_is_printed_whole_and_reported(
    tmp_path: Path, values: DisputePaperValues
) -> None:
    number = "1" * 160  # a number never breaks: wider than its cell even at 6 pt
    full = values.full
    progress = replace(full.dispute.progress, agreement_number=number)
    full = replace(full, dispute=replace(full.dispute, progress=progress))
    masked = replace(values.masked, dispute=replace(values.masked.dispute, progress=progress))
    changed = replace(values, full=full, masked=masked)
    pdf = tmp_path / "unfit.pdf"
    problems = write_dispute_papers(pdf, values=changed, papers=[Paper.COVER], translate=zh)
    assert [p.record for p in problems] == [NUMBER]
    assert problems[0].is_fit and number in problems[0].detail
    assert number in re.sub(r"\s", "", run("pdftotext", pdf, "-"))
