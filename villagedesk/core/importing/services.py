"""Importing members, residents and requests (民情台账, ``requests.py``) from a spreadsheet:
preview first, then apply.

Public API (the GUI wizard and the CLI call these; the exchange layer makes the rows)::

    preview_import(uow, *, kind: ImportKind, rows: Sequence[SourceRow], today: date,
                   progress: Progress | None = None) -> ImportPreview
    apply_import(uow, *, kind, rows, today, before_write: Callable[[], object] | None = None,
                 progress=None, source: ImportSource | None = None) -> ImportResult

Each row becomes NEW, UPDATE (same ID number; ``RowResult.changes`` lists the fields),
UNCHANGED or REFUSED (``RowResult.reasons``), checked by the same core rules as the forms
(``check_member_fields``, ``check_resident_fields``, ``check_household_fields``). A blank cell
never erases a stored value; the same person twice in a file is taken the first time. Unknown
branches and households are created (``ImportPreview.new_branches``, ``new_households``).
``apply_import`` writes every valid row in one transaction, calling ``before_write`` (the caller's
backup) once just before the first write; a cancel through ``progress`` leaves nothing written.
The log lists the new records by uuid only, with the file's name and sha256 (``source``) on the
import's entry (core/audit/changes.py); the updated ones with their fields old and new.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.changes import Changes, Topic
from villagedesk.core.importing.members import plan_members
from villagedesk.core.importing.ports import ImportingUnitOfWork
from villagedesk.core.importing.requests import plan_requests
from villagedesk.core.importing.residents import plan_residents
from villagedesk.core.importing.rows import (
    ImportKind,
    ImportSource,
    RowOutcome,
    RowResult,
    SourceRow,
)
from villagedesk.core.importing.shared import Plan
from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

__all__ = [
    "ImportCounts",
    "ImportPreview",
    "ImportResult",
    "apply_import",
    "preview_import",
]


@dataclass(frozen=True)
class ImportCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: int = 0

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged + self.refused

    @property
    def writes(self) -> int:
        return self.new + self.updated


@dataclass(frozen=True)
class ImportPreview:
    """Every data row's result, in file order, and what the import would create."""

    kind: ImportKind
    rows: tuple[RowResult, ...]
    new_branches: tuple[str, ...] = ()
    new_households: int = 0

    @property
    def counts(self) -> ImportCounts:
        n = {o: 0 for o in RowOutcome}
        for r in self.rows:
            n[r.outcome] += 1
        return ImportCounts(
            n[RowOutcome.NEW], n[RowOutcome.UPDATE], n[RowOutcome.UNCHANGED], n[RowOutcome.REFUSED]
        )

    @property
    def refused(self) -> list[RowResult]:
        return [r for r in self.rows if r.outcome is RowOutcome.REFUSED]


@dataclass(frozen=True)
class ImportResult:
    """What ``apply_import`` did: the results as written, and what screens must refresh."""

    preview: ImportPreview
    changes: Changes
    wrote: bool


def _plan(
    uow: ImportingUnitOfWork,
    kind: ImportKind,
    rows: Sequence[SourceRow],
    today: date,
    progress: Progress | None,
) -> Plan:
    if progress is not None:
        progress.start(len(rows), msg("Import", QT_TRANSLATE_NOOP("Import", "Checking the rows…")))
    if kind is ImportKind.MEMBERS:
        return plan_members(uow, rows, today=today, progress=progress)
    if kind is ImportKind.REQUESTS:
        return plan_requests(uow, rows, today=today, progress=progress)
    return plan_residents(uow, rows, today=today, progress=progress)


def _preview(kind: ImportKind, plan: Plan) -> ImportPreview:
    return ImportPreview(kind, tuple(plan.results), tuple(plan.new_branches), plan.new_households)


@service(Action.IMPORT, label=QT_TRANSLATE_NOOP("Services", "Preview an import"))
def preview_import(
    uow: ImportingUnitOfWork,
    *,
    kind: ImportKind,
    rows: Sequence[SourceRow],
    today: date,
    progress: Progress | None = None,
) -> ImportPreview:
    """What importing ``rows`` would do. Nothing is written."""
    with uow.for_reading():
        return _preview(kind, _plan(uow, kind, rows, today, progress))


@service(Action.IMPORT, label=QT_TRANSLATE_NOOP("Services", "Import a spreadsheet"))
def apply_import(
    uow: ImportingUnitOfWork,
    *,
    kind: ImportKind,
    rows: Sequence[SourceRow],
    today: date,
    before_write: Callable[[], object] | None = None,
    progress: Progress | None = None,
    source: ImportSource | None = None,
) -> ImportResult:
    """Check the rows again and write the valid ones in one transaction (after ``before_write``).

    Raises :class:`~villagedesk.core.progress.Cancelled` if cancelled; nothing is written then.
    """
    with uow:
        plan = _plan(uow, kind, rows, today, progress)
        preview = _preview(kind, plan)
        if not plan.has_writes:
            return ImportResult(preview, Changes(), False)
        if progress is not None:
            progress.set_label(msg("Import", QT_TRANSLATE_NOOP("Import", "Writing…")))
            progress.check()
        if before_write is not None:
            before_write()
        uow.audit.list_inserts(source.note() if source is not None else "")
        plan.write(uow, today)
        if progress is not None:
            progress.check()
        uow.commit()
    topics = {
        ImportKind.MEMBERS: Changes.of(Topic.MEMBERS, Topic.BRANCHES),
        ImportKind.RESIDENTS: Changes.of(Topic.HOUSEHOLDS),
        ImportKind.REQUESTS: Changes.of(Topic.REQUESTS),
    }[kind]
    return ImportResult(preview, topics, True)
