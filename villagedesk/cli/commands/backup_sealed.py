"""Encrypted backups (``.vdsafe``) from the command line: ``backup save --out DIR`` and the
restore of an encrypted file named to ``backup restore``.

An encrypted backup carries the data and the station's keys. Its passphrase comes from
``VILLAGEDESK_BACKUP_PASSPHRASE`` (the command never asks). The keys inside become this
station's only after ``--accept FP`` when they differ from its own.
"""

from __future__ import annotations

import argparse
import os
from datetime import datetime
from pathlib import Path

from villagedesk import station_backups
from villagedesk.cli.output import ATTENTION, OK, USAGE, err, out, text, warn
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
from villagedesk.station_backups import OpenedBackup
from villagedesk.store.sealed_backup_errors import WrongPassphrase
from villagedesk.store.station_store import StationStore

PASSPHRASE_ENV = "VILLAGEDESK_BACKUP_PASSPHRASE"


def _passphrase(missing: str) -> str | None:
    """The passphrase from the environment; None (after saying ``missing``) when unset."""
    given = os.environ.get(PASSPHRASE_ENV, "")
    if not given:
        err(missing.format(name=PASSPHRASE_ENV, count=MIN_LENGTH))
        return None
    return given


def restore_sealed(args: argparse.Namespace, store: StationStore, found: Path) -> int:
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
    try:
        with ProgressBar(progress):
            opened = station_backups.open_backup(found, passphrase, data_dir, progress)
    except WrongPassphrase:
        raise
    except DomainError as e:  # a damaged file or keys, a database that fails its check
        err(text(e.message))
        return USAGE
    try:
        return _install(store, found, opened, accept)
    finally:
        opened.close()


def _install(store: StationStore, found: Path, opened: OpenedBackup, accept: str | None) -> int:
    """Restore the opened backup ``found`` once the keys it carries are agreed to."""
    fingerprint = opened.fingerprint
    if accept is not None and accept != fingerprint:
        err(
            translate(
                "Cli",
                "The fingerprint {given} is not the one of the keys in this backup ({fingerprint}). Nothing was changed.",
            ).format(given=accept, fingerprint=fingerprint or "-")
        )
        return USAGE
    if opened.changes_station and not accept:
        _show_other_station(opened)
        return ATTENTION
    restored = station_backups.install_backup(store, store.db_path.parent, opened, datetime.now())
    out(translate("Cli", "Restored from {name}.").format(name=found.name))
    out(
        translate("Cli", "The data as it was before is kept in {path}").format(path=restored.safety)
    )
    if restored.fingerprint is not None:
        out(
            translate(
                "Cli", "The station keys of the backup were installed (fingerprint {fingerprint})."
            ).format(fingerprint=restored.fingerprint)
        )
        return OK
    problem = restored.keys_problem
    if problem is None:
        err(translate("Cli", "The backup carries no station keys; this computer's keys were kept."))
        return OK
    err(
        translate(
            "Cli",
            "The data was restored, but the station keys of the backup could not be installed: {error}",
        ).format(error=problem if isinstance(problem, str) else text(problem))
    )
    return ATTENTION


def _show_other_station(opened: OpenedBackup) -> None:
    fingerprint, current = opened.fingerprint, opened.current
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
        with ProgressBar(progress):
            written, without_keys = station_backups.save_to_drive(
                store,
                data_dir,
                folder,
                passphrase=passphrase,
                station_code=station.code if station is not None else "",
                station_name=station.name if station is not None else "",
                now=datetime.now(),
                progress=progress,
            )
    except OSError as e:
        err(
            translate("Cli", "Could not write to {path}: {error}").format(
                path=folder, error=e.strerror or e
            )
        )
        return USAGE
    if without_keys is not None:
        warn(without_keys)
        err(translate("Cli", "The backup carries the data without the station keys."))
    out(translate("Cli", "Encrypted backup saved and checked: {path}").format(path=written))
    err(
        translate(
            "Cli",
            "Keep the passphrase safe: without it this backup cannot be restored.",
        )
    )
    return OK
