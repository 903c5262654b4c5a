"""The words a 民情台账 spreadsheet writes for a request's coded values, in both directions: the
export writes the first spelling of each, the import reads every spelling (and the codes).

Like the roster's headers and category names these are part of the file format, so they are
literal Chinese, not translated source strings: a file must read the same in any UI language.
"""

from __future__ import annotations

import unicodedata
from typing import TypeVar

from villagedesk.core.requests.model import RequestType, Urgency

E = TypeVar("E", RequestType, Urgency)

REQUEST_TYPE_TEXT: dict[RequestType, tuple[str, ...]] = {
    RequestType.CONSULTATION: ("咨询", "咨询类", "问询"),
    RequestType.HELP: ("求助", "求助类", "救助", "帮扶"),
    RequestType.COMPLAINT: ("投诉", "投诉类"),
    RequestType.REPORT: ("举报", "举报类"),
    RequestType.SUGGESTION: ("建议", "建议类", "意见建议", "意见"),
}
URGENCY_TEXT: dict[Urgency, tuple[str, ...]] = {
    Urgency.URGENT: ("紧急", "加急", "特急"),
    Urgency.NORMAL: ("一般", "普通", "常规"),
    Urgency.COMPLEX: ("复杂", "疑难", "疑难复杂"),
}
#: What a 诉求人 cell says for a request nobody put a name to.
ANONYMOUS_WORDS: frozenset[str] = frozenset({"匿名", "匿名群众", "无名", "不愿透露"})
ANONYMOUS_TEXT = "匿名"
#: The character a masked phone or ID number shows in place of its hidden digits.
MASK_CHARS = frozenset("*＊×xX")


def _key(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).lower()


def first_word(table: dict[E, tuple[str, ...]], value: E) -> str:
    """The spelling the export writes for ``value``."""
    return table[value][0]


def read_word(table: dict[E, tuple[str, ...]], text: str) -> E | None:
    """The value a cell names (any spelling, or the code); None when it names none."""
    key = _key(text)
    for value, spellings in table.items():
        if key == value.value or key in (_key(s) for s in spellings):
            return value
    return None


def choices(table: dict[E, tuple[str, ...]]) -> tuple[str, ...]:
    """The first spellings, for a drop-down list."""
    return tuple(s[0] for s in table.values())


def is_masked(text: str) -> bool:
    """A phone as a masked export shows it (138****5678): not a number that can be imported."""
    digits = sum(c.isdigit() for c in text)
    return any(c in "*＊" for c in text) and digits < 11
