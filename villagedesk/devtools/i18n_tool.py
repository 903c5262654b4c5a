"""Keep the Chinese translations current: ``python -m villagedesk.devtools.i18n_tool CMD``.

update   lupdate every module under villagedesk/ into resources/i18n/villagedesk_zh_CN.ts,
         merge resources/i18n/pending/*.tsv (context, English source, Chinese), then release.
release  lrelease the .ts into the committed .qm.
check    fail if the .ts is stale, a message is unfinished, or the .qm is out of date.

TSV fields may use the escapes \\t, \\n and \\\\ for tab, newline and backslash.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "villagedesk"
I18N_DIR = ROOT / "resources" / "i18n"
PENDING_DIR = I18N_DIR / "pending"
LANGUAGE = "zh_CN"
TS_FILE = I18N_DIR / f"villagedesk_{LANGUAGE}.ts"
QM_FILE = I18N_DIR / f"villagedesk_{LANGUAGE}.qm"
EXCLUDED = ("devtools", "tests", "__pycache__")

Key = tuple[str, str]
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)[^{}]*\}")


def _tool(name: str) -> str:
    """Path of a Qt Linguist tool shipped with PySide6."""
    exe = ".exe" if sys.platform == "win32" else ""
    candidates = [
        Path(PySide6.__file__).resolve().parent / f"{name}{exe}",
        Path(sys.executable).parent / f"pyside6-{name}{exe}",
    ]
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    raise SystemExit(f"{name} not found (looked at {', '.join(map(str, candidates))})")


def source_files(package: Path = PACKAGE) -> list[Path]:
    """Every .py module lupdate should scan (devtools and tests excluded), sorted."""
    return sorted(
        p for p in package.rglob("*.py") if not set(p.relative_to(package).parts) & set(EXCLUDED)
    )


def run_lupdate(ts_file: Path, files: Sequence[Path]) -> None:
    """Extract messages from ``files`` into ``ts_file``, keeping its translations."""
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "files.lst"
        listing.write_text("\n".join(str(f) for f in files) + "\n", encoding="utf-8")
        cmd = [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
        cmd += ["-source-language", "en", "-target-language", LANGUAGE, f"@{listing}"]
        subprocess.run([*cmd, "-ts", str(ts_file)], check=True)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile ``ts_file`` into ``qm_file``."""
    cmd = [_tool("lrelease"), "-silent", "-nounfinished", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(cmd, check=True)


@dataclass(frozen=True)
class Entry:
    """One message of a .ts file."""

    translation: str
    finished: bool


def read_ts(ts_file: Path) -> dict[Key, Entry]:
    """Messages of a .ts file keyed by (context, source)."""
    entries: dict[Key, Entry] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            text = "" if tr is None else "".join(tr.itertext())
            finished = tr is not None and tr.get("type") is None and text != ""
            entries[(name, source)] = Entry(text, finished)
    return entries


def _unescape(field: str) -> str:
    return re.sub(r"\\([tn\\])", lambda m: {"t": "\t", "n": "\n", "\\": "\\"}[m[1]], field)


def read_pending(files: Iterable[Path]) -> tuple[dict[Key, str], list[str]]:
    """Translations from pending .tsv files, and a list of problems (bad lines, conflicts)."""
    found: dict[Key, tuple[str, str]] = {}
    problems: list[str] = []
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            where = f"{path.name}:{number}"
            if len(fields) != 3 or not all(fields):
                problems.append(f"{where}: expected context<TAB>source<TAB>translation")
                continue
            key = (_unescape(fields[0]), _unescape(fields[1]))
            text = _unescape(fields[2])
            if key in found and found[key][0] != text:
                problems.append(f"{where}: {key} conflicts with {found[key][1]}")
            found[key] = (text, where)
    return {key: text for key, (text, _) in found.items()}, problems


def merge_pending(ts_file: Path, translations: dict[Key, str]) -> tuple[int, list[Key]]:
    """Write ``translations`` into matching messages of ``ts_file`` and mark them finished.

    Returns how many messages changed and the pending keys that match no message.
    """
    tree = ET.parse(ts_file)
    changed = 0
    seen: set[Key] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            if key not in translations:
                continue
            seen.add(key)
            tr = message.find("translation")
            if tr is None:
                tr = ET.SubElement(message, "translation")
            if tr.text != translations[key] or tr.get("type") is not None:
                changed += 1
                tr.attrib.pop("type", None)
                tr.text = translations[key]
    with open(ts_file, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return changed, sorted(set(translations) - seen)


def placeholder_problems(entries: dict[Key, Entry]) -> list[str]:
    """Finished translations whose {placeholders} differ from their source's."""
    problems = []
    for (context, source), entry in sorted(entries.items()):
        if entry.finished:
            want, got = (
                set(_PLACEHOLDER.findall(source)),
                set(_PLACEHOLDER.findall(entry.translation)),
            )
            if want != got:
                problems.append(
                    f"{context}: {source!r} -> placeholders {sorted(got)} != {sorted(want)}"
                )
    return problems


def update() -> int:
    """lupdate, merge pending translations, lupdate again to normalise, release."""
    files = source_files()
    run_lupdate(TS_FILE, files)
    translations, problems = read_pending(sorted(PENDING_DIR.glob("*.tsv")))
    changed, unmatched = merge_pending(TS_FILE, translations)
    run_lupdate(TS_FILE, files)
    release()
    entries = read_ts(TS_FILE)
    unfinished = sum(1 for e in entries.values() if not e.finished)
    print(
        f"{TS_FILE.name}: {len(entries)} messages, {changed} updated from pending, "
        f"{unfinished} unfinished"
    )
    for key in unmatched:
        print(f"  pending translation matches no message: {key}")
    for problem in problems + placeholder_problems(entries):
        print(f"  {problem}")
    return 1 if problems else 0


def release() -> int:
    run_lrelease(TS_FILE, QM_FILE)
    return 0


def check_stale() -> list[str]:
    """Messages in the code but not in the committed .ts, or the other way round."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / TS_FILE.name
        run_lupdate(fresh, source_files())
        wanted = set(read_ts(fresh))
    have = set(read_ts(TS_FILE)) if TS_FILE.is_file() else set()
    return [f"ts is stale: missing {k}" for k in sorted(wanted - have)] + [
        f"ts is stale: no longer in the code {k}" for k in sorted(have - wanted)
    ]


def check_finished() -> list[str]:
    """Messages without a finished translation, or with mismatched placeholders."""
    entries = read_ts(TS_FILE)
    missing = [f"unfinished: {k}" for k, e in sorted(entries.items()) if not e.finished]
    no_context = [
        f"no context: {source!r} (lupdate misreads aliases such as tr = QCoreApplication.translate;"
        " call self.tr() or QCoreApplication.translate('Context', 'text') literally)"
        for context, source in sorted(entries)
        if not context
    ]
    return missing + no_context + placeholder_problems(entries)


def check_qm() -> list[str]:
    """The committed .qm must be exactly what lrelease makes of the committed .ts."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / QM_FILE.name
        run_lrelease(TS_FILE, fresh)
        same = QM_FILE.is_file() and fresh.read_bytes() == QM_FILE.read_bytes()
    return [] if same else [f"{QM_FILE.name} is out of date: run `make i18n`"]


def check() -> int:
    problems = check_stale() + check_finished() + check_qm()
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} translation problem(s); run `make i18n`", file=sys.stderr)
    return 1 if problems else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="i18n_tool", description="Update, release or check translations."
    )
    parser.add_argument("command", choices=["update", "release", "check"])
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    return {"update": update, "release": release, "check": check}[args.command]()


if __name__ == "__main__":
    sys.exit(main())
