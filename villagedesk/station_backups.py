"""A station's backup with its keys: what 备份到U盘 writes and what restoring one installs.

The database side is the store's (``store/backup.py``, ``store/sealed_backup.py``), the keys the
sync layer's (``sync/keystore.py``); this module is where the two meet, for the GUI's File menu.
It sits beside ``print_sources`` in the layers: above the store and sync, below the GUI and CLI.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from villagedesk.core.errors import DomainError
from villagedesk.core.progress import Progress
from villagedesk.core.text import Message
from villagedesk.store import backup, sealed_backup
from villagedesk.store.backup import BackupInfo
from villagedesk.store.sealed_backup import SealedBackup
from villagedesk.store.station_store import StationStore
from villagedesk.sync import keystore

__all__ = [
    "BackupInfo",
    "OpenedBackup",
    "Restored",
    "install_backup",
    "is_sealed_backup",
    "list_backups",
    "newest_good_backup",
    "open_backup",
    "save_to_drive",
]

is_sealed_backup = sealed_backup.is_sealed_backup


def list_backups(store: StationStore) -> list[BackupInfo]:
    """The backups in the data folder's backups/, newest first."""
    return backup.list_backups(store.backups_dir)


def newest_good_backup(store: StationStore) -> BackupInfo | None:
    return backup.newest_good_backup(store.backups_dir)


def identity_extras(data_dir: Path) -> tuple[dict[str, object], Message | None]:
    """The station's identity for the backup, or nothing and why (keys not usable here)."""
    try:
        return {sealed_backup.IDENTITY: keystore.export_identity(data_dir)}, None
    except DomainError as e:
        return {}, e.message


def save_to_drive(
    store: StationStore,
    data_dir: Path,
    folder: Path,
    *,
    passphrase: str,
    station_code: str,
    station_name: str,
    now: datetime,
    progress: Progress,
) -> tuple[Path, Message | None]:
    """Write an encrypted, verified backup with the station's keys into ``folder``; the written
    file, and why the keys are missing from it if they are."""
    extras, without_keys = identity_extras(data_dir)
    written = sealed_backup.save_sealed_backup(
        store.db_path,
        folder,
        passphrase=passphrase,
        extras=extras,
        station_code=station_code,
        station_name=station_name,
        now=now,
        work_dir=data_dir,
        progress=progress,
    )
    return written, without_keys


@dataclass
class OpenedBackup:
    """A decrypted USB backup waiting for the user's word, and whose keys it carries."""

    sealed: SealedBackup
    identity: object = field(repr=False)  # secret keys: never in a log line
    fingerprint: str | None
    current: str | None

    @property
    def station_name(self) -> str:
        return self.sealed.station_name

    @property
    def station_code(self) -> str:
        return self.sealed.station_code

    @property
    def changes_station(self) -> bool:
        """Restoring it replaces this station's keys with another station's."""
        return (
            self.fingerprint is not None
            and self.current is not None
            and self.fingerprint != self.current
        )

    def close(self) -> None:
        """Remove the decrypted copy (when the user says no)."""
        self.sealed.close()


@dataclass(frozen=True)
class Restored:
    safety: Path
    fingerprint: str | None
    keys_problem: Message | str | None


def open_backup(path: Path, passphrase: str, data_dir: Path, progress: Progress) -> OpenedBackup:
    """Decrypt and check ``path`` (a job): a DomainError for a wrong passphrase or a bad file."""
    sealed = sealed_backup.open_sealed_backup(
        path, passphrase=passphrase, work_dir=data_dir, progress=progress
    )
    try:
        try:
            backup.verify_backup(sealed.db_path)
        except DomainError as e:  # name the user's file, not the decrypted temp copy
            params = {**e.message.params, "path": str(path)}
            raise DomainError(dataclasses.replace(e.message, params=params)) from None
        identity = sealed.extras.get(sealed_backup.IDENTITY)
        fingerprint: str | None = None
        if identity is not None:
            try:
                fingerprint = keystore.identity_fingerprint(identity)
            except ValueError:
                raise sealed_backup.damaged(path) from None
        return OpenedBackup(sealed, identity, fingerprint, keystore.current_fingerprint(data_dir))
    except BaseException:
        sealed.close()
        raise


def install_backup(
    store: StationStore, data_dir: Path, opened: OpenedBackup, now: datetime
) -> Restored:
    """Restore the decrypted data, then install the keys it carries (a job); removes the copy."""
    try:
        safety = store.restore(opened.sealed.db_path, now=now)
    finally:
        opened.sealed.close()
    if opened.identity is None:
        return Restored(safety, None, None)
    try:
        installed = keystore.import_identity(data_dir, opened.identity)
    except DomainError as e:
        return Restored(safety, None, e.message)
    except (OSError, ValueError) as e:
        return Restored(safety, None, str(e))
    return Restored(safety, installed, None)
