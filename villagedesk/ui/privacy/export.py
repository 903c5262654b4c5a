"""个人信息导出… on a resident's row: the person's copy gathered and written on the job's worker,
then previewed (the one print path, ui.printing.run), where it is printed or saved. The export
is logged by the core service when it gathers the data."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from villagedesk.core.privacy.model import PersonKind, PersonRef
from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.i18n import translate
from villagedesk.ui.jobs import JobHandle
from villagedesk.ui.printing.documents import GATHERING, WRITING
from villagedesk.ui.printing.run import PrintFlow, PrintRequest

if TYPE_CHECKING:
    from villagedesk.reports.glyphs import GlyphProblem
    from villagedesk.ui.context import AppContext

ACTION = QT_TRANSLATE_NOOP("Privacy", "Export personal data…")
TITLE = QT_TRANSLATE_NOOP("Privacy", "Personal data")
FLOWS: dict[int, PrintFlow] = {}


def action_text() -> str:
    """The menu's words (个人信息导出…)."""
    return QCoreApplication.translate("Privacy", ACTION)


def personal_data_request(ctx: AppContext, person: PersonRef) -> PrintRequest:
    """The person's copy as a print request."""
    store = ctx.store
    title = QCoreApplication.translate("Privacy", TITLE)

    def build(progress: Progress, path: Path) -> Sequence[GlyphProblem]:
        from villagedesk.core.privacy.personal_data import export_personal_data
        from villagedesk.reports.personal_data import write_personal_data

        progress.start(2, GATHERING)
        data = export_personal_data(store.uow_factory(), person=person)
        progress.set_label(WRITING)
        progress.advance()
        problems = write_personal_data(path, data=data, translate=translate)
        progress.advance()
        return problems

    return PrintRequest(title, f"{title}.pdf", build)


def export_resident(
    ctx: AppContext, parent: QWidget, resident_id: int
) -> JobHandle[Sequence[GlyphProblem]]:
    """Start the export of the resident's personal data; the preview opens when it is made."""
    flow = PrintFlow(ctx, parent)
    FLOWS[id(parent)] = flow  # kept alive with its preview (one per window at a time)
    parent.destroyed.connect(lambda *_: FLOWS.pop(id(parent), None))
    return flow.start(personal_data_request(ctx, PersonRef(PersonKind.RESIDENT, resident_id)))
