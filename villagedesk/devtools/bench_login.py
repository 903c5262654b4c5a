"""``make bench``: start-up on a station with accounts, signed in automatically
(``VILLAGEDESK_BENCH_USER`` / ``VILLAGEDESK_PASSWORD``), the sign-in's own time left out, vs the
bare window (≤ 5×, issue 15). The station is a copy of the bench's with one 管理员 added, so the
other figures (and their CLI runs, which would need ``--user``) stay on a station without."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from villagedesk.devtools.bench import BARE_WINDOW, compile_program, prepare_second_start
from villagedesk.devtools.bench_report import median, report_figure

USER, PASSWORD = "基准管理员", "bench-pass-2026"


def _add_admin(data_dir: Path) -> None:
    from villagedesk.core.accounts.services import create_first_admin
    from villagedesk.store.station_store import open_station_store

    store = open_station_store(data_dir, now=datetime.now())
    try:
        create_first_admin(store.uow_factory(), name=USER, password=PASSWORD, now=datetime.now(UTC))
    finally:
        store.close()


def _time_less_login(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from process start until PAINTED, less the SIGN_IN_MS it reports."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env, text=True
    )
    assert proc.stdout is not None
    painted, login = float("nan"), 0.0
    for line in proc.stdout:
        if line.startswith("PAINTED") and painted != painted:
            painted = time.perf_counter() - start
        elif line.startswith("SIGN_IN_MS"):
            login += float(line.split()[1]) / 1000
    if proc.wait(timeout=120) != 0:
        raise RuntimeError(f"{cmd[:3]} exited with {proc.returncode}")
    return painted - login


def bench_startup_with_login(data_dir: Path, runs: int) -> None:
    import os

    compile_program()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="vd-bench-login-") as tmp:
        copy = Path(tmp) / "station"
        shutil.copytree(data_dir, copy, ignore=shutil.ignore_patterns("backups", "*.lock"))
        _add_admin(copy)
        prepare_second_start(copy)
        app_env = dict(
            env, VILLAGEDESK_BENCH="1", VILLAGEDESK_BENCH_USER=USER, VILLAGEDESK_PASSWORD=PASSWORD
        )
        cmd = [sys.executable, "-m", "villagedesk", "--data-dir", str(copy)]
        bare: list[float] = []
        apps: list[float] = []
        for _ in range(runs):  # in turns, as bench.bench_startup_and_rss
            bare.append(_time_less_login([sys.executable, "-c", BARE_WINDOW], env))
            apps.append(_time_less_login(cmd, app_env))
        app = median(apps)
    base = median(bare)
    report_figure(
        "start-up with login (login excluded)",
        f"{app * 1000:.0f} ms",
        f"{base * 1000:.0f} ms",
        app / base,
        "≤ 5× bare window",
        app / base <= 5,
    )
