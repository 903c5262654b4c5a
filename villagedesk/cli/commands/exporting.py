"""``villagedesk export members|residents|households FILE.xlsx [--search TEXT]``.

Members and residents are written with every field, unmasked, in the layout of the import
template, so the file imports back as "unchanged"; households as the household register shows
them (every column). Residents come household by household, the head first.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from pathlib import Path

from villagedesk.cli.output import OK, USAGE, err, file_error, out, refuse_new_file, search_too_long
from villagedesk.cli.parser import Commands
from villagedesk.cli.progress_bar import ProgressBar
from villagedesk.core.columns import RawRow, RegisterSpec
from villagedesk.core.households.model import Relation
from villagedesk.core.households.register import HOUSEHOLD_REGISTER
from villagedesk.core.importing.template import TEMPLATES
from villagedesk.core.progress import Progress
from villagedesk.core.search import is_too_long, parse_search
from villagedesk.core.unmasking import holds_full_ids, log_export
from villagedesk.exchange.template import template_register
from villagedesk.exchange.xlsx_export import ExportResult, export_register
from villagedesk.i18n import translate
from villagedesk.store.households.reader import SqlHouseholdReader, SqlResidentReader
from villagedesk.store.station_store import StationStore

CHUNK = 2000
KINDS = ("members", "residents", "households")


def register(commands: Commands) -> None:
    export = commands.add_parser(
        "export",
        help=translate("Cli", "Export a register to an Excel file (.xlsx)."),
        description=translate(
            "Cli",
            "Export a register to an Excel file (.xlsx). Members and residents are written with "
            "every field, unmasked, in the layout of the import template, so the file can be "
            "imported again; households as the household register shows them.",
        ),
    )
    export.add_argument("kind", choices=KINDS, help=translate("Cli", "Which register."))
    export.add_argument("file", metavar="FILE.xlsx", help=translate("Cli", "The file to write."))
    export.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help=translate(
            "Cli", "Only what this search finds (name, pinyin initials, ID number or phone)."
        ),
    )
    export.add_argument(
        "--reason",
        default="",
        metavar="TEXT",
        help=translate(
            "Cli",
            "Why the file is exported (required when it holds full ID numbers: members and "
            "residents); kept in the audit log.",
        ),
    )
    export.set_defaults(func=run_export)


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def member_rows(store: StationStore, text: str) -> tuple[list[int], Iterator[RawRow]]:
    """The members the search finds (on the roll, by name) and their rows in template order."""
    reader = store.member_reader
    ids = reader.search_ids(parse_search(text))
    keys = [f.reader_key for f in TEMPLATES["members"]]
    wanted = [k for k in keys if k is not None]

    # A template field the reader has no column for is blank: it picks the None at the end.
    pick = [wanted.index(k) if k else len(wanted) for k in keys]

    def rows() -> Iterator[RawRow]:
        for chunk in _chunks(ids):
            found = reader.rows(chunk, wanted)
            for i in chunk:
                row = (*found[i], None)
                yield tuple([row[j] for j in pick])

    return ids, rows()


def resident_rows(store: StationStore, text: str) -> tuple[list[int], Iterator[RawRow]]:
    """The residents the search finds, household by household (head first), in template order:
    the household number is the household's record number, the head's ID number and the grid
    come from the household."""
    reader = SqlResidentReader(store.engine)
    households = SqlHouseholdReader(store.engine)
    ids = reader.search_ids(parse_search(text))
    keys = (
        "household_id",
        "relation",
        "name",
        "id_number",
        "sex",
        "birth_date",
        "phone",
        "address",
    )
    found: dict[int, RawRow] = {}
    for chunk in _chunks(ids):
        found.update(reader.rows(chunk, keys))
    household_of = {i: _record_id(row[0]) for i, row in found.items()}
    order = {record_id: n for n, record_id in enumerate(ids)}
    head = Relation.HEAD.value
    ids = sorted(found, key=lambda i: (household_of[i], found[i][1] != head, order[i]))
    household_ids = sorted(set(household_of.values()))
    grids: dict[int, object] = {}
    for chunk in _chunks(household_ids):
        grids.update({h: row[0] for h, row in households.rows(chunk, ["grid"]).items()})
    heads = _head_id_numbers(reader, set(household_ids))

    def rows() -> Iterator[RawRow]:
        for i in ids:
            household_id = household_of[i]
            _, relation, name, id_number, sex, birth, phone, address = found[i]
            values = {
                "household_no": str(household_id),
                "head_id_number": heads.get(household_id),
                "name": name,
                "relation": relation,
                "id_number": id_number,
                "sex": sex,
                "birth_date": birth,
                "phone": phone,
                "address": address,
                "grid": grids.get(household_id),
            }
            yield tuple(values.get(f.key) for f in TEMPLATES["residents"])

    return ids, rows()


def _record_id(value: object) -> int:
    """A stored record id (the column is an integer, never empty)."""
    if not isinstance(value, int):
        raise TypeError(f"not a record id: {value!r}")
    return value


def _head_id_numbers(reader: SqlResidentReader, household_ids: set[int]) -> dict[int, object]:
    """household id → its head's ID number (the head may be outside the search)."""
    heads: dict[int, object] = {}
    everyone = reader.search_ids(parse_search(""))
    for chunk in _chunks(everyone):
        for household_id, relation, id_number in reader.rows(
            chunk, ["household_id", "relation", "id_number"]
        ).values():
            if household_id in household_ids and relation == Relation.HEAD.value:
                heads[_record_id(household_id)] = id_number
    return heads


