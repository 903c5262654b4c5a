"""Run the command line in-process against a station in a temporary data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import STATION, PendingCatalogue, Result, Run
from villagedesk.cli.main import main


@pytest.fixture
def run(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    """``run("station", "show")``: the exit code and what was printed."""

    def _run(*args: str) -> Result:
        capsys.readouterr()
        code = main(["--data-dir", str(data_dir), *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run


@pytest.fixture
def station(run: Run) -> Run:
    """``run`` on a data folder whose station is set up."""
    assert run(*STATION).code == 0
    return run


@pytest.fixture(scope="session")
def _pending_catalogue() -> PendingCatalogue:
    return PendingCatalogue()


@pytest.fixture
def zh(monkeypatch: pytest.MonkeyPatch, _pending_catalogue: PendingCatalogue) -> None:
    """Translate with the pending translations too (the Chinese after ``make i18n``)."""
    from villagedesk import i18n

    monkeypatch.setattr(i18n, "_translator", _pending_catalogue)
