"""``villagedesk``: the command line's parser and dispatch; with no command it opens the GUI."""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from villagedesk import __version__
from villagedesk.cli.output import ATTENTION, INTERRUPTED, USAGE, err, text
from villagedesk.cli.parser import Parser, add_commands
from villagedesk.core.errors import DomainError
from villagedesk.datadir import resolve_data_dir
from villagedesk.i18n import translate
from villagedesk.store.station_store import StationStore, open_station_store

Command = Callable[[argparse.Namespace, StationStore], int]


def build_parser() -> Parser:
    parser = Parser(
        prog="villagedesk",
        description=translate(
            "Cli",
            "VillageDesk, the village Party service station workbench. Without a command "
            "it opens the window.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=translate("Cli", "Show the version and exit."),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate(
            "Cli",
            "The station's data folder (default: VILLAGEDESK_DATA_DIR, or the user's "
            "application data folder).",
        ),
    )
    # The command modules load only when a command line is parsed, not when the GUI starts.
    from villagedesk.cli.commands import (
        backup,
        check,
        demo,
        exporting,
        importing,
        members,
        printing,
        station,
    )
    from villagedesk.cli.commands import sync as sync_commands

    commands = add_commands(parser, required=False)
    for module in (
        station,
        members,
        demo,
        backup,
        check,
        sync_commands,
        exporting,
        importing,
        printing,
    ):
        module.register(commands)
    return parser


def _open_gui(data_dir: Path) -> int:
    # Imported by name so the command line never loads QtGui or QtWidgets.
    app = importlib.import_module("villagedesk.ui.app")
    code: int = app.run_gui(data_dir, [sys.argv[0] if sys.argv else "villagedesk"])
    return code


def _tolerant_console() -> None:
    """A console that cannot show a character prints a replacement instead of failing."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _run(command: Command, args: argparse.Namespace, data_dir: Path) -> int:
    try:
        store = open_station_store(data_dir, now=datetime.now())
    except DomainError as e:
        err(text(e.message))
        return USAGE
    except (SQLAlchemyError, sqlite3.Error) as e:
        err(
            translate("Cli", "The database in {path} could not be opened: {error}").format(
                path=data_dir, error=e
            )
        )
        return ATTENTION
    try:
        return command(args, store)
    except DomainError as e:
        err(text(e.message))
        return USAGE
    except KeyboardInterrupt:
        err(translate("Cli", "Interrupted; nothing was changed."))
        return INTERRUPTED
    finally:
        store.close()


def window_only(argv: Sequence[str]) -> tuple[bool, str | None]:
    """Whether ``argv`` only opens the window (nothing, or just ``--data-dir DIR``), and the
    folder it names (None for the default)."""
    rest = list(argv)
    if not rest:
        return True, None
    if len(rest) == 2 and rest[0] == "--data-dir" and not rest[1].startswith("-"):
        return True, rest[1]
    if len(rest) == 1 and rest[0].startswith("--data-dir=") and len(rest[0]) > 11:
        return True, rest[0].removeprefix("--data-dir=")
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command in ``argv`` (default: the process's arguments); return the exit code."""
    if argv is None:
        _tolerant_console()
        argv = sys.argv[1:]
    only_window, folder = window_only(argv)
    if only_window:
        # Start-up is the user's first impression: skip building every command's parser.
        return _open_gui(resolve_data_dir(folder, os.environ))
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else USAGE
    data_dir = resolve_data_dir(args.data_dir, os.environ)
    command: Command | None = getattr(args, "func", None)
    if command is None:
        return _open_gui(data_dir)
    return _run(command, args, data_dir)


if __name__ == "__main__":
    sys.exit(main())
