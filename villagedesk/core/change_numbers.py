"""Change numbers (变更号) against records, said the same way on every screen and sheet.

Every edit takes the next change number, so a record edited three times used three of them and a
package's range spans more numbers than it holds records. Shown side by side without a word, the
two look like a disagreement ("变更 1–2635" beside "2623 条"); :data:`CHANGE_NUMBERS_NOTE` says why.
"""

from __future__ import annotations

from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CHANGE_NUMBERS_NOTE: Message = msg(
    "Sync",
    QT_TRANSLATE_NOOP(
        "Sync",
        "Change numbers count edits, not records: every edit takes the next number, so a record "
        "edited several times uses several numbers but is carried, and counted, once.",
    ),
)


def change_range(counter_from: int, counter_to: int) -> str:
    """The change numbers a package carries: ``counter_from`` is the last one already sent."""
    if counter_to <= counter_from:
        return "—"
    return f"{counter_from + 1}–{counter_to}"
