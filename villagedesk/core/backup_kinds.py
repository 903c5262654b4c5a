"""The kinds of backup and their one label table, shared by the GUI and the CLI.

Each kind has two labels: a short one for the GUI's list column (每日自动) and one naming the
backup itself, for CLI lines (每日备份). They keep the translation contexts they had when each
edge wrote its own table ("Backup" for the GUI, "Cli" for the CLI), so the catalogue is unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

BackupKind = Literal["daily", "manual", "pre-migration", "pre-restore", "pre-import"]
KINDS: tuple[BackupKind, ...] = ("daily", "manual", "pre-migration", "pre-restore", "pre-import")


@dataclass(frozen=True)
class KindLabels:
    """The two labels of one kind: ``short`` for a column, ``backup`` naming such a backup."""

    short: Message
    backup: Message


def _labels(short: str, backup: str) -> KindLabels:
    return KindLabels(msg("Backup", short), msg("Cli", backup))


LABELS: dict[str, KindLabels] = {
    "daily": _labels(QT_TRANSLATE_NOOP("Backup", "Daily"), QT_TRANSLATE_NOOP("Cli", "daily")),
    "manual": _labels(QT_TRANSLATE_NOOP("Backup", "Manual"), QT_TRANSLATE_NOOP("Cli", "manual")),
    "pre-migration": _labels(
        QT_TRANSLATE_NOOP("Backup", "Before upgrade"), QT_TRANSLATE_NOOP("Cli", "before upgrade")
    ),
    "pre-restore": _labels(
        QT_TRANSLATE_NOOP("Backup", "Before restore"), QT_TRANSLATE_NOOP("Cli", "before restore")
    ),
    "pre-import": _labels(
        QT_TRANSLATE_NOOP("Backup", "Before import"), QT_TRANSLATE_NOOP("Cli", "before import")
    ),
}


def short_label(kind: str) -> Message:
    """The column label of ``kind`` (每日自动, 手动, 升级前, 恢复前, 导入前)."""
    labels = LABELS.get(kind)
    return labels.short if labels else _unknown(kind)


def backup_label(kind: str) -> Message:
    """The label naming a backup of ``kind`` (每日备份, 手动备份, 升级前备份, …)."""
    labels = LABELS.get(kind)
    return labels.backup if labels else _unknown(kind)


def _unknown(kind: str) -> Message:
    # A kind this release does not know (a newer release's file) shows as it is named.
    return Message("", kind)
