"""Chinese as the secretary reads it, in tests: the committed .ts plus the pending translations
(resources/i18n/pending/*.tsv) not yet merged by ``make i18n``."""

from __future__ import annotations

from functools import cache

from villagedesk.devtools import i18n_tool


@cache
def _catalogue() -> dict[tuple[str, str], str]:
    ts = i18n_tool.read_ts(i18n_tool.TS_FILE)
    found = {key: e.translation for key, e in ts.items() if e.translation}
    pending, _problems = i18n_tool.read_pending(sorted(i18n_tool.PENDING_DIR.glob("*.tsv")))
    return {**found, **pending}


def zh(context: str, text: str) -> str:
    """``text`` in Chinese (the source text when there is no translation yet)."""
    return _catalogue().get((context, text), text)
