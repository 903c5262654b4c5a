"""导出Excel from any register view, and 下载导入模板, as jobs with progress and cancel.

The export takes what the view shows at the moment of the click: the ids of the current search,
village filter and sort, and the visible columns in their on-screen order.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QTableView, QWidget

from villagedesk.core.columns import RawRow, RegisterSpec
from villagedesk.core.progress import Progress
from villagedesk.core.register_reader import RegisterReader
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.core.unmasking import holds_full_ids, log_export
from villagedesk.exchange.template import write_template
from villagedesk.exchange.xlsx_export import ExportResult, export_register, sheet_title
from villagedesk.ui.jobs import JobHandle, JobRunner, inform
from villagedesk.ui.masked_forms import ask_export_reason
from villagedesk.ui.registers.lazy_model import qt_translate

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


class _Ids(Protocol):
    def ids(self) -> list[int]: ...


class RegisterView(Protocol):
    """What an export reads of a register view (``register_view.RegisterView`` has it)."""

    @property
    def spec(self) -> RegisterSpec: ...
    @property
    def reader(self) -> RegisterReader: ...
    @property
    def table(self) -> QTableView: ...
    @property
    def model(self) -> _Ids: ...


CTX = "ExcelExport"
CHUNK = 1000


def find_jobs(widget: QWidget) -> JobRunner | None:
    """The application's job runner, from the first ancestor holding the context."""
    ctx = find_context(widget)
    return ctx.jobs if ctx is not None else None


def find_context(widget: QWidget) -> AppContext | None:
    """The application context, from the widget or its first ancestor holding it."""
    from villagedesk.ui.context import AppContext

    w: QWidget | None = widget
    while w is not None:
        for name in ("ctx", "_ctx"):
            ctx = getattr(w, name, None)
            if isinstance(ctx, AppContext):
                return ctx
        w = w.parentWidget()
    return None


def visible_keys(view: RegisterView) -> list[str]:
    """The keys of the columns shown, left to right as on screen."""
    header = view.table.horizontalHeader()
    sections = [s for s in range(header.count()) if not header.isSectionHidden(s)]
    sections.sort(key=header.visualIndex)
    return [view.spec.columns[s].key for s in sections]


def _rows(reader: RegisterReader, ids: Sequence[int], keys: Sequence[str]) -> Iterator[RawRow]:
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        found = reader.rows(chunk, keys)
        for record_id in chunk:
            row = found.get(record_id)
            if row is not None:  # deleted meanwhile
                yield row


def default_folder() -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder or str(Path.home())


def default_name(spec: RegisterSpec, today: date) -> str:
    title = sheet_title(qt_translate("Registers", spec.title))
    return f"{title}_{today:%Y%m%d}.xlsx"


def ask_path(parent: QWidget, title: str, name: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(Path(default_folder()) / name),
        QCoreApplication.translate("ExcelExport", "Excel workbooks (*.xlsx)"),
    )
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == ".xlsx" else chosen.with_name(chosen.name + ".xlsx")


def export_view(
    view: RegisterView,
    path: Path,
    *,
    jobs: JobRunner,
    reason: str = "",
    show_after_ms: int = 400,
) -> JobHandle[ExportResult]:
    """Export what ``view`` shows to ``path`` as a database job; a message names the file.
    With full ID numbers the export is first logged with ``reason`` (refused without one, or
    for a 查看: nothing is written then)."""
    spec, reader, keys, ids = view.spec, view.reader, visible_keys(view), view.model.ids()
    full = holds_full_ids(keys)
    ctx = find_context(view.table) if full else None

    def work(progress: Progress) -> ExportResult:
        if full:  # logged first; refused without a reason, or for a 查看: nothing written
            if ctx is None:
                raise RuntimeError("an export with full ID numbers needs the context to log it")
            log_export(ctx.store.uow_factory(), record_type=spec.key, reason=reason)
        return export_register(
            path,
            spec=spec,
            keys=keys,
            rows=_rows(reader, ids, keys),
            translate=qt_translate,
            total=len(ids),
            progress=progress,
        )

    parent = view.table.window()  # the register's window owns the message and the progress

    def done(result: ExportResult) -> None:
        inform(
            parent,
            QCoreApplication.translate("ExcelExport", "Exported {count} rows to:\n{path}").format(
                count=result.rows, path=result.path
            ),
        )

    return jobs.run(
        work,
        title=QCoreApplication.translate("ExcelExport", "Exporting to Excel"),
        on_done=done,
        show_after_ms=show_after_ms,
        parent=parent,
    )


def ask_and_export(
    view: RegisterView, parent: QWidget, *, jobs: JobRunner
) -> JobHandle[ExportResult] | None:
    """导出Excel: ask where (in the documents folder, named after the register and the day),
    then export what ``view`` shows; None when the user cancels."""
    title = QCoreApplication.translate("RegisterView", "Export to Excel")
    path = ask_path(parent, title, default_name(view.spec, date.today()))
    if path is None:
        return None
    reason = ""
    ctx = find_context(view.table)
    if ctx is not None and holds_full_ids(visible_keys(view)):
        reason = ask_export_reason(ctx, parent) or ""
        if not reason:
            return None
    return export_view(view, path, jobs=jobs, reason=reason)


TEMPLATE_TITLES = {
    "members": QT_TRANSLATE_NOOP("ExcelExport", "Party member import template"),
    "residents": QT_TRANSLATE_NOOP("ExcelExport", "Resident import template"),
}


def save_template(parent: QWidget, kind: str, path: Path, *, jobs: JobRunner) -> JobHandle[Path]:
    """Write the import template ``kind`` (members or residents) to ``path`` as a file job."""

    def work(progress: Progress) -> Path:
        progress.set_label(msg(CTX, TEMPLATE_TITLES[kind]))
        return write_template(path, kind=kind, translate=qt_translate)

    def done(written: Path) -> None:
        inform(
            parent,
            QCoreApplication.translate("ExcelExport", "Import template saved to:\n{path}").format(
                path=written
            ),
        )

    return jobs.run(
        work,
        title=QCoreApplication.translate("ExcelExport", "Writing the import template"),
        on_done=done,
        cancellable=False,
        db=False,
        parent=parent,
    )


def download_template(parent: QWidget, kind: str, *, jobs: JobRunner) -> JobHandle[Path] | None:
    """下载导入模板: ask where, then write the template."""
    title = QCoreApplication.translate(CTX, TEMPLATE_TITLES[kind])
    path = ask_path(parent, title, f"{title}.xlsx")
    return None if path is None else save_template(parent, kind, path, jobs=jobs)
