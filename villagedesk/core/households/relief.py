"""Relief categories (救助群体): a configurable list, attached to residents (many to many).

The station may add, rename and retire categories. A retired category is no longer offered,
but residents who carry it keep it, so the history reads true.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The eleven groups one county keeps (seed 000); the list a new station starts with. These are
#: data the station may rename, so they are stored in Chinese, not translated.
DEFAULT_RELIEF_CATEGORIES: tuple[str, ...] = (
    "贫困党员",
    "老党员",
    "贫困学生",
    "低保对象",
    "特困供养人员",
    "残疾人",
    "重病患者",
    "孤儿及事实无人抚养儿童",
    "留守儿童",
    "留守老人",
    "优抚对象",
)
MAX_CATEGORY_NAME = 30


@dataclass(frozen=True)
class ReliefCategory:
    id: int
    uuid: str
    name: str
    position: int
    retired: bool
    resident_count: int = 0
