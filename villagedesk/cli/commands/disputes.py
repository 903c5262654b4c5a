"""``villagedesk disputes add|list|show|level|session|escalate|settle|perform|follow-up|close``
plus ``reopen``, ``from-request`` and ``settings``: the 矛盾纠纷 register from the command line,
through the same services and rules as the window. These spellings are a contract (issue 14).

A dispute is named by its 编号 (``DHC-调-2026-0003``). Levels, results and states are written
in Chinese (红, 达成一致, 调解中 …; :mod:`disputes_words`), their codes work too. Exit codes: 0
done, 2 bad input (nothing written; the reasons on stderr, in Chinese). What each sub-command
does is in ``disputes_commands.py`` and ``disputes_steps.py``.
"""

from __future__ import annotations

import argparse

from villagedesk.cli.commands import disputes_commands as run
from villagedesk.cli.commands import disputes_steps as steps
from villagedesk.cli.commands.disputes_options import (
    by_option,
    dispute_options,
    text_option,
    word_option,
)
from villagedesk.cli.commands.disputes_settings import add_settings
from villagedesk.cli.commands.disputes_words import word, words
from villagedesk.cli.parser import Commands, add_commands
from villagedesk.core.disputes.events import Outcome, Performance, SessionResult
from villagedesk.core.disputes.model import WarningLevel
from villagedesk.core.disputes.state import DisputeState
from villagedesk.core.requests.events import Satisfaction
from villagedesk.i18n import translate

COLOURS = [WarningLevel.RED, WarningLevel.ORANGE, WarningLevel.YELLOW]


def register(commands: Commands) -> None:
    group = commands.add_parser(
        "disputes",
        help=translate("Cli", "Disputes: record, warn, mediate up the levels, settle, close."),
        description=translate(
            "Cli",
            "Disputes (矛盾纠纷排查化解) with the same rules as the window. A dispute is named "
            "by its number, like DHC-调-2026-0003. Days are written like 2026-05-20, times "
            "like “2026-05-20 09:30”.",
        ),
    )
    actions = add_commands(group, required=True)
    _add_add(actions)
    _add_from_request(actions)
    _add_show(actions)
    _add_list(actions)
    _add_level(actions)
    _add_session(actions)
    _add_reason_step(actions, "escalate", translate("Cli", "Move it one level up (上移层级)."))
    _add_settle(actions)
    _add_perform(actions)
    _add_follow_up(actions)
    _add_close(actions)
    _add_reason_step(actions, "reopen", translate("Cli", "Mediate it again (重新调解)."))
    add_settings(actions)


def _add_add(actions: Commands) -> None:
    add = actions.add_parser(
        "add",
        help=translate("Cli", "Record a new dispute; prints its number."),
        description=translate(
            "Cli",
            "Record a new dispute with at least two parties. Its warning level is computed; "
            "its number is printed as the last line.",
        ),
    )
    add.add_argument("--type", required=True, metavar="T", help=translate("Cli", "The type."))
    dispute_options(add, required=True)
    add.set_defaults(func=run.guarded(run.run_add))


def _add_from_request(actions: Commands) -> None:
    turn = actions.add_parser(
        "from-request",
        help=translate("Cli", "Turn a request into a dispute; prints its number."),
        description=translate(
            "Cli",
            "Turn a request into a dispute (诉求转入): the requester is the first party, the "
            "request's content the summary unless given. Its number is printed as the last line.",
        ),
    )
    turn.add_argument("request", metavar="REQUEST_NO", help=translate("Cli", "The request."))
    text_option(turn, "--type", translate("Cli", "The type (default: 其他)."))
    dispute_options(turn, required=False)
    turn.set_defaults(func=run.guarded(run.run_from_request))


def _step(actions: Commands, name: str, helptext: str) -> argparse.ArgumentParser:
    parser = actions.add_parser(name, help=helptext, description=helptext)
    parser.add_argument("number", metavar="NO", help=translate("Cli", "The dispute's number."))
    return parser


def _add_show(actions: Commands) -> None:
    show = _step(actions, "show", translate("Cli", "Show one dispute with its history."))
    show.add_argument("--json", action="store_true", help=translate("Cli", "As one JSON object."))
    show.set_defaults(func=run.guarded(run.run_show))


def _add_list(actions: Commands) -> None:
    listing = actions.add_parser(
        "list",
        help=translate("Cli", "List the disputes, red first."),
        description=translate(
            "Cli",
            "List the disputes, red first, one per line, tab-separated: number, colour, state, "
            "screened, type, parties, mediation level, case owner, summary.",
        ),
    )
    word_option(
        listing,
        "--level",
        words(WarningLevel),
        translate("Cli", "Only open ones of this warning level (绿: the closed ones)."),
    )
    word_option(
        listing, "--state", words(DisputeState), translate("Cli", "Only those in this state.")
    )
    listing.add_argument("--json", action="store_true", help=translate("Cli", "As one JSON array."))
    listing.set_defaults(func=run.guarded(run.run_list))


