"""Render a core message in Chinese from the committed .ts and the pending .tsv files, so every
area's refusals are checked in Chinese before and after ``make i18n`` merges them."""

from __future__ import annotations

from functools import cache

from villagedesk.core.text import Message
from villagedesk.devtools import i18n_tool


@cache
def _translations() -> dict[tuple[str, str], str]:
    found = {
        k: e.translation for k, e in i18n_tool.read_ts(i18n_tool.TS_FILE).items() if e.finished
    }
    pending, _ = i18n_tool.read_pending(sorted(i18n_tool.PENDING_DIR.glob("*.tsv")))
    return found | pending


def translate(context: str, text: str) -> str:
    """A ``Translate`` into Chinese that fails on a string without a translation."""
    try:
        return _translations()[(context, text)]
    except KeyError:
        raise AssertionError(f"no Chinese for {context!r}: {text!r}") from None


def chinese(message: Message) -> str:
    """The message in Chinese; fails the test when a string has no translation."""
    return message.render(translate)


def is_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)
