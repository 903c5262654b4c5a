"""导出Excel and 导入民情台账 of the 民情诉求 page: :func:`export_requests` writes any filtered
request list (exchange.request_export: the 民情台账's columns, phones masked by the station's
policy, written atomically) as a job with progress and cancel; :func:`open_request_import`
opens the import wizard on a 民情台账 (ImportKind.REQUESTS: the same preview as the rosters).
The page puts them on its buttons; they need only the context (or a widget holding it)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from villagedesk.core.importing.request_rows import exported_requests
from villagedesk.core.importing.rows import ImportKind
from villagedesk.core.progress import Progress
from villagedesk.core.requests.record import RequestQuery
from villagedesk.core.requests.register import REQUEST_LEDGER
from villagedesk.exchange.request_export import export_requests as write_requests
from villagedesk.exchange.xlsx_export import ExportResult
from villagedesk.ui.context import AppContext
from villagedesk.ui.importing.wizard import ImportWizard, open_import_wizard
from villagedesk.ui.jobs import JobHandle, inform
from villagedesk.ui.registers.excel_export import ask_path, default_name
from villagedesk.ui.registers.lazy_model import qt_translate
from villagedesk.ui.requests.station_time import ContextClock

CTX = "RequestExcel"


def context_of(page_or_ctx: QWidget | AppContext) -> tuple[AppContext, QWidget | None]:
    """The context and the parent for the messages: a page (holding ``ctx`` or ``_ctx``, as
    the pages do) or the context itself."""
    if isinstance(page_or_ctx, AppContext):
        return page_or_ctx, None
    for name in ("ctx", "_ctx"):
        ctx = getattr(page_or_ctx, name, None)
        if isinstance(ctx, AppContext):
            return ctx, page_or_ctx
    raise TypeError("the widget holds no application context")


def export_requests(
    page_or_ctx: QWidget | AppContext,
    query: RequestQuery,
    *,
    path: Path | None = None,
    show_after_ms: int = 400,
) -> JobHandle[ExportResult] | None:
    """导出Excel…: the requests ``query`` finds to ``path`` (asked for in the documents folder
    when None; None back when the user cancels), as a database job; a message names the file."""
    ctx, parent = context_of(page_or_ctx)
    if path is None:
        title = QCoreApplication.translate("RequestExcel", "Export the requests to Excel")
        path = ask_path(parent or QWidget(), title, default_name(REQUEST_LEDGER, date.today()))
        if path is None:
            return None
    target, uow_factory, clock = path, ctx.store.uow_factory, ContextClock(ctx)

    def work(progress: Progress) -> ExportResult:
        found = exported_requests(uow_factory(), query=query, clock=clock)
        progress.check()
        return write_requests(target, found, translate=qt_translate, progress=progress)

    def done(result: ExportResult) -> None:
        text = QCoreApplication.translate("RequestExcel", "Exported {count} requests to:\n{path}")
        inform(parent, text.format(count=result.rows, path=result.path))

    return ctx.jobs.run(
        work,
        title=QCoreApplication.translate("RequestExcel", "Exporting the requests to Excel"),
        on_done=done,
        show_after_ms=show_after_ms,
        parent=parent,
    )


def open_request_import(
    page_or_ctx: QWidget | AppContext, parent: QWidget | None = None
) -> ImportWizard:
    """导入民情台账…: the import wizard on a 民情台账 spreadsheet."""
    ctx, page = context_of(page_or_ctx)
    return open_import_wizard(ctx, ImportKind.REQUESTS, parent or page)
