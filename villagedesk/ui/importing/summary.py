"""The import wizard's sentences: counts, the standing default, what is created, unknown columns,
and what was written."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication

from villagedesk.core.importing.members import STANDING_DEFAULT_NOTE
from villagedesk.core.importing.rows import ColumnMapping, ImportKind
from villagedesk.core.importing.services import ImportPreview, ImportResult
from villagedesk.core.text import Message
from villagedesk.i18n import render
from villagedesk.ui.importing.mapping_view import column_letter


def counts_text(preview: ImportPreview) -> str:
    c = preview.counts
    return QCoreApplication.translate(
        "ImportSummary",
        "{total} data rows: {new} new, {updated} to update, {unchanged} unchanged, "
        "{refused} refused.",
    ).format(total=c.total, new=c.new, updated=c.updated, unchanged=c.unchanged, refused=c.refused)


def standing_text(preview: ImportPreview) -> str:
    """How many members take the default standing (正式 if they joined over a year ago)."""
    if preview.kind is not ImportKind.MEMBERS:
        return ""
    taken: Counter[str] = Counter()
    for row in preview.rows:
        for note in row.notes:
            if note.text == STANDING_DEFAULT_NOTE:
                standing = note.params.get("standing")
                taken[render(standing) if isinstance(standing, Message) else str(standing)] += 1
    if not taken:
        return ""
    return QCoreApplication.translate(
        "ImportSummary",
        "The file gives no standing (正式/预备) for {count} members: those who joined more than "
        "a year ago are taken as full members, the others as probationary ({detail}).",
    ).format(
        count=sum(taken.values()),
        detail=QCoreApplication.translate("ImportSummary", ", ").join(
            f"{label} {n}" for label, n in sorted(taken.items())
        ),
    )


def created_text(preview: ImportPreview) -> str:
    parts: list[str] = []
    if preview.new_branches:
        parts.append(
            QCoreApplication.translate(
                "ImportSummary", "New branches to be created: {names}."
            ).format(
                names=QCoreApplication.translate("ImportSummary", ", ").join(preview.new_branches)
            )
        )
    if preview.new_households:
        parts.append(
            QCoreApplication.translate(
                "ImportSummary", "New households to be created: {count}."
            ).format(count=preview.new_households)
        )
    return "\n".join(parts)


def header_note(mapping: ColumnMapping) -> str:
    if mapping.header_row == 0:
        return ""
    return QCoreApplication.translate(
        "ImportSummary",
        "The column names were found in row {row}; the rows above it are titles and are skipped.",
    ).format(row=mapping.header_row + 1)


def unknown_note(mapping: ColumnMapping) -> str:
    unknown = mapping.unknown
    if not unknown:
        return ""
    columns = QCoreApplication.translate("ImportSummary", ", ").join(
        f"{column_letter(c)} “{h}”" for c, h in unknown
    )
    return QCoreApplication.translate(
        "ImportSummary",
        "Not recognised, so not imported: {columns}. To import such a column, choose its "
        "field under “Imported as”.",
    ).format(columns=columns)


def done_text(result: ImportResult) -> str:
    c = result.preview.counts
    lines: list[str] = []
    if result.wrote:
        lines.append(
            QCoreApplication.translate(
                "ImportSummary", "Written: {new} new and {updated} updated."
            ).format(new=c.new, updated=c.updated)
        )
    if c.unchanged or not result.wrote:
        lines.append(
            QCoreApplication.translate(
                "ImportSummary", "{count} rows were already up to date."
            ).format(count=c.unchanged)
        )
    return "\n".join(lines)


def refused_text(refused: int) -> str:
    if not refused:
        return ""
    return QCoreApplication.translate(
        "ImportSummary",
        "{count} rows were refused and not imported. Save them as an error report, correct "
        "them there and import that file again.",
    ).format(count=refused)
