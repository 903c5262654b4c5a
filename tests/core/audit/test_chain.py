"""The audit log's hash chain: a log verifies until a row is edited, deleted, inserted or moved,
and the check names the first bad entry; the township's continuation check."""

from __future__ import annotations

import dataclasses
import itertools
from typing import Any

from hypothesis import assume, given
from hypothesis import strategies as st

from tests.core.audit.support import chain_of, changes, draft, drafts, hashes, scalars, texts
from tests.core.chinese import chinese
from villagedesk.core.audit.chain import (
    GENESIS_HASH,
    ChainHead,
    ChainProblem,
    append,
    continuation_message,
    continues_from,
    verify,
)
from villagedesk.core.audit.entry import AuditDraft, AuditEntry, AuditKind, canonical, entry_hash


def test_a_fresh_log_verifies_and_reads_complete() -> None:
    entries = chain_of([draft(i) for i in range(5)])
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
    assert entries[0].prev_hash == GENESIS_HASH
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(entries))
    check = verify(entries, end_head=ChainHead.of(entries[-1]))
    assert check.ok
    assert check.head == ChainHead(5, entries[-1].hash)
    assert check.checked == 5
    assert chinese(check.message()) == "操作日志完整"


def test_an_empty_log_is_complete() -> None:
    assert verify([]).ok


def test_the_hash_covers_every_value_with_its_type() -> None:
    one = append(None, draft(1, fields=(("half_hours", None, 1),)))
    true = append(None, draft(1, fields=(("half_hours", None, True),)))
    assert one.hash != true.hash
    assert b'"half_hours",null,1]' in canonical(one)


def test_an_edited_row_is_named() -> None:
    entries = chain_of([draft(i) for i in range(6)])
    entries[3] = dataclasses.replace(entries[3], actor="张三")
    check = verify(entries)
    assert (check.problem, check.bad_seq) == (ChainProblem.EDITED, 4)
    assert check.head == ChainHead.of(entries[2])
    assert chinese(check.message()) == "操作日志第 4 条在写入后被修改。"


def test_a_row_edited_and_rehashed_breaks_the_link_to_the_next_and_is_named() -> None:
    entries = chain_of([draft(i) for i in range(6)])
    forged = dataclasses.replace(entries[2], fields=(("address", "甲", "乙"),))
    entries[2] = dataclasses.replace(forged, hash=entry_hash(forged))
    check = verify(entries)
    assert (check.problem, check.bad_seq) == (ChainProblem.BROKEN_LINK, 3)


def test_cutting_off_the_newest_rows_shows_only_against_the_kept_head() -> None:
    entries = chain_of([draft(i) for i in range(6)])
    head = ChainHead.of(entries[-1])
    assert verify(entries[:4]).ok  # consistent in itself …
    check = verify(entries[:4], end_head=head)  # … but not the log the station kept
    assert (check.problem, check.bad_seq) == (ChainProblem.MISSING, 5)
    assert chinese(check.message()) == "操作日志缺少第 5 条：有记录被删除。"


def test_a_slice_verifies_from_the_head_before_it() -> None:
    entries = chain_of([draft(i) for i in range(6)])
    assert verify(entries[3:], ChainHead.of(entries[2])).ok
    assert not verify(entries[3:]).ok


def _first_difference(original: list[AuditEntry], changed: list[AuditEntry]) -> int:
    """The number (1-based position) of the first entry where ``changed`` is not ``original``."""

    def key(e: AuditEntry) -> tuple[bytes, str]:
        return canonical(e), e.hash

    for position, (a, b) in enumerate(zip(original, changed, strict=False), 1):
        if key(a) != key(b):
            return position
    return min(len(original), len(changed)) + 1 if len(original) != len(changed) else 0


def _edited(entry: AuditEntry, data: st.DataObject) -> AuditEntry:
    name = data.draw(st.sampled_from([f.name for f in dataclasses.fields(AuditEntry)]))
    old = getattr(entry, name)
    new: object
    if name == "seq":
        new = data.draw(st.integers(min_value=-5, max_value=50).filter(lambda v: v != old))
    elif name in ("hash", "prev_hash"):
        new = data.draw(hashes.filter(lambda v: v != old))
    elif name == "kind":
        new = data.draw(st.sampled_from([str(k) for k in AuditKind if k != old]))
    elif name == "fields":
        extra = data.draw(changes)
        new = old[1:] if old and data.draw(st.booleans()) else (*old, extra)
    else:
        new = data.draw(texts.filter(lambda v: v != old))
    replaced: dict[str, Any] = {name: new}  # the field's own type, whichever was drawn
    return dataclasses.replace(entry, **replaced)


