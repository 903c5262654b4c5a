"""学历: reading the ways people write an education level into :class:`Education`."""

from __future__ import annotations

import unicodedata

from villagedesk.core.errors import DomainError
from villagedesk.core.members.model import Education
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

_SPELLINGS: dict[str, Education] = {
    **dict.fromkeys(
        ("研究生", "硕士", "博士", "硕士研究生", "博士研究生", "在职研究生"), Education.POSTGRADUATE
    ),
    **dict.fromkeys(("大学本科", "本科", "大学"), Education.BACHELOR),
    **dict.fromkeys(("大学专科", "大专", "专科", "高职"), Education.COLLEGE),
    **dict.fromkeys(
        ("中专", "中等专科", "中等专业", "中等专业学校", "中技", "技校", "职高"),
        Education.SECONDARY_VOCATIONAL,
    ),
    **dict.fromkeys(("高中", "普通高中"), Education.HIGH_SCHOOL),
    "初中": Education.JUNIOR_HIGH,
    **dict.fromkeys(("小学", "小学及以下", "小学以下", "文盲", "半文盲"), Education.PRIMARY),
}

# Words people write after the level: 高中文化, 大专学历, 初中毕业.
_SUFFIXES = ("文化程度", "学历", "文化", "毕业")


def parse_education(text: str) -> Education | None:
    """The education level meant by ``text`` (a Chinese spelling or an Education code).

    Empty text is None (not recorded); anything unrecognised raises DomainError.
    """
    s = "".join(unicodedata.normalize("NFKC", text).split())
    if not s:
        return None
    try:
        return Education(s.lower())
    except ValueError:
        pass
    for suffix in _SUFFIXES:
        if s.endswith(suffix) and len(s) > len(suffix):
            s = s.removesuffix(suffix)
            break
    found = _SPELLINGS.get(s)
    if found is None:
        raise DomainError(
            msg(
                "Education",
                QT_TRANSLATE_NOOP(
                    "Education",
                    "Unknown education level: {value}.",
                ),
                value=text.strip(),
            )
        )
    return found
