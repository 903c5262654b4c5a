"""Migrations: from empty to head, nothing to do when current, a newer database refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from villagedesk.core.errors import DomainError
from villagedesk.store import all_tables as tables
from villagedesk.store import schema
from villagedesk.store.engine import create_station_engine

from .conftest import NOW


def test_empty_database_is_migrated_to_head_without_a_backup(tmp_path: Path) -> None:
    engine = create_station_engine(tmp_path / "x.db")
    calls: list[str] = []
    assert schema.schema_state(engine) == "empty"
    assert schema.migrate(engine, before_migration=lambda: calls.append("backup")) == "empty"
    assert schema.schema_state(engine) == "current"
    assert calls == []
    assert schema.migrate(engine, before_migration=lambda: calls.append("backup")) == "current"
    assert calls == []
    engine.dispose()


def test_the_migration_creates_exactly_the_declared_tables(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = create_station_engine(tmp_path / "x.db")
    schema.migrate(engine, before_migration=lambda: None)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn)
        diffs = compare_metadata(context, tables.metadata)
        partial = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'ux_members_id_number_live'"
        ).scalar()
    engine.dispose()
    assert diffs == []
    assert "WHERE voided_at IS NULL" in partial


def test_the_versions_folder_matches_the_known_revisions() -> None:
    files = sorted(p.stem.split("_")[0] for p in (schema.MIGRATIONS_DIR / "versions").glob("*.py"))
    assert tuple(files) == schema.REVISIONS


def test_a_database_behind_gets_a_backup_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = create_station_engine(tmp_path / "x.db")
    schema.migrate(engine, before_migration=lambda: None)
    # A program one revision ahead of the real head opens this database.
    monkeypatch.setattr(schema, "REVISIONS", (*schema.REVISIONS, "9999"))
    monkeypatch.setattr(schema, "HEAD_REVISION", "9999")
    order: list[str] = []
    monkeypatch.setattr(schema, "_upgrade", lambda e: order.append("upgrade"))
    assert schema.migrate(engine, before_migration=lambda: order.append("backup")) == "behind"
    assert order == ["backup", "upgrade"]
    engine.dispose()


def test_a_database_from_a_newer_program_is_refused_untouched(tmp_path: Path) -> None:
    engine = create_station_engine(tmp_path / "x.db")
    schema.migrate(engine, before_migration=lambda: None)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    with pytest.raises(DomainError) as caught:
        schema.migrate(engine, before_migration=lambda: pytest.fail("no backup expected"))
    assert "newer version" in str(caught.value)
    assert caught.value.message.params == {"revision": "0099"}
    assert schema.schema_state(engine) == "ahead"
    engine.dispose()


def test_a_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    engine = create_station_engine(tmp_path / "x.db")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE photos (x)"))
    with pytest.raises(DomainError):
        schema.migrate(engine, before_migration=lambda: None)
    engine.dispose()


def test_opening_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    from villagedesk.store.station_store import open_station_store

    open_station_store(tmp_path / "data", now=NOW).close()
    code = (
        "import sys, datetime, pathlib\n"
        "from villagedesk.store.station_store import open_station_store\n"
        f"s = open_station_store(pathlib.Path({str(tmp_path / 'data')!r}),"
        " now=datetime.datetime(2026, 1, 1))\n"
        "s.check(); s.close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
