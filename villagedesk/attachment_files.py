"""A request's photos and scans, copied into the data folder before a service stores them.

A file the user chose is checked first by the one rule (``core.requests.attachments``: an
image or a PDF, at most 20 MB); only then is it copied, atomically (``fsutil``), to
``<data folder>/attachments/<request number>/`` under a name of its own, and the copy's path
(relative to the data folder) is what the service stores. When the service refuses, the copies
are removed again, so a refusal leaves nothing behind. Plain Python (no Qt), for the GUI and the
CLI alike.
"""

from __future__ import annotations

import contextlib
import re
import secrets
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from villagedesk.core.errors import ValidationError
from villagedesk.core.requests.attachments import KEY, check_attachment
from villagedesk.core.requests.model import AttachmentDraft
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg
from villagedesk.fsutil import atomic_writer, fsync_dir, make_private_dir

T = TypeVar("T")

CTX = "AttachmentFiles"
FOLDER = "attachments"
#: Where the files of a request not yet numbered go (the 编号 is given when it is saved).
UNNUMBERED = "incoming"
HEAD_BYTES = 16
_CHUNK = 1024 * 1024
_UNSAFE = re.compile(r"[^\w\-.]+")
_STEM_CHARS = 40


def folder_for(number: str) -> str:
    """The sub-folder of a request's files, relative to the data folder (``/`` separated)."""
    safe = _UNSAFE.sub("_", number.strip()) or UNNUMBERED
    return f"{FOLDER}/{safe}"


def _unreadable(source: Path) -> Message:
    return msg(
        CTX, QT_TRANSLATE_NOOP("AttachmentFiles", "{name} cannot be read."), name=source.name
    )


def _head(source: Path) -> bytes:
    with source.open("rb") as f:
        return f.read(HEAD_BYTES)


def check_file(source: Path, *, folder: str = UNNUMBERED) -> list[Message]:
    """What is wrong with attaching ``source`` (nothing: it may be copied), by the rule the
    service applies to the copy."""
    try:
        size = source.stat().st_size
        head = _head(source)
    except OSError:
        return [_unreadable(source)]
    target = f"{folder_for(folder)}/{source.name}"
    _values, problems = check_attachment(AttachmentDraft(target, size, head, source.name))
    return problems


def _unique_target(folder: Path, source: Path) -> Path:
    stem = _UNSAFE.sub("_", source.stem)[:_STEM_CHARS].strip("._") or "file"
    suffix = source.suffix.lower()
    while True:
        target = folder / f"{stem}-{secrets.token_hex(4)}{suffix}"
        if not target.exists():
            return target


def copy_file(data_dir: Path, source: Path, *, folder: str) -> AttachmentDraft:
    """Copy ``source`` into ``data_dir``'s folder of request ``folder`` (atomically, under a
    new name) and return what the service is given for it."""
    into = data_dir / folder_for(folder)
    make_private_dir(into)
    target = _unique_target(into, source)
    with source.open("rb") as src, atomic_writer(target) as out:
        head = src.read(HEAD_BYTES)
        out.write(head)
        while chunk := src.read(_CHUNK):
            out.write(chunk)
    relative = target.relative_to(data_dir).as_posix()
    return AttachmentDraft(relative, target.stat().st_size, head, source.name)


def remove_copies(data_dir: Path, drafts: Sequence[AttachmentDraft]) -> None:
    """Remove copies a refused save made (files only; their folder may hold others)."""
    folders: set[Path] = set()
    for draft in drafts:
        path = data_dir / draft.path
        with contextlib.suppress(OSError):
            path.unlink()
            folders.add(path.parent)
    for folder in folders:
        fsync_dir(folder)


def with_copies(
    data_dir: Path,
    sources: Sequence[Path],
    *,
    folder: str,
    call: Callable[[tuple[AttachmentDraft, ...]], T],
) -> T:
    """Copy ``sources`` into the data folder, then ``call`` the service with the copies; if the
    copying or the service fails, the copies made are removed and the error goes on (a file
    that cannot be copied is refused under ``attachments``)."""
    copies: list[AttachmentDraft] = []
    try:
        for source in sources:
            try:
                copies.append(copy_file(data_dir, source, folder=folder))
            except OSError as error:
                raise ValidationError({KEY: [_unreadable(source)]}) from error
        return call(tuple(copies))
    except BaseException:
        remove_copies(data_dir, copies)
        raise
