"""The plaintext payload of a container: a deflate ZIP of ``records/<type>.jsonl`` (+ one JSON).

API:
    pack_payload(*, kind, records, extra) -> (zip_bytes, counts)   records: dicts or EncodedRecords
    unpack_payload(data, *, kind, limits=Limits()) -> (records, extra)
    Limits(max_entries=200, max_total=1 GiB, max_ratio=200)

``extra`` travels as ``receipt.json`` in a receipt and ``package.json`` in a package. Unpacking
never touches the file system; it still refuses any entry name other than those two patterns, too
many entries, declared or actual sizes over the bounds, and malformed JSON.
"""

from __future__ import annotations

import io
import json
import re
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import NoReturn

from villagedesk.core.township.ports import EncodedRecords
from villagedesk.sync import errors
from villagedesk.sync.manifest import KIND_RECEIPT, RECORD_TYPE_RE, JsonObject
from villagedesk.sync.packer import pack_blocks

_ENTRY_RE = re.compile(r"^records/([a-z_]+)\.jsonl$")
_ENCODER = json.JSONEncoder(separators=(",", ":"), allow_nan=False)
_STEP = 1 << 20
_RATIO_FLOOR = 64 * 1024  # entries smaller than this are never refused for their ratio
COMPRESS_LEVEL = 1  # zlib 1-3 share the fast strategy; 1 is ~15 % faster for ~5 % more size


@dataclass(frozen=True)
class Limits:
    """Bounds on what an authentic payload may unpack to."""

    max_entries: int = 200
    max_total: int = 1 << 30
    max_ratio: int = 200


DEFAULT_LIMITS = Limits()


def extra_name(kind: str) -> str:
    return "receipt.json" if kind == KIND_RECEIPT else "package.json"


def pack_payload(
    *,
    kind: str,
    records: Mapping[str, Iterable[Mapping[str, object]]] | EncodedRecords,
    extra: Mapping[str, object] | None,
) -> tuple[bytes, dict[str, int]]:
    """Build the ZIP; returns it and the record count per type. Types must match ``[a-z_]+``.

    ``records`` are dicts by type, or the store's :class:`EncodedRecords` (JSON lines read
    lazily on this thread while another thread deflates them; see ``sync.packer``).
    """
    if isinstance(records, EncodedRecords):
        types = list(records.types)
        sources: Iterable[tuple[str, Iterable[bytes]]] = (
            (t, records.lines(t)) for t in _checked(types)
        )
    else:
        types = sorted(records)
        sources = ((t, _encoded(records[t])) for t in _checked(types))
    extra_entry = None
    if extra is not None:
        extra_entry = (extra_name(kind), _ENCODER.encode(dict(extra)).encode("utf-8"))
    return pack_blocks(sources, extra=extra_entry, level=COMPRESS_LEVEL)


def _checked(types: list[str]) -> list[str]:
    for record_type in types:
        if not RECORD_TYPE_RE.match(record_type):
            raise ValueError(f"record type {record_type!r} is not [a-z_]+")
    if len(set(types)) != len(types):
        raise ValueError("a record type is listed twice")
    return types


def _encoded(rows: Iterable[Mapping[str, object]], batch: int = 5000) -> Iterator[bytes]:
    """Rows as blocks of JSON lines."""
    encode = _ENCODER.encode
    lines: list[str] = []
    for r in rows:
        lines.append(encode(r if type(r) is dict else dict(r)))
        if len(lines) >= batch:
            yield ("\n".join(lines) + "\n").encode("utf-8")
            lines = []
    if lines:
        yield ("\n".join(lines) + "\n").encode("utf-8")


