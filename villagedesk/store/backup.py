"""Backups of the station database: create, list, prune (7 daily, 4 weekly, 12 monthly), restore.

A backup is made with SQLite's online backup API into a temp file beside its target, flushed,
checked with ``integrity_check`` and renamed into place. Names end in ``.vdbak``, never ``.db``,
so nobody opens a backup by mistake. A restore copies the backup *into* the live database with
the same API (a transaction), never by copying files over it.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine

from villagedesk import fsutil
from villagedesk.core.backup_kinds import KINDS as KINDS  # re-exported for store callers
from villagedesk.core.backup_kinds import BackupKind as BackupKind
from villagedesk.core.errors import DomainError
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.store.engine import BUSY_TIMEOUT_MS, write_connection
from villagedesk.store.health import check_file, file_revision, file_tables
from villagedesk.store.schema import state_of
from villagedesk.store.syncable import ChangeCounter

SUFFIX = ".vdbak"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY, KEEP_OTHER = 7, 4, 12, 10

# The word a file name carries for each kind: the user sees these names in the backups folder,
# so they are Chinese. Names written by earlier releases carry the English kind and still parse.
FILE_WORDS: dict[BackupKind, str] = {
    "daily": "每日",
    "manual": "手动",
    "pre-migration": "升级前",
    "pre-restore": "恢复前",
    "pre-import": "导入前",
}
_KIND_OF_WORD: dict[str, BackupKind] = {
    **{kind: kind for kind in KINDS},
    **{word: kind for kind, word in FILE_WORDS.items()},
}
_NAME = re.compile(
    r"^villagedesk-(\d{8})-(\d{6})-("
    + "|".join(re.escape(word) for word in sorted(_KIND_OF_WORD, key=len, reverse=True))
    + r")(?:-(\d+))?\.vdbak$"
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    timestamp: datetime
    kind: BackupKind
    size: int


def _error(text: str, path: Path) -> DomainError:
    return DomainError(msg("Store", text, path=str(path)))


def copy_to_temp(source: Path, folder: Path, target_name: str) -> Path:
    """Backup API copy of the live ``source`` into a new temp file in ``folder``, flushed and
    checked with ``integrity_check``; the caller renames or removes it."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = fsutil.temp_file(folder, target_name)
    os.close(fd)
    try:
        src = sqlite3.connect(source, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # a standalone file, no -wal beside it
            finally:
                dst.close()
        finally:
            src.close()
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        problems = check_file(tmp)
        if problems:
            raise _error(
                QT_TRANSLATE_NOOP("Store", "The copy of the database failed its check: {path}"),
                source,
            )
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return tmp


def _copy_database(source: Path, target_dir: Path, final: Path) -> Path:
    """Backup API copy of ``source`` into a temp file in ``target_dir``, checked, then renamed."""
    tmp = copy_to_temp(source, target_dir, final.name)
    try:
        os.replace(tmp, final)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsutil.fsync_dir(target_dir)
    return final


def backup_name(now: datetime, kind: BackupKind, n: int = 0) -> str:
    extra = f"-{n}" if n else ""
    return f"villagedesk-{now:%Y%m%d-%H%M%S}-{FILE_WORDS[kind]}{extra}{SUFFIX}"


def _free_name(folder: Path, now: datetime, kind: BackupKind) -> Path:
    n = 0
    while (folder / backup_name(now, kind, n)).exists():
        n += 1
    return folder / backup_name(now, kind, n)


def create_backup(
    db_path: Path, backups_dir: Path, *, kind: BackupKind = "daily", now: datetime
) -> Path:
    """Back up the live database into ``backups_dir``; return the new file."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind: {kind}")
    backups_dir.mkdir(parents=True, exist_ok=True)
    return _copy_database(db_path, backups_dir, _free_name(backups_dir, now, kind))


def save_backup_to(db_path: Path, out_dir: Path, *, now: datetime) -> Path:
    """Write a plain (unencrypted) backup into another folder, then read it back and verify it.

    Only for folders on a disk as safe as the data folder: removable media get the encrypted
    backup of :func:`villagedesk.store.sealed_backup.save_sealed_backup`.
    """
    final = _copy_database(db_path, out_dir, _free_name(out_dir, now, "manual"))
    if check_file(final) or not {"station", "meta"} <= file_tables(final):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Store", "The backup written to {path} could not be read back. Try another drive."
            ),
            final,
        )
    return final


def parse_backup(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        stamp = datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    kind = _KIND_OF_WORD[match.group(3)]
    return BackupInfo(path=path, timestamp=stamp, kind=kind, size=size)


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """Backups in ``backups_dir``, newest first."""
    if not backups_dir.is_dir():
        return []
    found = [info for p in backups_dir.iterdir() if (info := parse_backup(p)) is not None]
    return sorted(found, key=lambda i: (i.timestamp, i.path.name), reverse=True)


def _keep_newest_per(
    infos: list[BackupInfo], period: Callable[[datetime], Hashable], count: int
) -> set[Path]:
    """From newest-first ``infos``: the newest backup of each of the ``count`` latest periods."""
    kept: set[Path] = set()
    seen: list[Hashable] = []
    for info in infos:
        key = period(info.timestamp)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.append(key)
        kept.add(info.path)
    return kept


def retained(infos: list[BackupInfo], now: datetime) -> set[Path]:
    """Which backups to keep: grandfather-father-son for daily ones, the newest 10 of the rest."""
    keep = {i.path for i in infos if i.timestamp > now}  # clock went back: touch nothing newer
    daily = [i for i in infos if i.kind == "daily" and i.timestamp <= now]
    keep |= _keep_newest_per(daily, lambda ts: ts.date(), KEEP_DAILY)
    keep |= _keep_newest_per(daily, lambda ts: ts.isocalendar()[:2], KEEP_WEEKLY)
    keep |= _keep_newest_per(daily, lambda ts: (ts.year, ts.month), KEEP_MONTHLY)
    for kind in KINDS[1:]:
        keep |= {i.path for i in [i for i in infos if i.kind == kind][:KEEP_OTHER]}
    return keep


def prune(backups_dir: Path, now: datetime) -> list[Path]:
    """Delete the backups the retention plan no longer keeps; return what was deleted."""
    infos = list_backups(backups_dir)
    keep = retained(infos, now)
    removed: list[Path] = []
    for info in infos:
        if info.path not in keep:
            with contextlib.suppress(OSError):
                info.path.unlink()
                removed.append(info.path)
    return removed


def daily_backup_due(backups_dir: Path, today: date) -> bool:
    """True when no daily backup was made today (or later, should the clock have gone back)."""
    return not any(
        i.kind == "daily" and i.timestamp.date() >= today for i in list_backups(backups_dir)
    )


def newest_good_backup(backups_dir: Path) -> BackupInfo | None:
    """The newest backup that passes ``quick_check``."""
    for info in list_backups(backups_dir):
        if not check_file(info.path, quick=True) and {"station", "meta"} <= file_tables(info.path):
            return info
    return None


def verify_backup(backup_file: Path) -> None:
    """Refuse a damaged file, a file that is not a VillageDesk database, or one from a newer
    program."""
    if check_file(backup_file):
        raise _error(
            QT_TRANSLATE_NOOP("Store", "The backup file is damaged and cannot be restored: {path}"),
            backup_file,
        )
    if not {"station", "meta", "alembic_version"} <= file_tables(backup_file):
        raise _error(
            QT_TRANSLATE_NOOP("Store", "This file is not a VillageDesk backup: {path}"), backup_file
        )
    revision = file_revision(backup_file)
    if state_of(revision) == "ahead":
        raise DomainError(
            msg(
                "Store",
                QT_TRANSLATE_NOOP(
                    "Store",
                    "This backup was written by a newer version of VillageDesk ({revision}). Install the newer version; nothing was changed.",
                ),
                revision=revision,
            )
        )


def restore_backup(
    engine: Engine,
    db_path: Path,
    backup_file: Path,
    backups_dir: Path,
    counters: ChangeCounter,
    *,
    now: datetime,
) -> Path:
    """Replace the live database's content with ``backup_file``; return the pre-restore backup.

    The caller migrates afterwards if the backup came from an older program.
    """
    verify_backup(backup_file)
    safety = create_backup(db_path, backups_dir, kind="pre-restore", now=now)
    engine.dispose()  # pooled connections would keep stale pages
    src = sqlite3.connect(f"file:{backup_file.as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    with write_connection(engine) as conn, conn.begin():
        counters.raise_to_high_water(conn)
    return safety
