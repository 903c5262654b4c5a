"""The import's error report: which rows it lists (the refused ones of the import, or of the
preview before it) and where it is saved (beside the roster, always as .xlsx)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from villagedesk.core.importing.rows import RowResult
from villagedesk.core.importing.services import ImportResult
from villagedesk.ui.importing.steps import Previewed


def refused_rows(
    imported: ImportResult | None, current: Previewed | None
) -> tuple[tuple[str, ...], list[RowResult]]:
    """The file's headers and the refused rows: of the import once it ran, else of the preview."""
    preview = imported.preview if imported is not None else None
    if preview is None and current is not None:
        preview = current.preview
    headers = current.mapping.headers if current is not None else ()
    return headers, (preview.refused if preview is not None else [])


def xlsx_path(path: Path | str) -> Path:
    """``path``, with .xlsx added unless it ends so."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")
    return target


def ask_report_path(parent: QWidget, roster: str, stem: str) -> Path | None:
    """Ask where to save the report, offering a name beside the ``roster`` file; None when the
    user cancels."""
    suggested = Path(roster).with_name(
        QCoreApplication.translate("ImportWizard", "{name} - rows not imported.xlsx").format(
            name=stem
        )
    )
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ImportWizard", "Save error report"),
        str(suggested),
        QCoreApplication.translate("ImportWizard", "Excel workbook (*.xlsx)"),
    )
    return xlsx_path(chosen) if chosen else None
