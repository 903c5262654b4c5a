"""``make bench``: speed and memory figures, each with its ratio to a baseline measured in the
same run on the same machine. A script, not a test: figures are printed, targets are judged.

Figures (issue 2, then 3 and 6):
- demo --members 100000 (reported);
- start-up until the start page is painted with its counts, vs a bare PySide6 window shown (≤ 5×;
  the program compiled to bytecode first, as the installer ships it);
- search latency median/p95 over 100,000 members, vs a raw sqlite3 LIKE on one column
  (median ≤ 30 ms and ≤ 3×);
- peak RSS with the 100,000-member register open and scrolled to its end (≤ 160 MiB);
- opening a household page with 10 linked records of each kind (≤ 100 ms, bench_households);
- requests (bench_requests, on a station that also holds 50,000 requests, written in bulk as
  bench set-up by bench_requests_fill): the start page's counts (≤ 50 ms), the request
  register's search vs a raw LIKE on one column (≤ 3×), 民情台账 of 10,000 requests vs bare
  canvas strings (≤ 1.5×); the start-up figure above runs on the same station;
- disputes (5,000 written in bulk, devtools/bench_disputes.py): the 矛盾纠纷排查化解台账 vs
  bare canvas strings (≤ 1.5×);
- the audit log: a 10,000-row import with it vs the same import without it (≤ 1.15×,
  bench_audit);
- sync (bench_sync), each against a raw baseline of the same rows in the same run: the full
  export vs SELECT + zlib 1 + ChaCha20-Poly1305 in one thread (≤ 2×); 100 changes at 100,000
  vs 1,000 members (≤ 1.5×); the township import of the full package vs raw executemany into
  empty tables (≤ 8×) and its replay (≤ 0.1× its import); the trust, epoch and fork checks vs
  the same import without them (≤ 1.1×).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from villagedesk.core.search import parse_search
from villagedesk.devtools.bench_report import median, ms_since, percentile95, report_figure

BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("PAINTED", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
w = QWidget()
w.resize(1280, 800)
f = Painted()
w.installEventFilter(f)
w.show()
app.exec()
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _time_until_painted(cmd: Sequence[str], env: dict[str, str]) -> tuple[float, list[str]]:
    """Seconds from process start until it prints PAINTED; also the rest of its output."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env, text=True
    )
    assert proc.stdout is not None
    elapsed = float("nan")
    rest: list[str] = []
    for line in proc.stdout:
        if line.startswith("PAINTED") and elapsed != elapsed:
            elapsed = time.perf_counter() - start
        else:
            rest.append(line.strip())
    if proc.wait(timeout=120) != 0:
        raise RuntimeError(f"{cmd[:3]} exited with {proc.returncode}")
    return elapsed, rest


def bench_demo(data_dir: Path, members: int) -> None:
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "villagedesk",
            "--data-dir",
            str(data_dir),
            "demo",
            "--members",
            str(members),
        ],
        check=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=_env(),
    )
    report_figure(
        f"demo --members {members}", f"{time.perf_counter() - start:.1f} s", target="reported"
    )


def prepare_second_start(data_dir: Path) -> None:
    """Take today's daily backup now, so the measured start is the day's second one."""
    from villagedesk.store.station_store import open_station_store

    store = open_station_store(data_dir, now=datetime.now())
    try:
        store.check()
        store.daily_backup_if_due(datetime.now())
    finally:
        store.close()


def compile_program() -> None:
    """Compile the program's modules to bytecode, as the installer ships them
    (installer/build_installer.py): a user's start never compiles source, while a development
    run under PYTHONDONTWRITEBYTECODE would, every time, and the figure would measure that."""
    import compileall

    import villagedesk

    compileall.compile_dir(Path(villagedesk.__file__).parent, quiet=2, workers=0)


def bench_startup_and_rss(data_dir: Path, runs: int) -> None:
    compile_program()
    env = _env()
    app_env = dict(env, VILLAGEDESK_BENCH="1")
    bare: list[float] = []
    app_times: list[float] = []
    rss: list[float] = []
    for _ in range(runs):  # in turns, so that a busy moment of the machine weighs on both
        bare.append(_time_until_painted([sys.executable, "-c", BARE_WINDOW], env)[0])
        elapsed, rest = _time_until_painted(
            [sys.executable, "-m", "villagedesk", "--data-dir", str(data_dir)], app_env
        )
        app_times.append(elapsed)
        rss += [int(line.split()[1]) / 1024 for line in rest if line.startswith("PEAK_RSS_KIB")]
    base, app = median(bare), median(app_times)
    report_figure(
        "start-up to start page painted",
        f"{app * 1000:.0f} ms",
        f"{base * 1000:.0f} ms",
        app / base,
        "≤ 5× bare window",
        app / base <= 5,
    )
    if rss:
        peak = max(rss)
        report_figure(
            "peak RSS, register scrolled to end",
            f"{peak:.0f} MiB",
            target="≤ 160 MiB",
            ok=peak <= 160,
        )
    else:
        report_figure("peak RSS, register scrolled to end", "not reported", ok=False)


