"""The import template's columns (导入模板), declared ONCE for the importer, the template download
and the CLI export, so that an exported roster imports back as "unchanged".

Each :class:`TemplateField` has:

* ``key`` — the field the importer fills (``name``, ``id_number`` …), equal to the register
  reader's key where the reader has that field (``reader_key``; None when the reader has none);
* ``header`` — the canonical Chinese column header written in the template and the CLI export.
  Headers are part of the file format (like the category names in ``core.members.model``), so they are
  literal Chinese, not translated source strings: a file must read the same in any UI language;
* ``aliases`` — other headers people use for it (姓名/名字 …), matched after normalisation
  (full-width → half-width, spaces and ``*`` removed, see :func:`header_key`);
* ``choices`` — the fixed values for a drop-down list in the template (empty: free text);
* ``to_cell(raw)`` — the exported cell text for a raw value as the register reader returns it
  (codes, ISO dates, masks), in the form the importer reads back. Dates come out as
  ``1985.07.12``/``1985.07`` text here; an xlsx writer may write a day-precision date as a real
  date cell instead (the importer reads both) but must keep a month as text.

``MEMBER_TEMPLATE`` and ``RESIDENT_TEMPLATE`` list the fields in template order. ``EXAMPLE_ROWS``
gives one example row per template for "下载导入模板".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TypeVar

from villagedesk.core.columns import as_int
from villagedesk.core.dates import PartialDate
from villagedesk.core.ethnicity import ETHNICITIES
from villagedesk.core.households.model import Relation
from villagedesk.core.importing.request_words import REQUEST_TYPE_TEXT, URGENCY_TEXT, choices
from villagedesk.core.members.model import Category, Education, Sex, Standing, mask_to_categories

CellFormatter = Callable[[object], str]
"""A raw value as the register reader returns it → the cell's text."""
E = TypeVar("E", bound=StrEnum)


def _text(raw: object) -> str:
    return "" if raw is None else str(raw)


def _date(raw: object) -> str:
    return PartialDate.from_iso(str(raw)).display() if raw else ""


#: Chinese spellings written for enum codes (the first spelling the importer maps back).
SEX_TEXT: dict[Sex, str] = {Sex.MALE: "男", Sex.FEMALE: "女"}
STANDING_TEXT: dict[Standing, str] = {Standing.FULL: "正式党员", Standing.PROBATIONARY: "预备党员"}
EDUCATION_TEXT: dict[Education, str] = {
    Education.POSTGRADUATE: "研究生",
    Education.BACHELOR: "大学本科",
    Education.COLLEGE: "大学专科",
    Education.SECONDARY_VOCATIONAL: "中专",
    Education.HIGH_SCHOOL: "高中",
    Education.JUNIOR_HIGH: "初中",
    Education.PRIMARY: "小学及以下",
}
CATEGORY_TEXT: dict[Category, str] = {
    Category.IN_SERVICE: "在职党员",
    Category.MOBILE: "流动党员",
    Category.VETERAN: "老党员",
    Category.IN_HARDSHIP: "困难党员",
    Category.RETIRED: "离退休党员",
}
RELATION_TEXT: dict[Relation, str] = {
    Relation.HEAD: "户主",
    Relation.SPOUSE: "配偶",
    Relation.SON: "子",
    Relation.DAUGHTER: "女",
    Relation.PARENT: "父母",
    Relation.GRANDCHILD: "孙子女",
    Relation.SIBLING: "兄弟姐妹",
    Relation.OTHER: "其他",
}
#: Categories are joined with this mark in one cell (the importer also accepts , ， ; / and spaces).
CATEGORY_SEPARATOR = "、"


def _enum_text(table: Mapping[E, str], enum: type[E]) -> CellFormatter:
    def fmt(raw: object) -> str:
        if not raw:
            return ""
        try:
            return table[enum(str(raw))]
        except (ValueError, KeyError):
            return str(raw)

    return fmt


