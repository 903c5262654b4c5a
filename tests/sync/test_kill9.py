"""Kill -9 during a township import: the database is as before or as after, never in between."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from tests.store.conftest import many_members
from tests.sync.township_fixtures import make_pair
from villagedesk.core.members.roll import RollStatus
from villagedesk.datadir import DB_NAME

RUNS = 24
MEMBERS = 5000  # + one roll event each: 10,000 records

CHILD = """
import sys
from datetime import date
from pathlib import Path
from villagedesk.core.township import services as sync_township
from villagedesk.store.station_store import open_station_store
from villagedesk.sync.township_codec import ContainerCodec
from datetime import datetime

data, package, accept = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
store = open_station_store(data, now=datetime(2026, 11, 21))
print("ready", flush=True)
report = sync_township.import_packages(
    store.uow_factory(), codec=ContainerCodec(data), files=[package], dry_run=False,
    accept=accept, today=date(2026, 11, 21),
)
print(report.files[0].outcome, flush=True)
"""

TABLES = ("members", "member_events", "sync_peer", "sync_package_log")


def state(data: Path) -> tuple[str, tuple[int, ...]]:
    conn = sqlite3.connect(data / DB_NAME)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        counts = tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES)
    finally:
        conn.close()
    return check, counts


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str, Path]:
    root = tmp_path_factory.mktemp("kill9")
    pair = make_pair(root)
    with pair.village.uow_factory() as uow:
        uow.members.add_many(
            many_members(MEMBERS), status=RollStatus.ON_ROLL, registered_on=date(2026, 1, 5)
        )
        uow.commit()
    package = pair.export()
    accept = pair.vcodec.fingerprint()
    pair.close()
    script = root / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    return root / "township", package, accept, script


def run_child(data: Path, package: Path, accept: str, script: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(script), str(data), str(package), accept],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def test_kill9_leaves_before_or_after(setup: tuple[Path, Path, str, Path], tmp_path: Path) -> None:
    template, package, accept, script = setup
    before = state(template)
    assert before == ("ok", (0, 0, 0, 0))

    full = tmp_path / "full"
    shutil.copytree(template, full)
    child = run_child(full, package, accept, script)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    started = time.monotonic()
    out, _ = child.communicate(timeout=120)
    work = time.monotonic() - started
    assert child.returncode == 0 and "imported" in out
    after = state(full)
    assert after == ("ok", (MEMBERS, MEMBERS, 1, 1))

    rng = random.Random(20261121)
    seen = []
    for run in range(RUNS):
        data = tmp_path / f"run{run}"
        shutil.copytree(template, data)
        child = run_child(data, package, accept, script)
        assert child.stdout is not None
        child.stdout.readline()  # "ready": the import starts now
        time.sleep(rng.uniform(0, work * 1.05))
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        found = state(data)
        assert found[0] == "ok", found
        assert found in (before, after), found
        seen.append(found == after)
        shutil.rmtree(data)
    # The kills were spread over the import: some landed before the commit.
    assert not all(seen)
