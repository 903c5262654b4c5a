"""预警等级: the colour a dispute's risk factors give under the station's rules (红 beats 橙,
otherwise 黄), the reasons shown beside it, and the check of a level set by hand."""

from __future__ import annotations

from dataclasses import dataclass

from villagedesk.core.disputes.events import LevelReason
from villagedesk.core.disputes.model import RiskFactors, WarningLevel
from villagedesk.core.disputes.settings import WarningRules
from villagedesk.core.requests.rules import Errors
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg, tidy

CTX = "Dispute"
MAX_NOTE = 200

#: The stable codes of the rules (kept in the history; never renamed).
CRIMINAL_RISK = "criminal_risk"
FAILED_MEDIATIONS = "failed_mediations"
POLICE_CALLS = "police_calls"
PETITION_SIGNS = "petition_signs"
PEOPLE = "people"
THREATS = "threats"
WEAPONS = "weapons"
REASON_CODES: tuple[str, ...] = (
    CRIMINAL_RISK,
    FAILED_MEDIATIONS,
    POLICE_CALLS,
    PETITION_SIGNS,
    PEOPLE,
    THREATS,
    WEAPONS,
)

REASON_TEXTS: dict[str, str] = {
    CRIMINAL_RISK: QT_TRANSLATE_NOOP("Dispute", "Risk of turning into a criminal case"),
    FAILED_MEDIATIONS: QT_TRANSLATE_NOOP("Dispute", "Mediation failed {count} times"),
    POLICE_CALLS: QT_TRANSLATE_NOOP("Dispute", "The police were called {count} times"),
    PETITION_SIGNS: QT_TRANSLATE_NOOP(
        "Dispute", "Signs of repeated, over-level or group petitions"
    ),
    PEOPLE: QT_TRANSLATE_NOOP("Dispute", "{count} people involved"),
    THREATS: QT_TRANSLATE_NOOP("Dispute", "Threats of revenge"),
    WEAPONS: QT_TRANSLATE_NOOP("Dispute", "Weapons involved"),
}


@dataclass(frozen=True)
class Assessment:
    """The level the rules give and the rules that fired (none for a plain 黄)."""

    level: WarningLevel
    reasons: tuple[LevelReason, ...]


def _red_reasons(
    risks: RiskFactors, people: int, failed: int, rules: WarningRules
) -> list[LevelReason]:
    found: list[LevelReason] = []
    if rules.red_on_criminal_risk and risks.criminal_risk:
        found.append(LevelReason(CRIMINAL_RISK))
    if failed >= rules.red_failed:
        found.append(LevelReason(FAILED_MEDIATIONS, failed))
    if risks.police_calls >= rules.red_police:
        found.append(LevelReason(POLICE_CALLS, risks.police_calls))
    if rules.red_on_petition_signs and risks.petition_signs:
        found.append(LevelReason(PETITION_SIGNS))
    if people >= rules.red_people:
        found.append(LevelReason(PEOPLE, people))
    return found


def _orange_reasons(
    risks: RiskFactors, people: int, failed: int, rules: WarningRules
) -> list[LevelReason]:
    found: list[LevelReason] = []
    if rules.orange_on_threats and risks.threats:
        found.append(LevelReason(THREATS))
    if rules.orange_on_weapons and risks.weapons:
        found.append(LevelReason(WEAPONS))
    if failed >= rules.orange_failed:
        found.append(LevelReason(FAILED_MEDIATIONS, failed))
    if people >= rules.orange_people:
        found.append(LevelReason(PEOPLE, people))
    return found


def assess(
    risks: RiskFactors, people: int, failed_sessions: int, rules: WarningRules
) -> Assessment:
    """The level of a dispute with ``risks``, ``people`` involved and ``failed_sessions``
    failed 调解记录 (added to the failed mediations known when it was recorded)."""
    failed = risks.failed_mediations + failed_sessions
    red = _red_reasons(risks, people, failed, rules)
    if red:
        return Assessment(WarningLevel.RED, tuple(red))
    orange = _orange_reasons(risks, people, failed, rules)
    if orange:
        return Assessment(WarningLevel.ORANGE, tuple(orange))
    return Assessment(WarningLevel.YELLOW, ())


def reason_message(reason: LevelReason) -> Message:
    """The reason as shown beside the colour ("调解未果 3 次")."""
    text = REASON_TEXTS.get(reason.code)
    if text is None:
        return msg(CTX, QT_TRANSLATE_NOOP("Dispute", "Rule “{code}”"), code=reason.code)
    return msg(CTX, text, count=reason.count)


def check_manual_level(current: WarningLevel, new: WarningLevel, note: str) -> Errors:
    """A level set by hand: one of 黄/橙/红, not the level in force, always with a written
    reason (so 红 is never lowered without one)."""
    errors: Errors = {}
    if new is WarningLevel.GREEN:
        errors["level"] = [msg(CTX, QT_TRANSLATE_NOOP("Dispute", "Choose yellow, orange or red."))]
    elif new is current:
        errors["level"] = [
            msg(CTX, QT_TRANSLATE_NOOP("Dispute", "The dispute already has this warning level."))
        ]
    clean = tidy(note)
    if not clean:
        text = (
            QT_TRANSLATE_NOOP("Dispute", "Give the reason for lowering a red warning.")
            if current is WarningLevel.RED and new.rank < current.rank
            else QT_TRANSLATE_NOOP("Dispute", "Give the reason for changing the warning level.")
        )
        errors["note"] = [msg(CTX, text)]
    elif len(clean) > MAX_NOTE:
        errors["note"] = [
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Dispute", "The text is too long: at most {limit} characters."),
                limit=MAX_NOTE,
            )
        ]
    return errors
