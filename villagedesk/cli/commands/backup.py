"""``villagedesk backup list|create|restore|save``: the station's backups.

``save --out DIR`` writes an encrypted backup (``.vdsafe``) carrying the data and the station's
keys; its passphrase comes from ``VILLAGEDESK_BACKUP_PASSPHRASE`` (the command never asks).
``restore FILE`` takes a backup of the data folder (``.vdbak``, keys untouched) or an encrypted
one, whose keys become this station's only after ``--accept FP`` when they differ from its own.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from villagedesk.cli.output import ATTENTION, OK, USAGE, err, out, text, warn
from villagedesk.cli.parser import add_commands
from villagedesk.cli.progress_bar import ProgressBar
from villagedesk.core.errors import DomainError
from villagedesk.core.fingerprints import normalise_fingerprint
from villagedesk.core.passphrase import (
    MIN_LENGTH,
    Strength,
    passphrase_problem,
    strength,
    weak_warning,
)
from villagedesk.core.progress import Progress
from villagedesk.i18n import translate
from villagedesk.store import backup, sealed_backup
from villagedesk.store.sealed_backup import SealedBackup
from villagedesk.store.station_store import StationStore
from villagedesk.sync import keystore

PASSPHRASE_ENV = "VILLAGEDESK_BACKUP_PASSPHRASE"


def register(commands: Any) -> None:
    group = commands.add_parser(
        "backup",
        help=translate("Cli", "List, make, restore or save backups."),
        description=translate("Cli", "List, make, restore or save backups."),
    )
    actions = add_commands(group, required=True)
    actions.add_parser(
        "list",
        help=translate("Cli", "List the backups, newest first."),
        description=translate("Cli", "List the backups, newest first."),
    ).set_defaults(func=run_list)
    actions.add_parser(
        "create",
        help=translate("Cli", "Make a backup now."),
        description=translate("Cli", "Make a backup now."),
    ).set_defaults(func=run_create)
    restore = actions.add_parser(
        "restore",
        help=translate("Cli", "Restore a backup."),
        description=translate(
            "Cli", "Replace the station's data with a backup. The current data is backed up first."
        ),
    )
    restore.add_argument(
        "name",
        metavar="NAME",
        help=translate(
            "Cli",
            "The backup's file name (as listed) or the path of a backup file (.vdbak, or an "
            "encrypted .vdsafe whose passphrase is in VILLAGEDESK_BACKUP_PASSPHRASE).",
        ),
    )
    restore.add_argument(
        "--accept",
        metavar="FINGERPRINT",
        help=translate(
            "Cli",
            "Restore an encrypted backup whose station keys differ from this station's: the "
            "backup's key fingerprint, as the refused attempt showed it.",
        ),
    )
    restore.set_defaults(func=run_restore)
    save = actions.add_parser(
        "save",
        help=translate("Cli", "Save an encrypted backup to another drive, such as a USB stick."),
        description=translate(
            "Cli",
            "Save an encrypted backup (data and station keys) to another folder, such as a USB "
            "stick; the file is read back and checked. The passphrase (at least 8 characters) "
            "is read from the environment variable VILLAGEDESK_BACKUP_PASSPHRASE; without it the "
            "backup cannot be restored.",
        ),
    )
    save.add_argument(
        "--out",
        required=True,
        metavar="DIR",
        help=translate("Cli", "The folder to save the backup in."),
    )
    save.set_defaults(func=run_save)


def kind_label(kind: str) -> str:
    labels = {
        "daily": translate("Cli", "daily"),
        "manual": translate("Cli", "manual"),
        "pre-migration": translate("Cli", "before upgrade"),
        "pre-restore": translate("Cli", "before restore"),
        "pre-import": translate("Cli", "before import"),
    }
    return labels.get(kind, kind)


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def run_list(args: argparse.Namespace, store: StationStore) -> int:
    del args
    infos = backup.list_backups(store.backups_dir)
    if not infos:
        err(translate("Cli", "There are no backups yet."))
    for info in infos:
        out(
            "\t".join(
                (
                    info.path.name,
                    f"{info.timestamp:%Y-%m-%d %H:%M:%S}",
                    kind_label(info.kind),
                    _size(info.size),
                )
            )
        )
    return OK


def run_create(args: argparse.Namespace, store: StationStore) -> int:
    del args
    now = datetime.now()
    made = store.backup_now(now)
    backup.prune(store.backups_dir, now)
    out(translate("Cli", "Backup made: {path}").format(path=made))
    return OK


def _find(name: str, backups_dir: Path) -> Path | None:
    given = Path(name).expanduser()
    for candidate in (backups_dir / given.name, given):
        if candidate.is_file():
            return candidate
    return None


def run_restore(args: argparse.Namespace, store: StationStore) -> int:
    found = _find(args.name, store.backups_dir)
    if found is None:
        err(
            translate("Cli", "No such backup: {name}. See: villagedesk backup list").format(
                name=args.name
            )
        )
        return USAGE
    if sealed_backup.is_sealed_backup(found):
        return _restore_sealed(args, store, found)
    safety = store.restore(found, now=datetime.now())
    out(translate("Cli", "Restored from {name}.").format(name=found.name))
    out(translate("Cli", "The data as it was before is kept in {path}").format(path=safety))
    return OK


def _passphrase(missing: str) -> str | None:
    """The passphrase from the environment; None (after saying ``missing``) when unset."""
    given = os.environ.get(PASSPHRASE_ENV, "")
    if not given:
        err(missing.format(name=PASSPHRASE_ENV, count=MIN_LENGTH))
        return None
    return given


def _restore_sealed(args: argparse.Namespace, store: StationStore, found: Path) -> int:
    passphrase = _passphrase(
        translate(
            "Cli",
            "This backup is encrypted: give its passphrase in the environment variable {name}. Nothing was changed.",
        )
    )
    if passphrase is None:
        return USAGE
    accept: str | None = None
    if args.accept is not None:
        accept = normalise_fingerprint(args.accept)
        if accept is None:
            err(
                translate("Cli", "Not a key fingerprint: {text}. Nothing was changed.").format(
                    text=args.accept
                )
            )
            return USAGE
    data_dir = store.db_path.parent
    progress = Progress()
    with ProgressBar(progress):
        opened = sealed_backup.open_sealed_backup(
            found, passphrase=passphrase, work_dir=data_dir, progress=progress
        )
    with opened:
        return _install(args, store, found, opened, accept)


def _install(
    args: argparse.Namespace,
    store: StationStore,
    found: Path,
    opened: SealedBackup,
    accept: str | None,
) -> int:
    del args
    data_dir = store.db_path.parent
    try:
        backup.verify_backup(opened.db_path)
    except DomainError as e:  # name the user's file, not the decrypted temp copy
        params = {**e.message.params, "path": str(found)}
        err(text(dataclasses.replace(e.message, params=params)))
        return USAGE
    identity = opened.extras.get(sealed_backup.IDENTITY)
    fingerprint: str | None = None
    if identity is not None:
        try:
            fingerprint = keystore.identity_fingerprint(identity)
        except ValueError:
            err(
                translate(
                    "Cli",
                    "The station keys inside the backup {name} are damaged. Nothing was changed.",
                ).format(name=found.name)
            )
            return USAGE
    if accept is not None and accept != fingerprint:
        err(
            translate(
                "Cli",
                "The fingerprint {given} is not the one of the keys in this backup ({fingerprint}). Nothing was changed.",
            ).format(given=accept, fingerprint=fingerprint or "-")
        )
        return USAGE
    current = keystore.current_fingerprint(data_dir)
    if fingerprint is not None and current is not None and fingerprint != current and not accept:
        _show_other_station(opened, fingerprint, current)
        return ATTENTION
    safety = store.restore(opened.db_path, now=datetime.now())
    out(translate("Cli", "Restored from {name}.").format(name=found.name))
    out(translate("Cli", "The data as it was before is kept in {path}").format(path=safety))
    if identity is None:
        err(translate("Cli", "The backup carries no station keys; this computer's keys were kept."))
        return OK
    try:
        installed = keystore.import_identity(data_dir, identity)
    except (OSError, ValueError, DomainError) as e:
        reason = text(e.message) if isinstance(e, DomainError) else str(e)
        err(
            translate(
                "Cli",
                "The data was restored, but the station keys of the backup could not be installed: {error}",
            ).format(error=reason)
        )
        return ATTENTION
    out(
        translate(
            "Cli", "The station keys of the backup were installed (fingerprint {fingerprint})."
        ).format(fingerprint=installed)
    )
    return OK


def _show_other_station(opened: SealedBackup, fingerprint: str, current: str) -> None:
    out(
        translate(
            "Cli",
            "This backup belongs to the station {name} ({code}), key fingerprint {fingerprint}.",
        ).format(name=opened.station_name, code=opened.station_code, fingerprint=fingerprint)
    )
    out(
        translate("Cli", "This station's key fingerprint: {fingerprint}").format(
            fingerprint=current
        )
    )
    out(
        translate(
            "Cli",
            "Restoring it makes this computer that station: its keys replace this station's, and the township then takes this computer's packages as that station's. Nothing was changed.",
        )
    )
    out(
        translate(
            "Cli",
            "If that is what you want, compare the fingerprint with the station's, then run again with: --accept {fingerprint}",
        ).format(fingerprint=fingerprint)
    )


def _extras(data_dir: Path) -> dict[str, Any]:
    """What the backup carries besides the data: the station's identity, when it can be opened."""
    try:
        return {sealed_backup.IDENTITY: keystore.export_identity(data_dir)}
    except DomainError as e:
        warn(e.message)
        err(translate("Cli", "The backup carries the data without the station keys."))
        return {}


