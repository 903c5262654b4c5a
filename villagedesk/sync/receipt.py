"""The receipt body (township -> village), carried as ``receipt.json`` in a .vdrcpt container.

API:
    ReceivedPackage(seq, package_hash, counter_to, imported_at)
    ReturnedRecord(uuid, record_type, comment, created_at)
    Receipt(village_code, confirmed_counter, packages: tuple[...], returns: tuple[...])
        .to_json() / Receipt.from_json(obj)  (ValueError when malformed)
    write_receipt(path_or_dir, *, receipt, manifest_fields, sender_keys, recipient) -> Path
        a folder gets "<village code>-receipt-<seq>.vdrcpt"
    open_receipt(path, *, my_keys, trust, limits=Limits()) -> tuple[Manifest, Receipt]
        SyncRefused as open_container; a bad receipt.json is "malformed"
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.sync import errors
from villagedesk.sync.container import Trust, open_container, write_container
from villagedesk.sync.keys import PublicKeys, StationKeys
from villagedesk.sync.manifest import KIND_RECEIPT, JsonObject, Manifest, ManifestFields
from villagedesk.sync.payload import DEFAULT_LIMITS, Limits

_T = TypeVar("_T")


@dataclass(frozen=True)
class ReceivedPackage:
    """A package the township has imported from the village."""

    seq: int
    package_hash: str
    counter_to: int
    imported_at: str


@dataclass(frozen=True)
class ReturnedRecord:
    """A record the township returns for correction (退回修改), with its comment."""

    uuid: str
    record_type: str
    comment: str
    created_at: str


@dataclass(frozen=True)
class Receipt:
    """What the township confirms to one village."""

    village_code: str
    confirmed_counter: int
    packages: tuple[ReceivedPackage, ...] = ()
    returns: tuple[ReturnedRecord, ...] = ()

    def to_json(self) -> JsonObject:
        return {
            "village_code": self.village_code,
            "confirmed_counter": self.confirmed_counter,
            "packages": [
                {
                    "seq": p.seq,
                    "package_hash": p.package_hash,
                    "counter_to": p.counter_to,
                    "imported_at": p.imported_at,
                }
                for p in self.packages
            ],
            "returns": [
                {
                    "uuid": r.uuid,
                    "record_type": r.record_type,
                    "comment": r.comment,
                    "created_at": r.created_at,
                }
                for r in self.returns
            ],
        }

    @classmethod
    def from_json(cls, obj: object) -> Receipt:
        if not isinstance(obj, dict):
            raise ValueError("receipt")
        packages = obj.get("packages")
        returns = obj.get("returns")
        if not isinstance(packages, list) or not isinstance(returns, list):
            raise ValueError("lists")
        receipt = cls(
            village_code=_typed(obj, "village_code", str),
            confirmed_counter=_typed(obj, "confirmed_counter", int),
            packages=tuple(
                ReceivedPackage(
                    seq=_typed(p, "seq", int),
                    package_hash=_typed(p, "package_hash", str),
                    counter_to=_typed(p, "counter_to", int),
                    imported_at=_typed(p, "imported_at", str),
                )
                for p in packages
            ),
            returns=tuple(
                ReturnedRecord(
                    uuid=_typed(r, "uuid", str),
                    record_type=_typed(r, "record_type", str),
                    comment=_typed(r, "comment", str),
                    created_at=_typed(r, "created_at", str),
                )
                for r in returns
            ),
        )
        return receipt


def _typed(obj: object, key: str, kind: type[_T]) -> _T:
    if not isinstance(obj, dict):
        raise ValueError("not an object")
    value = obj.get(key)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise ValueError(key)
    return value


def write_receipt(
    path_or_dir: str | os.PathLike[str],
    *,
    receipt: Receipt,
    manifest_fields: ManifestFields,
    sender_keys: StationKeys,
    recipient: PublicKeys,
) -> Path:
    """Write a signed receipt container for one village; returns its path."""
    target = Path(path_or_dir)
    if target.is_dir():
        target = target / f"{receipt.village_code}-receipt-{manifest_fields.seq}.vdrcpt"
    return write_container(
        target,
        kind=KIND_RECEIPT,
        manifest_fields=manifest_fields,
        records={},
        extra=receipt.to_json(),
        sender_keys=sender_keys,
        recipient=recipient,
    )


def open_receipt(
    path: str | os.PathLike[str],
    *,
    my_keys: StationKeys,
    trust: Trust,
    limits: Limits = DEFAULT_LIMITS,
) -> tuple[Manifest, Receipt]:
    """Verify and read a receipt (refuses a package with ``wrong_kind``)."""
    opened = open_container(
        path, my_keys=my_keys, expected_kind=KIND_RECEIPT, trust=trust, limits=limits
    )
    detail = msg(
        errors.CTX, QT_TRANSLATE_NOOP("SyncFile", "the receipt's contents are missing or damaged.")
    )
    if opened.extra is None:
        raise errors.malformed(detail)
    try:
        return opened.manifest, Receipt.from_json(opened.extra)
    except ValueError:
        raise errors.malformed(detail) from None
