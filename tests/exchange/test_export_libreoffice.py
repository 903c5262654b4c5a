"""A real spreadsheet program opens the export cleanly: LibreOffice converts it to CSV and the
values come out intact (ID numbers as text, dates as dates, a month as text, Chinese).

CI installs LibreOffice (Makefile DEB_PACKAGES: libreoffice-calc-nogui); under CI=true a missing
soffice fails this test instead of skipping it."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from villagedesk.core.members.register import MEMBER_REGISTER
from villagedesk.exchange.template import template_register
from villagedesk.exchange.xlsx_export import export_register

# Field separator, text delimiter, UTF-8, from line 1, (cell format), (language),
# quoted as text, detect special numbers, save cell contents as shown, export formulas.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,{shown},false"


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        message = "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return found


def to_csv(xlsx: Path, tmp_path: Path, *, as_shown: bool = True) -> list[list[str]]:
    """Convert with a private LibreOffice profile (parallel runs never share one); ``as_shown``
    writes cells as formatted, else their values in LibreOffice's own forms."""
    program = soffice()
    profile = (tmp_path / "lo-profile").resolve().as_uri()
    out = tmp_path / "csv"
    subprocess.run(
        [
            program,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            CSV_FILTER.format(shown="true" if as_shown else "false"),
            "--outdir",
            str(out),
            str(xlsx),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    with (out / f"{xlsx.stem}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def zh(context: str, text: str) -> str:
    del context
    return {"Name": "姓名", "ID number": "公民身份号码", "Joined on": "入党时间"}.get(text, text)


def test_libreoffice_reads_the_register_export(tmp_path: Path) -> None:
    rows: list[tuple[Any, ...]] = [
        ("张三", "110105197805120018", "1978-05-12", "1999-07", "13800138000"),
        ("欧阳秀英", "11010519491231002X", "1949-12-31", "1975-07-01", ""),
    ]
    keys = ["name", "id_number", "birth_date", "joined_on", "phone"]
    path = tmp_path / "党员花名册.xlsx"
    export_register(path, spec=MEMBER_REGISTER, keys=keys, rows=rows, translate=zh)
    table = to_csv(path, tmp_path)
    assert table == [
        ["姓名", "公民身份号码", "Date of birth", "入党时间", "Phone"],
        ["张三", "110105197805120018", "1978.05.12", "1999.07", "13800138000"],
        ["欧阳秀英", "11010519491231002X", "1949.12.31", "1975.07.01", ""],
    ]


def test_libreoffice_reads_dates_as_dates_and_ids_as_text(tmp_path: Path) -> None:
    """Values, not their look: LibreOffice writes a real date in its own date form, and text as
    it is; a number-damaged ID would come out in scientific notation or rounded."""
    spec = template_register("members")
    row = {k: None for k in spec.keys}
    row.update(name="李四", id_number="370323198212184042", birth_date="1982-12-18")
    row.update(joined_on="2004-08", phone="15611693258", sex="female")
    path = tmp_path / "members.xlsx"
    export_register(path, spec=spec, keys=spec.keys, rows=[tuple(row.values())], translate=zh)
    header, values = to_csv(path, tmp_path, as_shown=False)
    cell = dict(zip(header, values, strict=True))
    assert cell["公民身份号码"] == "370323198212184042"
    assert cell["联系电话"] == "15611693258"
    assert cell["出生年月"] != "1982.12.18" and "1982" in cell["出生年月"]  # a date value
    assert cell["入党时间"] == "2004.08"  # a month stays text
    assert cell["姓名"] == "李四" and cell["性别"] == "女"
