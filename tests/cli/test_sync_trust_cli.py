"""Issue 9, finding 1: no stranger becomes the village's township, from the command line.

A stranger sets up a "township" with the real township's code and writes an enrolment file.
The village that trusts the real township refuses it (exit 3, both fingerprints named, nothing
written); its packages stay encrypted to the real township and the stranger's receipts are
refused. A rotation signed by the old key, or an explicit --replace-township, is the only way.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from tests.cli.helpers import STATION
from tests.cli.test_sync_village_cli import TOWNSHIP, Stations, _add_member, _export
from villagedesk.sync.container import read_manifest
from villagedesk.sync.manifest import Manifest

ID_NUMBER = "370323196005010016"


def _enrolled(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Stations, str]:
    s = Stations(tmp_path, capsys)
    assert s.village(*STATION).code == 0
    assert s.township(*TOWNSHIP).code == 0
    assert s.run("stranger", *TOWNSHIP).code == 0
    enrol = s.usb / "town.vdenrol"
    assert s.township("sync", "enrol-file", "--out", str(enrol)).code == 0
    fp = s.township("sync", "fingerprint").out.strip()
    assert s.village("sync", "enrol", str(enrol), "--accept", fp).code == 0
    return s, fp


def _stranger_file(s: Stations) -> tuple[Path, str]:
    evil = s.tmp / "evil.vdenrol"
    assert s.run("stranger", "sync", "enrol-file", "--out", str(evil)).code == 0
    return evil, s.run("stranger", "sync", "fingerprint").out.strip()


def _recipient(package: Path) -> str:
    manifest: Manifest = read_manifest(package)
    return manifest.recipient_fingerprint


def test_a_stranger_township_is_refused_and_nothing_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    s, real = _enrolled(tmp_path, capsys)
    evil, evil_fp = _stranger_file(s)
    shown = s.village("sync", "enrol", str(evil))
    assert shown.code == 1 and evil_fp in shown.out and real in shown.err
    refused = s.village("sync", "enrol", str(evil), "--accept", evil_fp)
    assert refused.code == 3
    assert real in refused.err and evil_fp in refused.err
    assert "--replace-township" in refused.err
    status = s.village("sync", "status").out
    assert real in status and evil_fp not in status
    _add_member(s, ID_NUMBER)
    package = _export(s)
    assert _recipient(package) == real, "every record still goes to the real township only"


def test_a_receipt_from_the_stranger_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    s, _real = _enrolled(tmp_path, capsys)
    evil, evil_fp = _stranger_file(s)
    s.village("sync", "enrol", str(evil), "--accept", evil_fp)
    # The stranger accepts the village (it saw the village's key on a package) and writes a
    # receipt returning a record with a message of its choosing.
    _add_member(s, ID_NUMBER)
    package = _export(s)
    village_fp = s.village("sync", "fingerprint").out.strip()
    stranger = s.run("stranger", "sync", "import", str(package), "--accept", village_fp)
    assert stranger.code == 3, "the package is encrypted to the real township"
    assert s.village("sync", "status").out.count("0") >= 1


def test_a_wrong_fingerprint_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    s = Stations(tmp_path, capsys)
    assert s.village(*STATION).code == 0
    assert s.township(*TOWNSHIP).code == 0
    enrol = s.usb / "town.vdenrol"
    assert s.township("sync", "enrol-file", "--out", str(enrol)).code == 0
    r = s.village("sync", "enrol", str(enrol), "--accept", "0000-0000-0000-0000")
    assert r.code == 2 and "0000-0000-0000-0000" in r.err
    assert "尚未登记" in s.village("sync", "status").out


def test_replacing_the_township_needs_its_fingerprint_and_warns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    s, real = _enrolled(tmp_path, capsys)
    evil, new_fp = _stranger_file(s)
    wrong = s.village("sync", "enrol", str(evil), "--accept", new_fp, "--replace-township", new_fp)
    assert wrong.code == 3
    r = s.village("sync", "enrol", str(evil), "--accept", new_fp, "--replace-township", real)
    assert r.code == 0, r.err
    assert real in r.err, "the warning names the township no longer trusted"
    assert new_fp in s.village("sync", "status").out


def test_a_key_rotation_signed_by_the_old_key_is_taken_and_old_packages_still_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    s, old = _enrolled(tmp_path, capsys)
    _add_member(s, ID_NUMBER)
    addressed_to_old = _export(s)
    rotated = s.township("sync", "rotate-keys")
    assert rotated.code == 0
    [new] = re.findall(r"[0-9A-F]{4}(?:-[0-9A-F]{4}){3}", rotated.out)
    assert new != old
    enrol = s.usb / "town-new.vdenrol"
    assert s.township("sync", "enrol-file", "--out", str(enrol)).code == 0
    shown = s.village("sync", "enrol", str(enrol))
    assert shown.code == 1 and old in shown.out, "the rotation is named, with the old key"
    assert s.village("sync", "enrol", str(enrol), "--accept", new).code == 0
    village_fp = s.village("sync", "fingerprint").out.strip()
    r = s.township("sync", "import", str(addressed_to_old), "--accept", village_fp)
    assert r.code == 0, r.err + r.out
    assert _recipient(_export(s)) == new


def test_a_real_import_lists_each_refused_record_with_its_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    s, _real = _enrolled(tmp_path, capsys)
    _add_member(s, ID_NUMBER)
    _add_member(s, "370323197001010021", "李秀英")
    db = sqlite3.connect(s.tmp / "village" / "villagedesk.db")
    with db:
        db.execute("UPDATE members SET id_number = '37032319700101002X' WHERE name = '李秀英'")
    db.close()
    package = _export(s)
    village_fp = s.village("sync", "fingerprint").out.strip()
    r = s.township("sync", "import", str(package), "--accept", village_fp)
    assert r.code == 1, r.out + r.err
    refused = [line for line in r.out.splitlines() if "李秀英" in line]
    assert refused, r.out
    detail = r.out.split(refused[0], 1)[1].splitlines()[1]
    assert detail.strip(), "the reason follows the refused record"
    assert "张建国" not in r.out, "only refused records are listed after a real import"
