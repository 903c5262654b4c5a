"""One program per data folder: an OS lock on ``villagedesk.lock`` held for the process's life.

The OS drops the lock when the process dies, so a lock file left by a crash does not block.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from villagedesk.core.errors import DomainError
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.datadir import LOCK_NAME


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


class StationLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock, or raise DomainError when another program holds it."""
        if self._fd is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            os.close(fd)
            raise DomainError(
                msg(
                    "Store",
                    QT_TRANSLATE_NOOP(
                        "Store",
                        "VillageDesk is already running on this data folder ({path}). Close it first.",
                    ),
                    path=str(self.path.parent),
                )
            )
        self._fd = fd
        if sys.platform != "win32":  # on Windows the locked byte cannot be written over
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> StationLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
