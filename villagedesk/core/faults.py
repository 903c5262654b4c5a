"""What the user is told when something fails that no rule foresaw: a file the system would not
read or write, or an error in the program itself.

One place for the GUI's error box, the CLI and the log: an unexpected error is described by a
generic message and the exception's class name only. Its own text is never shown, because
SQLAlchemy puts the SQL statement and its parameters (name, ID number, phone) there.
:func:`scrub_personal` is the last guard on anything else shown or logged: no run of digits long
enough to be an ID number (18, or 17 and X) or a phone (11) survives it.
"""

from __future__ import annotations

import errno
import re
import stat

from villagedesk.core.masking import mask_id_number, mask_phone
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Faults"


def scrub_personal(text: str) -> str:
    """``text`` with every ID number (18 characters, or any run of 15 digits or more) and every
    phone (a run of exactly 11 digits) masked as a notice masks them (110105********1234,
    139****1234). Shorter runs stay: a 12-digit division code names a station, not a person.

    A uuid or a sha256 (64 hex digits) is an identifier the program printed, and one in twenty
    hashes holds a run of exactly 11 digits somewhere: inside those only a run that reads as a
    number of a person (18 characters, 15 digits or more, a mobile's 11 digits from 1) is
    masked, so that ``audit list --json`` gives its hashes back whole."""
    return _TOKEN.sub(_mask_token, text)


_DIGIT_RUN = re.compile(r"(?<!\d)\d+[Xx]?")
_HEX = "[0-9a-fA-F]"
_TOKEN = re.compile(
    rf"(?<![0-9A-Za-z])(?P<id>{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}"
    rf"|{_HEX}{{64}})(?![0-9A-Za-z])|(?P<run>(?<!\d)\d+[Xx]?)"
)


def _mask_token(match: re.Match[str]) -> str:
    run = match.group("run")
    if run is not None:
        return _mask_run(run, strict=False)
    return _DIGIT_RUN.sub(lambda m: _mask_run(m.group(0), strict=True), match.group("id"))


def _mask_run(run: str, *, strict: bool) -> str:
    """``run`` masked when it could be an ID number or a phone; ``strict``: inside an identifier,
    where only a mobile (11 digits from 1) counts as a phone and zeros alone (the log's first
    ``prev_hash``) as nothing."""
    if strict and not run.strip("0"):
        return run
    digits = len(run) - (not run[-1].isdigit())
    if len(run) == 18 or digits >= 15:
        return mask_id_number(run)
    if digits == 11 and (not strict or run.startswith("1")):
        return mask_phone(run)
    return run


def unexpected_error(error: BaseException) -> Message:
    """The message for an error no rule foresaw: what happened, what to do, and the exception's
    class name (for whoever looks into it), never the exception's own text."""
    return msg(
        CTX,
        QT_TRANSLATE_NOOP(
            "Faults",
            "An unexpected error stopped the work ({error}). What was being saved was not saved. "
            "Try again; if it happens again, restart VillageDesk and tell your technical contact "
            "the name in brackets.",
        ),
        error=type(error).__name__,
    )


_REASONS: dict[int, str] = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("Faults", "the disk is full"),
    errno.EACCES: QT_TRANSLATE_NOOP("Faults", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Faults", "permission denied"),
    errno.EROFS: QT_TRANSLATE_NOOP("Faults", "the disk is read-only"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Faults", "it is a folder, not a file"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Faults", "part of the path is a file, not a folder"),
    errno.ENOENT: QT_TRANSLATE_NOOP("Faults", "no such file or folder"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Faults", "the path is too long"),
    errno.EIO: QT_TRANSLATE_NOOP(
        "Faults", "the disk could not be read or written (is the USB stick still plugged in?)"
    ),
    errno.EEXIST: QT_TRANSLATE_NOOP("Faults", "a file of that name exists already"),
    errno.ENOTEMPTY: QT_TRANSLATE_NOOP("Faults", "the folder is not empty"),
    errno.EBUSY: QT_TRANSLATE_NOOP("Faults", "it is in use by another program"),
    errno.EMFILE: QT_TRANSLATE_NOOP("Faults", "too many files are open"),
    errno.ENXIO: QT_TRANSLATE_NOOP("Faults", "it is a device, not a file"),
    errno.ENODEV: QT_TRANSLATE_NOOP("Faults", "it is a device, not a file"),
}
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def is_disk_full(error: OSError) -> bool:
    return error.errno in _DISK_FULL


def os_error_reason(error: OSError) -> Message:
    """Why the system refused a file (the disk is full, permission denied …), in words; an
    unusual refusal is named by its error code."""
    if is_disk_full(error):
        return msg(CTX, _REASONS[errno.ENOSPC])
    text = _REASONS.get(error.errno or 0)
    if text is not None:
        return msg(CTX, text)
    code = errno.errorcode.get(error.errno or 0, type(error).__name__)
    return msg(
        CTX,
        QT_TRANSLATE_NOOP("Faults", "the system refused it ({code})"),
        code=code,
    )


def not_a_regular_file(mode: int) -> Message | None:
    """Why a path whose ``os.stat`` mode is ``mode`` cannot be read as a file (a folder, a FIFO,
    a device: opening one of the last two may wait for ever), or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return msg(CTX, _REASONS[errno.EISDIR])
    return msg(CTX, QT_TRANSLATE_NOOP("Faults", "it is a device or a pipe, not a file"))


def disk_full() -> Message:
    """The message for a disk that filled up while the database was being written."""
    return msg(
        CTX,
        QT_TRANSLATE_NOOP(
            "Faults",
            "The disk is full, so nothing was saved. Free some space (empty the recycle bin, "
            "delete files you no longer need) and try again.",
        ),
    )
