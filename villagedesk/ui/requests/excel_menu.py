"""The 民情诉求 page's Excel entries (导出Excel…, 导入民情台账…). The export and the import
wizard load openpyxl, so they are imported when chosen, not with the page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from villagedesk.ui.requests.page import RequestsPage

CTX = "RequestExcel"


def export_list(page: RequestsPage) -> None:
    from villagedesk.ui.requests.excel import export_requests

    export_requests(page, page.query())


def import_ledger(page: RequestsPage) -> None:
    from villagedesk.ui.requests.excel import open_request_import

    open_request_import(page)


def add_excel_actions(menu: QMenu, page: RequestsPage) -> None:
    """导出Excel… (the list as filtered now) and 导入民情台账… at the end of ``menu``."""
    menu.addSeparator()
    export = menu.addAction(
        QCoreApplication.translate("RequestExcel", "Export this list to Excel…")
    )
    export.triggered.connect(lambda _c=False: export_list(page))
    load = menu.addAction(
        QCoreApplication.translate("RequestExcel", "Import a ledger of requests…")
    )
    load.triggered.connect(lambda _c=False: import_ledger(page))
