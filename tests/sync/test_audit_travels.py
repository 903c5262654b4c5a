"""The village's audit log travels in its packages: the township verifies that it continues
(操作日志连续), keeps it per village, and holds a package whose log was cut, edited or rewritten,
like a fork, without applying any of it."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.core.chinese import chinese
from tests.core.requests.support import CLOCK, draft
from tests.sync.township_fixtures import Pair, make_pair
from villagedesk.core.accounts.model import Actor, Role
from villagedesk.core.audit.codec import entry_from_json, entry_to_json
from villagedesk.core.audit.entry import entry_hash
from villagedesk.core.requests import services as requests
from villagedesk.core.township import audit_trail
from villagedesk.core.township import village as sync_village
from villagedesk.core.township.import_outcome import FileOutcome
from villagedesk.core.township.ports import PackageStatus
from villagedesk.store.requests import tables as tr
from villagedesk.store.township.audit_tables import sync_audit_entries, sync_audit_head
from villagedesk.store.township.tables import sync_package_log
from villagedesk.sync.container import open_container, write_container
from villagedesk.sync.manifest import KIND_PACKAGE, ManifestFields

VILLAGE = "370323104203"
PHONE = "13912345678"


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    p = make_pair(tmp_path)
    p.village.uow_factory.actor = Actor("王书记", Role.ADMIN, device="村委电脑")
    yield p
    p.close()


def add_request(pair: Pair, content: str = "村东头路灯坏了三天，晚上看不见路。") -> None:
    requests.add_request(
        pair.village.uow_factory(),
        draft=draft(
            requester_kind="named",
            person_id=None,
            requester_name="张大爷",
            requester_phone=PHONE,
            content=content,
        ),
        clock=CLOCK,
    )


def township_requests(pair: Pair) -> int:
    with pair.township.engine.connect() as conn:
        query = select(func.count()).select_from(tr.requests)
        return int(conn.execute(query.where(tr.requests.c.station_code == VILLAGE)).scalar_one())


def township_head(pair: Pair) -> tuple[int, str] | None:
    with pair.township.engine.connect() as conn:
        row = conn.execute(select(sync_audit_head.c.seq, sync_audit_head.c.hash)).first()
    return None if row is None else (int(row[0]), str(row[1]))


def village_head(pair: Pair) -> tuple[int, str]:
    with pair.village.uow_factory().for_reading() as uow:
        head = uow.audit_log.head()
    assert head is not None
    return head.seq, head.hash


# -- the chain head's round trip ------------------------------------------------------------------


def test_the_township_verifies_the_log_continues_and_keeps_it(pair: Pair) -> None:
    add_request(pair)
    first = pair.export()
    report = pair.import_(first)
    assert report.exit_code == 0
    result = report.files[0]
    assert result.audit is not None and chinese(result.audit) == "操作日志连续"
    head_after_first = township_head(pair)
    assert head_after_first is not None and head_after_first[0] >= 1
    # The package carried the log up to the head it states; the export's own entry follows.
    assert village_head(pair)[0] == head_after_first[0] + 1

    pair.receipt()
    add_request(pair, content="村西头水渠堵了。")
    second = pair.import_(pair.export())
    assert second.exit_code == 0
    assert second.files[0].audit is not None
    assert chinese(second.files[0].audit) == "操作日志连续"
    head = township_head(pair)
    assert head is not None and head[0] > head_after_first[0]
    with pair.township.engine.connect() as conn:
        seqs = [int(s) for s in conn.execute(select(sync_audit_entries.c.seq)).scalars()]
    assert sorted(seqs) == list(range(1, head[0] + 1))  # no entry lost, none twice


def test_a_package_after_a_lost_receipt_repeats_entries_and_still_continues(pair: Pair) -> None:
    add_request(pair)
    assert pair.import_(pair.export()).exit_code == 0
    add_request(pair, content="村西头水渠堵了。")  # no receipt: the next package repeats
    report = pair.import_(pair.export())
    assert report.exit_code == 0
    assert report.files[0].audit is not None
    assert chinese(report.files[0].audit) == "操作日志连续"


def test_the_township_logs_each_import_as_one_sync_entry(pair: Pair) -> None:
    add_request(pair)
    pair.import_(pair.export())
    with pair.township.uow_factory().for_reading() as uow:
        head = uow.audit_log.head()
        entries = uow.audit_log.after(0)
    assert head is not None
    sync = [e for e in entries if e.kind == "sync"]
    assert len(sync) == 1 and sync[0].changes == 0  # a summary, not a line per applied row
    assert "imported" in sync[0].note
    assert not [e for e in entries if e.kind == "write" and e.changes > 10]


def test_the_village_logs_the_export_and_the_receipt(pair: Pair) -> None:
    add_request(pair)
    pair.import_(pair.export())
    pair.receipt()
    with pair.village.uow_factory().for_reading() as uow:
        notes = [e.note for e in uow.audit_log.after(0) if e.kind == "sync"]
    assert len(notes) == 2
    assert notes[0].startswith("package 1 written") and notes[1].startswith("receipt applied")


# -- who changed what, per village ---------------------------------------------------------------


def test_the_township_lists_a_request_change_by_account_with_masked_values(pair: Pair) -> None:
    add_request(pair)
    pair.import_(pair.export())
    changes = audit_trail.sensitive_changes(pair.township.uow_factory(), village=VILLAGE)
    made = [c for c in changes if c.record_type == "requests"]
    assert len(made) == 1
    change = made[0]
    assert (change.actor, change.role, change.village) == ("王书记", "admin", VILLAGE)
    fields = {name: new for name, _old, new in change.fields}
    assert fields["requester_name"] == "张大爷"
    assert PHONE not in json.dumps(change.fields, ensure_ascii=False)
    assert str(fields["requester_phone"]).startswith("139")
    assert "*" in str(fields["requester_phone"])
    # Only the sensitive registers are listed: no member or station change.
    assert {c.record_type for c in changes} <= set(audit_trail.SENSITIVE_TYPES)


# -- tampered sections are held, nothing applied -------------------------------------------------


Section = dict[str, list[dict[str, object]]]


def reseal(
    pair: Pair, path: Path, edit: Callable[[Section], None], *, move_head: bool = False
) -> Path:
    """The package sealed again by the village's key with its audit section changed by ``edit``
    (and, with ``move_head``, the signed head moved to the edited last entry)."""
    opened = open_container(
        path, my_keys=pair.tcodec.keys, expected_kind=KIND_PACKAGE, trust=lambda _m: None
    )
    records: Section = {k: [dict(r) for r in v] for k, v in opened.records.items()}
    edit(records)
    m = opened.manifest
    notes = dict(m.notes)
    if move_head:
        last = records["audit_entries"][-1]
        notes["audit"] = {**dict(notes["audit"]), "head": [last["seq"], last["hash"]]}  # type: ignore[arg-type]
    fields = ManifestFields(
        station_code=m.station_code,
        station_name=m.station_name,
        seq=m.seq,
        counter_from=m.counter_from,
        counter_to=m.counter_to,
        previous_hash=m.previous_hash,
        created_at=m.created_at,
        notes=notes,  # type: ignore[arg-type]
    )
    return write_container(
        path.with_name(path.stem + "-edited.vdpkg"),
        kind=KIND_PACKAGE,
        manifest_fields=fields,
        records=records,
        sender_keys=pair.vcodec.keys,
        recipient=pair.tcodec.keys.public,
    )


def _held(pair: Pair, path: Path) -> str:
    report = pair.import_(path)
    result = report.files[0]
    assert result.outcome is FileOutcome.FORK, chinese(result.message)
    assert report.exit_code == 1
    assert township_requests(pair) == 0  # nothing applied
    with pair.township.engine.connect() as conn:
        status = conn.execute(select(sync_package_log.c.status, sync_package_log.c.note)).all()
    assert [s for s, _ in status] == ["fork"]
    assert status[0][1].startswith("audit:")
    return chinese(result.message)


def _entries(records: dict[str, list[dict[str, object]]]) -> list[dict[str, object]]:
    return records["audit_entries"]


def test_a_package_with_a_deleted_entry_is_held(pair: Pair) -> None:
    add_request(pair)
    add_request(pair, content="村西头水渠堵了。")
    path = reseal(pair, pair.export(), lambda r: _entries(r).pop(0))
    text = _held(pair, path)
    assert "操作日志" in text


def test_a_package_with_an_edited_entry_is_held(pair: Pair) -> None:
    add_request(pair)

    def edit(records: dict[str, list[dict[str, object]]]) -> None:
        _entries(records)[-1]["actor"] = "别人"

    text = _held(pair, reseal(pair, pair.export(), edit))
    assert "修改" in text


def test_a_package_with_an_edited_change_line_is_held(pair: Pair) -> None:
    add_request(pair)

    def edit(records: dict[str, list[dict[str, object]]]) -> None:
        line = next(c for c in records["audit_changes"] if "张大爷" in str(c["line"]))
        line["line"] = str(line["line"]).replace("张大爷", "李大妈")

    text = _held(pair, reseal(pair, pair.export(), edit))
    assert "修改" in text


def test_a_rewritten_log_is_held_and_says_a_restore_looks_like_this(pair: Pair) -> None:
    add_request(pair)
    assert pair.import_(pair.export()).exit_code == 0
    pair.receipt()
    add_request(pair, content="村西头水渠堵了。")

    def rewrite(records: Section) -> None:
        """Every entry after the confirmed head written again, linked to another history."""
        prev = "f" * 64
        for i, row in enumerate(records["audit_entries"]):
            entry = replace(entry_from_json(row), prev_hash=prev)
            entry = replace(entry, hash=entry_hash(entry))
            records["audit_entries"][i] = entry_to_json(entry)
            prev = entry.hash

    before = township_requests(pair)
    rewritten = reseal(pair, pair.export(), rewrite, move_head=True)
    report = pair.import_(rewritten, accept=False)
    result = report.files[0]
    assert result.outcome is FileOutcome.FORK, chinese(result.message)
    assert township_requests(pair) == before
    text = chinese(result.message)
    assert "改写" in text and "备份" in text  # a restore shows exactly this, and it says so
    assert PHONE not in text
    # The township decides: the village confirms it restored a backup, the key is accepted again
    # for this package, and its log is taken as it is now.
    taken = pair.import_(rewritten, accept=True)
    assert taken.exit_code == 0, chinese(taken.files[0].message)
    assert township_requests(pair) == before + 1


def test_a_later_package_that_skips_entries_is_held_as_a_gap(pair: Pair) -> None:
    add_request(pair)
    assert pair.import_(pair.export()).exit_code == 0
    pair.receipt()
    add_request(pair, content="村西头水渠堵了。")
    before = township_requests(pair)
    head = township_head(pair)

    def drop_first(records: Section) -> None:
        first = records["audit_entries"].pop(0)
        records["audit_changes"] = [c for c in records["audit_changes"] if c["seq"] != first["seq"]]

    report = pair.import_(reseal(pair, pair.export(), drop_first), accept=False)
    result = report.files[0]
    assert result.outcome is FileOutcome.FORK and report.exit_code == 1
    assert township_requests(pair) == before  # nothing applied
    assert township_head(pair) == head  # the head the township verified stays
    assert "删除" in chinese(result.message)


def test_the_village_learns_its_package_is_held_for_its_log_not_as_a_copy(pair: Pair) -> None:
    add_request(pair)
    assert pair.import_(pair.export()).exit_code == 0
    pair.receipt()
    add_request(pair, content="村西头水渠堵了。")
    with sqlite3.connect(pair.village.db_path) as raw:  # an entry not yet sent, edited
        raw.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        raw.execute(
            "UPDATE audit_log SET actor = '别人' WHERE seq = (SELECT max(seq) FROM audit_log)"
        )
    report = pair.import_(pair.export(), accept=False)
    assert report.files[0].outcome is FileOutcome.FORK
    got = pair.receipt()
    assert (got.audit_held, got.forks, got.held) == (1, 0, 0)
    status = sync_village.village_status(pair.village.uow_factory(), courier=pair.vcodec)
    assert status.packages[0].status is PackageStatus.AUDIT_HELD
