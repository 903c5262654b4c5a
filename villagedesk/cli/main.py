"""``villagedesk``: the command line's parser and dispatch; with no command it opens the GUI."""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from villagedesk import __version__
from villagedesk.cli.arguments import refuse_unreadable
from villagedesk.cli.data_folder import check_data_dir, data_dir_error, short_path
from villagedesk.cli.output import ATTENTION, INTERRUPTED, USAGE, err, text
from villagedesk.cli.parser import Parser, add_commands
from villagedesk.cli.signing_in import act_as
from villagedesk.core.errors import DomainError
from villagedesk.core.faults import os_error_reason, scrub_personal, unexpected_error
from villagedesk.i18n import render, translate
from villagedesk.store.engine import database_fault
from villagedesk.store.station_store import StationStore, open_station_store

if TYPE_CHECKING:  # the command modules load only when a command line is parsed
    from villagedesk.cli.commands import Command


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
    parser.add_argument(
        "--user",
        metavar="NAME",
        help=translate(
            "Cli",
            "Sign in as this account (the password from VILLAGEDESK_PASSWORD, or asked for "
            "in a terminal). Needed on a station with accounts, unless 免登录 is on.",
        ),
    )
    # The command modules load only when a command line is parsed, not when the GUI starts.
    from villagedesk.cli.commands import (
        audit,
        backup,
        calendar,
        check,
        demo,
        disputes,
        exporting,
        importing,
        in_service,
        members,
        printing,
        privacy,
        requests,
        station,
        users,
        village_profile,
    )
    from villagedesk.cli.commands import sync as sync_commands

    commands = add_commands(parser, required=False)
    for module in (
        station,
        members,
        in_service,
        requests,
        disputes,
        village_profile,
        calendar,
        demo,
        backup,
        check,
        sync_commands,
        exporting,
        importing,
        printing,
        users,
        audit,
        privacy,
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


#: Commands that work on a database that failed its quick check: the backups (a restore is the
#: way out) and ``check`` (it says what is wrong).
RECOVERY_COMMANDS = (
    "villagedesk.cli.commands.backup",
    "villagedesk.cli.commands.backup_sealed",
    "villagedesk.cli.commands.check",
)


def _database_error(error: BaseException, data_dir: Path) -> int:
    """A database error in words (the disk is full …), never its text (SQL and parameters)."""
    fault = database_fault(error, folder=data_dir)
    if fault is None:
        return _unexpected(error)
    err(render(fault))
    return USAGE


def _unexpected(error: BaseException) -> int:
    err(scrub_personal(render(unexpected_error(error))))
    return ATTENTION


def _refuse_damaged(store: StationStore) -> int | None:
    """The quick check the GUI runs at start-up; a damaged database is neither read nor written."""
    problems = store.check()
    if not problems:
        return None
    err(
        translate(
            "Cli",
            "The database failed its check ({count} problems), so nothing was read or written. "
            "Restore a backup: villagedesk backup list shows the backups, villagedesk backup "
            "restore NAME restores one. villagedesk check lists the problems.",
        ).format(count=len(problems))
    )
    return USAGE


def _run(command: Command, args: argparse.Namespace, data_dir: Path) -> int:
    try:
        store = open_station_store(data_dir, now=datetime.now())
    except DomainError as e:
        err(text(e.message))
        return USAGE
    except OSError as e:
        return data_dir_error(data_dir, e)
    except (SQLAlchemyError, sqlite3.Error) as e:
        fault = database_fault(e, folder=data_dir) or unexpected_error(e)
        err(
            translate("Cli", "The database in {path} could not be opened: {error}").format(
                path=short_path(data_dir), error=scrub_personal(render(fault))
            )
        )
        return USAGE
    except Exception as e:  # no input may end in a traceback
        return _unexpected(e)
    try:
        if getattr(command, "__module__", "") not in RECOVERY_COMMANDS:
            refused = _refuse_damaged(store)
            if refused is not None:
                return refused
        refused = act_as(store, getattr(args, "user", None))
        if refused is not None:
            return refused
        return command(args, store)
    except DomainError as e:
        err(text(e.message))
        return USAGE
    except KeyboardInterrupt:
        err(translate("Cli", "Interrupted; nothing was changed."))
        return INTERRUPTED
    except BrokenPipeError:
        # The reader of stdout went away (``| head``): stop quietly, as command-line tools do.
        _silence_stdout()
        return 0
    except OSError as e:
        err(
            translate("Cli", "Could not read or write {path}: {error}").format(
                path=short_path(e.filename if e.filename is not None else data_dir),
                error=render(os_error_reason(e)),
            )
        )
        return USAGE
    except (SQLAlchemyError, sqlite3.Error) as e:
        return _database_error(e, data_dir)
    except Exception as e:  # no input may end in a traceback
        return _unexpected(e)
    finally:
        store.close()


def _silence_stdout() -> None:
    """Point stdout at the null device so that Python's flush at exit does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


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
        window_dir = check_data_dir(folder)
        return USAGE if window_dir is None else _open_gui(window_dir)
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else USAGE
    refused = refuse_unreadable(parser, argv, args)
    if refused is not None:
        return refused
    data_dir = check_data_dir(args.data_dir)
    if data_dir is None:
        return USAGE
    command: Command | None = getattr(args, "func", None)
    if command is None:
        return _open_gui(data_dir)
    return _run(command, args, data_dir)


if __name__ == "__main__":
    sys.exit(main())