def unpack_payload(
    data: bytes, *, kind: str, limits: Limits = DEFAULT_LIMITS
) -> tuple[dict[str, list[JsonObject]], JsonObject | None]:
    """Check and read the ZIP; raises SyncRefused (hostile_name, too_large, malformed)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise errors.malformed(errors.detail_bad_archive()) from exc
    if len(infos) > limits.max_entries:
        raise errors.too_large()
    wanted_extra = extra_name(kind)
    seen: set[str] = set()
    declared = 0
    for info in infos:
        name = info.orig_filename
        if not (_ENTRY_RE.match(name) or name == wanted_extra) or name != info.filename:
            raise errors.hostile_name(name)
        if name in seen:
            _bad_archive()
        seen.add(name)
        declared += info.file_size
        if declared > limits.max_total:
            raise errors.too_large()
        if info.file_size > _RATIO_FLOOR and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise errors.too_large()
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            _bad_archive()
        if info.flag_bits & 0x1:  # encrypted entry
            _bad_archive()
    records: dict[str, list[JsonObject]] = {}
    extra: JsonObject | None = None
    budget = limits.max_total
    for info in infos:
        raw = _inflate(data, info, budget)
        budget -= len(raw)
        match = _ENTRY_RE.match(info.filename)
        if match:
            records[match.group(1)] = _parse_lines(info.filename, raw)
        else:
            extra = _parse_object(info.filename, raw)
    return records, extra


def _bad_archive() -> NoReturn:
    raise errors.malformed(errors.detail_bad_archive())


def _inflate(data: bytes, info: zipfile.ZipInfo, budget: int) -> bytes:
    """Read one entry from the raw bytes, counting while inflating; never past its declared size."""
    start = info.header_offset
    local = data[start : start + 30]
    if len(local) != 30 or local[:4] != b"PK\x03\x04":
        _bad_archive()
    name_len, extra_len = struct.unpack("<HH", local[26:30])
    raw_name = data[start + 30 : start + 30 + name_len]
    encoding = "utf-8" if info.flag_bits & 0x800 else "cp437"
    try:
        local_name = raw_name.decode(encoding)
    except UnicodeDecodeError:
        _bad_archive()
    if local_name != info.orig_filename:
        if not _ENTRY_RE.match(local_name):
            raise errors.hostile_name(local_name)
        _bad_archive()
    offset = start + 30 + name_len + extra_len
    body = data[offset : offset + info.compress_size]
    if len(body) != info.compress_size:
        _bad_archive()
    limit = min(info.file_size, budget)
    if info.compress_type == zipfile.ZIP_STORED:
        out = body
        if len(out) > limit:
            raise errors.too_large()
    else:
        out = _deflate_bounded(body, limit)
    if len(out) != info.file_size or zlib.crc32(out) != info.CRC:
        _bad_archive()
    return out


def _deflate_bounded(body: bytes, limit: int) -> bytes:
    d = zlib.decompressobj(-15)
    parts: list[bytes] = []
    total = 0
    pending = body
    try:
        while True:
            piece = d.decompress(pending, _STEP)
            total += len(piece)
            if total > limit:
                raise errors.too_large()
            parts.append(piece)
            pending = d.unconsumed_tail
            if not pending and len(piece) < _STEP:
                break
        tail = d.flush()
    except zlib.error:
        _bad_archive()
    if total + len(tail) > limit:
        raise errors.too_large()
    if not d.eof:
        _bad_archive()
    parts.append(tail)
    return b"".join(parts)


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(name)


def _parse_lines(name: str, raw: bytes) -> list[JsonObject]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise errors.malformed(errors.detail_bad_json(name, 1)) from None
    if not text:
        return []
    if not text.endswith("\n"):
        raise errors.malformed(errors.detail_bad_json(name, text.count("\n") + 1))
    try:  # fast path: one parse for the whole file, the newlines read as commas
        parsed = json.loads(
            "[" + text[:-1].replace("\n", ",") + "]", parse_constant=_reject_constant
        )
    except ValueError:
        parsed = None
    if (
        isinstance(parsed, list)
        and len(parsed) == text.count("\n")
        and all(type(r) is dict for r in parsed)
    ):
        return parsed
    out: list[JsonObject] = []
    for number, line in enumerate(text[:-1].split("\n"), start=1):
        try:
            record = json.loads(line, parse_constant=_reject_constant)
        except ValueError:
            record = None
        if type(record) is not dict:
            raise errors.malformed(errors.detail_bad_json(name, number))
        out.append(record)
    return out


def _parse_object(name: str, raw: bytes) -> JsonObject:
    try:
        obj = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except ValueError:
        obj = None
    if type(obj) is not dict:
        raise errors.malformed(errors.detail_bad_json(name, 1))
    return obj
