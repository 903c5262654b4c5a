"""What the ``sync`` commands of both sides share: the station's side, refusals, messages."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TypeVar

from villagedesk.cli.output import OK, USAGE, err, out
from villagedesk.core.faults import os_error_reason
from villagedesk.core.station import Station
from villagedesk.core.township.ports import PackageStatus, SyncMode, mode_of
from villagedesk.i18n import render, translate
from villagedesk.store.station_store import StationStore

REFUSED = 3
"""A file was refused as a whole; nothing of it was written."""


def data_dir(store: StationStore) -> Path:
    return store.db_path.parent


def current_station(store: StationStore) -> Station | None:
    return store.read_station()


def mode(store: StationStore) -> SyncMode:
    station = current_station(store)
    return mode_of(station.level) if station is not None else SyncMode.VILLAGE


def refused(message: str) -> int:
    err(translate("Cli", "Refused: {message}").format(message=message))
    return REFUSED


T = TypeVar("T")


def township_only(store: StationStore) -> int | None:
    if mode(store) is SyncMode.TOWNSHIP:
        return None
    err(translate("Cli", "This command works only at a township station."))
    return USAGE


def village_only(store: StationStore) -> int | None:
    if mode(store) is SyncMode.VILLAGE:
        return None
    err(translate("Cli", "This command works only at a village station."))
    return USAGE


def write_error(folder: Path, e: OSError) -> int:
    err(
        translate("Cli", "Could not write to {path}: {error}").format(
            path=folder, error=render(os_error_reason(e))
        )
    )
    return USAGE


def package_state(status: PackageStatus) -> str:
    """How a village's package stands, as the township's receipts said."""
    labels = {
        PackageStatus.CONFIRMED: translate("Cli", "confirmed"),
        PackageStatus.HELD: translate("Cli", "held by the township (data before it missing)"),
        PackageStatus.FORK: translate(
            "Cli", "held by the township: another copy of this station's data reported too"
        ),
        PackageStatus.AUDIT_HELD: translate(
            "Cli", "held by the township: this station's audit log does not continue"
        ),
    }
    return labels.get(status, translate("Cli", "not yet confirmed"))


def print_list(
    items: Sequence[T],
    *,
    as_json: bool,
    data: Callable[[T], Mapping[str, object]],
    cells: Callable[[T], list[str]],
    none: str,
) -> int:
    """A township to-do list: one JSON array, or one tab-separated line per item (each cell on
    one line), saying ``none`` on stderr when there is nothing to list."""
    if as_json:
        out(json.dumps([data(item) for item in items], ensure_ascii=False, indent=1))
        return OK
    for item in items:
        out("\t".join(" ".join(c.split()) for c in cells(item)))
    if not items:
        err(none)
    return OK
