"""Writing to stdout and stderr, rendering core messages, and the exit codes."""

from __future__ import annotations

import sys
from collections.abc import Mapping

from villagedesk.core.errors import ValidationError
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
    """A line of the command's result, on stdout."""
    print(text, file=sys.stdout, flush=True)


def err(text: str) -> None:
    """A line for the person at the keyboard (errors, warnings, progress), on stderr."""
    print(text, file=sys.stderr, flush=True)


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
    """Every message of ``error`` on stderr as "field: message"; returns :data:`USAGE`."""
    for key, message in error.all_messages():
        err(field_error(key, render(message), overrides))
    return USAGE