def _forged(entries: list[AuditEntry], position: int, data: st.DataObject) -> AuditEntry:
    if data.draw(st.booleans(), label="well forged"):
        # built by the program's own rules, linked to the entry before it
        return append(entries[position - 1] if position else None, data.draw(drafts))
    return AuditEntry(
        seq=data.draw(st.integers(min_value=0, max_value=len(entries) + 2)),
        at="2026-01-01T00:00:00.000Z",
        actor=data.draw(texts),
        role="admin",
        device="",
        kind="write",
        service="",
        record_type="members",
        record_uuid=data.draw(texts),
        fields=(("name", data.draw(scalars), data.draw(scalars)),),
        note="",
        prev_hash=data.draw(hashes),
        hash=data.draw(hashes),
    )


@given(st.lists(drafts, min_size=1, max_size=8), st.data())
def test_any_tampering_fails_and_names_the_first_bad_entry(
    log: list[AuditDraft], data: st.DataObject
) -> None:
    original = chain_of(log)
    head = ChainHead.of(original[-1])
    tampered = list(original)
    n = len(original)
    how = data.draw(st.sampled_from(["edit", "delete", "insert", "swap"]))
    if how == "edit":
        i = data.draw(st.integers(0, n - 1))
        tampered[i] = _edited(original[i], data)
        expected = {ChainProblem.EDITED}
    elif how == "delete":
        del tampered[data.draw(st.integers(0, n - 1))]
        expected = {ChainProblem.MISSING}
    elif how == "insert":
        p = data.draw(st.integers(0, n))
        forged = _forged(original, p, data)
        assume(p == n or forged != original[p])
        tampered.insert(p, forged)
        expected = {ChainProblem.INSERTED, ChainProblem.EDITED}
    else:
        assume(n >= 2)
        i, j = sorted(
            data.draw(st.lists(st.integers(0, n - 1), min_size=2, max_size=2, unique=True))
        )
        tampered[i], tampered[j] = tampered[j], tampered[i]
        expected = {ChainProblem.INSERTED}
    check = verify(tampered, end_head=head)
    assert not check.ok
    assert check.problem in expected
    assert check.bad_seq == _first_difference(original, tampered)
    assert str(check.bad_seq) in chinese(check.message())


# --- the township's check: a package's entries continue the head it saw last -------------------


def _village_log(count: int) -> list[AuditEntry]:
    return chain_of([draft(i) for i in range(count)])


def test_a_true_continuation_is_accepted() -> None:
    log = _village_log(10)
    seen = ChainHead.of(log[3])
    check = continues_from(seen.hash, seen.seq, log[4:])
    assert check.ok
    assert check.head == ChainHead.of(log[-1])
    assert chinese(continuation_message(check)) == "操作日志连续"


def test_a_first_package_continues_the_genesis() -> None:
    log = _village_log(3)
    assert continues_from(GENESIS_HASH, 0, log).ok


def test_a_cumulative_package_repeating_seen_entries_is_accepted() -> None:
    log = _village_log(10)
    seen = ChainHead.of(log[5])
    check = continues_from(seen.hash, seen.seq, log[2:])
    assert check.ok
    assert check.head == ChainHead.of(log[-1])


def test_a_package_with_nothing_new_is_accepted() -> None:
    log = _village_log(4)
    assert continues_from(log[-1].hash, 4, []).ok
    assert continues_from(log[-1].hash, 4, log[1:]).ok


def test_a_gap_after_the_head_is_refused() -> None:
    log = _village_log(10)
    check = continues_from(log[3].hash, 4, log[6:])
    assert (check.problem, check.bad_seq) == (ChainProblem.MISSING, 5)


def test_a_log_rewritten_after_the_township_saw_it_is_refused() -> None:
    log = _village_log(10)
    seen = ChainHead.of(log[5])
    # the village rewrote its log from entry 4 on, every hash recomputed
    rewritten = chain_of([draft(i) for i in range(3)] + [draft(100 + i) for i in range(7)])
    new_part = continues_from(seen.hash, seen.seq, rewritten[6:])
    assert (new_part.problem, new_part.bad_seq) == (ChainProblem.REWRITTEN, 6)
    assert chinese(new_part.message()) == "操作日志未接续上次看到的第 6 条：日志被改写。"
    overlapping = continues_from(seen.hash, seen.seq, rewritten[2:])
    assert (overlapping.problem, overlapping.bad_seq) == (ChainProblem.REWRITTEN, 6)


def test_an_edited_entry_in_a_package_is_refused() -> None:
    log = _village_log(10)
    package = log[4:]
    package[2] = dataclasses.replace(package[2], note="改过")
    check = continues_from(log[3].hash, 4, package)
    assert (check.problem, check.bad_seq) == (ChainProblem.EDITED, 7)
