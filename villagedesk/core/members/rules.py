"""The rules a member record must satisfy, checked field by field so that every problem is
reported at once. Used by the form, the CLI, importers and the sync import alike."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date

from villagedesk.core.dates import PartialDate, add_years
from villagedesk.core.education import parse_education
from villagedesk.core.errors import DomainError
from villagedesk.core.ethnicity import normalize_ethnicity
from villagedesk.core.id_number import IdNumberInfo
from villagedesk.core.members.model import Category, Education, MemberDraft, MemberValues, Standing
from villagedesk.core.person_rules import (
    MAX_NAME,
    check_name,
    check_optional_phone,
    check_person_id,
)
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Member"
__all__ = ["MAX_NAME", "CheckedFields", "check_member_fields", "default_standing"]
MAX_TEXT = 200


@dataclass(frozen=True)
class CheckedFields:
    """The draft's fields, each parsed, or the messages explaining why not."""

    name: str
    id_info: IdNumberInfo | None
    ethnicity: str
    education: Education | None
    phone: str
    joined_on: PartialDate | None
    full_member_on: PartialDate | None
    standing: Standing
    work_unit: str
    address: str
    errors: dict[str, list[Message]]
    warnings: list[Message]

    def member_values(
        self, *, branch_id: int | None, categories: frozenset[Category]
    ) -> MemberValues:
        """The values to store, once :attr:`errors` is empty (the ID number was valid)."""
        assert self.id_info is not None
        return MemberValues(
            name=self.name,
            id_number=self.id_info.number,
            sex=self.id_info.sex,
            birth_date=self.id_info.birth_date,
            ethnicity=self.ethnicity,
            education=self.education,
            phone=self.phone,
            joined_on=self.joined_on,
            full_member_on=self.full_member_on,
            standing=self.standing,
            branch_id=branch_id,
            work_unit=self.work_unit,
            address=self.address,
            categories=categories,
        )


def default_standing(
    joined_on: PartialDate | None, full_member_on: PartialDate | None, today: date
) -> Standing:
    """正式 when a full-member date is known or the member joined more than a year ago."""
    if full_member_on is not None or joined_on is None:
        return Standing.FULL
    return Standing.FULL if joined_on.is_before(add_years(today, -1)) else Standing.PROBATIONARY


@functools.lru_cache(maxsize=4096)
def _parse(text: str) -> PartialDate:
    """PartialDate.parse, remembered: a pure function of the text (imports repeat dates)."""
    return PartialDate.parse(text)


def _parse_date(
    text: str, field: str, errors: dict[str, list[Message]], today: date
) -> PartialDate | None:
    if not text.strip():
        return None
    try:
        value = _parse(text)
    except ValueError:
        errors.setdefault(field, []).append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Member",
                    "Not a date. Write it like 1985.07.12, or 1985.07 if only the month is known.",
                ),
            )
        )
        return None
    if value.is_after(today):
        errors.setdefault(field, []).append(
            msg(CTX, QT_TRANSLATE_NOOP("Member", "The date is in the future."))
        )
        return None
    return value


def _check_ethnicity(text: str, errors: dict[str, list[Message]]) -> str:
    if not text.strip():
        return ""
    found = normalize_ethnicity(text)
    if found is None:
        errors["ethnicity"] = [
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Member", "Unknown ethnic group: {value}"),
                value=text.strip(),
            )
        ]
        return ""
    return found


def _check_education(text: str, errors: dict[str, list[Message]]) -> Education | None:
    if not text.strip():
        return None
    try:
        return Education(text.strip())
    except ValueError:
        try:
            return parse_education(text)
        except DomainError as e:
            errors["education"] = [e.message]
            return None


def _check_party_dates(
    draft: MemberDraft,
    info: IdNumberInfo | None,
    errors: dict[str, list[Message]],
    today: date,
) -> tuple[PartialDate | None, PartialDate | None]:
    """The join and full-member dates, each a date of the past, in order, after the 18th
    birthday; a full-member date needs the join date."""
    joined_on = _parse_date(draft.joined_on, "joined_on", errors, today)
    full_member_on = _parse_date(draft.full_member_on, "full_member_on", errors, today)
    if info is not None and joined_on is not None:
        adult = add_years(info.birth_date, 18)
        if joined_on.is_before(adult):
            errors.setdefault("joined_on", []).append(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Member", "The join date must come after the 18th birthday ({date})."
                    ),
                    date=PartialDate.of(adult).display(),
                )
            )
    if (
        joined_on is not None
        and full_member_on is not None
        and not full_member_on.is_after(joined_on)
    ):
        errors.setdefault("full_member_on", []).append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Member", "The full-member date must come after the join date."),
            )
        )
    if full_member_on is not None and joined_on is None and "joined_on" not in errors:
        errors.setdefault("joined_on", []).append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Member", "Enter the join date as well, since the full-member date is known."
                ),
            )
        )
    return joined_on, full_member_on


def _check_standing(
    text: str,
    joined_on: PartialDate | None,
    full_member_on: PartialDate | None,
    errors: dict[str, list[Message]],
    today: date,
) -> Standing:
    """The standing typed, else the one the dates give; a probationary member has no
    full-member date."""
    if text.strip():
        try:
            standing = Standing(text.strip())
        except ValueError:
            standing = Standing.FULL
            errors["standing"] = [
                msg(CTX, QT_TRANSLATE_NOOP("Member", "Choose full or probationary."))
            ]
    else:
        standing = default_standing(joined_on, full_member_on, today)
    if standing is Standing.PROBATIONARY and full_member_on is not None:
        errors.setdefault("standing", []).append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Member", "A probationary member has no full-member date yet."),
            )
        )
    return standing


def _check_text(value: str, key: str, errors: dict[str, list[Message]]) -> str:
    clean = " ".join(value.split())
    if len(clean) > MAX_TEXT:
        errors[key] = [msg(CTX, QT_TRANSLATE_NOOP("Member", "The text is too long."))]
    return clean


def check_member_fields(draft: MemberDraft, *, today: date) -> CheckedFields:
    """Check everything that needs no database: formats, derivations and date order."""
    errors: dict[str, list[Message]] = {}
    warnings: list[Message] = []
    name = check_name(draft.name, errors)
    info = check_person_id(draft.id_number, errors, warnings, today=today)
    ethnicity = _check_ethnicity(draft.ethnicity, errors)
    education = _check_education(draft.education, errors)
    phone = check_optional_phone(draft.phone, errors)
    joined_on, full_member_on = _check_party_dates(draft, info, errors, today)
    standing = _check_standing(draft.standing, joined_on, full_member_on, errors, today)
    return CheckedFields(
        name=name,
        id_info=info,
        ethnicity=ethnicity,
        education=education,
        phone=phone,
        joined_on=joined_on,
        full_member_on=full_member_on,
        standing=standing,
        work_unit=_check_text(draft.work_unit, "work_unit", errors),
        address=_check_text(draft.address, "address", errors),
        errors=errors,
        warnings=warnings,
    )
