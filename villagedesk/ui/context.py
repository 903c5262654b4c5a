"""The application context handed to every screen: settings, store, jobs, change hub, clock, and
the named register readers.

This is the one GUI module that wires the store in: screens get their readers from
``ctx.readers`` and run services on ``ctx.store.uow_factory()``, and import nothing from
``villagedesk.store`` themselves (an import-linter contract keeps it so).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.faults import os_error_reason, unexpected_error
from villagedesk.core.station import Station
from villagedesk.core.text import Message
from villagedesk.store.engine import database_fault
from villagedesk.store.station_store import StationStore, open_station_store
from villagedesk.ui.change_hub import ChangeHub
from villagedesk.ui.jobs import JobRunner
from villagedesk.ui.settings import Settings

if TYPE_CHECKING:  # each reader is imported when a page first asks for it (start-up time)
    from villagedesk.store.disputes.reader import SqlDisputeReader
    from villagedesk.store.households.reader import SqlHouseholdReader, SqlResidentReader
    from villagedesk.store.in_service.reader import (
        ExpectedReader,
        RecordReader,
        RegistrationReader,
    )
    from villagedesk.store.members.reader import SqlMemberReader
    from villagedesk.store.requests.reader import SqlRequestReader

__all__ = ["AppContext", "Readers", "StationStore", "describe_fault", "make_context", "open_store"]

open_store = open_station_store


def describe_fault(error: BaseException, data_dir: Path) -> Message:
    """An error no rule foresaw, in words: the file system's reason, the database's, or the
    generic message, never the error's own text (it may hold SQL parameters)."""
    if isinstance(error, OSError):
        return os_error_reason(error)
    return database_fault(error, folder=data_dir) or unexpected_error(error)


@dataclass(frozen=True)
class Readers:
    """The register readers the screens use, over the station's database."""

    store: StationStore

    def members(self) -> SqlMemberReader:
        return self.store.member_reader

    def households(self) -> SqlHouseholdReader:
        from villagedesk.store.households.reader import SqlHouseholdReader

        return SqlHouseholdReader(self.store.engine)

    def residents(self) -> SqlResidentReader:
        from villagedesk.store.households.reader import SqlResidentReader

        return SqlResidentReader(self.store.engine)

    def expected(self, year: int) -> ExpectedReader:
        """应报到名单 of a campaign year (set ``year`` on it to change the year)."""
        from villagedesk.store.in_service.reader import ExpectedReader

        return ExpectedReader(self.store.engine, year)

    def registrations(self, year: int) -> RegistrationReader:
        from villagedesk.store.in_service.reader import RegistrationReader

        return RegistrationReader(self.store.engine, year)

    def service_records(self, bounds: tuple[date, date] | None = None) -> RecordReader:
        """服务记录 between two days (set ``bounds`` on it to change them)."""
        from villagedesk.store.in_service.reader import RecordReader

        return RecordReader(self.store.engine, bounds)

    def requests(self) -> SqlRequestReader:
        from villagedesk.store.requests.reader import SqlRequestReader

        return SqlRequestReader(self.store.engine)

    def disputes(self) -> SqlDisputeReader:
        from villagedesk.store.disputes.reader import SqlDisputeReader

        return SqlDisputeReader(self.store.engine)


@dataclass
class AppContext:
    """What screens need; passed explicitly, never a singleton."""

    settings: Settings
    store: StationStore
    jobs: JobRunner
    hub: ChangeHub
    data_dir: Path
    clock: Callable[[], date] = date.today
    _station: Station | None = field(default=None, init=False, repr=False)
    _station_loaded: bool = field(default=False, init=False, repr=False)

    def __post_init__(self) -> None:
        self.hub.changed.connect(self._on_changed)
        from villagedesk.ui.masked import follow_policy

        follow_policy(self)  # every screen masks numbers by the station's policy

    @property
    def readers(self) -> Readers:
        return Readers(self.store)

    def today(self) -> date:
        return self.clock()

    def now(self) -> datetime:
        """Now, on the context's (settable) day."""
        return datetime.combine(self.today(), datetime.now().time())

    def set_today(self, day: date) -> None:
        self.clock = lambda: day

    def station(self) -> Station | None:
        """The station's details (cached; refreshed when the STATION topic is published)."""
        if not self._station_loaded:
            self.refresh_station()
        return self._station

    def refresh_station(self) -> Station | None:
        try:
            self._station = self.store.read_station()
            self._station_loaded = True
        except SQLAlchemyError:
            self._station_loaded = False  # a damaged database: try again next time
        return self._station

    def _on_changed(self, changes: Changes) -> None:
        if Topic.STATION in changes.topics:
            self.refresh_station()

    def close(self) -> None:
        """Stop the jobs, close the store (releasing the folder lock), save the settings."""
        self.jobs.shutdown()
        self.store.close()
        self.settings.sync()


def make_context(
    data_dir: Path,
    *,
    today: date | None = None,
    hold_writes: bool = False,
    store: StationStore | None = None,
) -> AppContext:
    """Open the store in ``data_dir`` and build a context around it (tests, the GUI start-up)."""
    data_dir = Path(data_dir)
    settings = Settings(data_dir)
    if store is None:
        store = open_station_store(data_dir, now=datetime.now(), hold_writes=hold_writes)
    ctx = AppContext(
        settings=settings, store=store, jobs=JobRunner(), hub=ChangeHub(), data_dir=data_dir
    )
    if today is not None:
        ctx.set_today(today)
    return ctx