def household_rows(
    store: StationStore, text: str
) -> tuple[RegisterSpec, list[int], Iterator[RawRow]]:
    """The households register for the station's mode, every column, rows by head's name."""
    reader = SqlHouseholdReader(store.engine)
    spec = HOUSEHOLD_REGISTER.for_mode(township=reader.scope().township)
    ids = reader.search_ids(parse_search(text))

    def rows() -> Iterator[RawRow]:
        for chunk in _chunks(ids):
            found = reader.rows(chunk, spec.keys)
            for i in chunk:
                yield found[i]

    return spec, ids, rows()


def export(
    store: StationStore,
    kind: str,
    path: Path,
    *,
    search: str = "",
    reason: str = "",
    progress: Progress,
) -> ExportResult:
    """Write the register ``kind`` to ``path`` (what ``villagedesk export`` does); one holding
    full ID numbers is logged first with ``reason`` (refused without one, nothing written)."""
    if kind == "households":
        spec, ids, rows = household_rows(store, search)
    else:
        spec = template_register(kind)
        ids, rows = (member_rows if kind == "members" else resident_rows)(store, search)
    if holds_full_ids(spec.keys):
        log_export(store.uow_factory(), record_type=kind, reason=reason)
    return export_register(
        path,
        spec=spec,
        keys=spec.keys,
        rows=rows,
        translate=translate,
        total=len(ids),
        progress=progress,
    )


def run_export(args: argparse.Namespace, store: StationStore) -> int:
    path = Path(args.file)
    if path.suffix.lower() != ".xlsx":
        err(translate("Cli", "The file name must end in .xlsx: {path}").format(path=path))
        return USAGE
    if (refused := refuse_new_file(path)) is not None:
        return refused
    if is_too_long(args.search):
        return search_too_long()
    if args.kind != "households" and not args.reason.strip():
        err(
            translate(
                "Cli",
                "This export holds full ID numbers: give the reason with --reason TEXT "
                "(it is kept in the audit log).",
            )
        )
        return USAGE
    progress = Progress()
    try:
        with ProgressBar(progress):
            result = export(
                store, args.kind, path, search=args.search, reason=args.reason, progress=progress
            )
    except OSError as e:
        return file_error(path, e)
    out(
        translate("Cli", "Exported {count} rows to {path}").format(
            count=result.rows, path=result.path
        )
    )
    return OK
