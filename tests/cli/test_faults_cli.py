"""Input and faults on the command line: a damaged database is neither read nor written, a full
or read-only disk and a bad --out or --data-dir get a Chinese message (never a traceback), and
no error text shows an ID number, a phone or SQL."""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from tests.cli.helpers import Run
from tests.exchange.roster_files import convert, write_member_roster
from villagedesk.cli import main as cli_main
from villagedesk.cli.commands import members as members_cli
from villagedesk.core.id_number import check_character
from villagedesk.core.search import parse_search
from villagedesk.store.station_store import open_station_store

ID = "37032319780512123" + check_character("37032319780512123")
PHONE = "13905331234"
PII_DIGITS = (ID, PHONE, ID[:17])


def no_personal_data(*texts: str) -> None:
    for text in texts:
        for digits in PII_DIGITS:
            assert digits not in text, text


def chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@pytest.fixture
def demo(station: Run, zh: None) -> Run:
    assert station("demo", "--members", "30").code == 0
    return station


# -- a damaged database ----------------------------------------------------------------------------
def corrupt(db: Path, table: str) -> None:
    """Overwrite the cell pointers of ``table``'s root page, as a bad sector would."""
    conn = sqlite3.connect(db)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
    finally:
        conn.close()
    with db.open("r+b") as f:
        f.seek((root[0] - 1) * page_size + 12)
        f.write(b"\xff" * 64)


def test_a_damaged_database_is_neither_exported_nor_written(
    demo: Run, data_dir: Path, tmp_path: Path
) -> None:
    """``export residents`` exported 0 of 587 rows with exit 0 and ``members add`` kept writing."""
    corrupt(data_dir / "villagedesk.db", "residents")
    size = (data_dir / "villagedesk.db").stat().st_size
    out = tmp_path / "居民.xlsx"
    usb = tmp_path / "usb"
    usb.mkdir()
    for args in (
        ("export", "residents", str(out), "--reason", "核对"),
        ("members", "add", "--name", "张建国", "--id-number", ID),
        ("sync", "export", "--out", str(usb)),
        ("members", "search", ""),
    ):
        result = demo(*args)
        assert result.code == 2, (args, result)
        assert "数据库检查未通过" in result.err and "backup restore" in result.err
        assert result.out == ""
    assert not out.exists() and list(usb.iterdir()) == []
    assert (data_dir / "villagedesk.db").stat().st_size == size
    # The way out still works: the backups and the check.
    assert demo("backup", "list").code == 0
    assert demo("check").code == 1


def test_a_sound_database_pays_only_the_quick_check(demo: Run) -> None:
    assert demo("members", "search", "").code == 0


# -- --out ----------------------------------------------------------------------------------------
def test_print_to_a_folder_or_a_missing_folder_is_refused(demo: Run, tmp_path: Path) -> None:
    for out in (tmp_path, tmp_path / "missing" / "台账.pdf"):
        result = demo("print", "ledger", "members", "--out", str(out))
        assert result.code == 2
        assert "文件夹" in result.err and "Traceback" not in result.err


@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.ENOSPC, "磁盘已满"), (errno.EROFS, "只读"), (errno.EACCES, "没有权限")],
)
def test_print_to_a_full_or_read_only_disk_says_so(
    demo: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code), str(tmp_path / ".villagedesk-tmp"))

    monkeypatch.setattr("villagedesk.cli.commands.printing.write_statistics_table", fail)
    target = tmp_path / "统计表.pdf"
    result = demo("print", "statistics", "--out", str(target))
    assert result.code == 2
    assert words in result.err and str(target) in result.err
    assert not target.exists()


