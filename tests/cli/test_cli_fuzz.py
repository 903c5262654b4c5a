"""Every command of the real parser, driven with hostile arguments and files: random bytes, huge
strings, text that is not UTF-8, folders, FIFOs and missing files where a file belongs, negative
and huge numbers. Whatever comes in: exit 0, 1, 2 or 3, no traceback, a Chinese message when it
fails, and no ID number or phone in full on stdout or stderr."""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli.helpers import STATION, PendingCatalogue
from villagedesk import i18n
from villagedesk.cli.main import build_parser, main
from villagedesk.core.id_number import check_character
from villagedesk.core.search import parse_search
from villagedesk.store.station_store import open_station_store

ID = "37032319780512123" + check_character("37032319780512123")
PHONE = "13905331234"

HOSTILE_TEXT = [
    "",
    " ",
    "王" * 34_000,  # about 100 KB of UTF-8
    "A" * 100_000,
    os.fsdecode(b"\xff\xfe\xfa"),  # bytes that are not UTF-8, as Python hands them over
    "=cmd|'/c calc'!A1",
    "张三😀\u202e\u200b",
    "../../../etc/passwd",
    ID,
    PHONE,
    f"{ID} {PHONE}",
    "-1",
    "--help",
    "1e309",
    "nan",
    "９９９",
    "'; DROP TABLE members; --",
    "%s%n{0}{name}",
    "370323104203",
    "2026.01.15",
]
#: ID numbers of the fuzzed station's members, so that a command can get past "no such member".
MEMBER_IDS: list[str] = []
HOSTILE_NUMBERS = ["-1", "0", "-99999999999999999999", "99999999999999999999", "1e309", "nan"]
HOSTILE_NUMBERS += ["inf", "abc", "", "3", "2.5"]
FILE_SUFFIXES = [".xlsx", ".xls", ".csv", ".vdpkg", ".vdrcpt", ".vdenrol", ".vdbak", ".vdsafe"]
#: The arguments that name files or folders (they get hostile paths instead of hostile text).
PATH_OPTIONS = frozenset({"data_dir", "file", "files", "out", "report", "sheet"})
#: Commands whose success output still shows full numbers, with whose job it is to mask them.
#: The output guard (cli/output.py ``out``) masks them anyway; listed so a reader knows why.
KNOWN_FULL_NUMBERS: dict[tuple[str, ...], str] = {}


@dataclass(frozen=True)
class Command:
    words: tuple[str, ...]
    parser: argparse.ArgumentParser

    @property
    def name(self) -> str:
        return " ".join(self.words)


def commands() -> list[Command]:
    """Every leaf command of the real parser."""
    found: list[Command] = []

    def walk(parser: argparse.ArgumentParser, words: tuple[str, ...]) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            found.append(Command(words, parser))
            return
        for name, sub in subs[0].choices.items():
            walk(sub, (*words, name))

    walk(build_parser(), ())
    return found


COMMANDS = commands()


