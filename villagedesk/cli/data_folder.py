"""The station's data folder as the command line names it (``--data-dir``, else the default):
checked before anything opens it, and named in messages."""

from __future__ import annotations

import os
from pathlib import Path

from villagedesk.cli.output import USAGE, err
from villagedesk.core.faults import os_error_reason
from villagedesk.datadir import resolve_data_dir
from villagedesk.i18n import render, translate


def short_path(path: object, limit: int = 120) -> str:
    """A path to show in a message: a very long one with its middle left out."""
    text = str(path)
    if len(text) <= limit:
        return text
    return text[: limit // 2] + "…" + text[-limit // 2 :]


def check_data_dir(cli_value: str | None) -> Path | None:
    """The data folder, or None after saying on stderr why it cannot be used."""
    if cli_value is not None and (not cli_value.strip() or "\0" in cli_value):
        err(
            translate(
                "Cli",
                "--data-dir needs a folder: it was given an empty name. Leave the option out to "
                "use the default folder.",
            )
        )
        return None
    data_dir = resolve_data_dir(cli_value, os.environ)
    try:
        if data_dir.exists() and not data_dir.is_dir():
            err(
                translate("Cli", "The data folder {path} is a file, not a folder.").format(
                    path=short_path(data_dir)
                )
            )
            return None
    except OSError as e:
        data_dir_error(data_dir, e)
        return None
    return data_dir


def data_dir_error(data_dir: Path, error: OSError) -> int:
    err(
        translate("Cli", "The data folder {path} cannot be used: {error}").format(
            path=short_path(data_dir), error=render(os_error_reason(error))
        )
    )
    return USAGE
