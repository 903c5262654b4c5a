"""What a command-line test gets back, and a station to set up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.out.splitlines()


Run = Callable[..., Result]

STATION = (
    "station",
    "init",
    "--name",
    "东河村党群服务站",
    "--code",
    "370323104203",
    "--level",
    "village",
    "--contact",
    "王秀英",
    "--phone",
    "13905331234",
)


class PendingCatalogue:
    """A translator for ``villagedesk.i18n.translate``: the committed .ts plus the pending
    translations (resources/i18n/pending/*.tsv) that ``make i18n`` has not merged yet, so a test
    reads the Chinese the user will read."""

    def __init__(self) -> None:
        from villagedesk.devtools import i18n_tool

        ts = i18n_tool.read_ts(i18n_tool.TS_FILE)
        found = {key: e.translation for key, e in ts.items() if e.translation}
        pending, _problems = i18n_tool.read_pending(sorted(i18n_tool.PENDING_DIR.glob("*.tsv")))
        self._texts = {**found, **pending}

    def translate(self, context: str, text: str) -> str:
        return self._texts.get((context, text), "")
