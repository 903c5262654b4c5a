"""Backups and restores as declared services: the store (or the sealed backup) makes the copy or
puts it back; these say who may ask for it, so the CLI and the GUI are refused (无权限) alike,
and they write the 操作日志 entry of what was done.

The copy itself stays where it is made (store/station_store, station_backups.py): a service in
core cannot touch files or the database. The caller hands over the work as ``run`` and the
declaration checks the actor of ``factory`` first, before anything is read, written or asked.
``note`` says, from what ``run`` returned, what to log (the backup's file name), or None when
nothing was made (a refused passphrase, a cancelled drive). A restore's entry is written into
the restored database, after its own entries: the log then says where its history resumed.
A backup made on the way of another service (the copy before an import) is that service's
work, not a backup the user asked for, and is not checked here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from villagedesk.core.accounts.guard import Acting, current_service, service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.accounts.ports import AuditUnitOfWork
from villagedesk.core.audit.entry import AuditKind
from villagedesk.core.audit.services import record_event
from villagedesk.core.text import QT_TRANSLATE_NOOP

T = TypeVar("T")


class LoggedFactory(Acting, Protocol):
    """A factory of units of work that can write the audit log."""

    def __call__(self) -> AuditUnitOfWork: ...


def _nothing_to_say(_made: object) -> str:
    return ""


def _log(factory: LoggedFactory, kind: AuditKind, note: str | None) -> None:
    if note is not None:
        record_event(factory(), kind=kind, source=current_service(), note=note)


@service(Action.BACKUP, label=QT_TRANSLATE_NOOP("Services", "Make a backup"))
def back_up(
    factory: LoggedFactory,
    run: Callable[[], T],
    *,
    note: Callable[[T], str | None] = _nothing_to_say,
) -> T:
    """Make a backup with ``run`` (the data folder's copy, or a sealed one to a drive)."""
    made = run()
    _log(factory, AuditKind.BACKUP, note(made))
    return made


@service(Action.RESTORE, label=QT_TRANSLATE_NOOP("Services", "Restore a backup"))
def restore(
    factory: LoggedFactory,
    run: Callable[[], T],
    *,
    note: Callable[[T], str | None] = _nothing_to_say,
) -> T:
    """Put a backup back with ``run`` (the data as it was before is kept by the store)."""
    done = run()
    _log(factory, AuditKind.RESTORE, note(done))
    return done