def _categories(raw: object) -> str:
    cats = mask_to_categories(as_int(raw))
    return CATEGORY_SEPARATOR.join(CATEGORY_TEXT[c] for c in Category if c in cats)


@dataclass(frozen=True)
class TemplateField:
    """One column of an import template (see the module docstring)."""

    key: str
    header: str
    aliases: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    to_cell: CellFormatter = _text
    reader_key: str | None = None
    required: bool = False
    is_date: bool = False
    is_text_number: bool = False
    """ID numbers and phones: written as text cells, never as numbers."""
    is_moment: bool = False
    """A date with a time of day (a request's 受理时间): read as ``2026.05.20 09:30``."""

    @property
    def all_headers(self) -> tuple[str, ...]:
        return (self.header, *self.aliases)


def header_key(text: str) -> str:
    """A header as compared: NFKC, no spaces, no ``*`` (required marks), no trailing colon."""
    s = "".join(unicodedata.normalize("NFKC", text).split())
    return s.replace("*", "").rstrip(":")


def _f(
    key: str,
    header: str,
    *aliases: str,
    choices: tuple[str, ...] = (),
    to_cell: CellFormatter = _text,
    in_reader: bool = True,
    required: bool = False,
    is_date: bool = False,
    is_text_number: bool = False,
) -> TemplateField:
    """A field whose reader key is its own key, unless ``in_reader`` is False (no such column)."""
    reader_key = key if in_reader else None
    return TemplateField(
        key, header, aliases, choices, to_cell, reader_key, required, is_date, is_text_number
    )


_NAME = _f("name", "姓名", "名字", "党员姓名", required=True)
_ID = _f(
    "id_number",
    "公民身份号码",
    "身份证号",
    "身份证号码",
    "身份证",
    "证件号码",
    required=True,
    is_text_number=True,
)
_SEX = _f("sex", "性别", choices=tuple(SEX_TEXT.values()), to_cell=_enum_text(SEX_TEXT, Sex))
_PHONE = _f(
    "phone", "联系电话", "手机", "手机号码", "手机号", "电话", "电话号码", is_text_number=True
)

MEMBER_TEMPLATE: tuple[TemplateField, ...] = (
    _NAME,
    _ID,
    _SEX,
    _f("ethnicity", "民族", choices=ETHNICITIES),
    _f("birth_date", "出生年月", "出生日期", "出生时间", to_cell=_date, is_date=True),
    _f(
        "education",
        "学历",
        "文化程度",
        "全日制学历",
        choices=tuple(EDUCATION_TEXT.values()),
        to_cell=_enum_text(EDUCATION_TEXT, Education),
    ),
    _f("joined_on", "入党时间", "入党日期", "入党年月", to_cell=_date, is_date=True),
    _f("full_member_on", "转正时间", "转正日期", "转正年月", to_cell=_date, is_date=True),
    _f(
        "standing",
        "党员身份",
        "正式/预备",
        "人员类别",
        "党员类型",
        choices=tuple(STANDING_TEXT.values()),
        to_cell=_enum_text(STANDING_TEXT, Standing),
    ),
    _f("branch", "所在支部", "支部", "所在党支部", "党支部", "所属支部", "所在党组织"),
    _f("categories", "党员分类", "党员类别", to_cell=_categories),
    _PHONE,
    _f("work_unit", "工作单位", "单位", "工作单位及职务"),
    _f("address", "家庭住址", "现居住地", "住址", "居住地址", "家庭地址", "现住址"),
)

RESIDENT_TEMPLATE: tuple[TemplateField, ...] = (
    _f("household_no", "户号", "户编号", "户籍编号", in_reader=False),
    _f(
        "head_id_number",
        "户主公民身份号码",
        "户主身份证号",
        "户主身份证号码",
        in_reader=False,
        is_text_number=True,
    ),
    _NAME,
    _f(
        "relation",
        "与户主关系",
        "户主关系",
        "关系",
        "与户主的关系",
        "户主",
        required=True,
        choices=tuple(RELATION_TEXT.values()),
        to_cell=_enum_text(RELATION_TEXT, Relation),
    ),
    _ID,
    _SEX,
    _f("birth_date", "出生日期", "出生年月", to_cell=_date, is_date=True),
    _PHONE,
    _f("address", "家庭住址", "现居住地", "住址", "居住地址", "家庭地址", "现住址"),
    _f("grid", "村民小组", "组别", "所在组", "网格", "村民小组/网格", in_reader=False),
    _f("note", "备注", "说明", in_reader=False),
)

