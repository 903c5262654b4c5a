"""A step of a request's history in words, for the 办理单's history table: who was assigned,
what was done or replied, how the follow-up went, why it was closed or not accepted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from villagedesk.core.requests.events import (
    Assignment,
    Closing,
    Details,
    Escalation,
    Extension,
    FollowUp,
    MergeLink,
    Note,
    Refusal,
    Signing,
)
from villagedesk.core.requests.timing import display_due
from villagedesk.core.text import QT_TRANSLATE_NOOP

CTX = "RequestHistory"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _enum(label: str) -> str:
    return QCoreApplication.translate("Enum", label)


def _assignment(d: Assignment) -> str:
    text = _tr(QT_TRANSLATE_NOOP("RequestHistory", "Responsible: {name}")).format(
        name=d.assignee.name
    )
    if d.helpers:
        helpers = "、".join(h.name for h in d.helpers)
        text += _tr(QT_TRANSLATE_NOOP("RequestHistory", "; helpers: {names}")).format(names=helpers)
    return f"{text}\n{d.reason}" if d.reason else text


def _follow_up(d: FollowUp) -> str:
    text = f"{_enum(d.resolution.label)} · {_enum(d.satisfaction.label)}"
    return f"{text}\n{d.note}" if d.note else text


def _closing(d: Closing) -> str:
    if not d.statement:
        return ""
    return _tr(QT_TRANSLATE_NOOP("RequestHistory", "{statement} (approved by {name})")).format(
        statement=d.statement, name=d.approved_by
    )


def _extension(d: Extension) -> str:
    return _tr(
        QT_TRANSLATE_NOOP("RequestHistory", "New time limit {due}: {reason} (approved by {name})")
    ).format(due=display_due(d.new_due), reason=d.reason, name=d.approved_by)


def _note(d: Note) -> str:
    if d.automatic and not d.text:
        return _tr(QT_TRANSLATE_NOOP("RequestHistory", "Reopened by the follow-up"))
    return d.text


def step_text(details: Details) -> str:
    """What the step's details say, in one or two lines."""
    match details:
        case Assignment():
            return _assignment(details)
        case Signing():
            return details.signer.name
        case Note():
            return _note(details)
        case Extension():
            return _extension(details)
        case Escalation():
            return f"{details.department}: {details.text}"
        case FollowUp():
            return _follow_up(details)
        case Closing():
            return _closing(details)
        case Refusal():
            return f"{_enum(details.ground.label)}: {details.reason}"
        case MergeLink():
            return details.other_number
    return ""
