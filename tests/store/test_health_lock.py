"""Health checks on a damaged file; one program per data folder."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from villagedesk.core.errors import DomainError, WritesHeld
from villagedesk.core.members.roll import RollStatus
from villagedesk.store import health
from villagedesk.store.engine import create_station_engine
from villagedesk.store.lock import StationLock
from villagedesk.store.station_store import open_station_store

from .conftest import NOW, many_members


def test_quick_check_finds_a_damaged_page(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = open_station_store(data, now=NOW)
    with store.uow_factory() as uow:
        uow.members.add_many(
            many_members(2000), status=RollStatus.ON_ROLL, registered_on=date(2026, 11, 21)
        )
        uow.commit()
    assert store.check() == []
    assert health.integrity_check(store.engine) == []
    assert health.foreign_key_check(store.engine) == []
    db_path = store.db_path
    store.close()  # checkpoints the WAL into the file
    size = db_path.stat().st_size
    assert size > 40 * 4096
    with open(db_path, "r+b") as f:
        for page in (size // 4096 // 2, size // 4096 // 3):
            f.seek(page * 4096 + 1000)
            f.write(b"\xa5" * 2000)
    engine = create_station_engine(db_path)
    assert health.quick_check(engine) != []
    engine.dispose()


def test_a_failed_check_holds_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_station_store(tmp_path, now=NOW, hold_writes=True)
    with pytest.raises(WritesHeld), store.uow_factory():
        pass
    assert store.check() == []
    store.uow_factory()  # released
    monkeypatch.setattr(health, "quick_check", lambda engine: ["page 7 damaged"])
    assert store.check() == ["page 7 damaged"]
    with pytest.raises(WritesHeld), store.uow_factory():
        pass
    assert store.daily_backup_if_due(NOW) is None  # never back up a damaged database
    store.close()


HOLDER = textwrap.dedent(
    """
    import sys, pathlib
    from villagedesk.store.lock import StationLock
    lock = StationLock(pathlib.Path(sys.argv[1]))
    lock.acquire()
    print("held", flush=True)
    sys.stdin.readline()
    """
)


def test_a_second_program_on_the_same_folder_is_refused(tmp_path: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
            with pytest.raises(DomainError) as caught:
                StationLock(tmp_path).acquire()
            assert "already running" in str(caught.value)
            with pytest.raises(DomainError):
                open_station_store(tmp_path, now=NOW)
        finally:
            holder.kill()
            holder.wait()
    # The holder died without releasing: its lock file stays, but does not block.
    assert (tmp_path / "villagedesk.lock").exists()
    lock = StationLock(tmp_path)
    lock.acquire()
    lock.release()


def test_the_same_folder_cannot_be_opened_twice_in_one_process(tmp_path: Path) -> None:
    store = open_station_store(tmp_path, now=NOW)
    with pytest.raises(DomainError):
        open_station_store(tmp_path, now=NOW)
    store.close()
    open_station_store(tmp_path, now=NOW).close()
