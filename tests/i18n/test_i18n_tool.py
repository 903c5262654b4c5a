"""Merging pending .tsv translations into a .ts file."""

from __future__ import annotations

from pathlib import Path

from villagedesk.devtools import i18n_tool

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Member</name>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} 名党员</translation>
    </message>
</context>
</TS>
"""


def test_pending_translations_are_merged_and_finished(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(TS, encoding="utf-8")
    tsv = tmp_path / "a.tsv"
    tsv.write_text(
        "Member\tEnter the member's name.\t请输入党员姓名。\nMember\tGone\t已删除\n",
        encoding="utf-8",
    )
    translations, problems = i18n_tool.read_pending([tsv])
    assert problems == []
    changed, unmatched = i18n_tool.merge_pending(ts, translations)
    assert (changed, unmatched) == (1, [("Member", "Gone")])
    entries = i18n_tool.read_ts(ts)
    assert entries[("Member", "Enter the member's name.")] == i18n_tool.Entry(
        "请输入党员姓名。", True
    )
    assert entries[("Member", "{count} members")].finished


def test_conflicting_and_malformed_lines_are_reported(tmp_path: Path) -> None:
    a, b = tmp_path / "a.tsv", tmp_path / "b.tsv"
    a.write_text("Member\tName\t姓名\nbroken line\n", encoding="utf-8")
    b.write_text("Member\tName\t名字\n", encoding="utf-8")
    _, problems = i18n_tool.read_pending([a, b])
    assert len(problems) == 2
    assert "a.tsv:2" in problems[0] and "b.tsv:1" in problems[1]


def test_placeholders_must_survive_translation() -> None:
    entries = {
        ("M", "{count} members"): i18n_tool.Entry("{n} 名党员", True),
        ("M", "{count} left"): i18n_tool.Entry("剩余 {count} 名", True),
    }
    problems = i18n_tool.placeholder_problems(entries)
    assert len(problems) == 1 and "{count} members" in problems[0]
