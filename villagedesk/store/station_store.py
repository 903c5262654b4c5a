"""Opening the station's data folder: lock, engine, migrations, counters, unit-of-work factory.

Opening a database that is already current is cheap (no alembic import). The start-up
``quick_check`` and the daily backup run afterwards, as jobs after the first paint.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from villagedesk import fsutil
from villagedesk.core.station import Station
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.datadir import BACKUP_DIR, COUNTERS_NAME, DB_NAME
from villagedesk.store import backup, health, schema
from villagedesk.store.engine import create_station_engine
from villagedesk.store.lock import StationLock
from villagedesk.store.members.reader import SqlMemberReader
from villagedesk.store.repositories import read_station
from villagedesk.store.syncable import ChangeCounter
from villagedesk.store.uow import SqlUnitOfWorkFactory

CHECKING = msg(
    "Store",
    QT_TRANSLATE_NOOP("Store", "The database is being checked. Please try again in a moment."),
)
READ_ONLY = msg(
    "Store",
    QT_TRANSLATE_NOOP(
        "Store",
        "The database failed its check and is open read-only. Restore a backup to continue.",
    ),
)


@dataclass
class StationStore:
    engine: Engine
    db_path: Path
    backups_dir: Path
    uow_factory: SqlUnitOfWorkFactory
    member_reader: SqlMemberReader
    counters: ChangeCounter
    lock: StationLock
    problems: list[str] = field(default_factory=list)
    swept_temp_files: int = 0  # leftovers of killed runs removed when the store was opened

    def check(self) -> list[str]:
        """Quick-check the database: release writes when sound, hold them read-only if not."""
        self.problems = health.quick_check(self.engine)
        if self.problems:
            self.uow_factory.hold(READ_ONLY)
        else:
            self.uow_factory.release()
        return self.problems

    def full_check(self) -> list[str]:
        """The quick check, then the full integrity check (检查数据库): hold writes on a fault."""
        problems = self.check() or health.integrity_check(self.engine)
        if problems:
            self.problems = problems
            self.uow_factory.hold(READ_ONLY)
        return problems

    def daily_backup_if_due(self, now: datetime) -> Path | None:
        """Take today's backup if none exists yet, then prune old ones."""
        if self.problems or not backup.daily_backup_due(self.backups_dir, now.date()):
            return None
        made = backup.create_backup(self.db_path, self.backups_dir, kind="daily", now=now)
        backup.prune(self.backups_dir, now)
        return made

    def backup_now(self, now: datetime, *, kind: backup.BackupKind = "manual") -> Path:
        """Back up into the backups folder: "manual", or "pre-import" before an import writes."""
        return backup.create_backup(self.db_path, self.backups_dir, kind=kind, now=now)

    def restore(self, backup_file: Path, *, now: datetime) -> Path:
        """Restore ``backup_file`` (migrating it if older); return the pre-restore backup."""
        safety = backup.restore_backup(
            self.engine, self.db_path, backup_file, self.backups_dir, self.counters, now=now
        )
        schema.migrate(self.engine, before_migration=lambda: None)
        self.problems = []
        self.uow_factory.release()
        return safety

    def read_station(self) -> Station | None:
        """The station's details on a plain read connection: never held, never blocked by a writer."""
        with self.engine.connect() as conn:
            return read_station(conn)

    def close(self) -> None:
        self.engine.dispose()
        self.lock.release()


def open_station_store(data_dir: Path, *, now: datetime, hold_writes: bool = False) -> StationStore:
    """Open (creating if needed) the station database in ``data_dir``.

    With ``hold_writes`` the unit-of-work factory refuses writes until :meth:`StationStore.check`
    has passed (the GUI runs the check after its first paint).
    """
    data_dir = Path(data_dir)
    fsutil.make_private_dir(data_dir)
    lock = StationLock(data_dir)
    lock.acquire()
    engine: Engine | None = None
    try:
        db_path = data_dir / DB_NAME
        backups_dir = data_dir / BACKUP_DIR
        fsutil.make_private_dir(backups_dir)
        # What a killed backup or write left behind (the lock is ours, so no run of ours is busy).
        swept = sum(fsutil.sweep_temp_files(folder) for folder in (data_dir, backups_dir))
        engine = create_station_engine(db_path)

        def before_migration() -> None:
            backup.create_backup(db_path, backups_dir, kind="pre-migration", now=now)

        schema.migrate(engine, before_migration=before_migration)
        counters = ChangeCounter(data_dir / COUNTERS_NAME)
        factory = SqlUnitOfWorkFactory(engine, None, counters)
        if hold_writes:
            factory.hold(CHECKING)
        return StationStore(
            engine=engine,
            db_path=db_path,
            backups_dir=backups_dir,
            uow_factory=factory,
            member_reader=SqlMemberReader(engine),
            counters=counters,
            lock=lock,
            swept_temp_files=swept,
        )
    except BaseException:
        if engine is not None:
            with contextlib.suppress(Exception):
                engine.dispose()
        lock.release()
        raise
