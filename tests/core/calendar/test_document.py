"""Reading a holiday-cn document: real ones are read, hostile ones refused in Chinese."""

from __future__ import annotations

import contextlib
import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.core.chinese import chinese, is_chinese
from villagedesk.core.calendar.document import (
    MAX_DAYS,
    MAX_DOCUMENT_BYTES,
    MAX_REPORTED,
    HolidayDay,
    read_holiday_document,
)
from villagedesk.core.calendar.holidays import HolidayTable, bundled_table
from villagedesk.core.errors import DomainError, ValidationError

# holiday-cn's own 2007.json, shortened: its notice names make-up days of December 2006.
HOLIDAY_CN_2007 = """{
    "$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
    "year": 2007,
    "papers": ["http://www.gov.cn/zhengce/content/2008-03/28/content_1761.htm"],
    "days": [
        {"name": "元旦", "date": "2006-12-30", "isOffDay": false},
        {"name": "元旦", "date": "2006-12-31", "isOffDay": false},
        {"name": "元旦", "date": "2007-01-01", "isOffDay": true},
        {"name": "元旦", "date": "2007-01-02", "isOffDay": true},
        {"name": "元旦", "date": "2007-01-03", "isOffDay": true}
    ]
}"""

DAYS_2027 = [
    {"name": "元旦", "date": "2027-01-01", "isOffDay": True},
    {"name": "国庆节", "date": "2027-10-01", "isOffDay": True},
    {"name": "国庆节", "date": "2027-10-09", "isOffDay": False},
]


def _document(**fields: object) -> str:
    return json.dumps({"year": 2027, "days": DAYS_2027, **fields}, ensure_ascii=False)


def _refusal(data: str | bytes) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        read_holiday_document(data)
    texts = [chinese(m) for _, m in caught.value.all_messages()]
    assert texts and all(is_chinese(t) for t in texts), texts
    return texts


def test_a_holiday_cn_document_is_read_with_its_edge_days() -> None:
    year = read_holiday_document(HOLIDAY_CN_2007.encode("utf-8"))
    assert year.year == 2007
    assert year.days[0] == HolidayDay(date(2006, 12, 30), "元旦", off=False)
    assert [d.day for d in year.days] == sorted(d.day for d in year.days)


def test_adding_a_year_makes_it_known_and_counts_its_days() -> None:
    table = bundled_table().with_document(_document())
    assert table.knows(2027) and not bundled_table().knows(2027)
    assert not table.is_working_day(date(2027, 10, 1))
    assert table.is_working_day(date(2027, 10, 9))  # a Saturday made up
    assert not table.is_estimated(date(2027, 6, 1))


def test_adding_a_year_again_replaces_it() -> None:
    table = HolidayTable().with_document(_document())
    again = table.with_document(_document(days=DAYS_2027[:1]))
    assert again.years == (2027,)
    assert again.entry(date(2027, 10, 1)) is None


def test_a_year_round_trips_through_its_document() -> None:
    for year in bundled_table().years:
        held = bundled_table().year(year)
        assert held is not None
        assert read_holiday_document(held.to_json()) == held


def test_a_huge_file_is_refused_before_it_is_parsed() -> None:
    huge = '{"year": 2027, "days": [' + ", ".join(['{"name": "x"}'] * 20_000) + "]}"
    assert len(huge) > MAX_DOCUMENT_BYTES
    (text,) = _refusal(huge)
    assert "过大" in text
    assert "过大" in _refusal("[" * (MAX_DOCUMENT_BYTES + 1))[0]


def test_too_many_days_are_refused() -> None:
    days = [{"name": "x", "date": "2027-01-01", "isOffDay": True}] * (MAX_DAYS + 1)
    assert "超过上限" in _refusal(_document(days=days))[0]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ("not json", "JSON"),
        (b"\xff\xfe\x00garbage", "JSON"),
        ("[" * 20_000 + "]" * 20_000, "JSON"),
        ("[]", "节假日安排"),
        ('{"days": []}', "年份"),
        ('{"year": "2027", "days": []}', "年份"),
        ('{"year": true, "days": []}', "年份"),
        ('{"year": 1900, "days": []}', "1900"),
        ('{"year": 2027}', "日期列表"),
        ('{"year": 2027, "days": {}}', "日期列表"),
        ('{"year": 2027, "days": []}', "尚未公布"),
    ],
)
def test_a_document_that_is_not_a_year_is_refused(data: str | bytes, words: str) -> None:
    (text,) = _refusal(data)
    assert words in text


@pytest.mark.parametrize(
    ("day", "words"),
    [
        ("2027", "不是一条日期记录"),
        ({"date": "2027-01-01", "isOffDay": True}, "节日名称"),
        ({"name": 7, "date": "2027-01-01", "isOffDay": True}, "节日名称"),
        ({"name": "x" * 41, "date": "2027-01-01", "isOffDay": True}, "节日名称"),
        ({"name": "元旦", "date": "2027-01-01", "isOffDay": "true"}, "isOffDay"),
        ({"name": "元旦", "date": "2027-01-01", "isOffDay": 1}, "isOffDay"),
        ({"name": "元旦", "date": "2027-02-30", "isOffDay": True}, "日期格式"),
        ({"name": "元旦", "date": "20270101", "isOffDay": True}, "日期格式"),
        ({"name": "元旦", "date": 20270101, "isOffDay": True}, "日期格式"),
        ({"name": "元旦", "date": "2025-01-01", "isOffDay": True}, "不在 2027 年内"),
        ({"name": "元旦", "date": "2026-11-30", "isOffDay": True}, "不在 2027 年内"),
        ({"name": "元旦", "date": "2028-02-01", "isOffDay": True}, "不在 2027 年内"),
    ],
)
def test_a_bad_day_is_refused_with_its_number(day: object, words: str) -> None:
    (text,) = _refusal(_document(days=[*DAYS_2027, day]))
    assert text.startswith("第 4 条：")
    assert words in text


def test_a_duplicate_date_is_refused() -> None:
    (text,) = _refusal(_document(days=[*DAYS_2027, DAYS_2027[1]]))
    assert text == "第 4 条：日期 2027-10-01 重复出现。"


def test_a_wrong_year_names_every_day_but_a_bounded_number() -> None:
    wrong = [{"name": "x", "date": f"2025-03-{d:02d}", "isOffDay": True} for d in range(1, 31)]
    texts = _refusal(_document(days=wrong))
    assert len(texts) == MAX_REPORTED + 1
    assert texts[-1] == f"……另有 {30 - MAX_REPORTED} 处问题。"


def test_refusals_are_domain_errors_on_the_file_field() -> None:
    with pytest.raises(DomainError):
        bundled_table().with_document("{")
    with pytest.raises(ValidationError) as caught:
        read_holiday_document("{")
    assert list(caught.value.errors) == ["file"]


@given(st.binary(max_size=300) | st.text(max_size=300))
def test_any_input_is_read_or_refused_never_raised_otherwise(data: bytes | str) -> None:
    with contextlib.suppress(ValidationError):
        read_holiday_document(data)


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=12),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
        max_leaves=20,
    )
)
def test_any_json_value_as_days_is_read_or_refused(days: object) -> None:
    with contextlib.suppress(ValidationError):
        read_holiday_document(json.dumps({"year": 2027, "days": days}))
