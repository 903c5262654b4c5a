"""``make installer-test``: install dist/VillageDesk-<version>-setup.exe into a fresh Wine prefix
and use it as a secretary would, then reinstall and uninstall it.

Every check prints ``ok`` or ``FAIL`` with its time; the run ends with ``N passed, N failed`` and
the wall time. Logs, the screenshot and the PDFs go to ci-logs/installer-test/ (or
``$VILLAGEDESK_CI_LOGS``). Wine's own workarounds are in installer/wineprefix.py.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_installer import ROOT, STAGE, version
from wineprefix import Prefix

LOGS = Path(os.environ.get("VILLAGEDESK_CI_LOGS", ROOT / "ci-logs")) / "installer-test"
VILLAGE = [
    "station", "init", "--name", "东河村党群服务站", "--code", "370323104203",
    "--level", "village", "--contact", "王秀英", "--phone", "13905331234",
]  # fmt: skip
TOWNSHIP = ["station", "init", "--name", "东河镇党委", "--code", "370323104000",
            "--level", "township"]  # fmt: skip
UNINSTALL_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\VillageDesk"


class Xvfb:
    """A virtual screen of a village PC's size for Wine's windows."""

    def __init__(self) -> None:
        read, write = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as f:
            self.display = ":" + f.readline().strip()

    def grab(self, path: Path) -> int:
        """Save the screen to ``path``; the number of distinct colours on it."""
        from PIL import ImageGrab

        image = ImageGrab.grab(xdisplay=self.display)
        image.save(path)
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
        return len(colours) if colours is not None else 1 << 20

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


class Smoke:
    def __init__(self, setup: Path, root: Path) -> None:
        self.setup = setup
        self.xvfb = Xvfb()
        self.wine = Prefix(root, display=self.xvfb.display)
        self.passed = 0
        self.failed: list[str] = []
        self.log = (LOGS / "smoke.log").open("w", encoding="utf-8")

    # paths inside the prefix ---------------------------------------------------------------
    @property
    def instdir(self) -> Path:
        return self.wine.local_appdata / "Programs" / "VillageDesk"

    @property
    def data(self) -> Path:
        return self.wine.local_appdata / "VillageDesk"

    @property
    def township(self) -> Path:
        return self.wine.drive_c / "township"

    @property
    def usb(self) -> Path:
        return self.wine.drive_c / "usb"

    def win(self, path: Path) -> str:
        return self.wine.windows_path(path)

    # running things ------------------------------------------------------------------------
    def check(self, name: str, step: Callable[[], object]) -> None:
        started = time.monotonic()
        try:
            note = step()
        except Exception as e:
            self.failed.append(name)
            detail = "".join(traceback.format_exception(e))
            self.say(f"FAIL {name} ({time.monotonic() - started:.1f} s)\n{detail}")
        else:
            self.passed += 1
            extra = f": {note}" if note else ""
            self.say(f"ok   {name} ({time.monotonic() - started:.1f} s){extra}")

    def say(self, text: str) -> None:
        print(text, flush=True)
        self.log.write(text + "\n")
        self.log.flush()

    def vd(self, *args: str, code: int = 0, data_dir: Path | None = None) -> str:
        """The installed CLI (Python\\python.exe -m villagedesk); its stdout."""
        cmd = [str(self.instdir / "Python" / "python.exe"), "-m", "villagedesk"]
        if data_dir is not None:
            cmd += ["--data-dir", self.win(data_dir)]
        result = self.wine.run([*cmd, *args], check=False)
        self.log.write(f"$ villagedesk {' '.join(args)}\n{result.stdout}{result.stderr}\n")
        if result.returncode != code:
            raise AssertionError(
                f"villagedesk {' '.join(args)} exited {result.returncode}, not {code}:\n"
                f"{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
            )
        return result.stdout

    def installer(self, *args: str, code: int = 0) -> None:
        result = self.wine.run([str(self.setup), *args], check=False)
        self.wine.wait()
        if result.returncode != code:
            raise AssertionError(f"setup {' '.join(args)} exited {result.returncode}, not {code}")

    def shortcuts(self) -> list[Path]:
        """The Start-menu and desktop shortcuts."""
        users = self.wine.drive_c / "users"
        menu = "AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
        return [*users.glob(f"*/{menu}/*.lnk"), *users.glob("*/Desktop/*.lnk")]

    def reg_query(self, key: str, *flags: str) -> str:
        return self.wine.run(["reg", "query", key, *flags], check=False).stdout

    # the steps -------------------------------------------------------------------------------
    def prefix(self) -> str:
        return f"fresh prefix in {self.wine.create(STAGE):.0f} s"

    def refuses_old_windows(self) -> None:
        self.wine.run(["winecfg", "-v", "win81"])
        try:
            self.installer("/S", code=3)
            assert not self.instdir.exists(), "it installed on Windows 8.1"
        finally:
            self.wine.run(["winecfg", "-v", "win10"])

    def install(self) -> str:
        self.installer("/S")
        exe = self.instdir / "VillageDesk.exe"
        assert exe.is_file() and (self.instdir / "uninstall.exe").is_file()
        assert (self.instdir / "Python" / "python311._pth").is_file()
        links = self.shortcuts()
        assert len(links) == 2, f"shortcuts: {links}"
        for link in links:
            target = link.read_bytes()
            assert any(
                "VillageDesk.exe".encode(codec) in target for codec in ("utf-16-le", "ascii")
            ), f"{link.name} does not start VillageDesk.exe"
        entry = self.reg_query(UNINSTALL_KEY)
        assert version() in entry and "uninstall.exe" in entry, entry
        assert not self.data.exists(), "the installer wrote into the data folder"
        size = sum(p.stat().st_size for p in self.instdir.rglob("*") if p.is_file())
        return f"{size / 1e6:.0f} MB installed; shortcuts {[p.name for p in links]}"

    def pruned(self) -> None:
        pyside = self.instdir / "pkgs" / "PySide6"
        qms = sorted(p.name for p in (pyside / "translations").iterdir())
        assert qms and all("zh_CN" in q for q in qms), qms
        for gone in ("qml", "include", "opengl32sw.dll", "Qt6Quick.dll", "designer.exe"):
            assert not (pyside / gone).exists(), gone
        plugins = sorted(str(p.relative_to(pyside / "plugins")) for p in pyside.rglob("*.dll")
                         if "plugins" in p.parts)  # fmt: skip
        assert "platforms/qwindows.dll" in plugins and len(plugins) <= 6, plugins
        pkgs = self.instdir / "pkgs"
        stray = [
            p for p in pkgs.rglob("*") if p.name in ("tests", "test") or p.suffix in (".h", ".pyi")
        ]
        assert not stray, stray[:5]
        sources = list(pkgs.glob("villagedesk/**/*.py"))
        compiled = list(pkgs.glob("villagedesk/**/__pycache__/*.cpython-311.pyc"))
        assert len(compiled) >= len(sources) > 50, (len(sources), len(compiled))

    def version_info(self) -> str:
        """The launcher and the installer say what they are, in their file properties."""
        ver = version()
        for exe, texts in (
            (
                self.instdir / "VillageDesk.exe",
                ["VillageDesk 村级党群服务站工作台", "VillageDesk.exe"],
            ),
            (self.setup, [f"VillageDesk {ver} 安装程序", f"VillageDesk-{ver}-setup.exe"]),
        ):
            data = exe.read_bytes()
            for text in [*texts, "ProductVersion", ver]:
                assert text.encode("utf-16-le") in data, f"{exe.name}: no {text!r}"
        return f"{ver} in both"

    def keyring_backend(self) -> str:
        cmd = [str(self.instdir / "Python" / "python.exe"), "-c",
               "import keyring; print(type(keyring.get_keyring()).__name__)"]  # fmt: skip
        out = self.wine.run(cmd).stdout.strip()
        assert out == "WinVaultKeyring", out
        return out

    def station_init(self) -> str:
        self.vd(*VILLAGE)
        assert (self.data / "villagedesk.db").is_file(), "not in %LOCALAPPDATA%\\VillageDesk"
        # The keys' wrapping key went to the Credential Manager, not to a file.
        assert not (self.data / "keystore").exists(), "a keystore folder in the data folder"
        assert "python-keyring" in self.reg_query(r"HKCU\Software\Wine\Credential Manager", "/s")
        return self.vd("station", "show").strip().splitlines()[0]

    def demo(self) -> None:
        self.vd("demo", "--members", "200")

    def print_cards(self) -> str:
        self.usb.mkdir(exist_ok=True)
        self.vd("print", "cards", "--out", self.win(self.usb / "联系卡.pdf"))
        pdf = self.usb / "联系卡.pdf"
        assert pdf.stat().st_size > 10_000
        shutil.copy(pdf, LOGS / "cards-wine.pdf")
        return f"{pdf.stat().st_size // 1024} KiB"

    def members_search(self) -> str:
        out = self.vd("members", "search", "王")
        rows = [line for line in out.splitlines() if "王" in line]
        assert rows, out
        return f"{len(rows)} lines"

    def export_members(self) -> str:
        from openpyxl import load_workbook

        target = self.usb / "党员.xlsx"
        # Full ID numbers leave the station only with a reason, which the audit log keeps.
        self.vd("export", "members", self.win(target), code=2)
        assert not target.exists()
        reason = "乡镇核对党员信息"
        self.vd("export", "members", self.win(target), "--reason", reason)
        sheet = load_workbook(target, read_only=True).worksheets[0]
        rows = sum(1 for _ in sheet.iter_rows())
        assert rows > 150, rows  # the members on the roll, and the header
        logged = json.loads(self.vd("audit", "list", "--json"))
        notes = [e["note"] for e in logged if e["kind"] == "export"]
        assert notes == [reason], notes
        return f"{rows} rows; the export's reason is in the audit log"

    def check_db(self) -> None:
        self.vd("check")

    def sync_round_trip(self) -> str:
        self.vd(*TOWNSHIP, data_dir=self.township)
        enrol = self.usb / "town.vdenrol"
        self.vd("sync", "enrol-file", "--out", self.win(enrol), data_dir=self.township)
        town_fp = self.vd("sync", "fingerprint", data_dir=self.township).strip()
        shown = self.vd("sync", "enrol", self.win(enrol), code=1)
        assert town_fp in shown, shown
        self.vd("sync", "enrol", self.win(enrol), "--accept", town_fp)
        package = self.vd("sync", "export", "--out", self.win(self.usb)).strip()
        assert package.endswith("370323104203-1.vdpkg"), package
        village_fp = self.vd("sync", "fingerprint").strip()
        self.vd("sync", "import", package, "--accept", village_fp, data_dir=self.township)
        receipt = self.vd("sync", "receipt", "--village", "370323104203", "--out",
                          self.win(self.usb), data_dir=self.township).strip()  # fmt: skip
        self.vd("sync", "import", receipt)
        status = self.vd("sync", "status")
        assert "已确认" in status, status
        return f"package and receipt: {Path(package.replace(chr(92), '/')).name}"

    def pdf_matches_linux(self) -> str:
        """The cards printed under Wine and, from a copy of the same data, on Linux."""
        linux_data = LOGS / "linux-data"
        shutil.rmtree(linux_data, ignore_errors=True)
        shutil.copytree(self.data, linux_data, ignore=shutil.ignore_patterns("*.lock"))
        out = LOGS / "cards-linux.pdf"
        env = {k: v for k, v in os.environ.items() if not k.startswith("VILLAGEDESK_")}
        env["QT_QPA_PLATFORM"] = "offscreen"
        subprocess.run(
            [str(ROOT / ".venv" / "bin" / "villagedesk"), "--data-dir", str(linux_data),
             "print", "cards", "--out", str(out)],
            check=True, env=env, stdin=subprocess.DEVNULL, capture_output=True,
        )  # fmt: skip
        wine_pdf = LOGS / "cards-wine.pdf"

        def text(pdf: Path) -> str:
            return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                                  capture_output=True, text=True).stdout  # fmt: skip

        def fonts(pdf: Path) -> list[str]:
            lines = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True,
                                   text=True).stdout.splitlines()[2:]  # fmt: skip
            return sorted(re.sub(r"^[A-Z]{6}\+", "", " ".join(line.split()[:1])) for line in lines)

        assert text(wine_pdf) == text(out), "pdftotext differs"
        assert fonts(wine_pdf) == fonts(out), (fonts(wine_pdf), fonts(out))
        return f"same text, fonts {sorted(set(fonts(out)))}"

    def gui(self) -> str:
        """The installed program from its shortcut's target, on a Wine desktop with a taskbar
        (title bar, icon and taskbar button as Windows draws them)."""
        exe = str(self.instdir / "VillageDesk.exe")
        proc = self.wine.popen(["explorer", "/desktop=shell,1366x768", exe])
        try:
            blank = self.xvfb.grab(LOGS / "blank.png")
            shot = LOGS / "installed-gui.png"
            colours = blank
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and proc.poll() is None:
                time.sleep(3)
                colours = self.xvfb.grab(shot)
                if colours > 300:
                    time.sleep(5)  # let the register fill in
                    colours = self.xvfb.grab(shot)
                    break
            assert proc.poll() is None, f"it exited {proc.returncode}"
            running = self.wine.processes()
            assert any(p.endswith("villagedesk.exe") for p in running), running
            assert colours > 300, f"the screen has {colours} colours: nothing painted"
            # A second install while it runs asks to close it (silently: refuses, exit 4).
            before = (self.instdir / "VillageDesk.exe").stat().st_mtime_ns
            result = self.wine.run([str(self.setup), "/S"], check=False)
            assert result.returncode == 4, f"install while running exited {result.returncode}"
            assert (self.instdir / "VillageDesk.exe").stat().st_mtime_ns == before
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
            self.wine.kill()
        return f"{colours} colours on screen; {shot.relative_to(ROOT)}"

    def reinstall_keeps_data(self) -> str:
        before = self.vd("members", "search", "王")
        # What an older version left behind goes with the program files it replaced.
        stale = [self.instdir / "pkgs" / "left_by_an_older_version.py",
                 self.instdir / "Python" / "left_by_an_older_version.dll"]  # fmt: skip
        for path in stale:
            path.write_text("old", encoding="ascii")
        self.installer("/S")
        assert (self.instdir / "VillageDesk.exe").is_file()
        assert not any(p.exists() for p in stale), "old program files were kept"
        after = self.vd("members", "search", "王")
        assert before == after, "the members changed"
        return "old program files replaced, same members"

    def uninstall_keeps_data(self) -> None:
        result = self.wine.run([str(self.instdir / "uninstall.exe"), "/S"], check=False)
        self.wine.wait()
        assert result.returncode == 0, result.returncode
        assert not (self.instdir / "VillageDesk.exe").exists(), "program files left"
        assert not (self.instdir / "pkgs").exists(), "pkgs left"
        assert not self.shortcuts(), self.shortcuts()
        assert "VillageDesk" not in self.reg_query(UNINSTALL_KEY)
        assert (self.data / "villagedesk.db").is_file(), "the data folder is gone"

    def run(self) -> int:
        started = time.monotonic()
        steps: list[tuple[str, Callable[[], object]]] = [
            ("fresh Wine prefix (Windows 10, stubs)", self.prefix),
            ("installer refuses Windows 8.1", self.refuses_old_windows),
            ("silent install (files, shortcuts, HKCU uninstall entry)", self.install),
            ("pruned and pre-compiled", self.pruned),
            ("version information of VillageDesk.exe and setup.exe", self.version_info),
            ("keyring uses the Windows Credential Manager", self.keyring_backend),
            ("station init (default data folder)", self.station_init),
            ("demo --members 200", self.demo),
            ("print cards", self.print_cards),
            ("members search", self.members_search),
            ("export members", self.export_members),
            ("check", self.check_db),
            ("sync round trip with a township (enrol, export, import, receipt)",
             self.sync_round_trip),
            ("contact cards PDF same as on Linux (pdftotext, pdffonts)", self.pdf_matches_linux),
            ("GUI paints; install while running is refused", self.gui),
            ("reinstall replaces the program and keeps the data", self.reinstall_keeps_data),
            ("uninstall keeps the data folder", self.uninstall_keeps_data),
        ]  # fmt: skip
        try:
            for name, step in steps:
                self.check(name, step)
                if self.failed and name.startswith(("fresh", "silent")):
                    break
        finally:
            self.wine.kill()
            self.xvfb.stop()
        wall = time.monotonic() - started
        self.say(f"installer-test wall time: {wall:.0f} s")
        self.say(f"installer-test: {self.passed} passed, {len(self.failed)} failed")
        return 1 if self.failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--setup", type=Path, default=ROOT / "dist" / f"VillageDesk-{version()}-setup.exe"
    )
    parser.add_argument("--prefix", type=Path, default=ROOT / "build" / "wine-test")
    args = parser.parse_args()
    LOGS.mkdir(parents=True, exist_ok=True)
    return Smoke(args.setup.resolve(), args.prefix.resolve()).run()


if __name__ == "__main__":
    raise SystemExit(main())
