"""The command line's text checked before a command runs: a value with bytes that are not UTF-8
(Python keeps them as lone surrogates) or a NUL is refused, outside the options that name files,
and the refusal names the option as the user spelled it."""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence

from villagedesk.cli.output import USAGE, err
from villagedesk.i18n import translate

#: Options that name files or folders: any bytes a file name may hold are accepted there.
PATH_OPTIONS = frozenset({"data_dir", "file", "files", "out", "report", "sheet"})


def unusable_arguments(args: argparse.Namespace) -> Iterator[str]:
    """The options whose text no rule can read: bytes that are not UTF-8 (Python keeps them as
    lone surrogates) or a NUL, outside file names."""
    func = getattr(args, "func", None)
    paths = set(PATH_OPTIONS)
    if getattr(func, "__module__", "") == "villagedesk.cli.commands.backup":
        paths.add("name")  # backup restore NAME may be a path
    for key, value in vars(args).items():
        if key in paths or key == "func":
            continue
        values = value if isinstance(value, list) else [value]
        for v in values:
            if isinstance(v, str) and _unreadable_text(v):
                yield key
                break


def _unreadable_text(value: str) -> bool:
    if "\0" in value:
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def spelling(parser: argparse.ArgumentParser, argv: Sequence[str], dest: str) -> str:
    """How the command line spells the option or argument stored as ``dest`` in the command
    that ``argv`` runs."""
    chain = [parser]
    for word in argv:
        subparsers = [a for a in chain[-1]._actions if isinstance(a, argparse._SubParsersAction)]
        if subparsers and word in subparsers[0].choices:
            chain.append(subparsers[0].choices[word])
    for level in reversed(chain):
        for action in level._actions:
            if action.dest == dest:
                longest = max(action.option_strings, key=len, default="")
                return longest or str(action.metavar or dest)
    return dest


def refuse_unreadable(
    parser: argparse.ArgumentParser, argv: Sequence[str], args: argparse.Namespace
) -> int | None:
    """USAGE, after naming the options, when some text in ``args`` cannot be read; else None."""
    unusable = sorted(set(unusable_arguments(args)))
    if not unusable:
        return None
    err(
        translate(
            "Cli",
            "Not readable text in {options}: the value holds bytes that are not UTF-8 text, "
            "or a NUL. Type it again.",
        ).format(options=", ".join(spelling(parser, argv, o) for o in unusable))
    )
    return USAGE
