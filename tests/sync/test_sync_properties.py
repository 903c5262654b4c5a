"""Hypothesis: export then import reproduces the records; importing twice equals once; edits,
exports, lost sticks, receipts and imports in any order end with the township equal to the village."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.store.conftest import many_members
from tests.sync.township_fixtures import TODAY, Pair, make_pair, reopen_pair, snapshot
from villagedesk.core.members import services as member_services
from villagedesk.core.members.roll import RollStatus

SETTINGS = settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


_TEMPLATE: list[Path] = []


def fresh_pair() -> tuple[Pair, Path]:
    """A village enrolled with a township, copied from a template made once (fast examples)."""
    if not _TEMPLATE:
        template = Path(tempfile.mkdtemp(prefix="vd-sync-template-")) / "pair"
        make_pair(template).close()
        _TEMPLATE.append(template)
    root = Path(tempfile.mkdtemp(prefix="vd-sync-prop-")) / "pair"
    shutil.copytree(_TEMPLATE[0], root)
    return reopen_pair(root), root.parent


def live_ids(pair: Pair) -> list[int]:
    with pair.village.uow_factory() as uow:
        rows = uow.connection.exec_driver_sql(
            "SELECT id FROM members WHERE voided_at IS NULL ORDER BY id"
        ).fetchall()
    return [r[0] for r in rows]


def add(pair: Pair, n: int, seed: int) -> None:
    with pair.village.uow_factory() as uow:
        uow.members.add_many(
            many_members(n, seed=seed), status=RollStatus.ON_ROLL, registered_on=date(2026, 1, 5)
        )
        uow.commit()


def edit(pair: Pair, pick: int, text: str) -> None:
    ids = live_ids(pair)
    if not ids:
        return
    member_id = ids[pick % len(ids)]
    with pair.village.uow_factory() as uow:
        m = uow.members.get(member_id)
    assert m is not None
    member_services.update_member(
        pair.village.uow_factory(),
        member_id=member_id,
        draft=replace(m.to_draft(), address=f"东河村{text}"),
        today=TODAY,
    )


def void(pair: Pair, pick: int) -> None:
    ids = live_ids(pair)
    if ids:
        member_services.void_member(
            pair.village.uow_factory(),
            member_id=ids[pick % len(ids)],
            reason="录入错误",
            today=TODAY,
        )


def village_equals_township(pair: Pair) -> bool:
    return snapshot(pair.township) == snapshot(pair.village)


@SETTINGS
@given(
    n=st.integers(0, 6), seed=st.integers(0, 10**6), edits=st.lists(st.integers(0, 50), max_size=3)
)
def test_export_then_import_reproduces_the_records(n: int, seed: int, edits: list[int]) -> None:
    pair, root = fresh_pair()
    try:
        add(pair, n, seed)
        for pick in edits:
            edit(pair, pick, str(pick))
        assert pair.import_(pair.export()).exit_code == 0
        assert village_equals_township(pair)
    finally:
        pair.close()
        shutil.rmtree(root, ignore_errors=True)


@SETTINGS
@given(n=st.integers(1, 6), seed=st.integers(0, 10**6), pick=st.integers(0, 50))
def test_importing_twice_equals_importing_once(n: int, seed: int, pick: int) -> None:
    pair, root = fresh_pair()
    try:
        add(pair, n, seed)
        void(pair, pick)
        first = pair.export()
        second = pair.export()  # no receipt yet: the same changes again, as package 2
        pair.import_(first)
        once = snapshot(pair.township)
        pair.import_(first)
        pair.import_(second)
        assert snapshot(pair.township) == once
    finally:
        pair.close()
        shutil.rmtree(root, ignore_errors=True)


ACTIONS = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.integers(1, 3)),
        st.tuples(st.just("edit"), st.integers(0, 50)),
        st.tuples(st.just("void"), st.integers(0, 50)),
        st.tuples(st.just("lost"), st.just(0)),
        st.tuples(st.just("sync"), st.just(0)),
        st.tuples(st.just("receipt"), st.just(0)),
    ),
    max_size=8,
)


@SETTINGS
@given(actions=ACTIONS)
def test_edits_exports_lost_sticks_and_imports_converge(actions: list[tuple[str, int]]) -> None:
    pair, root = fresh_pair()
    try:
        for i, (action, arg) in enumerate(actions):
            if action == "add":
                add(pair, arg, seed=i)
            elif action == "edit":
                edit(pair, arg, str(i))
            elif action == "void":
                void(pair, arg)
            elif action == "lost":
                pair.export().unlink()
            elif action == "sync":
                assert pair.import_(pair.export()).exit_code == 0
            elif "sync" in {a for a, _ in actions[:i]}:
                pair.receipt()
        assert pair.import_(pair.export()).exit_code == 0
        assert village_equals_township(pair)
    finally:
        pair.close()
        shutil.rmtree(root, ignore_errors=True)
