"""The refusals of an encrypted backup (``.vdsafe``): not one, damaged, wrong passphrase, newer."""

from __future__ import annotations

from pathlib import Path

from villagedesk.core.errors import DomainError
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg


class NotSealedBackup(DomainError):
    """The file is not an encrypted VillageDesk backup."""


class BackupDamaged(DomainError):
    """The file is damaged, incomplete, extended or forged; nothing of it is used."""


class WrongPassphrase(DomainError):
    """The passphrase does not open this backup."""


def _error(cls: type[DomainError], text: str, path: Path) -> DomainError:
    return cls(msg("Store", text, path=str(path)))


def not_sealed(path: Path) -> DomainError:
    return _error(
        NotSealedBackup,
        QT_TRANSLATE_NOOP("Store", "This file is not an encrypted VillageDesk backup: {path}"),
        path,
    )


def damaged(path: Path) -> DomainError:
    """The refusal of a damaged, incomplete or forged backup file."""
    return _error(
        BackupDamaged,
        QT_TRANSLATE_NOOP(
            "Store",
            "The encrypted backup {path} is damaged or incomplete and cannot be restored; nothing was changed. Try another copy.",
        ),
        path,
    )


def wrong_passphrase(path: Path) -> DomainError:
    return _error(
        WrongPassphrase,
        QT_TRANSLATE_NOOP(
            "Store",
            "The passphrase is not correct for the backup {path}; nothing was changed. Check the passphrase (and the input method) and try again.",
        ),
        path,
    )


def newer(path: Path) -> DomainError:
    return _error(
        DomainError,
        QT_TRANSLATE_NOOP(
            "Store",
            "The encrypted backup {path} was written by a newer version of VillageDesk. Install the newer version; nothing was changed.",
        ),
        path,
    )


def unverified(path: Path) -> DomainError:
    return _error(
        DomainError,
        QT_TRANSLATE_NOOP(
            "Store", "The backup written to {path} could not be read back. Try another drive."
        ),
        path,
    )
