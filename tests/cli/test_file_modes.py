"""Files the program writes follow the user's umask, and the data folder is private (POSIX)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.helpers import STATION, Run
from villagedesk import fsutil

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture
def umask_077() -> Iterator[None]:
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_umask_is_read_without_changing_it(umask_077: None) -> None:
    assert fsutil.current_umask() == 0o077
    assert fsutil.new_file_mode() == 0o600
    assert os.umask(0o077) == 0o077


def test_under_umask_077_exports_and_pdfs_stay_private(
    run: Run, data_dir: Path, tmp_path: Path, umask_077: None
) -> None:
    assert run(*STATION).code == 0
    assert mode(data_dir) == 0o700 and mode(data_dir / "backups") == 0o700
    assert run("demo", "--members", "5").code == 0
    pdf, xlsx = tmp_path / "花名册.pdf", tmp_path / "党员.xlsx"
    assert run("print", "statistics", "--out", str(pdf)).code == 0
    assert run("export", "members", str(xlsx), "--reason", "核对").code == 0
    assert (mode(pdf), mode(xlsx)) == (0o600, 0o600)


def test_under_umask_022_new_files_are_0644_and_the_data_folder_still_0700(
    run: Run, data_dir: Path, tmp_path: Path
) -> None:
    old = os.umask(0o022)
    try:
        assert run(*STATION).code == 0
        assert mode(data_dir) == 0o700
        pdf = tmp_path / "统计.pdf"
        assert run("print", "statistics", "--out", str(pdf)).code == 0
        assert mode(pdf) == 0o644
        pdf.chmod(0o640)  # a file the user gave another mode keeps it when written again
        assert run("print", "statistics", "--out", str(pdf)).code == 0
        assert mode(pdf) == 0o640
    finally:
        os.umask(old)


def test_an_existing_data_folder_keeps_its_mode(run: Run, data_dir: Path) -> None:
    data_dir.mkdir(mode=0o750)
    data_dir.chmod(0o750)
    assert run(*STATION).code == 0
    assert mode(data_dir) == 0o750
