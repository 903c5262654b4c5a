"""The start-up check of the audit log: after the database's own check passed (so after the
first paint), the whole chain is read on the database worker; a broken chain is reported in a
warning that does not block the window, naming the first entry the log can no longer vouch for.

The check is unguarded (core.audit.services.check_log): it runs before anyone signed in."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from villagedesk.core.audit.chain import ChainCheck
from villagedesk.core.audit.services import check_log
from villagedesk.core.progress import Progress
from villagedesk.i18n import render
from villagedesk.ui.jobs import JobHandle, open_box

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

log = logging.getLogger(__name__)


def warning_text(check: ChainCheck) -> str:
    return QCoreApplication.translate(
        "Startup",
        "The audit log failed its check: {problem}\n\nThe entries before it can still be read "
        "on the 操作日志 page. Please tell the township: the log can no longer vouch for what "
        "was done from there on.",
    ).format(problem=render(check.message()))


def check_audit_log(ctx: AppContext, parent: QWidget | None) -> JobHandle[ChainCheck]:
    """Check the chain in the background; warn in a window-modal box when it is broken."""
    factory = ctx.store.uow_factory

    def job(_progress: Progress) -> ChainCheck:
        uow = factory()
        with uow.for_reading():
            return check_log(uow.audit_log)

    def done(check: ChainCheck) -> None:
        if check.ok:
            return
        log.error("the audit log failed its check at entry %s (%s)", check.bad_seq, check.problem)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Startup", "VillageDesk"),
            warning_text(check),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        open_box(box)

    def failed(error: BaseException) -> None:
        log.error("the audit log could not be checked: %s", type(error).__name__)

    return ctx.jobs.run(
        job,
        title=QCoreApplication.translate("Startup", "Checking the audit log"),
        on_done=done,
        on_error=failed,
        cancellable=False,
        show_after_ms=-1,  # in the background: never a dialog
    )
