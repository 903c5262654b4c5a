"""Atomic file writes: temp file in the same folder, flush, fsync, rename, fsync the folder.

Every writer of a file the user keeps (PDFs, packages, exports, backups, counters) goes through
here, so a crash or a pulled USB stick leaves either the old file or the new one, never half.

Every temp file is named ``.vdtmp-<target name>-<random>.tmp`` (:func:`temp_file`), so a run
killed half-way leaves something recognisable that :func:`sweep_temp_files` removes at the next
start, by ``villagedesk check`` and before the next write into a USB folder.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

TEMP_PREFIX = ".vdtmp-"
TEMP_SUFFIX = ".tmp"
_NAME_PART = 40  # characters of the target's name kept (Chinese: 3 bytes each; names ≤ 255 bytes)
# Ours, and nothing else: the temp files named here, and those older versions made for backups.
_OURS = (
    re.compile(r"^\.vdtmp-.*\.tmp$", re.DOTALL),
    re.compile(r"^\.backup-[a-z0-9_]{8}\.tmp$"),
)


def fsync_dir(path: str | os.PathLike[str]) -> None:
    """Flush a directory entry to disk where the OS allows it (not on Windows)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(os.fspath(path), os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def current_umask() -> int:
    """The process's umask, read without changing it where the OS allows (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # elsewhere the only way to read it is to set it, at once set back
    os.umask(mask)
    return mask


def new_file_mode() -> int:
    """The mode a new file gets, as ``open()`` would give it: 0666 less the umask."""
    return 0o666 & ~current_umask()


def make_private_dir(path: str | os.PathLike[str]) -> None:
    """Create ``path`` (and its parents) if missing; the folder itself is 0700 on POSIX.

    The data folder holds every resident's ID number and phone, so no other account on the
    machine may list or read it. An existing folder keeps the mode its owner gave it.
    """
    folder = Path(path)
    if folder.is_dir():
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.mkdir(mode=0o700, exist_ok=True)


def temp_name_prefix(target_name: str) -> str:
    """``.vdtmp-<target name>-``: the start of a temp file's name for ``target_name``."""
    return f"{TEMP_PREFIX}{target_name[:_NAME_PART]}-"


def temp_file(folder: str | os.PathLike[str], target_name: str) -> tuple[int, Path]:
    """A new, private (0600) temp file in ``folder`` for ``target_name``: its fd and path."""
    fd, name = tempfile.mkstemp(
        prefix=temp_name_prefix(target_name), suffix=TEMP_SUFFIX, dir=os.fspath(folder)
    )
    return fd, Path(name)


def is_temp_name(name: str) -> bool:
    """True for the name of a temp file of ours (what :func:`sweep_temp_files` removes)."""
    return any(pattern.match(name) for pattern in _OURS)


def sweep_temp_files(folder: str | os.PathLike[str]) -> int:
    """Remove our temp files left in ``folder`` by a killed run; return how many were removed.

    Only regular files whose name is one of ours, directly in ``folder``; symbolic links, folders
    and every other file are left alone. A folder that does not exist has nothing to sweep.
    """
    removed = 0
    try:
        entries = list(os.scandir(os.fspath(folder)))
    except OSError:
        return 0
    for entry in entries:
        if not is_temp_name(entry.name):
            continue
        try:
            if not stat.S_ISREG(entry.stat(follow_symlinks=False).st_mode):
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed += 1
    if removed:
        fsync_dir(folder)
    return removed


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary file; on a clean exit it replaces ``path`` atomically.

    On an exception the temp file is removed and ``path`` is left untouched.
    """
    target = Path(path)
    folder = target.parent
    fd, tmp = temp_file(folder, target.name)
    try:
        # mkstemp makes the file private (0600); keep the old file's mode, else what the umask
        # gives a new file (0644 under the usual 022, 0600 under 077).
        with contextlib.suppress(OSError):
            os.chmod(tmp, target.stat().st_mode & 0o7777 if target.exists() else new_file_mode())
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(folder)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_writer(path) as f:
        f.write(data)


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically."""
    atomic_write_bytes(path, text.encode(encoding))
