"""Writing to stdout and stderr, rendering core messages, and the exit codes."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from villagedesk.cli.parser import printable
from villagedesk.core.errors import ValidationError
from villagedesk.core.faults import not_a_regular_file, os_error_reason, scrub_personal
from villagedesk.core.id_number import names_the_id_number
from villagedesk.core.search import MAX_SEARCH_CHARS
from villagedesk.core.text import Message
from villagedesk.i18n import render, translate

OK = 0
"""Success, possibly with warnings on stderr."""
ATTENTION = 1
"""Done, but something needs attention (a failed check, nothing found where something must be)."""
USAGE = 2
"""Bad input or usage: nothing was changed."""
INTERRUPTED = 130
"""Stopped with Ctrl+C: whatever had started was rolled back."""


def out(text: str) -> None:
    """A line of the command's result, on stdout. The last guard of the rule that the command
    line never shows an ID number or a phone in full (commands mask them as a notice does, and
    the registers go to files with ``export``): a run of digits that could be one is masked."""
    print(printable(scrub_personal(text)), file=sys.stdout, flush=True)


def err(text: str) -> None:
    """A line for the person at the keyboard (errors, warnings, progress), on stderr, with no
    ID number or phone in full: stderr ends up in logs."""
    print(printable(scrub_personal(text)), file=sys.stderr, flush=True)


def text(message: Message) -> str:
    """A core message, translated and filled in."""
    return render(message)


def warn(message: Message) -> None:
    err(translate("Cli", "Warning: {message}").format(message=render(message)))


def field_label(key: str, overrides: Mapping[str, str] | None = None) -> str:
    """The Chinese name of a field a service reported a problem with."""
    if overrides and key in overrides:
        return overrides[key]
    labels = {
        "name": translate("Cli", "Name"),
        "id_number": translate("Cli", "ID number"),
        "ethnicity": translate("Cli", "Ethnic group"),
        "education": translate("Cli", "Education"),
        "phone": translate("Cli", "Phone"),
        "joined_on": translate("Cli", "Joined on"),
        "full_member_on": translate("Cli", "Full member on"),
        "standing": translate("Cli", "Standing"),
        "branch_id": translate("Cli", "Branch"),
        "branch_name": translate("Cli", "Branch"),
        "work_unit": translate("Cli", "Work unit"),
        "address": translate("Cli", "Address"),
        "categories": translate("Cli", "Categories"),
        "code": translate("Cli", "Division code"),
        "level": translate("Cli", "Level"),
        "contact_name": translate("Cli", "Contact person"),
        "contact_phone": translate("Cli", "Contact phone"),
    }
    return labels.get(key, key)


def field_error(key: str, message: str, overrides: Mapping[str, str] | None = None) -> str:
    return translate("Cli", "{field}: {message}").format(
        field=field_label(key, overrides), message=message
    )


def report_invalid(error: ValidationError, overrides: Mapping[str, str] | None = None) -> int:
    """Every message of ``error`` on stderr as "field: message" (the ID number's own refusals,
    which name it already, without the label); returns :data:`USAGE`."""
    for key, message in error.all_messages():
        if key == "id_number" and names_the_id_number(message):
            err(render(message))
        else:
            err(field_error(key, render(message), overrides))
    return USAGE


def search_too_long() -> int:
    """The search text is longer than anything it could find; returns :data:`USAGE`."""
    err(
        translate(
            "Cli",
            "The search text is too long: at most {limit} characters (a name, part of an ID "
            "number or of a phone).",
        ).format(limit=MAX_SEARCH_CHARS)
    )
    return USAGE


def special_file(path: str | os.PathLike[str]) -> str | None:
    """Why ``path`` cannot be opened as a file when it is a folder, a FIFO or a device (opening
    one of the last two may wait for ever); None for a regular file and for a path that cannot
    be looked at (the command's own reading says why). Asked before the file is opened."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None
    refusal = not_a_regular_file(mode)
    return None if refusal is None else render(refusal)


def read_small_file(path: Path, limit: int, too_large: str) -> bytes | None:
    """The bytes of a small file from outside (a calendar year, a rule table), refused before
    it is read whole: not a regular file, larger than ``limit`` bytes (also when it grew while
    read), or unreadable. None after saying why; ``too_large`` may name ``{path}``, ``{size}``
    and ``{limit}`` (both in KB)."""
    refusal = special_file(path)
    if refusal is not None:
        err(translate("Cli", "{path}: {reason}").format(path=path, reason=refusal))
        return None
    try:
        size = path.stat().st_size
        data = b""
        if size <= limit:
            with path.open("rb") as f:
                data = f.read(limit + 1)
            if len(data) <= limit:
                return data
    except OSError:
        err(translate("Cli", "{path} cannot be read.").format(path=path))
        return None
    err(too_large.format(path=path, size=max(size, len(data)) // 1024, limit=limit // 1024))
    return None


def refuse_new_file(target: Path) -> int | None:
    """:data:`USAGE` (after saying why) when ``target`` cannot be a file to write: it is a folder,
    or its folder does not exist; None when it can be written."""
    if target.is_dir():
        err(translate("Cli", "{path} is a folder; give the name of a file.").format(path=target))
        return USAGE
    if not target.parent.is_dir():
        err(translate("Cli", "The folder does not exist: {path}").format(path=target.parent))
        return USAGE
    return None


def file_error(path: str | os.PathLike[str], error: OSError) -> int:
    """Why ``path`` could not be written on stderr, e.g. "the disk is full"; returns
    :data:`USAGE` (files are written atomically, so nothing was changed)."""
    err(
        translate("Cli", "The file {path} could not be written: {error}").format(
            path=os.fspath(path), error=render(os_error_reason(error))
        )
    )
    return USAGE
