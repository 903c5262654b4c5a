"""Enrolment at a village: whom the station trusts as its township, and how that may change.

The township's enrolment file is shown first (name, code, fingerprint) and trusted only when the
user confirms the fingerprint printed on the township's enrolment sheet. A station that trusts a
township refuses any other key, unless the trusted key signed the new file (a rotation) or the
user names the trusted key to replace. See docs/architecture.md, "Sync trust".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.errors import DomainError
from villagedesk.core.fingerprints import normalise_fingerprint
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.core.township.ports import (
    Enrolment,
    FileRefused,
    Peer,
    VillageCourier,
    VillageSyncUnitOfWork,
)
from villagedesk.core.township.village import CTX, village_station


class EnrolmentChange(StrEnum):
    """What importing an enrolment file would change about whom this station trusts."""

    NEW = "new"  # not enrolled yet
    SAME = "same"  # this township key is trusted already
    ROTATION = "rotation"  # the same township's new key, signed by the key trusted now
    DIFFERENT = "different"  # another township, or a new key nobody trusted vouches for


@dataclass(frozen=True)
class EnrolmentCheck:
    """An enrolment file, read and verified, beside the township trusted now."""

    enrolment: Enrolment
    current: Peer | None
    change: EnrolmentChange


class WrongFingerprint(DomainError):
    """The fingerprint typed to confirm a key is not the key's: nothing was written."""


def _change(current: Peer | None, enrolment: Enrolment) -> EnrolmentChange:
    if current is None:
        return EnrolmentChange.NEW
    if current.fingerprint == enrolment.fingerprint and current.code == enrolment.code:
        return EnrolmentChange.SAME
    if current.code == enrolment.code and enrolment.endorsed_by == current.fingerprint:
        return EnrolmentChange.ROTATION
    return EnrolmentChange.DIFFERENT


@service(Action.SYNC, label=QT_TRANSLATE_NOOP("Services", "Check an enrolment file"))
def check_enrolment(
    uow: VillageSyncUnitOfWork, *, courier: VillageCourier, path: str
) -> EnrolmentCheck:
    """Read an enrolment file (signature checked) and say what enrolling would change."""
    enrolment = courier.read_enrolment(path)
    with uow.for_reading():
        village_station(uow)
        current = uow.village_sync.township()
    return EnrolmentCheck(enrolment, current, _change(current, enrolment))


def _township_changed(check: EnrolmentCheck) -> FileRefused:
    current = check.current
    assert current is not None
    return FileRefused(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Sync",
                "This station already trusts the township {name} ({code}), key fingerprint {known}. The file comes from {new_name} ({new_code}) with another key, fingerprint {fingerprint}, and the trusted key did not sign it. Nothing was changed. If the township really has a new key, ask it for a file signed by its old key; to replace the township anyway, confirm with --replace-township {known}.",
            ),
            name=current.name,
            code=current.code,
            known=current.fingerprint,
            new_name=check.enrolment.name,
            new_code=check.enrolment.code,
            fingerprint=check.enrolment.fingerprint,
        ),
        reason="township_changed",
    )


@service(Action.SYNC, label=QT_TRANSLATE_NOOP("Services", "Enrol with the township"))
def enrol(
    uow: VillageSyncUnitOfWork,
    *,
    courier: VillageCourier,
    path: str,
    now: str,
    accept: str,
    replace_township: str | None = None,
) -> Peer:
    """Trust the township of an enrolment file, once its fingerprint was compared and typed.

    ``accept`` must be the file's key fingerprint. A station that trusts another township (or
    another key of it that did not sign the file) is refused, unless ``replace_township`` names
    the fingerprint trusted now. A new township starts from nothing: the next package is full.
    """
    check = check_enrolment(uow, courier=courier, path=path)
    typed = normalise_fingerprint(accept or "")
    if typed != check.enrolment.fingerprint:
        raise WrongFingerprint(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "The fingerprint {typed} is not the one of this enrolment file ({fingerprint}). Nothing was changed.",
                ),
                typed=accept,
                fingerprint=check.enrolment.fingerprint,
            )
        )
    if check.change is EnrolmentChange.DIFFERENT:
        assert check.current is not None
        if normalise_fingerprint(replace_township or "") != check.current.fingerprint:
            raise _township_changed(check)
    with uow:
        village_station(uow)
        if uow.village_sync.township() != check.current:
            raise DomainError(
                msg(CTX, QT_TRANSLATE_NOOP("Sync", "The enrolment changed meanwhile; try again."))
            )
        keep = check.change in (EnrolmentChange.SAME, EnrolmentChange.ROTATION)
        uow.village_sync.enrol(check.enrolment, at=now, keep_confirmed=keep)
        peer = uow.village_sync.township()
        uow.commit()
    assert peer is not None
    return peer
