"""argparse in Chinese: usage prefix, section titles, help option and the common error messages."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable
from typing import NoReturn, Protocol, TypedDict, Unpack

from villagedesk.core.faults import scrub_personal
from villagedesk.i18n import translate


class ChineseHelpFormatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = translate("Cli", "Usage: ")
        super().add_usage(usage, actions, groups, prefix)


def _argparse_rules() -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]:
    """argparse's own English error messages, matched and said again in Chinese."""
    return [
        (
            re.compile(r"^the following arguments are required: (?P<a>.*)$"),
            lambda m: translate("Cli", "Missing required arguments: {args}").format(args=m["a"]),
        ),
        (
            re.compile(r"^unrecognized arguments: (?P<a>.*)$"),
            lambda m: translate("Cli", "Unrecognized arguments: {args}").format(args=m["a"]),
        ),
        (
            re.compile(
                r"^argument (?P<n>\S+): invalid choice: (?P<v>.*) \(choose from (?P<c>.*)\)$"
            ),
            lambda m: translate(
                "Cli", "Argument {name}: invalid choice {value} (choose from {choices})"
            ).format(name=m["n"], value=m["v"], choices=m["c"]),
        ),
        (
            re.compile(r"^argument (?P<n>\S+): expected one argument$"),
            lambda m: translate("Cli", "Argument {name} needs a value").format(name=m["n"]),
        ),
        (
            re.compile(r"^argument (?P<n>\S+): invalid \w+ value: (?P<v>.*)$"),
            lambda m: translate("Cli", "Argument {name}: invalid value {value}").format(
                name=m["n"], value=m["v"]
            ),
        ),
    ]


def chinese_error(message: str) -> str:
    """argparse's ``message`` in Chinese when it is one of the common ones, else unchanged."""
    for pattern, say in _argparse_rules():
        match = pattern.match(message)
        if match:
            return say(match)
    return message


class ParserOptions(TypedDict, total=False):
    """What the command modules and argparse's sub-command group pass to :class:`Parser`."""

    prog: str | None
    usage: str | None
    description: str | None
    epilog: str | None


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose help and usage errors are Chinese; usage errors exit 2."""

    def __init__(self, **kwargs: Unpack[ParserOptions]) -> None:
        super().__init__(**kwargs, formatter_class=ChineseHelpFormatter, add_help=False)
        self._positionals.title = translate("Cli", "Arguments")
        self._optionals.title = translate("Cli", "Options")
        self.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help=translate("Cli", "Show this help and exit."),
        )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        line = translate("Cli", "{prog}: error: {message}").format(
            prog=self.prog, message=chinese_error(message)
        )
        # argparse repeats the value it refused: never an ID number or phone in full on stderr,
        # and never a character the console cannot show.
        self.exit(2, printable(scrub_personal(line)) + "\n")


def printable(text: str) -> str:
    """``text`` with what the console cannot encode (lone surrogates) escaped."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


class Commands(Protocol):
    """A group of sub-commands: what each command module's ``register`` adds its parsers to
    (argparse's sub-parsers action, whose class is private)."""

    def add_parser(
        self, name: str, *, help: str | None = ..., description: str | None = ...
    ) -> Parser: ...


def add_commands(parser: argparse.ArgumentParser, *, required: bool) -> Commands:
    """The sub-command group of ``parser``."""
    return parser.add_subparsers(
        title=translate("Cli", "Commands"), required=required, parser_class=Parser
    )
