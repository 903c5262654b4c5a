"""``python -m villagedesk``: the cyclic collector is held through start-up for the window and
back on before a command runs (villagedesk/__main__.py)."""

from __future__ import annotations

import gc
import runpy
import sys
from collections.abc import Iterator

import pytest

import villagedesk.cli.main as cli_main


@pytest.fixture
def collector_state() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    if enabled:
        gc.enable()
    else:
        gc.disable()


def _collector_seen_by_main(monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> bool:
    seen: list[bool] = []

    def fake_main() -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(cli_main, "main", fake_main)
    monkeypatch.setattr(sys, "argv", ["villagedesk", *argv])
    with pytest.raises(SystemExit) as exited:
        runpy.run_module("villagedesk", run_name="__main__")
    assert exited.value.code == 0
    [enabled] = seen
    return enabled


@pytest.mark.usefixtures("collector_state")
@pytest.mark.parametrize(
    "argv", [["check"], ["--data-dir", "D", "members", "list"], ["--user", "A"]]
)
def test_a_command_runs_with_the_collector_on(
    monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    gc.disable()
    assert _collector_seen_by_main(monkeypatch, argv) is True


@pytest.mark.usefixtures("collector_state")
@pytest.mark.parametrize("argv", [[], ["--data-dir", "D"]])
def test_the_window_starts_with_the_collector_held(
    monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    gc.enable()
    assert _collector_seen_by_main(monkeypatch, argv) is False
