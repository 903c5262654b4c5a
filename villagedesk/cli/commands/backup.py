"""``villagedesk backup list|create|restore|save``: the station's backups.

``save --out DIR`` writes an encrypted backup (``.vdsafe``) carrying the data and the station's
keys; its passphrase comes from ``VILLAGEDESK_BACKUP_PASSPHRASE`` (the command never asks).
``restore FILE`` takes a backup of the data folder (``.vdbak``, keys untouched) or an encrypted
one, whose keys become this station's only after ``--accept FP`` when they differ from its own.
The encrypted backups' side is in ``backup_sealed.py``.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from villagedesk.cli.commands.backup_sealed import restore_sealed, run_save
from villagedesk.cli.output import OK, USAGE, err, out, text
from villagedesk.cli.parser import Commands, add_commands
from villagedesk.core.backup_kinds import backup_label
from villagedesk.core.services import backups
from villagedesk.i18n import translate
from villagedesk.store import backup, sealed_backup
from villagedesk.store.station_store import StationStore


def register(commands: Commands) -> None:
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
    _add_restore(actions)
    _add_save(actions)


def _add_restore(actions: Commands) -> None:
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


def _add_save(actions: Commands) -> None:
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
    save.set_defaults(func=_run_save)


def kind_label(kind: str) -> str:
    return text(backup_label(kind))


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
    made = backups.back_up(
        store.uow_factory, lambda: store.backup_now(now), note=lambda path: path.name
    )
    backup.prune(store.backups_dir, now)
    out(translate("Cli", "Backup made: {path}").format(path=made))
    return OK


def _find(name: str, backups_dir: Path) -> Path | None:
    given = Path(name).expanduser()
    for candidate in (backups_dir / given.name, given):
        if candidate.is_file():
            return candidate
    return None


def _run_save(args: argparse.Namespace, store: StationStore) -> int:
    """A 管理员's work (BACKUP): anyone else is refused before the passphrase is read."""
    return backups.back_up(
        store.uow_factory, lambda: run_save(args, store), note=lambda code: _saved(code, args)
    )


def run_restore(args: argparse.Namespace, store: StationStore) -> int:
    """A 管理员's work (RESTORE): anyone else is refused before the backup is looked for."""
    return backups.restore(
        store.uow_factory,
        lambda: _restore(args, store),
        note=lambda code: Path(args.name).name if code == OK else None,
    )


def _saved(code: int, args: argparse.Namespace) -> str | None:
    """The log's note of a sealed backup: where it went (the folder's name), once written."""
    return f"sealed backup to {Path(args.out).name}" if code == OK else None


def _restore(args: argparse.Namespace, store: StationStore) -> int:
    found = _find(args.name, store.backups_dir)
    if found is None:
        err(
            translate("Cli", "No such backup: {name}. See: villagedesk backup list").format(
                name=args.name
            )
        )
        return USAGE
    if sealed_backup.is_sealed_backup(found):
        return restore_sealed(args, store, found)
    safety = store.restore(found, now=datetime.now())
    out(translate("Cli", "Restored from {name}.").format(name=found.name))
    out(translate("Cli", "The data as it was before is kept in {path}").format(path=safety))
    return OK
