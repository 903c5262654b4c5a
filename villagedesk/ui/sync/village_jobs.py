"""The village sync page's jobs (what runs on the worker) and table rows: no widget in sight.

Each ``*_work`` returns the job function; the unit of work is made when the job runs. The jobs
that write return a :class:`SyncDone`, whose changes the page's ``run_change_job`` publishes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from villagedesk.core.change_numbers import change_range
from villagedesk.core.changes import Changes, Topic
from villagedesk.core.clock import utc_stamp_seconds
from villagedesk.core.dates import display_stamp_day
from villagedesk.core.ports import UnitOfWork
from villagedesk.core.progress import Progress
from villagedesk.core.township import enrolment as sync_enrolment
from villagedesk.core.township import village as sync_village
from villagedesk.core.township.audit_section import AuditedReceiptUnitOfWork
from villagedesk.core.township.enrolment import EnrolmentCheck
from villagedesk.core.township.ports import PackageEntry, PackageStatus, Peer, TodoItem
from villagedesk.core.township.village import (
    ExportResult,
    ReceiptResult,
    VillageStatus,
)
from villagedesk.i18n import translate
from villagedesk.reports.cover_sheet import cover_sheet_of, record_type_label, write_cover_sheet
from villagedesk.sync.village_codec import VillageCodec

Factory = Callable[[], UnitOfWork]
T = TypeVar("T")


@dataclass(frozen=True)
class SyncDone(Generic[T]):
    """What a sync job that writes returns: its result, and what it changed."""

    value: T
    changes: Changes = sync_village.SYNC_CHANGES


def status_work(factory: Factory, codec: VillageCodec) -> Callable[[Progress], VillageStatus]:
    return lambda _p: sync_village.village_status(factory(), courier=codec)


def check_work(
    factory: Factory, codec: VillageCodec, path: Path
) -> Callable[[Progress], EnrolmentCheck]:
    return lambda _p: sync_enrolment.check_enrolment(factory(), courier=codec, path=str(path))


def enrol_work(
    factory: Factory,
    codec: VillageCodec,
    path: Path,
    fingerprint: str,
    replace_township: str | None,
) -> Callable[[Progress], SyncDone[Peer]]:
    def work(_p: Progress) -> SyncDone[Peer]:
        peer = sync_enrolment.enrol(
            factory(),
            courier=codec,
            path=str(path),
            now=utc_stamp_seconds(),
            accept=fingerprint,
            replace_township=replace_township,
        )
        return SyncDone(peer)

    return work


def export_work(
    factory: Factory, codec: VillageCodec, folder: Path, *, full: bool
) -> Callable[[Progress], SyncDone[ExportResult]]:
    def work(progress: Progress) -> SyncDone[ExportResult]:
        result = sync_village.export_package(
            factory(),
            courier=codec,
            folder=str(folder),
            now=utc_stamp_seconds(),
            full=full,
            progress=progress,
        )
        return SyncDone(result)

    return work


def cover_sheet_work(result: ExportResult, path: Path) -> Callable[[Progress], Path]:
    return lambda _p: write_cover_sheet(path, sheet=cover_sheet_of(result), translate=translate)


def receipt_work(
    factory: Callable[[], AuditedReceiptUnitOfWork], codec: VillageCodec, path: Path
) -> Callable[[Progress], SyncDone[ReceiptResult]]:
    def work(_p: Progress) -> SyncDone[ReceiptResult]:
        result = sync_village.import_receipt(
            factory(), courier=codec, path=str(path), now=utc_stamp_seconds()
        )
        wrote = result.replies.applied or result.calendar.years
        # The township's replies and years change requests: their pages and the start page too.
        extra = Changes.of(Topic.REQUESTS) if wrote else Changes()
        return SyncDone(result, sync_village.SYNC_CHANGES | extra)

    return work


def todo_done_work(factory: Factory, todo_id: int) -> Callable[[Progress], SyncDone[None]]:
    def work(_p: Progress) -> SyncDone[None]:
        changes = sync_village.mark_todo_done(factory(), todo_id=todo_id, now=utc_stamp_seconds())
        return SyncDone(None, changes)

    return work


def package_rows(
    packages: list[PackageEntry], state: Callable[[PackageStatus], str]
) -> list[list[str]]:
    """The packages table: No., exported, change numbers, records, status."""
    return [
        [
            str(p.seq),
            display_stamp_day(p.created_at),
            change_range(p.counter_from, p.counter_to),
            str(p.record_count),
            state(p.status),
        ]
        for p in packages
    ]


def todo_rows(todos: list[TodoItem]) -> list[tuple[int, list[str]]]:
    """The to-do table: each item's id and its record, type, date returned, comment."""
    return [
        (
            t.id,
            [
                t.summary or t.record_uuid,
                record_type_label(t.record_type, translate),
                display_stamp_day(t.created_at),
                t.comment,
            ],
        )
        for t in todos
    ]
