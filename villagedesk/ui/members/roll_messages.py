"""What the roll page says after a roll change, a void or an undo (in the status bar and in the
notice above the table, naming the member and how to find them again), and why its edit buttons
are off."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from villagedesk.core.members.roll import RollStatus
from villagedesk.core.members.roll_undo import Undoable
from villagedesk.i18n import enum_label


def roll_changed(name: str, status: RollStatus, *, listed: bool) -> str:
    """The member's new status; when the roll no longer lists them, how to see them."""
    if listed:
        text = QCoreApplication.translate(
            "MembersPage", "The roll status of {name} is now “{status}”."
        )
    else:
        text = QCoreApplication.translate(
            "MembersPage",
            "The roll status of {name} is now “{status}”. {name} is no longer listed; tick "
            "“Include transferred out, deceased etc.” to see them.",
        )
    return text.format(name=name, status=enum_label(status.label))


def voided(name: str, reason: str) -> str:
    return QCoreApplication.translate(
        "MembersPage",
        "The record of {name} was voided (reason: {reason}). Tick “Show voided records” "
        "to find it.",
    ).format(name=name, reason=reason)


def undone(undoable: Undoable) -> str:
    name = undoable.member_name
    if undoable.is_void:
        return QCoreApplication.translate(
            "MembersPage", "The void was undone: the record of {name} is back."
        ).format(name=name)
    return QCoreApplication.translate(
        "MembersPage", "“{change}” was undone: {name} is “{status}” again."
    ).format(
        change=enum_label(undoable.event.change.label),
        name=name,
        status=enum_label(undoable.status_after.label),
    )


def why_not_editable(*, one: bool, own: bool, voided: bool) -> str:
    """The tooltip of the edit, roll-change and void buttons for the selection ("" when they
    apply or nothing single is chosen)."""
    if voided and one:
        return QCoreApplication.translate("MembersPage", "A voided record cannot be changed.")
    if own or not one:
        return ""
    # At a township a village's members are read-only: they go back to the village instead.
    return QCoreApplication.translate(
        "MembersPage", "A village's record is read-only here; return it to the village."
    )
