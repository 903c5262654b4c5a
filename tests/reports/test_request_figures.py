"""The 三率 sheet: every rate with its formula beside it and its numerator/denominator, the
same rates per channel, category and person responsible, long names broken only at "·",
everything inside the margins, and an unfit name reported."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.reports.printing_support import MM, joined, need_poppler, page_texts, pages, run, words
from tests.reports.request_samples import LONG_NAME, STATION, month_requests, sample_rates
from tests.reports.zh import zh
from villagedesk.core.requests.figures import RateKey, rate_sheet
from villagedesk.core.requests.model import Handler
from villagedesk.reports.request_figures import MARGIN, write_rate_sheet

A4_W = 210 * MM


@pytest.fixture(autouse=True)
def _poppler() -> None:
    need_poppler()


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rates") / "rates.pdf"
    assert write_rate_sheet(out, sheet=sample_rates(), station=STATION, translate=zh) == []
    return out


def test_each_rate_has_its_formula_beside_it(pdf: Path) -> None:
    flat = joined(run("pdftotext", pdf, "-"))
    for key in RateKey:
        assert joined(key.formula.render(zh)) in flat, key
    # the hand-counted overall figures: label, value, numerator/denominator, then the formula
    for label, value in (
        ("按时响应率", "66.7%4/6"),
        ("按时办结率", "75%3/4"),
        ("解决率", "75%3/4"),
        ("满意率", "75%3/4"),
        ("重办率", "25%1/4"),
    ):
        assert label + value in flat


def test_the_rates_per_channel_category_and_person(pdf: Path) -> None:
    flat = joined(run("pdftotext", pdf, "-"))
    for heading in ("按来源渠道", "按分类", "按责任人"):
        assert heading in flat
    assert "12345转办2100%2/20%0/1" in flat  # 2 requests, both signed in time, 1 replied late
    assert "基础设施475%3/4" in flat
    assert LONG_NAME in flat and "…" not in flat
    assert "本期受理诉求6件" in flat


def test_a_long_name_breaks_only_at_the_dot(pdf: Path) -> None:
    parts = LONG_NAME.split("·")
    found = [w.text for w in words(pdf, 1) if w.text in LONG_NAME and len(w.text) > 1]
    assert found
    for w in found:
        assert w.strip("·") and all(p in parts for p in w.strip("·").split("·")), w


def test_everything_stays_inside_the_margins(pdf: Path) -> None:
    for page in range(1, pages(pdf) + 1):
        for w in words(pdf, page):
            assert w.x0 >= MARGIN - 1 and w.x1 <= A4_W - MARGIN + 1, w


def test_a_period_without_requests(tmp_path: Path) -> None:
    sheet = rate_sheet(
        [], first=date(2026, 2, 1), last=date(2026, 2, 28), as_of=datetime(2026, 3, 1)
    )
    out = tmp_path / "empty.pdf"
    assert write_rate_sheet(out, sheet=sheet, station=STATION, translate=zh) == []
    text = "".join(page_texts(out))
    assert text.count("本期无诉求") == 3 and "0/0" in text and "—" in text


def test_a_name_that_cannot_fit_is_reported(tmp_path: Path) -> None:
    unbreakable = "买" * 40  # a name without "·" wider than its column even at 6 pt
    requests = [r for r in month_requests() if r.id != 5]
    first = requests[0]
    requests[0] = replace(first, progress=replace(first.progress, assignee=Handler(unbreakable)))
    sheet = rate_sheet(
        requests, first=date(2026, 5, 1), last=date(2026, 5, 31), as_of=datetime(2026, 6, 5)
    )
    out = tmp_path / "unfit.pdf"
    problems = write_rate_sheet(out, sheet=sheet, station=STATION, translate=zh)
    assert len(problems) == 1 and problems[0].is_fit
    assert problems[0].record == f"按责任人：{unbreakable}"
    assert unbreakable in joined(run("pdftotext", out, "-"))
