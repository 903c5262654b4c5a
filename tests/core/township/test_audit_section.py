"""A package's audit section at the township: hostile sections are refused in Chinese without a
traceback and without echoing what the file held; well-formed ones are checked link by link,
each write entry against its change lines, and a gap, an edit or a rewrite names where."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.core.chinese import chinese
from villagedesk.core.audit.chain import GENESIS_HEAD, ChainHead, ChainProblem, append
from villagedesk.core.audit.changes import change_line, digest_of
from villagedesk.core.audit.codec import entry_to_json
from villagedesk.core.audit.entry import AuditDraft, AuditEntry, AuditKind
from villagedesk.core.township import audit_validators as v
from villagedesk.core.township.audit_check import check_section
from villagedesk.core.township.model import PackageHeader, PackageRefused

ID_NUMBER = "370323199001011234"
UUID = "0b7e3f0c-2b1a-4c9e-9a55-1f2d3c4b5a69"


def _lines(n: int) -> list[str]:
    return [change_line("requests", UUID, [["content", None, f"第{i}条"]]) for i in range(n)]


def log(count: int) -> tuple[list[AuditEntry], list[dict[str, object]]]:
    """``count`` write entries of two change lines each, chained from the genesis."""
    entries: list[AuditEntry] = []
    changes: list[dict[str, object]] = []
    prev: AuditEntry | None = None
    for _ in range(count):
        lines = _lines(2)
        draft = AuditDraft(
            at="2026-12-08T09:00:00Z",
            actor="王书记",
            role="admin",
            device="村委电脑",
            kind=AuditKind.WRITE,
            service="requests.add_request",
            changes=len(lines),
            digest=digest_of(lines),
        )
        prev = append(prev, draft)
        entries.append(prev)
        changes.extend({"seq": prev.seq, "line": line} for line in lines)
    return entries, changes


def section(entries: list[AuditEntry], changes: list[dict[str, object]]) -> v.AuditRows:
    return v.read_audit_section(
        {"audit_entries": [entry_to_json(e) for e in entries], "audit_changes": changes}
    )


def refused(audit: dict[str, list[dict[str, object]]]) -> str:
    with pytest.raises(PackageRefused) as caught:
        v.read_audit_section(audit)
    text = chinese(caught.value.message)
    assert ID_NUMBER not in text and "Traceback" not in text
    return text


# -- hostile sections ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "edit",
    [
        {"seq": "1"},
        {"seq": True},
        {"seq": 0},
        {"fields": {"a": 1}},
        {"fields": [["name", {"x": 1}, None]]},
        {"changes": -1},
        {"actor": None},
        {"actor": 12},
        {"digest": []},
        {"actor": ID_NUMBER * 1000},  # an oversized text, an ID number inside
        {"fields": [["f", None, None]] * (v.MAX_FIELDS + 1)},
    ],
)
def test_a_malformed_entry_is_refused_naming_its_line(edit: dict[str, object]) -> None:
    entries, changes = log(2)
    rows = [entry_to_json(e) for e in entries]
    rows[1] = {**rows[1], **edit}
    text = refused({"audit_entries": rows, "audit_changes": changes})
    assert "操作日志" in text and "第 2 行" in text


@pytest.mark.parametrize(
    "row",
    [
        {"seq": 1},
        {"seq": 1, "line": 5},
        {"seq": 1, "line": "not json"},
        {"seq": 1, "line": '{"a": 1}'},
        {"seq": 1, "line": "[" * 100_000},
        {"seq": 1, "line": '["requests", "u", [["f", {"deep": 1}, null]]]'},
        {"seq": 1, "line": '["requests", "' + ID_NUMBER * 20_000 + '", []]'},
        {"seq": 1, "line": "[]", "extra": True},
        {"seq": -3, "line": "[]"},
    ],
)
def test_a_malformed_change_line_is_refused(row: dict[str, object]) -> None:
    entries, changes = log(1)
    text = refused(
        {"audit_entries": [entry_to_json(e) for e in entries], "audit_changes": [row, *changes]}
    )
    assert "操作日志" in text and "第 1 行" in text


def test_counts_beyond_the_caps_are_refused_before_anything_is_opened() -> None:
    header = PackageHeader(
        kind="package",
        station_code="370323104203",
        station_name="东河村党群服务站",
        fingerprint="1111-2222-3333-4444",
        sign_public="",
        box_public="",
        recipient="",
        seq=1,
        counter_from=0,
        counter_to=1,
        package_hash="a" * 64,
        created_at="2026-12-08T09:00:00Z",
        counts={"audit_entries": v.MAX_ENTRIES + 1},
    )
    with pytest.raises(PackageRefused) as caught:
        v.check_audit_counts(header)
    assert caught.value.reason == "too_large"
    assert "操作日志" in chinese(caught.value.message)
    v.check_audit_counts(replace(header, counts={"audit_changes": v.MAX_CHANGES}))


def test_too_many_rows_are_refused_as_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(v, "MAX_CHANGES", 3)
    entries, changes = log(2)
    with pytest.raises(PackageRefused) as caught:
        section(entries, changes)
    assert caught.value.reason == "too_large"


# -- well-formed sections, checked ---------------------------------------------------------------


def _head(entries: list[AuditEntry]) -> ChainHead:
    return ChainHead.of(entries[-1])


def test_a_whole_log_continues_from_the_genesis() -> None:
    entries, changes = log(3)
    verdict = check_section(GENESIS_HEAD, _head(entries), section(entries, changes))
    assert verdict.ok and chinese(verdict.message()) == "操作日志连续"
    assert [e.seq for e in verdict.new_entries] == [1, 2, 3]
    assert sum(len(lines) for lines in verdict.lines.values()) == 6


def test_repeated_entries_continue_and_only_the_new_ones_are_kept() -> None:
    entries, changes = log(4)
    verdict = check_section(ChainHead.of(entries[1]), _head(entries), section(entries, changes))
    assert verdict.ok
    assert [e.seq for e in verdict.new_entries] == [3, 4]


def test_a_deleted_entry_is_a_gap() -> None:
    entries, changes = log(3)
    kept = [entries[0], entries[2]]
    rows = [c for c in changes if c["seq"] != 2]
    verdict = check_section(GENESIS_HEAD, _head(entries), section(kept, rows))
    assert verdict.check.problem is ChainProblem.MISSING and verdict.check.bad_seq == 2


def test_the_newest_entries_cut_off_are_a_gap_against_the_signed_head() -> None:
    entries, changes = log(3)
    rows = [c for c in changes if c["seq"] != 3]
    verdict = check_section(GENESIS_HEAD, _head(entries), section(entries[:2], rows))
    assert verdict.check.problem is ChainProblem.MISSING and verdict.check.bad_seq == 3


def test_an_edited_entry_is_named() -> None:
    entries, changes = log(3)
    entries[1] = replace(entries[1], actor="别人")
    verdict = check_section(GENESIS_HEAD, _head(entries), section(entries, changes))
    assert verdict.check.problem is ChainProblem.EDITED and verdict.check.bad_seq == 2
    assert "2" in chinese(verdict.message())


def test_an_edited_or_dropped_change_line_breaks_its_entry() -> None:
    entries, changes = log(3)
    edited = [dict(c) for c in changes]
    edited[2]["line"] = str(edited[2]["line"]).replace("第0条", "第9条")
    verdict = check_section(GENESIS_HEAD, _head(entries), section(entries, edited))
    assert verdict.check.problem is ChainProblem.EDITED and verdict.check.bad_seq == 2
    dropped = changes[:3] + changes[4:]
    verdict = check_section(GENESIS_HEAD, _head(entries), section(entries, dropped))
    assert verdict.check.problem is ChainProblem.EDITED and verdict.check.bad_seq == 2


def test_a_log_written_again_after_the_head_seen_is_a_rewrite() -> None:
    """What a village that restored a backup sends: the same numbers, other entries."""
    entries, changes = log(3)
    seen = ChainHead.of(entries[2])
    again = [*entries[:2], append(entries[1], replace(_draft_of(entries[2]), note="恢复后"))]
    verdict = check_section(seen, _head(again), section(again, changes))
    assert verdict.check.problem is ChainProblem.REWRITTEN
    assert "改写" in chinese(verdict.message())


def _draft_of(entry: AuditEntry) -> AuditDraft:
    return AuditDraft(
        at=entry.at,
        actor=entry.actor,
        role=entry.role,
        device=entry.device,
        kind=AuditKind.WRITE,
        service=entry.service,
        changes=entry.changes,
        digest=entry.digest,
    )