class Files:
    """The hostile files and folders, remade before each example."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def reset(self, data: bytes) -> None:
        if self.root.exists():
            shutil.rmtree(self.root)
        self.root.mkdir()
        (self.root / "folder.xlsx").mkdir()
        for suffix in FILE_SUFFIXES:
            (self.root / f"random{suffix}").write_bytes(data)
        (self.root / "zip.xlsx").write_bytes(b"PK\x03\x04" + data)
        (self.root / "ole.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + data)
        (self.root / "afile.txt").write_bytes(b"x")
        if sys.platform != "win32":
            os.mkfifo(self.root / "fifo.csv")
            os.mkfifo(self.root / "fifo.vdpkg")

    def paths(self) -> list[str]:
        r = self.root
        found = [
            r / "folder.xlsx",
            r,
            r / "missing.xlsx",
            r / "missing" / "deeper" / "out.pdf",
            r / "afile.txt" / "under-a-file.pdf",
            r / ("长" * 80 + "/" + "长" * 80) / ("长" * 80 + "/") / ("长" * 2000),
            r / os.fsdecode(b"\xff\xfe.csv"),
            r / "out.pdf",
            r / "out.xlsx",
            r / "zip.xlsx",
            r / "ole.xls",
            *(r / f"random{s}" for s in FILE_SUFFIXES),
        ]
        if sys.platform != "win32":
            found += [r / "fifo.csv", r / "fifo.vdpkg"]
        return [str(p) for p in found]


def _is_path(action: argparse.Action, words: tuple[str, ...]) -> bool:
    if action.dest in PATH_OPTIONS:
        return True
    return words[:2] == ("backup", "restore") and action.dest == "name"


def _value(action: argparse.Action, command: Command, files: Files) -> st.SearchStrategy[str]:
    if _is_path(action, command.words):
        return st.sampled_from(files.paths())
    if action.type in (int, float):
        return st.sampled_from(HOSTILE_NUMBERS)
    texts = st.sampled_from(HOSTILE_TEXT + MEMBER_IDS) | st.text(max_size=30)
    if action.choices:
        return st.sampled_from(list(action.choices)) | texts
    return texts


@st.composite
def argv(draw: st.DrawFn, command: Command, files: Files) -> list[str]:
    """The command's words and, for each of its arguments, a hostile value (required ones
    always, the others often); the positionals last, after ``--`` when one looks like an
    option."""
    options: list[str] = []
    positionals: list[str] = []
    for action in command.parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if action.option_strings and not action.required and not draw(st.booleans()):
            continue
        if action.nargs == 0:
            options.append(action.option_strings[-1])
            continue
        many = action.nargs in ("+", "*") or isinstance(action, argparse._AppendAction)
        values = [draw(_value(action, command, files)) for _ in range(draw(st.integers(1, 3)))]
        values = values if many else values[:1]
        if not action.option_strings:
            positionals.extend(values)
        elif isinstance(action, argparse._AppendAction):
            for v in values:
                options += [action.option_strings[-1], v]
        else:
            options += [action.option_strings[-1], *values]
    if any(v.startswith("-") for v in positionals):
        positionals.insert(0, "--")
    return [*command.words, *options, *positionals]


_DIGIT_RUN = re.compile(r"\d+[Xx]?")


def personal_numbers(text: str) -> list[str]:
    """The digit runs of ``text`` that read as an 18-character ID number or an 11-digit phone."""
    return [
        run
        for run in _DIGIT_RUN.findall(text)
        if re.fullmatch(r"\d{17}[\dXx]", run) or re.fullmatch(r"1\d{10}", run)
    ]


def chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@pytest.fixture(scope="module")
def station_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A village with demo members, in Chinese (the pending translations too)."""
    saved = i18n._translator
    i18n._translator = PendingCatalogue()  # type: ignore[assignment]
    folder = tmp_path_factory.mktemp("fuzz") / "station"
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert main(["--data-dir", str(folder), *STATION]) == 0
        assert main(["--data-dir", str(folder), "demo", "--members", "12"]) == 0
    store = open_station_store(folder, now=datetime.now())
    try:
        reader = store.member_reader
        ids = reader.search_ids(parse_search(""), include_inactive=True)
        MEMBER_IDS[:] = [row[0] for row in reader.rows(ids, ["id_number"]).values()]
    finally:
        store.close()
    yield folder
    i18n._translator = saved


def run(folder: Path, words: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--data-dir", str(folder), *words])
    return code, out.getvalue(), err.getvalue()


def test_the_fuzz_covers_every_command() -> None:
    names = {c.name for c in COMMANDS}
    assert {"members search", "import", "sync import", "print handbook", "backup restore"} <= names
    assert len(names) >= 35


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
def test_hostile_input_never_ends_in_a_traceback(
    command: Command, station_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    files = Files(tmp_path_factory.mktemp("hostile") / "files")

    @settings(
        max_examples=int(os.environ.get("VD_FUZZ_EXAMPLES", "5")),
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=st.data(), content=st.binary(max_size=512))
    def check(data: st.DataObject, content: bytes) -> None:
        files.reset(content)
        words = data.draw(argv(command, files), label="argv")
        code, out, err = run(station_dir, words)
        assert code in (0, 1, 2, 3), (words, code, err[-500:])
        assert "Traceback" not in out + err, err[-2000:]
        if code != 0:
            assert chinese(err), (words, err[-500:])
        if command.words not in KNOWN_FULL_NUMBERS:
            assert personal_numbers(out) == [], (words, out[-500:])
        assert personal_numbers(err) == [], (words, err[-500:])

    check()
