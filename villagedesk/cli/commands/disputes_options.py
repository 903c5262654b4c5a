"""The options ``villagedesk disputes add`` and ``from-request`` share (the parties, the story,
the risk factors …), and the small option helpers of ``disputes.py``."""

from __future__ import annotations

import argparse

from villagedesk.cli.commands.disputes_words import RISK_WORDS, words
from villagedesk.core.disputes.model import DisputeSource, MediationLevel, PartyRole
from villagedesk.i18n import translate


def bar(spellings: list[str]) -> str:
    return "|".join(spellings)


def text_option(parser: argparse.ArgumentParser, option: str, helptext: str, **kw: object) -> None:
    parser.add_argument(option, default="", metavar="T", help=helptext, **kw)  # type: ignore[arg-type]


def word_option(
    parser: argparse.ArgumentParser,
    option: str,
    spellings: list[str],
    helptext: str,
    *,
    required: bool = False,
) -> None:
    """An option taking one of ``spellings`` (the contract's words; the codes work too)."""
    parser.add_argument(
        option, default="", required=required, metavar=bar(spellings), help=helptext
    )


def by_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--by", default="", metavar="NAME", help=translate("Cli", "Who did it (for the history).")
    )


def _party_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument(
        "--party",
        action="append",
        default=[],
        required=required,
        metavar="NAME_OR_ID",
        help=translate(
            "Cli",
            "A party: an 18-digit ID number on the rolls, or a name (one resident or member of "
            "that name is that person; otherwise the name is typed in). Give it once per party.",
        ),
    )
    parser.add_argument(
        "--role",
        action="append",
        default=[],
        metavar=bar(words(PartyRole)),
        help=translate(
            "Cli",
            "The role of each --party, in the same order (default: the first is the applicant, "
            "the second the respondent, the others other parties).",
        ),
    )


def dispute_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    """The parties, the story, the people, the risk factors, the source and the start."""
    _party_options(parser, required=required)
    text_option(
        parser, "--summary", translate("Cli", "What the dispute is about."), required=required
    )
    parser.add_argument(
        "--people",
        type=int,
        default=None,
        metavar="N",
        help=translate("Cli", "How many people are involved (default: the parties)."),
    )
    parser.add_argument(
        "--risk",
        action="extend",
        nargs="+",
        default=[],
        metavar="FACTOR",
        help=translate("Cli", "Risk factors: {words}.").format(
            words="、".join(s[0] for s in RISK_WORDS.values())
        ),
    )
    for option, helptext in (
        ("--failed-mediations", translate("Cli", "How often mediation failed before.")),
        ("--police-calls", translate("Cli", "How often the police were called.")),
    ):
        parser.add_argument(option, type=int, default=0, metavar="N", help=helptext)
    word_option(
        parser,
        "--source",
        words(DisputeSource),
        translate("Cli", "Where it came from (default: 排查发现)."),
    )
    text_option(parser, "--screened", translate("Cli", "The day it was screened (default: today)."))
    word_option(
        parser,
        "--level",
        words(MediationLevel),
        translate("Cli", "Where mediation starts (default: 村调委会)."),
    )
    text_option(parser, "--owner", translate("Cli", "The case owner (包案人)."))
    text_option(parser, "--cause", translate("Cli", "What set it off."))
    text_option(parser, "--place", translate("Cli", "Where it is."))
    by_option(parser)
