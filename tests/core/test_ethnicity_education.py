"""民族 and 学历 as they are written on forms and in spreadsheets."""

from __future__ import annotations

import pytest

from villagedesk.core.education import parse_education
from villagedesk.core.errors import DomainError
from villagedesk.core.ethnicity import ETHNICITIES, normalize_ethnicity
from villagedesk.core.members.model import Education


def test_fifty_six_groups_in_standard_order() -> None:
    assert len(ETHNICITIES) == len(set(ETHNICITIES)) == 56
    assert ETHNICITIES[:5] == ("汉族", "蒙古族", "回族", "藏族", "维吾尔族")
    assert ETHNICITIES.index("朝鲜族") == 9  # GB 3304 code 10
    assert ETHNICITIES.index("土族") == 29  # code 30: 土族, not 土家族 (15)
    assert ETHNICITIES[-1] == "基诺族"
    assert all(name.endswith("族") for name in ETHNICITIES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("汉", "汉族"),
        ("汉族", "汉族"),
        ("汉 族", "汉族"),
        (" 汉族\u3000", "汉族"),
        ("蒙古", "蒙古族"),
        ("蒙族", "蒙古族"),
        ("维族", "维吾尔族"),
        ("土家", "土家族"),
        ("土", "土族"),
        ("柯尔克孜", "柯尔克孜族"),
        ("崩龙族", "德昂族"),
        ("穿青人", None),
        ("哈族", None),
        ("火星族", None),
        ("", None),
    ],
)
def test_normalize_ethnicity(text: str, expected: str | None) -> None:
    assert normalize_ethnicity(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("研究生", Education.POSTGRADUATE),
        ("硕士", Education.POSTGRADUATE),
        ("博士", Education.POSTGRADUATE),
        ("硕士研究生", Education.POSTGRADUATE),
        ("大学本科", Education.BACHELOR),
        ("本科", Education.BACHELOR),
        ("大学", Education.BACHELOR),
        ("本科学历", Education.BACHELOR),
        ("大学专科", Education.COLLEGE),
        ("大专", Education.COLLEGE),
        ("专科", Education.COLLEGE),
        ("中专", Education.SECONDARY_VOCATIONAL),
        ("中等专科", Education.SECONDARY_VOCATIONAL),
        ("中技", Education.SECONDARY_VOCATIONAL),
        ("技校", Education.SECONDARY_VOCATIONAL),
        ("职高", Education.SECONDARY_VOCATIONAL),
        ("高中", Education.HIGH_SCHOOL),
        (" 高 中 ", Education.HIGH_SCHOOL),
        ("高中文化", Education.HIGH_SCHOOL),
        ("初中", Education.JUNIOR_HIGH),
        ("初中毕业", Education.JUNIOR_HIGH),
        ("小学", Education.PRIMARY),
        ("小学及以下", Education.PRIMARY),
        ("文盲", Education.PRIMARY),
        ("半文盲", Education.PRIMARY),
        ("bachelor", Education.BACHELOR),
        ("", None),
        ("  ", None),
    ],
)
def test_parse_education(text: str, expected: Education | None) -> None:
    assert parse_education(text) is expected


@pytest.mark.parametrize("text", ["幼儿园", "高", "学历", "本科及以上"])
def test_unknown_education_is_refused(text: str) -> None:
    with pytest.raises(DomainError) as exc:
        parse_education(text)
    assert text in exc.value.message.render()