#: 民情台账 (core.importing.requests): a request's columns, then those its later steps fill.
REQUEST_TEMPLATE: tuple[TemplateField, ...] = (
    _f("number", "编号", "诉求编号", "台账编号", "受理编号"),
    replace(_f("received_at", "受理时间", "受理日期", "登记时间", "登记日期", "来访时间",
               "来访日期", "反映时间", "日期", "时间", required=True), is_moment=True),
    _f("channel", "来源", "来源渠道", "诉求来源", "渠道", "反映渠道", "受理渠道"),
    _f("ticket", "工单号", "转办单号", "工单编号"),
    _f("name", "诉求人", "反映人", "来访人", "诉求人姓名", "群众姓名", "姓名", "来访群众"),
    _f("phone", "联系电话", "电话", "手机", "手机号码", "联系方式", is_text_number=True),
    _f("kind", "诉求类型", "类型", "问题类型", "诉求性质", choices=choices(REQUEST_TYPE_TEXT)),
    _f("category", "分类", "问题分类", "诉求分类", "类别"),
    _f("urgency", "紧急程度", "缓急程度", choices=choices(URGENCY_TEXT)),
    _f("content", "诉求内容", "内容", "反映问题", "问题描述", "主要诉求", "内容摘要", "诉求事项",
       "反映内容", "具体诉求", required=True),
    _f("place", "地点", "发生地点", "问题地点"),
    _f("received_by", "受理人", "登记人", "接待人", "记录人"),
    _f("state", "状态", "办理状态"),
    _f("assignee", "责任人", "承办人", "办理人"),
    _f("due", "时限", "办理时限"),
    _f("outcome", "办理结果", "办理情况", "处理结果"),
    _f("follow_up", "回访情况", "回访结果"),
    _f("satisfaction", "满意度", "群众满意度", "是否满意"),
    _f("closed_on", "销号日期", "办结日期", "销号时间"),
)  # fmt: skip

#: Headers recognised and deliberately not imported (row numbers); never reported as unknown.
IGNORED_HEADERS: frozenset[str] = frozenset({"序号", "编号", "No", "No."})

EXAMPLE_ROWS: dict[str, dict[str, str]] = {
    "members": {
        "name": "张三",
        "id_number": "11010519491231002X",
        "sex": "女",
        "ethnicity": "汉族",
        "birth_date": "1949.12.31",
        "education": "高中",
        "joined_on": "1975.07",
        "full_member_on": "1976.07",
        "standing": "正式党员",
        "branch": "第一党支部",
        "categories": "老党员",
        "phone": "13800138000",
        "work_unit": "",
        "address": "一组12号",
    },
    "residents": {
        "household_no": "1",
        "head_id_number": "11010519491231002X",
        "name": "张三",
        "relation": "户主",
        "id_number": "11010519491231002X",
        "sex": "女",
        "birth_date": "1949.12.31",
        "phone": "13800138000",
        "address": "一组12号",
        "grid": "一组",
        "note": "",
    },
}

TEMPLATES: dict[str, tuple[TemplateField, ...]] = {
    "members": MEMBER_TEMPLATE,
    "residents": RESIDENT_TEMPLATE,
    "requests": REQUEST_TEMPLATE,
}


def template_field(kind: str, key: str) -> TemplateField:
    """The field ``key`` of the template ``kind`` (``members`` or ``residents``)."""
    for f in TEMPLATES[kind]:
        if f.key == key:
            return f
    raise KeyError(key)
