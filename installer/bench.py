"""``make bench-installer``: the installer's figures, beside baselines of the same run.

- the installer's size and the installed program's size on disk;
- cold start of the installed program under Wine until the member register is painted
  (``VILLAGEDESK_BENCH=1``: the program prints PAINTED and quits), beside the same start of the
  checkout's program on Linux, on the same data and the same virtual screen. The ratio is a proxy
  until a Windows runner exists: Wine adds its own start-up (wineserver, explorer).

Writes bench-results/installer.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_installer import ROOT, STAGE, version
from smoke_test import VILLAGE, Xvfb
from wineprefix import Prefix

RESULTS = ROOT / "bench-results"


def disk_usage(path: Path) -> int:
    """Bytes allocated on disk (like du), not the files' lengths."""
    return sum(p.lstat().st_blocks * 512 for p in path.rglob("*") if p.is_file())


def until_painted(cmd: list[str], env: dict[str, str], timeout: float = 180) -> float:
    """Seconds from starting ``cmd`` until it prints PAINTED."""
    started = time.monotonic()
    proc = subprocess.Popen(
        cmd,
        env={**env, "VILLAGEDESK_BENCH": "1"},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        errors="replace",
    )
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if "PAINTED" in line:
                return time.monotonic() - started
            if time.monotonic() - started > timeout:
                break
        raise RuntimeError(f"{cmd[0]}: no PAINTED (exit {proc.poll()})")
    finally:
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--members", type=int, default=2000)
    args = parser.parse_args()
    setup = ROOT / "dist" / f"VillageDesk-{version()}-setup.exe"
    xvfb = Xvfb()
    wine = Prefix(ROOT / "build" / "wine-bench", display=xvfb.display)
    figures: dict[str, object] = {"version": version(), "members": args.members}
    try:
        wine.create(STAGE)
        started = time.monotonic()
        wine.run([str(setup), "/S"])
        wine.wait()
        figures["install_s"] = round(time.monotonic() - started, 1)
        instdir = wine.local_appdata / "Programs" / "VillageDesk"
        figures["installer_mb"] = round(setup.stat().st_size / 1e6, 1)
        figures["installed_mb_on_disk"] = round(disk_usage(instdir) / 1e6, 1)
        figures["installed_files"] = sum(1 for p in instdir.rglob("*") if p.is_file())
        python = str(instdir / "Python" / "python.exe")
        wine.run([python, "-m", "villagedesk", *VILLAGE])
        wine.run([python, "-m", "villagedesk", "demo", "--members", str(args.members)])
        data = wine.local_appdata / "VillageDesk"
        wine_runs = []
        for _ in range(args.runs):
            wine.kill()  # each start with a cold wineserver, as after a reboot
            wine_runs.append(
                until_painted(
                    ["wine", python, "-m", "villagedesk"], wine.env(WINEQT_QPA_PLATFORM="windows")
                )
            )
        wine.kill()
        linux_data = ROOT / "build" / "bench-linux-data"
        shutil.rmtree(linux_data, ignore_errors=True)
        shutil.copytree(data, linux_data, ignore=shutil.ignore_patterns("*.lock"))
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "VILLAGEDESK_"))}
        env.update(
            DISPLAY=xvfb.display, QT_QPA_PLATFORM="xcb", VILLAGEDESK_DATA_DIR=str(linux_data)
        )
        linux_runs = [
            until_painted([str(ROOT / ".venv" / "bin" / "villagedesk")], env)
            for _ in range(args.runs)
        ]
    finally:
        wine.kill()
        xvfb.stop()
    figures["cold_start_wine_s"] = [round(t, 2) for t in wine_runs]
    figures["cold_start_linux_s"] = [round(t, 2) for t in linux_runs]
    ratio = statistics.median(wine_runs) / statistics.median(linux_runs)
    figures["cold_start_ratio_wine_to_linux"] = round(ratio, 2)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "installer.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(f"installer                 {figures['installer_mb']} MB  (aim < 60 MB)")
    print(
        f"installed, on disk        {figures['installed_mb_on_disk']} MB in {figures['installed_files']} files"
    )
    print(f"silent install (Wine)     {figures['install_s']} s")
    print(f"start until register painted, {args.members} members, median of {args.runs}:")
    print(
        f"  Wine (installed)        {statistics.median(wine_runs):.2f} s  {figures['cold_start_wine_s']}"
    )
    print(
        f"  Linux (checkout)        {statistics.median(linux_runs):.2f} s  {figures['cold_start_linux_s']}"
    )
    print(f"  ratio Wine / Linux      {ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
