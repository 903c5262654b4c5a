"""Which register shows a record type: syncable table name → its RegisterSpec, and the headers
of a record's fields (the import preview lists changed fields by these, not by column names)."""

from __future__ import annotations

from collections.abc import Iterable

from villagedesk.core.columns import RegisterSpec
from villagedesk.core.disputes.register import DISPUTE_REGISTER
from villagedesk.core.households.register import HOUSEHOLD_REGISTER, RESIDENT_REGISTER
from villagedesk.core.in_service.register import (
    ASSESSMENT_REGISTER,
    CLAIM_REGISTER,
    EXPECTED_REGISTER,
    POST_REGISTER,
    RECORD_REGISTER,
    REGISTRATION_REGISTER,
)
from villagedesk.core.members.register import MEMBER_REGISTER
from villagedesk.core.requests.register import REQUEST_REGISTER
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate

#: Record type (syncable table name) → the register that shows its records.
REGISTER_BY_TABLE: dict[str, RegisterSpec] = {
    "members": MEMBER_REGISTER,
    "households": HOUSEHOLD_REGISTER,
    "residents": RESIDENT_REGISTER,
    "expected_registrations": EXPECTED_REGISTER,
    "registrations": REGISTRATION_REGISTER,
    "service_posts": POST_REGISTER,
    "post_claims": CLAIM_REGISTER,
    "service_records": RECORD_REGISTER,
    "assessments": ASSESSMENT_REGISTER,
    "requests": REQUEST_REGISTER,
    "disputes": DISPUTE_REGISTER,
}

#: What the user calls each record type (syncable table), in the order the paper lists them.
#: A record type added later gets its name here; an unknown one shows its table name.
RECORD_TYPE_TITLES: dict[str, str] = {
    "members": QT_TRANSLATE_NOOP("RecordTypes", "Party members"),
    "branches": QT_TRANSLATE_NOOP("RecordTypes", "Party branches and groups"),
    "member_events": QT_TRANSLATE_NOOP("RecordTypes", "Membership changes"),
    "households": QT_TRANSLATE_NOOP("RecordTypes", "Households"),
    "residents": QT_TRANSLATE_NOOP("RecordTypes", "Residents"),
    "relief_categories": QT_TRANSLATE_NOOP("RecordTypes", "Relief categories"),
    "resident_relief": QT_TRANSLATE_NOOP("RecordTypes", "Residents' relief categories"),
    "household_links": QT_TRANSLATE_NOOP("RecordTypes", "Cadre links to households"),
    "expected_registrations": QT_TRANSLATE_NOOP("RecordTypes", "Expected registrations"),
    "registrations": QT_TRANSLATE_NOOP("RecordTypes", "Registrations"),
    "service_posts": QT_TRANSLATE_NOOP("RecordTypes", "Service posts"),
    "post_claims": QT_TRANSLATE_NOOP("RecordTypes", "Post claims"),
    "pledges": QT_TRANSLATE_NOOP("RecordTypes", "Pledges"),
    "service_records": QT_TRANSLATE_NOOP("RecordTypes", "Service records"),
    "assessments": QT_TRANSLATE_NOOP("RecordTypes", "Dual assessments"),
    "requests": QT_TRANSLATE_NOOP("RecordTypes", "Residents' requests"),
    "request_events": QT_TRANSLATE_NOOP("RecordTypes", "Handling records"),
    "request_attachments": QT_TRANSLATE_NOOP("RecordTypes", "Request attachments"),
    "disputes": QT_TRANSLATE_NOOP("RecordTypes", "Disputes"),
}


def record_type_title(record_type: str, translate: Translate) -> str:
    title = RECORD_TYPE_TITLES.get(record_type)
    return translate("RecordTypes", title) if title else record_type


def record_type_order(record_type: str) -> tuple[int, str]:
    """Known types in their declared order, then the others by name."""
    known = list(RECORD_TYPE_TITLES)
    return (known.index(record_type), "") if record_type in known else (len(known), record_type)


#: Stored fields no register shows as a column, with their own header (context "Columns"):
#: per record type, and (key "") for every type.
EXTRA_HEADERS: dict[str, dict[str, str]] = {
    "": {
        "voided_at": QT_TRANSLATE_NOOP("Columns", "Voided"),
        "void_reason": QT_TRANSLATE_NOOP("Columns", "Reason for voiding"),
        "campaign_year": QT_TRANSLATE_NOOP("Columns", "Campaign year"),
    },
    "branches": {
        "name": QT_TRANSLATE_NOOP("Columns", "Name"),
        "kind": QT_TRANSLATE_NOOP("Columns", "Kind"),
        "parent_id": QT_TRANSLATE_NOOP("Columns", "Parent organisation"),
        "grid": QT_TRANSLATE_NOOP("Columns", "Villager group / grid"),
        "secretary": QT_TRANSLATE_NOOP("Columns", "Secretary"),
        "note": QT_TRANSLATE_NOOP("Columns", "Note"),
    },
    "accounts": {
        "name": QT_TRANSLATE_NOOP("Columns", "Account name"),
        "role": QT_TRANSLATE_NOOP("Columns", "Role"),
        "password_hash": QT_TRANSLATE_NOOP("Columns", "Password"),
        "failed_attempts": QT_TRANSLATE_NOOP("Columns", "Wrong passwords in a row"),
        "locked_until": QT_TRANSLATE_NOOP("Columns", "Locked until"),
        "created_at": QT_TRANSLATE_NOOP("Columns", "Created"),
        "disabled": QT_TRANSLATE_NOOP("Columns", "Disabled"),
        "recovery_hash": QT_TRANSLATE_NOOP("Columns", "Recovery code"),
    },
    "member_events": {
        "change": QT_TRANSLATE_NOOP("Columns", "Roll change"),
        "effective_on": QT_TRANSLATE_NOOP("Columns", "Effective date"),
        "reason": QT_TRANSLATE_NOOP("Columns", "Reason for the change"),
    },
}

#: Fields derived from others (search helpers): never listed as changed on their own.
DERIVED = frozenset(
    {
        "name_pinyin",
        "name_initials",
        "sequence",
        "recorded_at",
        "requester_pinyin",
        "requester_initials",
    }
)


def field_header(record_type: str, field: str) -> str | None:
    """The English source header (context "Columns") of a stored field, or None if unknown.

    A foreign key ``branch_id`` shows under the column ``branch``."""
    spec = REGISTER_BY_TABLE.get(record_type)
    if spec is not None:
        for key in (field, field.removesuffix("_id")):
            if key in spec.keys:
                return spec.column(key).header
    return EXTRA_HEADERS.get(record_type, {}).get(field) or EXTRA_HEADERS[""].get(field)


def field_value_text(record_type: str, field: str, value: object, translate: Translate) -> str:
    """A stored value as its register shows it (女 for ``female``, 1985.07.12 for a date), where a
    register declares the field as a column; as it is otherwise, or when the column's format does
    not read it (a value the audit log redacted: 1985-**-**)."""
    if value is None:
        return ""
    spec = REGISTER_BY_TABLE.get(record_type)
    if spec is not None and field in spec.keys:
        try:
            return spec.column(field).format(value, translate)
        except (ValueError, TypeError):
            pass
    return str(value)


def field_labels(record_type: str, fields: Iterable[str], translate: Translate) -> list[str]:
    """The changed fields as the user reads them: translated headers, derived fields left out,
    the stored name when no register declares the field."""
    labels: list[str] = []
    for field in fields:
        if field in DERIVED:
            continue
        header = field_header(record_type, field)
        label = translate("Columns", header) if header else field
        if label not in labels:
            labels.append(label)
    return labels