@pytest.mark.skipif(
    sys.platform != "linux" or os.geteuid() != 0, reason="mounting a tmpfs needs root on Linux"
)
def test_a_really_full_disk_says_the_disk_is_full(station: Run, zh: None, tmp_path: Path) -> None:
    """On a 64 KB tmpfs filled to the brim: the PDF and the database both say 磁盘已满."""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.system(f"mount -t tmpfs -o size=64k tmpfs {mount} 2>/dev/null") != 0:
        pytest.skip("tmpfs cannot be mounted here")
    try:
        fd = os.open(mount / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            while os.write(fd, b"\0" * 512):
                pass
        except OSError as e:
            assert e.errno == errno.ENOSPC
        finally:
            os.close(fd)
        result = station("print", "calibration", "--out", str(mount / "校准页.pdf"))
        assert result.code == 2
        assert "磁盘已满" in result.err
        assert sorted(p.name for p in mount.iterdir()) == ["filler"]
    finally:
        os.system(f"umount {mount}")


def test_a_full_disk_in_the_database_says_so_without_sql(
    station: Run, zh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It said "disk I/O error" with a link to SQLAlchemy's site."""
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # type: ignore[attr-defined]
    full.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]

    def register_member(*args: object, **kwargs: object) -> None:
        raise OperationalError("INSERT INTO members …", {"id_number": ID}, full)

    monkeypatch.setattr(members_cli, "register_member", register_member)
    result = station("members", "add", "--name", "张建国", "--id-number", ID, "--phone", PHONE)
    assert result.code == 2
    assert "磁盘已满" in result.err
    assert "sqlalche.me" not in result.err and "INSERT" not in result.err
    no_personal_data(result.out, result.err)


# -- personal data in error text -------------------------------------------------------------------
def test_a_failed_insert_shows_neither_sql_nor_its_parameters(
    station: Run, zh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failed insert printed the SQL parameters (name, ID number, phone) to stderr."""
    orig = sqlite3.IntegrityError("NOT NULL constraint failed: members.pinyin")
    orig.sqlite_errorcode = 1299  # type: ignore[attr-defined]

    def register_member(*args: object, **kwargs: object) -> None:
        params = {"name": "张建国", "id_number": ID, "phone": PHONE}
        raise IntegrityError(
            "INSERT INTO members (name, id_number, phone) VALUES (?)", params, orig
        )

    monkeypatch.setattr(members_cli, "register_member", register_member)
    result = station("members", "add", "--name", "张建国", "--id-number", ID, "--phone", PHONE)
    assert result.code == 1
    assert "IntegrityError" in result.err and "意外错误" in result.err
    assert "INSERT" not in result.err and "张建国" not in result.err
    no_personal_data(result.out, result.err)


def test_an_unexpected_error_in_a_command_exits_1_in_chinese(
    station: Run, zh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise ValueError(f"cannot parse {ID} / {PHONE}")

    monkeypatch.setattr(members_cli, "register_member", boom)
    result = station("members", "add", "--name", "张建国", "--id-number", ID)
    assert result.code == 1
    assert "ValueError" in result.err and chinese(result.err)
    assert "Traceback" not in result.err
    no_personal_data(result.out, result.err)


# -- arguments -------------------------------------------------------------------------------------
def test_members_search_with_100_kb_of_text_is_refused(station: Run, zh: None) -> None:
    """SQLite refuses a LIKE pattern over 50,000 bytes: it ended in a traceback."""
    result = station("members", "search", "王" * 34_000)
    assert result.code == 2
    assert "搜索内容过长" in result.err
    assert station("export", "members", "x.xlsx", "--search", "a" * 100_000).code == 2


def test_members_search_with_invalid_utf8_is_refused(station: Run, zh: None) -> None:
    """Bytes that are not UTF-8 arrive as lone surrogates (surrogateescape)."""
    text = os.fsdecode(b"\xff\xfe\xe7\x8e")
    result = station("members", "search", text)
    assert result.code == 2
    assert "无法识别" in result.err and "TEXT" in result.err
    result = station("members", "add", "--name", text, "--id-number", ID)
    assert result.code == 2 and "--name" in result.err


def test_a_file_name_that_is_not_utf8_is_still_a_file_name(
    station: Run, zh: None, tmp_path: Path
) -> None:
    name = tmp_path / os.fsdecode(b"\xff\xfe.csv")
    result = station("import", "members", str(name))
    assert result.code == 2
    assert "无法识别" not in result.err  # refused as a missing file, not as unreadable text
    assert "\\udcff" in result.err  # shown escaped, not as a UnicodeEncodeError


@pytest.mark.parametrize("value", ["", "   "])
def test_an_empty_data_dir_is_refused_not_the_default_folder(
    value: str, zh: None, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(cli_main, "_open_gui", lambda folder: opened.append(folder) or 0)
    monkeypatch.setattr(cli_main, "_run", lambda *a: opened.append(a[2]) or 0)
    assert cli_main.main(["--data-dir", value, "station", "show"]) == 2
    assert cli_main.main(["--data-dir", value]) == 2
    assert cli_main.main([f"--data-dir={value}"]) == 2
    assert opened == []
    assert "--data-dir" in capsys.readouterr().err


def test_a_data_dir_that_is_a_file_is_refused(
    tmp_path: Path, zh: None, capsys: pytest.CaptureFixture[str]
) -> None:
    afile = tmp_path / "data"
    afile.write_text("x")
    assert cli_main.main(["--data-dir", str(afile), "station", "show"]) == 2
    assert "是一个文件，不是文件夹" in capsys.readouterr().err


def test_a_data_dir_path_too_long_is_refused(
    tmp_path: Path, zh: None, capsys: pytest.CaptureFixture[str]
) -> None:
    long = tmp_path / "/".join(["长" * 80] * 40)
    assert cli_main.main(["--data-dir", str(long), "station", "show"]) == 2
    err = capsys.readouterr().err
    assert "路径太长" in err and "Traceback" not in err
    assert len(err) < 600  # the path is shown shortened


def test_a_read_only_data_dir_is_refused(
    tmp_path: Path, zh: None, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()

    def read_only(*args: object, **kwargs: object) -> None:
        raise PermissionError(
            errno.EROFS, "Read-only file system", str(folder / "villagedesk.lock")
        )

    monkeypatch.setattr(cli_main, "open_station_store", read_only)
    assert cli_main.main(["--data-dir", str(folder), "station", "show"]) == 2
    err = capsys.readouterr().err
    assert "无法使用数据文件夹" in err and "只读" in err


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores modes")
def test_a_folder_without_write_permission_is_refused(
    tmp_path: Path, zh: None, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert cli_main.main(["--data-dir", str(folder), "station", "show"]) == 2
        assert "没有权限" in capsys.readouterr().err
    finally:
        folder.chmod(0o700)


# -- import files ----------------------------------------------------------------------------------
def test_a_csv_cell_over_128_kb_is_a_message(station: Run, zh: None, tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(f"姓名,公民身份号码\n张三,{'长' * 140_000}\n", encoding="utf-8")
    result = station("import", "members", str(path))
    assert result.code == 2
    assert "32,767" in result.err and "Traceback" not in result.err


def test_a_damaged_xls_is_a_message(station: Run, zh: None, tmp_path: Path) -> None:
    """20 of 60 damaged .xls files raised from ``sheet_by_index``, outside the try."""
    import io

    import xlrd

    from tests.exchange.test_hostile_files import _damaged

    data = convert(write_member_roster(tmp_path / "r.xlsx"), "xls", tmp_path).read_bytes()

    def fails_in_the_sheet(damaged: bytes) -> bool:
        try:
            book = xlrd.open_workbook(
                file_contents=damaged, on_demand=True, formatting_info=True, logfile=io.StringIO()
            )
        except Exception:  # refused at open: not the case looked for
            return False
        try:
            book.sheet_by_index(0)
        except Exception:
            return True
        return False

    found = [d for d in (_damaged(data, seed) for seed in range(60)) if fails_in_the_sheet(d)]
    if not found:
        pytest.skip("no damage of this LibreOffice's file reaches sheet_by_index")
    xls = tmp_path / "damaged.xls"
    for damaged in found[:3]:
        xls.write_bytes(damaged)
        result = station("import", "members", str(xls))
        assert result.code == 2
        assert "无法读取文件 damaged.xls" in result.err and "Traceback" not in result.err


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_an_import_from_a_fifo_is_refused(station: Run, zh: None, tmp_path: Path) -> None:
    fifo = tmp_path / "r.csv"
    os.mkfifo(fifo)
    result = station("import", "members", str(fifo))
    assert result.code == 2
    assert "管道" in result.err


def test_unknown_columns_are_named_twenty_at_a_time(station: Run, zh: None, tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    extra = ",".join(f"列{i}" for i in range(200))
    path.write_text(f"姓名,公民身份号码,{extra}\n张三,{ID}\n", encoding="utf-8")
    result = station("import", "members", str(path), "--dry-run")
    line = next(li for li in result.err.splitlines() if li.startswith("未导入的列"))
    assert "列19" in line and "列20、" not in line and "另有 180 列" in line


def test_the_report_path_is_checked_before_anything_is_imported(
    station: Run, zh: None, tmp_path: Path, data_dir: Path
) -> None:
    roster = write_member_roster(tmp_path / "花名册.xlsx")
    result = station("import", "members", str(roster), "--report", str(tmp_path))
    assert result.code == 2
    store = open_station_store(data_dir, now=datetime.now())
    try:
        assert store.member_reader.search_ids(parse_search("")) == []
    finally:
        store.close()


def test_a_refused_row_names_the_id_number_once(station: Run, zh: None, tmp_path: Path) -> None:
    """It said "公民身份号码：公民身份号码校验码不正确…。；": the field twice, and "。；"."""
    path = tmp_path / "r.csv"
    bad = ID[:-1] + ("0" if ID[-1] != "0" else "1")
    path.write_text(f"姓名,公民身份号码,入党时间\n张三,{bad},2999.01\n", encoding="utf-8")
    result = station("import", "members", str(path), "--dry-run")
    line = next(li for li in result.err.splitlines() if li.startswith("第2行"))
    assert line.count("公民身份号码") == 1
    assert "公民身份号码校验码不正确" in line
    assert "。；" not in line and "入党时间：" in line
    no_personal_data(result.err)


@pytest.mark.parametrize(
    ("code", "words"),
    [(13, "disk is full"), (11, "damaged"), (26, "damaged"), (8, "read-only"), (5, "busy")],
)
def test_database_errors_are_told_in_words(code: int, words: str) -> None:
    from villagedesk.store.engine import database_fault

    orig = sqlite3.OperationalError("x")
    orig.sqlite_errorcode = code  # type: ignore[attr-defined]
    fault = database_fault(OperationalError("SELECT 1", {"id_number": ID}, orig))
    assert fault is not None and words in fault.render()
    assert ID not in fault.render()


def test_a_disk_io_error_on_a_nearly_full_disk_is_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from villagedesk.store import engine

    orig = sqlite3.OperationalError("disk I/O error")
    orig.sqlite_errorcode = 10 | (3 << 8)  # SQLITE_IOERR_WRITE
    usage = shutil.disk_usage(tmp_path)
    assert "disk error" in str(engine.database_fault(orig, folder=tmp_path))
    monkeypatch.setattr(engine.shutil, "disk_usage", lambda p: usage._replace(free=4096))
    assert "disk is full" in str(engine.database_fault(orig, folder=tmp_path))
