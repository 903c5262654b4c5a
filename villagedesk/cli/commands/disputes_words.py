"""The words of ``villagedesk disputes``: the Chinese its options take for the core's enums and
risk factors, and the option each service field comes from.

The Chinese spellings of the issue (红, 达成一致, 村调委会, 终止 …) are the command line's contract
and are written here as data, so a script works whatever the translations say; the window's own
labels (as translated) and the codes are accepted too.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

from villagedesk.cli.commands.requests_words import Errors, normal
from villagedesk.core.disputes import warning
from villagedesk.core.disputes.events import Outcome, Performance, SessionResult
from villagedesk.core.disputes.model import DisputeSource, MediationLevel, PartyRole, WarningLevel
from villagedesk.core.disputes.state import DisputeState
from villagedesk.core.requests.events import Satisfaction
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.i18n import enum_label, translate

Coded = TypeVar(
    "Coded",
    PartyRole,
    DisputeSource,
    MediationLevel,
    WarningLevel,
    SessionResult,
    Outcome,
    Performance,
    Satisfaction,
    DisputeState,
)

#: The contract's spellings of each enum's values, the first of each the one printed (one table
#: per enum: values of different enums may share a code, like ``failed``).
SPELLINGS: dict[type[StrEnum], dict[StrEnum, tuple[str, ...]]] = {
    PartyRole: {
        PartyRole.APPLICANT: ("申请人",),
        PartyRole.RESPONDENT: ("被申请人",),
        PartyRole.OTHER: ("其他", "其他当事人"),
    },
    DisputeSource: {
        DisputeSource.SCREENING: ("排查发现", "排查"),
        DisputeSource.PARTY_APPLICATION: ("当事人申请",),
        DisputeSource.PUBLIC_REPORT: ("群众反映",),
        DisputeSource.FROM_REQUEST: ("诉求转入",),
        DisputeSource.POLICE: ("派出所移交",),
        DisputeSource.COURT: ("法院委托",),
        DisputeSource.ASSIGNED: ("上级交办",),
    },
    MediationLevel: {
        MediationLevel.FAMILY: ("家族调解员",),
        MediationLevel.GROUP: ("村民小组调解组",),
        MediationLevel.COMMITTEE: ("村调委会", "村（居）调解委员会", "村调解委员会"),
        MediationLevel.TOWNSHIP: ("乡镇",),
    },
    WarningLevel: {
        WarningLevel.YELLOW: ("黄", "黄色"),
        WarningLevel.ORANGE: ("橙", "橙色"),
        WarningLevel.RED: ("红", "红色"),
        WarningLevel.GREEN: ("绿", "绿色"),
    },
    SessionResult: {
        SessionResult.AGREED: ("达成一致",),
        SessionResult.ADJOURNED: ("继续调解",),
        SessionResult.FAILED: ("调解未果",),
    },
    Outcome: {
        Outcome.WRITTEN_AGREEMENT: ("达成书面协议", "书面协议"),
        Outcome.ORAL_AGREEMENT: ("达成口头协议", "口头协议"),
        Outcome.FAILED: ("调解不成",),
        Outcome.TERMINATED: ("终止", "终止调解"),
    },
    Performance: {
        Performance.DONE: ("已履行",),
        Performance.PARTLY: ("部分履行",),
        Performance.NOT_DONE: ("未履行",),
    },
    Satisfaction: {
        Satisfaction.SATISFIED: ("满意",),
        Satisfaction.BASICALLY_SATISFIED: ("基本满意",),
        Satisfaction.DISSATISFIED: ("不满意",),
    },
    DisputeState: {
        DisputeState.MEDIATING: ("调解中",),
        DisputeState.AWAITING_PERFORMANCE: ("待履行",),
        DisputeState.AWAITING_FOLLOW_UP: ("待回访",),
        DisputeState.FOLLOWED_UP: ("已回访",),
        DisputeState.CLOSED: ("已销号",),
    },
}


#: 风险因素 ticked with ``--risk``: the code and its spellings (the counted ones, 多次报警 and
#: 调解未果, have their own options).
RISK_WORDS: dict[str, tuple[str, ...]] = {
    warning.THREATS: ("扬言报复",),
    warning.WEAPONS: ("持械",),
    warning.PETITION_SIGNS: (
        "重复访/越级访/集体访苗头",
        "上访苗头",
        "重复访",
        "越级访",
        "集体访",
    ),
    "vulnerable": ("涉及老弱病残", "老弱病残"),
    warning.CRIMINAL_RISK: ("民转刑风险", "民转刑"),
}


def word(item: StrEnum) -> str:
    """The contract's spelling of ``item`` (黄, 村调委会 …)."""
    return SPELLINGS[type(item)][item][0]


