"""Party members (党员): the values a member record holds, and the draft a form or command supplies."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from villagedesk.core.dates import PartialDate
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.text import QT_TRANSLATE_NOOP


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"

    @property
    def label(self) -> str:
        return (
            QT_TRANSLATE_NOOP("Enum", "Male")
            if self is Sex.MALE
            else QT_TRANSLATE_NOOP("Enum", "Female")
        )


class Standing(StrEnum):
    """正式党员 / 预备党员."""

    FULL = "full"
    PROBATIONARY = "probationary"

    @property
    def label(self) -> str:
        if self is Standing.FULL:
            return QT_TRANSLATE_NOOP("Enum", "Full member")
        return QT_TRANSLATE_NOOP("Enum", "Probationary member")


class Category(StrEnum):
    """Categories a member may carry at once. ``bit`` is the stored flag."""

    IN_SERVICE = "in_service"
    MOBILE = "mobile"
    VETERAN = "veteran"
    IN_HARDSHIP = "in_hardship"
    RETIRED = "retired"

    @property
    def bit(self) -> int:
        return 1 << list(Category).index(self)

    @property
    def label(self) -> str:
        return _CATEGORY_LABELS[self]


_CATEGORY_LABELS = {
    Category.IN_SERVICE: QT_TRANSLATE_NOOP("Enum", "In-service member"),
    Category.MOBILE: QT_TRANSLATE_NOOP("Enum", "Mobile member"),
    Category.VETERAN: QT_TRANSLATE_NOOP("Enum", "Veteran member"),
    Category.IN_HARDSHIP: QT_TRANSLATE_NOOP("Enum", "Member in hardship"),
    Category.RETIRED: QT_TRANSLATE_NOOP("Enum", "Retired"),
}


#: What people write for each category in forms, commands and spreadsheets, besides its code.
CATEGORY_NAMES: dict[str, Category] = {
    "在职党员": Category.IN_SERVICE,
    "在职": Category.IN_SERVICE,
    "流动党员": Category.MOBILE,
    "流动": Category.MOBILE,
    "老党员": Category.VETERAN,
    "困难党员": Category.IN_HARDSHIP,
    "困难": Category.IN_HARDSHIP,
    "离退休": Category.RETIRED,
    "离退休党员": Category.RETIRED,
    "退休": Category.RETIRED,
}


def parse_category(text: str) -> Category | None:
    """The category meant by a code (in_service) or a Chinese name (在职党员); None if unknown."""
    s = "".join(unicodedata.normalize("NFKC", text).split())
    try:
        return Category(s.lower())
    except ValueError:
        return CATEGORY_NAMES.get(s)


def categories_to_mask(categories: Iterable[Category]) -> int:
    mask = 0
    for c in categories:
        mask |= c.bit
    return mask


def mask_to_categories(mask: int) -> frozenset[Category]:
    return frozenset(c for c in Category if mask & c.bit)


class Education(StrEnum):
    """学历, highest first."""

    POSTGRADUATE = "postgraduate"
    BACHELOR = "bachelor"
    COLLEGE = "college"
    SECONDARY_VOCATIONAL = "secondary_vocational"
    HIGH_SCHOOL = "high_school"
    JUNIOR_HIGH = "junior_high"
    PRIMARY = "primary"

    @property
    def label(self) -> str:
        return _EDUCATION_LABELS[self]


_EDUCATION_LABELS = {
    Education.POSTGRADUATE: QT_TRANSLATE_NOOP("Enum", "Postgraduate"),
    Education.BACHELOR: QT_TRANSLATE_NOOP("Enum", "Bachelor's degree"),
    Education.COLLEGE: QT_TRANSLATE_NOOP("Enum", "College (junior)"),
    Education.SECONDARY_VOCATIONAL: QT_TRANSLATE_NOOP("Enum", "Secondary vocational"),
    Education.HIGH_SCHOOL: QT_TRANSLATE_NOOP("Enum", "Senior high school"),
    Education.JUNIOR_HIGH: QT_TRANSLATE_NOOP("Enum", "Junior high school"),
    Education.PRIMARY: QT_TRANSLATE_NOOP("Enum", "Primary school or below"),
}


@dataclass(frozen=True)
class MemberDraft:
    """A member as typed into the form, the CLI or a spreadsheet row: text, not yet validated.

    ``standing`` and ``education`` hold enum codes or ``""``. ``branch_name`` is used when
    ``branch_id`` is None (the CLI and importers name branches; an unknown one is created).
    """

    name: str = ""
    id_number: str = ""
    ethnicity: str = ""
    education: str = ""
    phone: str = ""
    joined_on: str = ""
    full_member_on: str = ""
    standing: str = ""
    branch_id: int | None = None
    branch_name: str = ""
    work_unit: str = ""
    address: str = ""
    categories: frozenset[Category] = field(default_factory=frozenset)


@dataclass(frozen=True)
class MemberValues:
    """A validated member, ready to be written. Birth date and sex come from the ID number."""

    name: str
    id_number: str
    sex: Sex
    birth_date: date
    ethnicity: str
    education: Education | None
    phone: str
    joined_on: PartialDate | None
    full_member_on: PartialDate | None
    standing: Standing
    branch_id: int | None
    work_unit: str
    address: str
    categories: frozenset[Category]


@dataclass(frozen=True)
class Member:
    """A stored member, as read back (a plain value: never attached to the store)."""

    id: int
    uuid: str
    values: MemberValues
    roll_status: RollStatus
    voided: bool
    version: int
    created_at: str
    updated_at: str
    branch_name: str = ""
    station_code: str = ""
    """The station the record belongs to (at a township: the village it came from)."""

    @property
    def name(self) -> str:
        return self.values.name

    @property
    def id_number(self) -> str:
        return self.values.id_number

    def to_draft(self) -> MemberDraft:
        v = self.values
        return MemberDraft(
            name=v.name,
            id_number=v.id_number,
            ethnicity=v.ethnicity,
            education=v.education.value if v.education else "",
            phone=v.phone,
            joined_on=v.joined_on.display() if v.joined_on else "",
            full_member_on=v.full_member_on.display() if v.full_member_on else "",
            standing=v.standing.value,
            branch_id=v.branch_id,
            branch_name=self.branch_name,
            work_unit=v.work_unit,
            address=v.address,
            categories=v.categories,
        )
