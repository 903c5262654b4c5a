"""The township sync page's jobs (what runs on the worker) and table rows: no widget in sight."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from villagedesk.core.dates import display_stamp_day
from villagedesk.core.ports import UnitOfWork
from villagedesk.core.progress import Progress
from villagedesk.core.township import services as sync_township
from villagedesk.core.township.model import PackageLogEntry, VillagePeer
from villagedesk.core.township.services import DuplicateIdNumber, FileResult, ImportReport
from villagedesk.i18n import render, translate
from villagedesk.reports.enrolment_sheet import (
    EnrolmentSheet,
    sheet_file_name,
    write_enrolment_sheet,
)
from villagedesk.sync.enrolment import read_enrolment
from villagedesk.sync.township_codec import ContainerCodec
from villagedesk.ui.context import AppContext

Factory = Callable[[], UnitOfWork]


def import_work(
    ctx: AppContext, codec: ContainerCodec, files: list[Path], accept: str | None, *, dry_run: bool
) -> Callable[[Progress], ImportReport]:
    """The dry run, or the real import with one backup before the first write."""

    def backup() -> object:
        return ctx.store.backup_now(ctx.now(), kind="pre-import")

    def work(progress: Progress) -> ImportReport:
        return sync_township.import_packages(
            ctx.store.uow_factory(),
            codec=codec,
            files=files,
            dry_run=dry_run,
            accept=accept,
            today=ctx.today(),
            before_write=None if dry_run else backup,
            progress=progress,
        )

    return work


def return_work(ctx: AppContext, record_uuid: str, comment: str) -> Callable[[Progress], str]:
    """Return a record; the job's result is its short label."""

    def work(progress: Progress) -> str:
        del progress
        returned = sync_township.return_record(
            ctx.store.uow_factory(), record_uuid=record_uuid, comment=comment
        )
        return returned.summary

    return work


def receipt_work(
    ctx: AppContext, codec: ContainerCodec, village_code: str, folder: Path
) -> Callable[[Progress], Path]:
    def work(progress: Progress) -> Path:
        del progress
        return sync_township.write_receipt(
            ctx.store.uow_factory(), codec=codec, village_code=village_code, out_dir=folder
        )

    return work


def enrolment_work(
    factory: Factory, codec: ContainerCodec, folder: Path
) -> Callable[[Progress], tuple[Path, Path]]:
    """The enrolment file and its printed sheet (``<code>-enrolment-sheet.pdf``) in ``folder``."""

    def work(progress: Progress) -> tuple[Path, Path]:
        del progress
        path = sync_township.write_enrolment_file(factory(), codec=codec, out=folder)
        enrolment = read_enrolment(path)  # the sheet shows what the file carries
        sheet = EnrolmentSheet(
            township_name=enrolment.station_name,
            township_code=enrolment.station_code,
            fingerprint=enrolment.fingerprint,
            created_at=enrolment.created_at,
            file_name=path.name,
        )
        sheet_path = path.with_name(sheet_file_name(enrolment.station_code))
        return path, write_enrolment_sheet(sheet_path, sheet=sheet, translate=translate)

    return work


def village_rows(
    peers: list[VillagePeer],
    forks: dict[str, list[PackageLogEntry]],
    note: Callable[[VillagePeer, int], str],
) -> list[list[str]]:
    """The villages table: code, name, last package and its date, fingerprint, note."""
    return [
        [
            p.code,
            p.name,
            str(p.last_seq) if p.last_seq else "",
            display_stamp_day(p.last_package_at),
            p.fingerprint,
            note(p, len(forks.get(p.code, []))),
        ]
        for p in peers
    ]


def duplicate_rows(dupes: list[DuplicateIdNumber], peers: list[VillagePeer]) -> list[list[str]]:
    """The duplicates table: the ID number, then each village's name and the holder's."""
    villages = {p.code: p.name for p in peers}
    return [
        [d.id_number, "；".join(f"{villages.get(c, c)} {name}" for c, name in d.holders)]
        for d in dupes
    ]


def file_line(result: FileResult) -> str:
    """One imported file's message, with what the check of its audit log found (操作日志连续)."""
    if result.audit is None:
        return render(result.message)
    return f"{render(result.message)}（{render(result.audit)}）"