def _add_level(actions: Commands) -> None:
    level = _step(
        actions, "level", translate("Cli", "Raise or lower the warning level, with the reason.")
    )
    word_option(
        level,
        "--to",
        [word(c) for c in COLOURS],
        translate("Cli", "The new warning level."),
        required=True,
    )
    text_option(level, "--reason", translate("Cli", "Why (always required)."))
    by_option(level)
    level.set_defaults(func=run.guarded(steps.run_level))


def _add_session(actions: Commands) -> None:
    session = _step(actions, "session", translate("Cli", "Record a mediation session (调解记录)."))
    session.add_argument(
        "--mediator", action="append", required=True, default=[], metavar="NAME",
        help=translate("Cli", "A mediator (may be given more than once)."),
    )  # fmt: skip
    text_option(session, "--said", translate("Cli", "What was said."), required=True)
    word_option(
        session,
        "--result",
        words(SessionResult),
        translate("Cli", "How the session ended."),
        required=True,
    )
    text_option(session, "--on", translate("Cli", "The day it was held (default: today)."))
    session.add_argument(
        "--present", action="extend", nargs="+", default=[], metavar="NAME",
        help=translate("Cli", "The parties present."),
    )  # fmt: skip
    text_option(session, "--place", translate("Cli", "Where it was held."))
    by_option(session)
    session.set_defaults(func=run.guarded(steps.run_session))


def _add_reason_step(actions: Commands, name: str, helptext: str) -> None:
    step = _step(actions, name, helptext)
    text_option(step, "--reason", translate("Cli", "Why."), required=True)
    by_option(step)
    step.set_defaults(
        func=run.guarded(steps.run_escalate if name == "escalate" else steps.run_reopen)
    )


def _add_settle(actions: Commands) -> None:
    settle = _step(actions, "settle", translate("Cli", "Record the mediation result (调解结果)."))
    word_option(settle, "--result", words(Outcome), translate("Cli", "The result."), required=True)
    text_option(settle, "--facts", translate("Cli", "Basic facts (written agreements)."))
    text_option(settle, "--issues", translate("Cli", "The facts and issues in dispute (written)."))
    text_option(settle, "--terms", translate("Cli", "What was agreed."))
    text_option(settle, "--manner", translate("Cli", "How it is to be performed (written)."))
    text_option(
        settle, "--due", translate("Cli", "The time limit for performance, like 2026-06-30.")
    )
    text_option(
        settle,
        "--note",
        translate(
            "Cli",
            "Without an agreement: the reason, or that litigation and arbitration were explained.",
        ),
    )
    by_option(settle)
    settle.set_defaults(func=run.guarded(steps.run_settle))


def _add_perform(actions: Commands) -> None:
    perform = _step(actions, "perform", translate("Cli", "Record how the agreement was performed."))
    word_option(
        perform,
        "--result",
        words(Performance),
        translate("Cli", "Performed, partly, or not (未履行 mediates it again)."),
        required=True,
    )
    text_option(perform, "--note", translate("Cli", "A note."))
    by_option(perform)
    perform.set_defaults(func=run.guarded(steps.run_perform))


def _add_follow_up(actions: Commands) -> None:
    follow = _step(
        actions,
        "follow-up",
        translate("Cli", "Visit the parties again (回访), after the time limit."),
    )
    word_option(
        follow,
        "--performance",
        words(Performance),
        translate("Cli", "How the agreement was kept (where there is one)."),
    )
    word_option(
        follow,
        "--satisfaction",
        words(Satisfaction),
        translate("Cli", "How satisfied the parties are."),
        required=True,
    )
    follow.add_argument(
        "--hidden-risk", action="store_true",
        help=translate("Cli", "A hidden danger remains."),
    )  # fmt: skip
    text_option(follow, "--note", translate("Cli", "A note."))
    text_option(follow, "--at", translate("Cli", "When, like “2026-05-20 09:30” (default: now)."))
    by_option(follow)
    follow.set_defaults(func=run.guarded(steps.run_follow_up))


def _add_close(actions: Commands) -> None:
    close = _step(
        actions, "close", translate("Cli", "Close the dispute (销号), after the follow-up.")
    )
    text_option(close, "--note", translate("Cli", "A note."))
    by_option(close)
    close.set_defaults(func=run.guarded(steps.run_close))