def bench_search(data_dir: Path, samples: int) -> None:
    from villagedesk.core.members.register import MEMBER_REGISTER
    from villagedesk.store.station_store import open_station_store

    db = data_dir / "villagedesk.db"
    raw = sqlite3.connect(db)
    people = raw.execute(
        "SELECT name, name_initials, id_number, phone FROM members WHERE phone != ''"
    ).fetchall()
    rng = random.Random(5)
    picks = [rng.choice(people) for _ in range(samples)]
    queries = {
        "name fragment": [p[0][1:] or p[0] for p in picks],
        "pinyin initials": [p[1].split()[0] for p in picks],
        "ID tail (6)": [p[2][-6:] for p in picks],
        "phone (4 digits)": [p[3][-4:] for p in picks],
    }
    baseline: list[float] = []
    for q in queries["name fragment"]:
        start = time.perf_counter()
        raw.execute("SELECT id FROM members WHERE name LIKE ?", (f"%{q}%",)).fetchall()
        baseline.append(ms_since(start))
    raw.close()
    base_med = median(baseline)
    report_figure("baseline: raw sqlite3 LIKE on name", f"{base_med:.1f} ms", target="(baseline)")
    store = open_station_store(data_dir, now=datetime.now())
    reader = store.member_reader
    keys = [c.key for c in MEMBER_REGISTER.for_mode(township=False).columns if c.default_visible]
    try:
        for kind, texts in queries.items():
            times: list[float] = []
            for text in texts:
                start = time.perf_counter()
                ids = reader.search_ids(parse_search(text))
                reader.rows(ids[:60], keys)
                times.append(ms_since(start))
            med, p95 = median(times), percentile95(times)
            ratio = med / base_med
            report_figure(
                f"search: {kind} (median / p95 {p95:.1f} ms)",
                f"{med:.1f} ms",
                f"{base_med:.1f} ms",
                ratio,
                "≤ 30 ms and ≤ 3×",
                med <= 30 and ratio <= 3,
            )
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="VillageDesk benchmarks")
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=9, help="starts of each program timed")
    parser.add_argument("--samples", type=int, default=40)
    parser.add_argument("--data-dir", type=Path, help="reuse a station instead of a fresh one")
    args = parser.parse_args(argv)
    print(f"{'figure':<44} {'value':>12} {'baseline':>12} {'ratio':>8}  target", flush=True)
    with tempfile.TemporaryDirectory(prefix="vd-bench-") as tmp:
        data_dir = args.data_dir or Path(tmp) / "station"
        if not (data_dir / "villagedesk.db").exists():
            bench_demo(data_dir, args.members)
        from villagedesk.devtools.bench_requests_fill import fill_requests_bulk

        fill_requests_bulk(data_dir, args.requests)
        prepare_second_start(data_dir)
        if hasattr(os, "sync"):
            # The set-up wrote half a gigabyte: let the kernel finish writing it back now, not
            # while the start-ups below read the database.
            os.sync()
        bench_search(data_dir, args.samples)
        # Start-up next, while this process is still small: its size would slow the fork of
        # every program it starts.
        bench_startup_and_rss(data_dir, args.runs)
        from villagedesk.devtools.bench_login import bench_startup_with_login

        bench_startup_with_login(data_dir, args.runs)
        from villagedesk.devtools.bench_households import bench_household_page

        bench_household_page(data_dir)
        from villagedesk.devtools.bench_requests import bench_requests

        bench_requests(data_dir)
        from villagedesk.devtools.bench_disputes import bench_dispute_ledger, fill_disputes_bulk

        fill_disputes_bulk(data_dir)
        bench_dispute_ledger(data_dir)
        from villagedesk.devtools.bench_print import bench_cards, bench_ledger

        bench_cards()
        bench_ledger()
        from villagedesk.devtools.bench_exchange import bench_export, bench_import

        bench_export(data_dir)
        bench_import()
        from villagedesk.devtools.bench_audit import bench_audit_import

        bench_audit_import()
        # Last: the sync figures enrol the station and change it.
        from villagedesk.devtools.bench_sync import bench_sync

        bench_sync(data_dir=data_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
