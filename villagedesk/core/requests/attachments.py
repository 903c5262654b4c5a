"""Attachments of a request: photos or scans (images) and PDF files, copied into the data
folder by the caller and referred to by their path there; at most 20 MB each."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePosixPath, PureWindowsPath

from villagedesk.core.requests.model import AttachmentDraft, AttachmentKind, AttachmentValues
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Request"
MAX_BYTES = 20 * 1024 * 1024
KEY = "attachments"

SUFFIX_KINDS: dict[str, AttachmentKind] = {
    ".jpg": AttachmentKind.IMAGE,
    ".jpeg": AttachmentKind.IMAGE,
    ".png": AttachmentKind.IMAGE,
    ".gif": AttachmentKind.IMAGE,
    ".bmp": AttachmentKind.IMAGE,
    ".webp": AttachmentKind.IMAGE,
    ".tif": AttachmentKind.IMAGE,
    ".tiff": AttachmentKind.IMAGE,
    ".pdf": AttachmentKind.PDF,
}

#: How files of each kind begin (WebP: RIFF, then WEBP at offset 8).
_SIGNATURES: dict[AttachmentKind, tuple[bytes, ...]] = {
    AttachmentKind.IMAGE: (
        b"\xff\xd8\xff",
        b"\x89PNG\r\n\x1a\n",
        b"GIF87a",
        b"GIF89a",
        b"BM",
        b"RIFF",
        b"II*\x00",
        b"MM\x00*",
    ),
    AttachmentKind.PDF: (b"%PDF-",),
}


def _looks_like(kind: AttachmentKind, head: bytes) -> bool:
    if not any(head.startswith(sig) for sig in _SIGNATURES[kind]):
        return False
    return not head.startswith(b"RIFF") or head[8:12] == b"WEBP"


def _inside_data_folder(path: str) -> bool:
    windows = PureWindowsPath(path)
    posix = PurePosixPath(path.replace("\\", "/"))
    return bool(path.strip()) and not (
        windows.drive or windows.is_absolute() or posix.is_absolute() or ".." in posix.parts
    )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}"


def check_attachment(draft: AttachmentDraft) -> tuple[AttachmentValues | None, list[Message]]:
    """The attachment's values, or None with what is wrong with it."""
    name = draft.name or PurePosixPath(draft.path.replace("\\", "/")).name
    kind = SUFFIX_KINDS.get(PurePosixPath(name.lower()).suffix) or SUFFIX_KINDS.get(
        PurePosixPath(draft.path.lower()).suffix
    )
    problems: list[Message] = []
    if kind is None or (draft.head and not _looks_like(kind, draft.head)):
        problems.append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Request",
                    "{name} is not an image or a PDF file; only photos, scans and PDF files "
                    "can be attached.",
                ),
                name=name,
            )
        )
    if draft.size > MAX_BYTES:
        problems.append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Request", "{name} is {size} MB; an attachment may be at most 20 MB."
                ),
                name=name,
                size=_megabytes(draft.size),
            )
        )
    elif draft.size <= 0:
        problems.append(msg(CTX, QT_TRANSLATE_NOOP("Request", "{name} is empty."), name=name))
    if not _inside_data_folder(draft.path):
        problems.append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Request", "{name} must be copied into the data folder before it is attached."
                ),
                name=name,
            )
        )
    if problems or kind is None:
        return None, problems
    path = PurePosixPath(draft.path.replace("\\", "/")).as_posix()
    return AttachmentValues(path, kind, draft.size, name), []


def check_attachments(
    drafts: Sequence[AttachmentDraft], errors: dict[str, list[Message]]
) -> list[AttachmentValues]:
    """Every attachment's values; the problems of all of them under ``attachments``."""
    values: list[AttachmentValues] = []
    for draft in drafts:
        checked, problems = check_attachment(draft)
        if problems:
            errors.setdefault(KEY, []).extend(problems)
        elif checked is not None:
            values.append(checked)
    return values
