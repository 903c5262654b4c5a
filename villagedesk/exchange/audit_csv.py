"""操作日志导出: the audit log's entries as a CSV file (UTF-8 with BOM, so that Excel and WPS
open the Chinese right), written atomically. For the GUI's 导出… and ``audit export`` alike.

One row per changed field of each write entry (the entry's columns repeated), one row for an
entry that changed no record (a sign-in, an export). The values are the log's: ID numbers and
phones are already masked there. A cell that starts like a formula (``=``, ``+``, ``-``, ``@``)
gets a leading apostrophe, so a spreadsheet never runs it.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, time, timedelta

from villagedesk import fsutil
from villagedesk.core.accounts.guard import service_label
from villagedesk.core.accounts.model import Role
from villagedesk.core.accounts.ports import AuditUnitOfWork
from villagedesk.core.audit.changes import LISTED_TEXT, is_listed, parse_change_line
from villagedesk.core.audit.entry import AuditEntry, AuditKind, Scalar
from villagedesk.core.audit.query import AuditFilter
from villagedesk.core.audit.services import entry_changes, list_entries, record_event
from villagedesk.core.clock import FixedClock, parse_stamp, utc_stamp
from villagedesk.core.progress import Progress
from villagedesk.core.registers import field_header, field_value_text, record_type_title
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate

CTX = "AuditCsv"
BOM = "\ufeff"
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"

HEADERS = (
    QT_TRANSLATE_NOOP("AuditCsv", "No."),
    QT_TRANSLATE_NOOP("AuditCsv", "Time"),
    QT_TRANSLATE_NOOP("AuditCsv", "Account"),
    QT_TRANSLATE_NOOP("AuditCsv", "Role"),
    QT_TRANSLATE_NOOP("AuditCsv", "Device"),
    QT_TRANSLATE_NOOP("AuditCsv", "Action"),
    QT_TRANSLATE_NOOP("AuditCsv", "Service"),
    QT_TRANSLATE_NOOP("AuditCsv", "Record type"),
    QT_TRANSLATE_NOOP("AuditCsv", "Record"),
    QT_TRANSLATE_NOOP("AuditCsv", "Field"),
    QT_TRANSLATE_NOOP("AuditCsv", "Old value"),
    QT_TRANSLATE_NOOP("AuditCsv", "New value"),
    QT_TRANSLATE_NOOP("AuditCsv", "Note"),
)

ChangesOf = Callable[[int], list[str]]
"""The change lines of the entry numbered so (core.audit.services.entry_changes)."""


def local_time(stamp: str) -> str:
    """A stored UTC stamp in this computer's local time, to the second (the text as stored when
    it is no stamp)."""
    try:
        return parse_stamp(stamp).astimezone().strftime(TIME_FORMAT)
    except ValueError:
        return stamp


def local_day_start(day: date) -> str:
    """The UTC stamp of this computer's midnight at the start of ``day``: a filter's bound,
    compared with the stored stamps as text (they share the format)."""
    return utc_stamp(FixedClock(datetime.combine(day, time()).astimezone()))


def day_bounds(first: date | None, last: date | None) -> tuple[str | None, str | None]:
    """(since, until) of the local days ``first`` to ``last`` inclusive (None: open)."""
    since = local_day_start(first) if first is not None else None
    until = local_day_start(last + timedelta(days=1)) if last is not None else None
    return since, until


def kind_label(kind: str, translate: Translate) -> str:
    try:
        return translate("Enum", AuditKind(kind).label)
    except ValueError:
        return kind


def service_text(name: str, translate: Translate) -> str:
    """What the service that made an entry does (登记党员…); its name when this program does not
    declare it (an older or newer program's entry)."""
    label = service_label(name) or _OTHER_SOURCES.get(name)
    return translate("Services", label) if label is not None else (name or "—")


def role_label(role: str, translate: Translate) -> str:
    try:
        return translate("Enum", Role(role).label)
    except ValueError:
        return role


#: Audited tables that are no register (core.registers names those), as the log shows them.
OTHER_RECORD_TYPES = {
    "accounts": QT_TRANSLATE_NOOP("AuditCsv", "Accounts"),
    "settings": QT_TRANSLATE_NOOP("AuditCsv", "Settings"),
    "station": QT_TRANSLATE_NOOP("AuditCsv", "Station"),
    "audit_log": QT_TRANSLATE_NOOP("AuditCsv", "Audit log"),
}


def record_type_text(record_type: str, translate: Translate) -> str:
    """A record type as the user reads it (the table's name when nothing names it)."""
    other = OTHER_RECORD_TYPES.get(record_type)
    return translate(CTX, other) if other else record_type_title(record_type, translate)


def field_text(record_type: str, field: str, translate: Translate) -> str:
    """A stored field under its column's header where a register declares one."""
    header = field_header(record_type, field)
    return translate("Columns", header) if header else field


def value_text(record_type: str, field: str, value: Scalar, translate: Translate) -> str:
    """A logged value as the registers show it (a code as its Chinese label)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return field_value_text(record_type, field, value, translate)


def _safe(text: str) -> str:
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def entry_rows(entry: AuditEntry, lines: list[str], translate: Translate) -> Iterator[list[str]]:
    """The rows of one entry: one per changed field, or one for an entry without changes."""
    head = [
        str(entry.seq),
        local_time(entry.at),
        entry.actor,
        role_label(entry.role, translate),
        entry.device,
        kind_label(entry.kind, translate),
        service_text(entry.service, translate),
    ]
    found = False
    for line in lines:
        try:
            record_type, record_uuid, fields = parse_change_line(line)
        except ValueError:
            continue
        title = record_type_text(record_type, translate)
        found = True
        if is_listed(fields):
            listed = translate("Audit", LISTED_TEXT)
            yield [*head, title, record_uuid, "", "", listed, entry.note]
        for field, old, new in fields:
            name = field_text(record_type, field, translate)
            old_text = value_text(record_type, field, old, translate)
            new_text = value_text(record_type, field, new, translate)
            yield [*head, title, record_uuid, name, old_text, new_text, entry.note]
    if not found:
        title = record_type_text(entry.record_type, translate) if entry.record_type else ""
        yield [*head, title, entry.record_uuid, "", "", "", entry.note]


def csv_text(
    entries: Iterable[AuditEntry],
    changes_of: ChangesOf,
    translate: Translate,
    progress: Progress | None = None,
) -> tuple[str, int]:
    """The whole file's text (BOM first) and how many entries it holds."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([translate(CTX, h) for h in HEADERS])
    chosen = list(entries)
    if progress is not None:
        progress.start(len(chosen))
    for entry in chosen:
        if progress is not None:
            progress.check()
        lines = changes_of(entry.seq) if entry.changes else []
        for row in entry_rows(entry, lines, translate):
            writer.writerow([_safe(cell) for cell in row])
        if progress is not None:
            progress.advance()
    return BOM + buffer.getvalue(), len(chosen)


def write_audit_csv(
    path: str | os.PathLike[str],
    entries: Iterable[AuditEntry],
    changes_of: ChangesOf,
    translate: Translate,
    progress: Progress | None = None,
) -> int:
    """Write the CSV atomically to ``path``; the number of entries written."""
    text, count = csv_text(entries, changes_of, translate, progress)
    fsutil.atomic_write_text(path, text, encoding="utf-8")
    return count


EXPORT_SOURCE = "exchange.audit_csv.export_audit_log"
"""The service the log names for an export of itself."""
SIGN_OUT_SOURCE = "ui.sign_out"
"""The service a sign-out is logged under (the GUI signs out; no core service does)."""
#: The events logged outside the core services, and what they are.
_OTHER_SOURCES = {
    SIGN_OUT_SOURCE: QT_TRANSLATE_NOOP("Services", "Sign out"),
    EXPORT_SOURCE: QT_TRANSLATE_NOOP("Services", "Export the audit log"),
}


def export_audit_log(
    uow_factory: Callable[[], AuditUnitOfWork],
    wanted: AuditFilter,
    path: str | os.PathLike[str],
    translate: Translate,
    progress: Progress | None = None,
) -> int:
    """Write the entries ``wanted`` selects (newest first) to ``path`` and log the export
    (an EXPORT entry of the audit log, naming how many entries left). Refused (NotPermitted)
    for an actor who may not read the log, before anything is written."""
    entries = list_entries(uow_factory(), wanted)

    def changes_of(seq: int) -> list[str]:
        return entry_changes(uow_factory(), seq=seq)

    count = write_audit_csv(path, entries, changes_of, translate, progress)
    record_event(
        uow_factory(),
        kind=AuditKind.EXPORT,
        source=EXPORT_SOURCE,
        record_type="audit_log",
        note=str(count),
    )
    return count
