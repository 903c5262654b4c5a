"""Why a sync file is refused: :class:`SyncRefused` with a reason code and a translatable message.

Every refusal names what is wrong in words a secretary understands. ``reason`` is a stable code
for programs and tests (never branch on the message). Reasons:

``not_a_package``  the file is not a VillageDesk sync file (or an enrolment file) at all;
``unsupported``    a sync file of a format version this program does not read;
``corrupt``        a flipped byte: signature, header or payload hash do not match;
``truncated``      the file is shorter than its signed header says (cut off while copying);
``wrong_recipient`` addressed to another station's key;
``unknown_sender`` a sender whose key has not been accepted yet (raised by the trust callback);
``key_changed``    a known sender, a different key (raised by the trust callback);
``malformed``      authentic and decrypted, but the contents break the format;
``hostile_name``   an archive entry name outside ``records/<type>.jsonl`` / ``receipt.json``;
``too_large``      contents that would inflate beyond the bounds;
``wrong_kind``     a receipt where a package is expected, or the other way round.

The trust callback given to ``open_container`` raises ``unknown_sender(...)`` or
``key_changed(...)`` from here, so both ends show the same words.
"""

from __future__ import annotations

from typing import Literal

from villagedesk.core.errors import DomainError
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

Reason = Literal[
    "not_a_package",
    "unsupported",
    "corrupt",
    "truncated",
    "wrong_recipient",
    "unknown_sender",
    "key_changed",
    "malformed",
    "hostile_name",
    "too_large",
    "wrong_kind",
]

CTX = "SyncFile"


class SyncRefused(DomainError):
    """A sync file was refused before anything of it was used. ``reason`` is a :data:`Reason`."""

    def __init__(self, reason: Reason, message: Message) -> None:
        super().__init__(message)
        self.reason: Reason = reason


def kind_label(kind: str) -> Message:
    """The translatable name of a container kind ("package" / "receipt")."""
    if kind == "receipt":
        return msg(CTX, QT_TRANSLATE_NOOP("SyncFile", "receipt"))
    if kind == "package":
        return msg(CTX, QT_TRANSLATE_NOOP("SyncFile", "data package"))
    return msg(CTX, QT_TRANSLATE_NOOP("SyncFile", "unknown file"))


def not_a_package() -> SyncRefused:
    return SyncRefused(
        "not_a_package",
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "SyncFile", "This file is not a VillageDesk data package or receipt."
            ),
        ),
    )


def not_an_enrolment() -> SyncRefused:
    return SyncRefused(
        "not_a_package",
        msg(CTX, QT_TRANSLATE_NOOP("SyncFile", "This file is not a VillageDesk enrolment file.")),
    )


def unsupported(version: int) -> SyncRefused:
    return SyncRefused(
        "unsupported",
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "SyncFile",
                "This file uses format version {version}, which this version of VillageDesk cannot read. Update VillageDesk.",
            ),
            version=version,
        ),
    )


def corrupt() -> SyncRefused:
    return SyncRefused(
        "corrupt",
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "SyncFile",
                "The file is damaged or has been altered: its contents do not match its signature. Copy it again from the original.",
            ),
        ),
    )


def truncated() -> SyncRefused:
    return SyncRefused(
        "truncated",
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "SyncFile",
                "The file is incomplete: it was cut off, perhaps when the USB stick was pulled out while copying. Copy it again from the original.",
            ),
        ),
    )


def wrong_recipient(*, addressed_to: str, mine: str) -> SyncRefused:
    return SyncRefused(
        "wrong_recipient",
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "SyncFile",
                "This file is addressed to another station (key fingerprint {addressed_to}); this station's fingerprint is {mine}.",
            ),
            addressed_to=addressed_to,
            mine=mine,
        ),
    )


def unknown_sender(*, code: str, name: str, fingerprint: str) -> SyncRefused:
    """For trust callbacks: the sender's key has not been accepted yet."""
    return SyncRefused(
        "unknown_sender",
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "SyncFile",
                "{name} ({code}) is not yet accepted at this station. Compare its key fingerprint {fingerprint} with the one on the cover sheet, then accept it.",
            ),
            code=code,
            name=name,
            fingerprint=fingerprint,
        ),
    )


def key_changed(*, code: str, name: str, fingerprint: str, known: str) -> SyncRefused:
    """For trust callbacks: a known sender signed with a key other than the accepted one."""
    return SyncRefused(
        "key_changed",
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "SyncFile",
                "{name} ({code}) signed this file with a different key (fingerprint {fingerprint}) from the accepted one ({known}). It is refused until the new key is accepted.",
            ),
            code=code,
            name=name,
            fingerprint=fingerprint,
            known=known,
        ),
    )


def malformed(detail: Message) -> SyncRefused:
    return SyncRefused(
        "malformed",
        msg(
            CTX,
            QT_TRANSLATE_NOOP("SyncFile", "The contents of the file are not valid: {detail}"),
            detail=detail,
        ),
    )


def hostile_name(name: str) -> SyncRefused:
    return SyncRefused(
        "hostile_name",
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "SyncFile",
                "The file contains an entry with a forbidden name ({name}); it is refused.",
            ),
            name=name,
        ),
    )


def too_large() -> SyncRefused:
    return SyncRefused(
        "too_large",
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "SyncFile",
                "The contents of the file would unpack to more than the safe size; it is refused.",
            ),
        ),
    )


def wrong_kind(*, found: str, expected: str) -> SyncRefused:
    return SyncRefused(
        "wrong_kind",
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "SyncFile", "This file is a {found}, but a {expected} is expected here."
            ),
            found=kind_label(found),
            expected=kind_label(expected),
        ),
    )


# Details for malformed(...).
def detail_bad_archive() -> Message:
    return msg(CTX, QT_TRANSLATE_NOOP("SyncFile", "the archive inside is damaged."))


def detail_bad_json(name: str, line: int) -> Message:
    return msg(
        CTX,
        QT_TRANSLATE_NOOP("SyncFile", "line {line} of {name} is not a valid record."),
        name=name,
        line=line,
    )


def detail_counts() -> Message:
    return msg(
        CTX, QT_TRANSLATE_NOOP("SyncFile", "the record counts do not match the signed manifest.")
    )


def detail_missing(name: str) -> Message:
    return msg(CTX, QT_TRANSLATE_NOOP("SyncFile", "{name} is missing."), name=name)
