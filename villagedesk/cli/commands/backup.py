"""``villagedesk backup list|create|restore|save``: the station's backups."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from villagedesk.cli.output import OK, USAGE, err, out
from villagedesk.cli.parser import add_commands
from villagedesk.i18n import translate
from villagedesk.store import backup
from villagedesk.store.station_store import StationStore


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
        help=translate("Cli", "The backup's file name (as listed) or the path of a backup file."),
    )
    restore.set_defaults(func=run_restore)
    save = actions.add_parser(
        "save",
        help=translate("Cli", "Save a backup to another drive, such as a USB stick."),
        description=translate(
            "Cli",
            "Save a backup to another folder, such as a USB stick; the file is read back "
            "and checked.",
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
    safety = store.restore(found, now=datetime.now())
    out(translate("Cli", "Restored from {name}.").format(name=found.name))
    out(translate("Cli", "The data as it was before is kept in {path}").format(path=safety))
    return OK


def run_save(args: argparse.Namespace, store: StationStore) -> int:
    folder = Path(args.out).expanduser()
    try:
        written = backup.save_backup_to(store.db_path, folder, now=datetime.now())
    except OSError as e:
        err(
            translate("Cli", "Could not write to {path}: {error}").format(
                path=folder, error=e.strerror or e
            )
        )
        return USAGE
    out(translate("Cli", "Backup saved and checked: {path}").format(path=written))
    return OK