def run_save(args: argparse.Namespace, store: StationStore) -> int:
    folder = Path(args.out).expanduser()
    passphrase = _passphrase(
        translate(
            "Cli",
            "Give the backup's passphrase (at least {count} characters) in the environment variable {name}. Nothing was written.",
        )
    )
    if passphrase is None:
        return USAGE
    problem = passphrase_problem(passphrase)
    if problem is not None:
        err(translate("Cli", "{message} Nothing was written.").format(message=text(problem)))
        return USAGE
    if strength(passphrase) <= Strength.WEAK:
        warn(weak_warning())
    station = store.read_station()
    data_dir = store.db_path.parent
    progress = Progress()
    try:
        extras = _extras(data_dir)
        with ProgressBar(progress):
            written = sealed_backup.save_sealed_backup(
                store.db_path,
                folder,
                passphrase=passphrase,
                extras=extras,
                station_code=station.code if station is not None else "",
                station_name=station.name if station is not None else "",
                now=datetime.now(),
                work_dir=data_dir,
                progress=progress,
            )
    except OSError as e:
        err(
            translate("Cli", "Could not write to {path}: {error}").format(
                path=folder, error=e.strerror or e
            )
        )
        return USAGE
    out(translate("Cli", "Encrypted backup saved and checked: {path}").format(path=written))
    err(
        translate(
            "Cli",
            "Keep the passphrase safe: without it this backup cannot be restored.",
        )
    )
    return OK
