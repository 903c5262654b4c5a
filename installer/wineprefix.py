"""A throw-away Wine 8 prefix that can run the installed program: the test bed of
``make installer-test`` and ``make bench-installer``. Nothing here is shipped.

Wine 8.0's gaps, each fixed inside the prefix only:
- Qt6Core imports ``ucnv_*`` from Windows' own icuuc.dll (Windows 10 1703+), which Wine lacks: a
  stub DLL whose functions fail (Qt then has no ICU codecs; it needs none of them).
- cryptography's Rust extension imports ``ProcessPrng`` from bcryptprimitives.dll: a forwarder
  DLL to advapi32's ``SystemFunction036`` (RtlGenRandom, the same contract).
- Qt's ``windows`` platform plug-in aborts in Wine's unimplemented ``mscms.WcsCreateIccProfile``:
  a native mscms stub (colour profiles fail; Qt falls back to sRGB).
- Wine does not pass ``QT_QPA_PLATFORM`` on; it is given as ``WINEQT_QPA_PLATFORM``.
- A fresh prefix says Windows 7, which the installer refuses: ``winecfg -v win10``.
- Wine's title bars and taskbar get a Chinese font through FontLink (chinese_window_titles).
- Wine gets its own ``HOME`` and no ``winemenubuilder``, so it writes nothing into the real home.
- python.exe fails in ``init_sys_streams`` when a standard stream is a regular file: output is
  always piped (the caller reads it), and stdin is an empty pipe.
- Wine converts the command line from the Unix locale's charset: ``LC_ALL=C.UTF-8`` (always
  there; a zh_CN locale may not be), and Python's piped output as UTF-8 (``PYTHONIOENCODING``),
  as the prefix's ANSI code page is then 1252, not a Chinese Windows' 936.

The stubs are built at test time with binutils-mingw-w64-x86-64 (as, ld) from the import tables
of the staged DLLs, so they follow whatever Qt imports.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

MINGW = "x86_64-w64-mingw32-"
#: The program's piped output (PYTHONIOENCODING below).
ENCODING = "utf-8"
#: Stubbed DLL -> the DLLs (relative to the staged tree) whose imports from it the stub exports.
STUBS = {
    "icuuc.dll": ["pkgs/PySide6/Qt6Core.dll"],
    "mscms.dll": ["pkgs/PySide6/plugins/platforms/qwindows.dll"],
}
#: Wine's own processes, which stay while the server is up.
WINE_SERVICES = {
    "services.exe", "winedevice.exe", "plugplay.exe", "explorer.exe", "rpcss.exe",
    "svchost.exe", "conhost.exe", "tabtip.exe", "wineboot.exe",
}  # fmt: skip
FORWARDERS = {"bcryptprimitives.dll": {"ProcessPrng": "advapi32.SystemFunction036"}}
#: Stub bodies that must do more than return 0: ucnv_open reports U_FILE_ACCESS_ERROR (4).
SPECIAL_BODIES = {
    "ucnv_open": ["test %rdx, %rdx", "jz 1f", "movl $4, (%rdx)", "1:", "xorl %eax, %eax", "ret"],
}


def imported_names(dll: Path, module: str) -> list[str]:
    """The function names ``dll`` imports from ``module`` (from objdump's import table)."""
    out = subprocess.run(
        [MINGW + "objdump", "-p", str(dll)], check=True, capture_output=True, text=True
    ).stdout
    names: list[str] = []
    current = ""
    for line in out.splitlines():
        match = re.match(r"\s*DLL Name: (\S+)", line)
        if match:
            current = match.group(1).lower()
            continue
        parts = line.split()
        if current == module and len(parts) == 3 and re.fullmatch(r"[0-9a-f]+", parts[0]):
            names.append(parts[2])
    return sorted(set(names))


def build_dll(
    name: str, work: Path, exports: Sequence[str], forwards: Mapping[str, str] | None = None
) -> Path:
    """A DLL exporting ``exports`` (each returns 0) and ``forwards`` (name -> dll.function)."""
    work.mkdir(parents=True, exist_ok=True)
    stem = name.removesuffix(".dll")
    asm = [".text", ".globl DllMain", "DllMain:", "movl $1, %eax", "ret"]
    for export in exports:
        asm += [f".globl {export}", f"{export}:"]
        asm += SPECIAL_BODIES.get(export, ["xorl %eax, %eax", "ret"])
    (work / f"{stem}.s").write_text("\n".join(asm) + "\n", encoding="ascii")
    lines = [f"LIBRARY {name}", "EXPORTS", "DllMain", *exports]
    lines += [f"{k} = {v}" for k, v in (forwards or {}).items()]
    (work / f"{stem}.def").write_text("\n".join(lines) + "\n", encoding="ascii")
    subprocess.run([MINGW + "as", f"{stem}.s", "-o", f"{stem}.o"], cwd=work, check=True)
    subprocess.run(
        [MINGW + "ld", "--dll", "--entry", "DllMain", "--subsystem", "windows", "-o", name,
         f"{stem}.o", f"{stem}.def"],
        cwd=work,
        check=True,
    )  # fmt: skip
    return work / name


@dataclass
class Prefix:
    """A Wine prefix under ``root`` (``root/prefix``, with ``root/home`` as Wine's HOME)."""

    root: Path
    display: str | None = None
    extra_env: dict[str, str] = field(default_factory=dict)

    @property
    def path(self) -> Path:
        return self.root / "prefix"

    @property
    def drive_c(self) -> Path:
        return self.path / "drive_c"

    @property
    def user(self) -> str:
        return os.environ.get("USER") or os.environ.get("LOGNAME") or "root"

    @property
    def local_appdata(self) -> Path:
        users = self.drive_c / "users"
        found = [p for p in users.glob("*/AppData/Local") if p.parent.parent.name != "Public"]
        return found[0] if found else users / self.user / "AppData" / "Local"

    def env(self, **more: str) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("QT_", "VILLAGEDESK_", "PYTHON", "WINE"))
        }
        env.update(
            WINEPREFIX=str(self.path),
            WINEARCH="win64",
            HOME=str(self.root / "home"),
            XDG_CONFIG_HOME=str(self.root / "home" / ".config"),
            XDG_DATA_HOME=str(self.root / "home" / ".local" / "share"),
            XDG_CACHE_HOME=str(self.root / "home" / ".cache"),
            WINEDEBUG="-all",
            WINEDLLOVERRIDES=(
                "winemenubuilder.exe=d;mscoree=d;mshtml=d;icuuc=n;bcryptprimitives=n;mscms=n"
            ),
            # Wine turns argv into UTF-16 with the Unix locale's charset: a UTF-8 one, always
            # present. Python writes a pipe in the ANSI code page (1252 then), so: UTF-8.
            LANG="C.UTF-8",
            LC_ALL="C.UTF-8",
            PYTHONIOENCODING="utf-8",
        )
        if self.display:
            env["DISPLAY"] = self.display
        env.update(self.extra_env)
        env.update(more)
        return env

    def create(self, stage: Path) -> float:
        """A fresh prefix set to Windows 10 with the stubs in system32; the seconds it took."""
        started = time.monotonic()
        shutil.rmtree(self.root, ignore_errors=True)
        (self.root / "home").mkdir(parents=True)
        self.run(["wineboot", "-i"], timeout=300)
        self.run(["winecfg", "-v", "win10"], timeout=120)
        system32 = self.drive_c / "windows" / "system32"
        work = self.root / "stubs"
        for name, sources in STUBS.items():
            exports = sorted({n for s in sources for n in imported_names(stage / s, name)})
            shutil.copy(build_dll(name, work, exports), system32 / name)
        for name, forwards in FORWARDERS.items():
            shutil.copy(build_dll(name, work, [], forwards), system32 / name)
        self.chinese_window_titles()
        self.wait()
        self.persist()
        return time.monotonic() - started

    def chinese_window_titles(self) -> None:
        """Wine draws title bars and its taskbar with Tahoma, which has no Chinese: link the
        bundled WenQuanYi Micro Hei to it, as a Chinese Windows links its own fonts. (Qt draws
        the program's own text with the fonts the program bundles, so this changes only what
        Wine draws.)"""
        font = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "wqy-microhei.ttc"
        shutil.copy(font, self.drive_c / "windows" / "Fonts" / font.name)
        key = r"HKLM\Software\Microsoft\Windows NT\CurrentVersion\FontLink\SystemLink"
        for face in ("Tahoma", "MS Shell Dlg", "MS Shell Dlg 2", "Microsoft Sans Serif"):
            self.run(
                ["reg", "add", key, "/v", face, "/t", "REG_MULTI_SZ", "/d",
                 f"{font.name},WenQuanYi Micro Hei", "/f"],
            )  # fmt: skip

    def persist(self) -> None:
        """Keep the wineserver (and Wine's services) up between commands: each CLI command
        then starts as on a running Windows, not as on a fresh boot."""
        subprocess.run(
            ["wineserver", "-p"],
            env=self.env(),
            check=False,
            timeout=60,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def windows_path(self, path: Path) -> str:
        """``path`` (inside drive_c) as Windows spells it."""
        return "C:\\" + str(path.relative_to(self.drive_c)).replace("/", "\\")

    def run(
        self,
        args: Sequence[str],
        *,
        timeout: float = 600,
        check: bool = True,
        env: Mapping[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        """``wine args...``, its output piped (never a regular file: see the module doc).

        Waits for the process, not for the end of its output: a Wine service it started may
        hold the pipes open for as long as the (persistent) wineserver runs."""
        proc = subprocess.Popen(
            ["wine", *args],
            env={**self.env(), **(env or {})},
            stdin=subprocess.PIPE,  # an empty pipe: /dev/null is no handle python.exe accepts
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdin is not None
        proc.stdin.close()
        chunks: dict[int, list[bytes]] = {1: [], 2: []}

        def drain(stream: IO[bytes], into: list[bytes]) -> None:
            while block := os.read(stream.fileno(), 65536):
                into.append(block)

        readers = [
            threading.Thread(target=drain, args=(s, chunks[n]), daemon=True)
            for n, s in ((1, proc.stdout), (2, proc.stderr))
            if s is not None
        ]
        for reader in readers:
            reader.start()
        try:
            code = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
        for reader in readers:
            reader.join(timeout=2)
        result = subprocess.CompletedProcess(
            ["wine", *args],
            code,
            b"".join(chunks[1]).decode(ENCODING, "replace"),
            b"".join(chunks[2]).decode(ENCODING, "replace"),
        )
        if check and result.returncode != 0:
            raise RuntimeError(
                f"wine {' '.join(args)} exited {result.returncode}\n"
                f"stdout: {result.stdout[-3000:]}\nstderr: {result.stderr[-3000:]}"
            )
        return result

    def popen(self, args: Sequence[str], **more_env: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            ["wine", *args],
            env=self.env(**more_env),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding=ENCODING,
            errors="replace",
        )

    def wait(self) -> None:
        """Until every process of the prefix has ended (an uninstaller re-runs from %TEMP%).

        ``wineserver -w`` would also wait for a persistent server, so this polls for Windows
        processes other than Wine's own services instead."""
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            names = self.processes()
            if not names - WINE_SERVICES:
                return
            time.sleep(0.5)
        raise TimeoutError(f"still running: {self.processes()}")

    def processes(self) -> set[str]:
        """Lower-case names of the Windows processes running in this prefix."""
        out = subprocess.run(
            ["ps", "-eo", "pid=,args="], capture_output=True, text=True, check=False
        ).stdout
        mine: set[str] = set()
        marker = f"WINEPREFIX={self.path}".encode()
        for line in out.splitlines():
            pid, _, args = line.strip().partition(" ")
            match = re.match(r"^(?:[A-Za-z]:\\\S*?\\)?([^\\\s]+\.exe)\b", args.strip())
            if not match:
                continue
            try:
                environ = Path(f"/proc/{pid}/environ").read_bytes()
            except OSError:
                continue
            if marker in environ.split(b"\0"):
                mine.add(match.group(1).lower())
        return mine

    def kill(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env(), check=False, timeout=60)
