"""The engine's PRAGMAs and write transactions; atomic writes; where the data folder is."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from villagedesk import fsutil
from villagedesk.datadir import ENV_VAR, resolve_data_dir
from villagedesk.store.engine import create_station_engine, write_connection


def test_every_pragma_reads_back(tmp_path: Path) -> None:
    engine = create_station_engine(tmp_path / "x.db")
    with engine.connect() as conn:
        read = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in (
                "journal_mode",
                "synchronous",
                "foreign_keys",
                "secure_delete",
                "trusted_schema",
                "busy_timeout",
                "temp_store",
            )
        }
    engine.dispose()
    assert read == {
        "journal_mode": "wal",
        "synchronous": 2,  # FULL
        "foreign_keys": 1,
        "secure_delete": 1,
        "trusted_schema": 0,
        "busy_timeout": 5000,
        "temp_store": 2,  # MEMORY: the audit capture's pending rows never reach a temp file
    }


def test_a_write_connection_takes_the_write_lock_at_begin(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    engine = create_station_engine(db)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x)")
    other = sqlite3.connect(db, timeout=0, isolation_level=None)
    with write_connection(engine) as conn, conn.begin():
        conn.exec_driver_sql("SELECT 1")  # no write yet: the lock comes from BEGIN IMMEDIATE
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")  # free again once the transaction ended
    other.execute("ROLLBACK")
    other.close()
    engine.dispose()


def test_atomic_write_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")
    fsutil.atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_failed_atomic_write_leaves_the_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), fsutil.atomic_writer(target) as f:
        f.write(b"half")
        raise RuntimeError("disk pulled")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_data_dir_order(tmp_path: Path) -> None:
    env = {ENV_VAR: str(tmp_path / "env")}
    assert resolve_data_dir(str(tmp_path / "cli"), env) == tmp_path / "cli"
    assert resolve_data_dir(None, env) == tmp_path / "env"
    default = resolve_data_dir(None, {})
    assert default.name == "VillageDesk"