def words(enum: type[Coded], *, leave_out: Iterable[Coded] = ()) -> list[str]:
    skip = set(leave_out)
    return [word(item) for item in enum if item not in skip]


def choices(enum: type[Coded]) -> dict[str, Coded]:
    table: dict[str, Coded] = {}
    for item in enum:
        table[item.value] = item
        table[normal(enum_label(item.label))] = item
        for spelling in SPELLINGS[enum][item]:
            table[normal(spelling)] = item
    return table


def _not_one_of(text: str, key: str, known: list[str], errors: Errors) -> None:
    errors.setdefault(key, []).append(
        msg(
            "Cli",
            QT_TRANSLATE_NOOP("Cli", "“{value}” is not one of: {words}."),
            value=" ".join(text.split()),
            words="、".join(known),
        )
    )


def pick(enum: type[Coded], text: str, key: str, errors: Errors) -> Coded | None:
    """The value ``text`` names (a spelling, the window's label or the code)."""
    table = choices(enum)
    found = table.get(normal(text)) or table.get(normal(text).lower())
    if found is None:
        known = [word(item) for item in enum if item is not WarningLevel.GREEN]
        _not_one_of(text, key, known, errors)
    return found


def risk_codes(texts: Iterable[str], errors: Errors) -> set[str]:
    """The risk factors ``--risk`` names."""
    table = {normal(s): code for code, spellings in RISK_WORDS.items() for s in spellings}
    table.update({code: code for code in RISK_WORDS})
    found: set[str] = set()
    for text in texts:
        code = table.get(normal(text)) or table.get(normal(text).lower())
        if code is None:
            _not_one_of(text, "risks", [s[0] for s in RISK_WORDS.values()], errors)
        else:
            found.add(code)
    return found


def labels(keys: Iterable[str] = ()) -> dict[str, str]:
    """The option each service field comes from, for "field: message" on stderr; ``keys`` the
    fields a refusal names (a party's fields are numbered from 1, as given)."""
    table = {
        "parties": translate("Cli", "Parties (--party)"),
        "role": translate("Cli", "Role (--role)"),
        "dispute_type": translate("Cli", "Type (--type)"),
        "summary": translate("Cli", "Summary (--summary)"),
        "cause": translate("Cli", "Cause (--cause)"),
        "place": translate("Cli", "Place (--place)"),
        "screened_on": translate("Cli", "Screened on (--screened)"),
        "source": translate("Cli", "Source (--source)"),
        "level": translate("Cli", "Mediation level (--level)"),
        "people": translate("Cli", "People involved (--people)"),
        "risks": translate("Cli", "Risk factor (--risk)"),
        "risks.police_calls": translate("Cli", "Police calls (--police-calls)"),
        "risks.failed_mediations": translate("Cli", "Failed mediations (--failed-mediations)"),
        "owner": translate("Cli", "Case owner (--owner)"),
        "household_ids": translate("Cli", "Household"),
        "reason": translate("Cli", "Reason (--reason)"),
        "note": translate("Cli", "Note (--note)"),
        "mediators": translate("Cli", "Mediator (--mediator)"),
        "held_on": translate("Cli", "Day (--on)"),
        "said": translate("Cli", "What was said (--said)"),
        "result": translate("Cli", "Result (--result)"),
        "agreement": translate("Cli", "Agreement"),
        "facts": translate("Cli", "Basic facts (--facts)"),
        "issues": translate("Cli", "Facts and issues in dispute (--issues)"),
        "terms": translate("Cli", "Terms (--terms)"),
        "manner": translate("Cli", "Manner of performance (--manner)"),
        "due": translate("Cli", "Time limit for performance (--due)"),
        "performance": translate("Cli", "Performance (--performance)"),
        "satisfaction": translate("Cli", "Satisfaction (--satisfaction)"),
        "at": translate("Cli", "Time (--at)"),
        "state": translate("Cli", "State"),
        "request": translate("Cli", "Request"),
    }
    for key in keys:
        head, _, rest = key.partition(".")
        index, _, _field = rest.partition(".")
        if head == "parties" and index.isdigit():
            table[key] = translate("Cli", "Party {n} (--party)").format(n=int(index) + 1)
    return table
