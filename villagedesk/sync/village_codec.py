"""The package format as a village uses it: implements core.township.ports.VillageCourier.

Keys are created at first need in ``<data_dir>/keys``. Every refusal from the format comes back
as core's :class:`~villagedesk.core.township.ports.FileRefused` with the format's reason code.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TypeVar

from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.core.township.ports import (
    EncodedRecords,
    Enrolment,
    FileRefused,
    Receipt,
    Records,
    WrittenPackage,
    receipt_from_json,
)
from villagedesk.sync import enrolment as enrolment_file
from villagedesk.sync import errors
from villagedesk.sync.container import open_container, read_manifest, write_container
from villagedesk.sync.keys import PublicKeys, StationKeys, b64, unb64
from villagedesk.sync.keystore import Identity, KeysUnavailable, load_or_create_identity
from villagedesk.sync.manifest import KIND_PACKAGE, KIND_RECEIPT, Manifest, ManifestFields

T = TypeVar("T")


def _refusing(call: Callable[[], T]) -> T:
    try:
        return call()
    except errors.SyncRefused as e:
        raise FileRefused(e.message, reason=e.reason) from e


def public_keys(enrolment: Enrolment) -> PublicKeys:
    return PublicKeys(sign=unb64(enrolment.sign_public), box=unb64(enrolment.box_public))


def _label_when_read(
    records: Records | EncodedRecords, progress: Progress
) -> Records | EncodedRecords:
    """Switch the progress label to writing once the records are read (streamed ones: lazily)."""

    def writing() -> None:
        progress.set_label(
            msg("Sync", QT_TRANSLATE_NOOP("Sync", "Writing and verifying the package…"))
        )

    if not isinstance(records, EncodedRecords) or not records.types:
        writing()
        return records
    source, last = records, records.types[-1]

    def lines(record_type: str) -> Iterator[bytes]:
        yield from source.lines(record_type)
        if record_type == last:
            writing()

    return EncodedRecords(types=source.types, lines=lines)


def _number(value: object) -> int:
    if isinstance(value, int | str | float):
        return int(value)
    raise TypeError(f"not a number: {value!r}")


def _text_or_none(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise TypeError(f"not a text: {value!r}")


def manifest_fields_of(f: Mapping[str, object]) -> ManifestFields:
    """The manifest's fields from the header core's services give a package
    (core.township.package_contents.package_header, with its ``notes``)."""
    notes = f.get("notes") or {}
    if not isinstance(notes, Mapping):
        raise TypeError("the notes must be a mapping")
    return ManifestFields(
        station_code=str(f["station_code"]),
        station_name=str(f["station_name"]),
        seq=_number(f["seq"]),
        counter_from=_number(f["counter_from"]),
        counter_to=_number(f["counter_to"]),
        previous_hash=_text_or_none(f.get("previous_hash")),
        created_at=_text_or_none(f.get("created_at")),
        notes=dict(notes),
    )


def _free(target: Path) -> Path:
    """``target``, or ``<stem>-2<suffix>``…: a package never replaces another file on the stick."""
    n = 1
    found = target
    while found.exists():
        n += 1
        found = target.with_name(f"{target.stem}-{n}{target.suffix}")
    return found


class VillageCodec:
    """``VillageCodec(data_dir)``: this station's keys and the container format."""

    def __init__(self, data_dir: str | os.PathLike[str]) -> None:
        self._data_dir = Path(data_dir)
        self._identity: Identity | None = None

    @property
    def identity(self) -> Identity:
        if self._identity is None:
            try:
                self._identity = load_or_create_identity(self._data_dir)
            except KeysUnavailable as e:
                raise FileRefused(e.message, reason="keys_unavailable") from e
        return self._identity

    @property
    def keys(self) -> StationKeys:
        return self.identity.keys

    def fingerprint(self) -> str:
        return self.keys.fingerprint

    def installation(self) -> str:
        return self.identity.installation

    def read_enrolment(self, path: str) -> Enrolment:
        found = _refusing(lambda: enrolment_file.read_enrolment(path))
        return Enrolment(
            code=found.station_code,
            name=found.station_name,
            fingerprint=found.fingerprint,
            sign_public=b64(found.keys.sign),
            box_public=b64(found.keys.box),
            endorsed_by=found.endorsed_by.fingerprint if found.endorsed_by is not None else "",
        )

    def file_kind(self, path: str) -> str:
        return _refusing(lambda: read_manifest(path)).kind

    def write_package(
        self,
        folder: str,
        *,
        file_name: str,
        manifest_fields: Mapping[str, object],
        records: Records | EncodedRecords,
        recipient: Enrolment,
        progress: Progress | None = None,
    ) -> WrittenPackage:
        if progress is not None:
            records = _label_when_read(records, progress)
        fields = manifest_fields_of(manifest_fields)
        path = write_container(
            _free(Path(folder) / file_name),
            kind=KIND_PACKAGE,
            manifest_fields=fields,
            records=records,
            sender_keys=self.keys,
            recipient=public_keys(recipient),
        )
        manifest = read_manifest(path)
        return WrittenPackage(
            path=str(path), hash=manifest.package_hash, manifest=manifest.to_json()
        )

    def open_receipt(self, path: str, *, township: Enrolment) -> Receipt:
        def trust(manifest: Manifest) -> None:
            if manifest.station_code != township.code:
                raise errors.unknown_sender(
                    code=manifest.station_code,
                    name=manifest.station_name,
                    fingerprint=manifest.sender_fingerprint,
                )
            if manifest.sender_fingerprint != township.fingerprint:
                raise errors.key_changed(
                    code=manifest.station_code,
                    name=manifest.station_name,
                    fingerprint=manifest.sender_fingerprint,
                    known=township.fingerprint,
                )

        opened = _refusing(
            lambda: open_container(path, my_keys=self.keys, expected_kind=KIND_RECEIPT, trust=trust)
        )
        try:
            return receipt_from_json(opened.extra)
        except ValueError:
            raise FileRefused(
                errors.malformed(errors.detail_missing("receipt.json")).message,
                reason="malformed",
            ) from None
