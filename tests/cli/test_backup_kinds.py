"""The one table of backup kinds and their labels, as the command line names them."""

from __future__ import annotations

from villagedesk.cli.commands.backup import kind_label
from villagedesk.core.backup_kinds import KINDS, LABELS, backup_label, short_label


def test_every_kind_has_its_labels() -> None:
    assert set(LABELS) == set(KINDS)


def test_the_command_line_names_each_kind_of_backup_in_chinese() -> None:
    assert [kind_label(k) for k in KINDS] == [
        "每日备份",
        "手动备份",
        "升级前备份",
        "恢复前备份",
        "导入前备份",
    ]


def test_a_kind_of_a_newer_release_shows_as_it_is_named() -> None:
    assert kind_label("weekly") == "weekly"
    assert str(short_label("weekly")) == str(backup_label("weekly")) == "weekly"
