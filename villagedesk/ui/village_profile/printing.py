"""村情档案 as a print request: gathered and written on the job's worker, then previewed (the
one print path, ui.printing.run)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from villagedesk.core.clock import Clock
from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.i18n import translate
from villagedesk.ui.printing.documents import GATHERING, WRITING
from villagedesk.ui.printing.run import PrintRequest

if TYPE_CHECKING:
    from villagedesk.reports.glyphs import GlyphProblem
    from villagedesk.ui.context import AppContext

TITLE = QT_TRANSLATE_NOOP("Printing", "Village profile")


def profile_request(ctx: AppContext, *, clock: Clock) -> PrintRequest:
    """村情档案 as of ``clock``'s day, on one A4 page."""
    store = ctx.store
    title = QCoreApplication.translate("Printing", TITLE)

    def build(progress: Progress, path: Path) -> Sequence[GlyphProblem]:
        from villagedesk.print_sources_profile import profile_sheet
        from villagedesk.reports.village_profile import write_village_profile

        progress.start(2, GATHERING)
        profile = profile_sheet(store, clock=clock)
        progress.set_label(WRITING)
        progress.advance()
        problems = write_village_profile(path, profile=profile, translate=translate)
        progress.advance()
        return problems

    return PrintRequest(title, f"{title}.pdf", build, personal=False)  # counts, no person
