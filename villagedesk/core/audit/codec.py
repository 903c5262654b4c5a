"""Audit entries as plain JSON objects, for the store's rows and the sync package.

:func:`entry_to_json` and :func:`entry_from_json` round-trip every entry exactly, so the hash
checked at the township is the one made at the village. Reading refuses a malformed object
(ValueError) rather than guessing; a well-formed entry whose values were changed reads back and
then fails :func:`villagedesk.core.audit.chain.verify`.
"""

from __future__ import annotations

from collections.abc import Mapping

from villagedesk.core.audit.entry import AuditEntry, FieldChange, Scalar

_TEXT_KEYS = (
    "at",
    "actor",
    "role",
    "device",
    "kind",
    "service",
    "record_type",
    "record_uuid",
    "note",
    "prev_hash",
    "hash",
)

JsonObject = Mapping[str, object]


def entry_to_json(entry: AuditEntry) -> dict[str, object]:
    values: dict[str, object] = {key: getattr(entry, key) for key in _TEXT_KEYS}
    values["kind"] = str(entry.kind)
    values["seq"] = entry.seq
    values["fields"] = [list(change) for change in entry.fields]
    values["changes"] = entry.changes
    values["digest"] = entry.digest
    return values


def _scalar(value: object) -> Scalar:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise ValueError("an audit value must be a JSON scalar")


def _change(item: object) -> FieldChange:
    if not isinstance(item, list | tuple) or len(item) != 3 or not isinstance(item[0], str):
        raise ValueError("an audit field change must be [field, old, new]")
    return (item[0], _scalar(item[1]), _scalar(item[2]))


def entry_from_json(values: JsonObject) -> AuditEntry:
    """The entry back from :func:`entry_to_json`'s object (ValueError when it is not one)."""
    seq = values.get("seq")
    if not isinstance(seq, int) or isinstance(seq, bool):
        raise ValueError("an audit entry needs a whole number 'seq'")
    texts: dict[str, str] = {}
    for key in _TEXT_KEYS:
        value = values.get(key)
        if not isinstance(value, str):
            raise ValueError(f"an audit entry needs a text {key!r}")
        texts[key] = value
    fields = values.get("fields")
    if not isinstance(fields, list | tuple):
        raise ValueError("an audit entry needs a list 'fields'")
    changes = values.get("changes", 0)
    digest = values.get("digest", "")
    if not isinstance(changes, int) or isinstance(changes, bool) or changes < 0:
        raise ValueError("an audit entry's 'changes' must be a whole number")
    if not isinstance(digest, str):
        raise ValueError("an audit entry's 'digest' must be text")
    return AuditEntry(
        seq=seq,
        fields=tuple(_change(item) for item in fields),
        changes=changes,
        digest=digest,
        **texts,
    )
