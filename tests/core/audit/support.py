"""Audit drafts and chains for the tests, and Hypothesis strategies for them."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

from villagedesk.core.audit.chain import append
from villagedesk.core.audit.entry import AuditDraft, AuditEntry, AuditKind, FieldChange, Scalar


def draft(n: int, **changes: object) -> AuditDraft:
    values: dict[str, object] = {
        "at": f"2026-03-02T08:{n % 60:02d}:00.000Z",
        "actor": "王芳",
        "role": "clerk",
        "device": "PC-1",
        "kind": AuditKind.WRITE,
        "service": "update_household",
        "record_type": "households",
        "record_uuid": f"uuid-{n}",
        "fields": (("address", f"东河村{n}号", f"东河村{n + 1}号"),),
    }
    values.update(changes)
    return AuditDraft(**values)  # type: ignore[arg-type]


def chain_of(drafts: Sequence[AuditDraft]) -> list[AuditEntry]:
    entries: list[AuditEntry] = []
    for d in drafts:
        entries.append(append(entries[-1] if entries else None, d))
    return entries


texts = st.text(max_size=12)
scalars: st.SearchStrategy[Scalar] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**9), max_value=10**9),
    st.floats(allow_nan=False, allow_infinity=False),
    texts,
)
field_names = st.sampled_from(["address", "note", "half_hours", "void", "phone", "id_number"])
changes: st.SearchStrategy[FieldChange] = st.tuples(field_names, scalars, scalars)
drafts: st.SearchStrategy[AuditDraft] = st.builds(
    AuditDraft,
    at=texts,
    actor=texts,
    role=st.sampled_from(["admin", "clerk", "viewer", ""]),
    device=texts,
    kind=st.sampled_from(list(AuditKind)),
    service=texts,
    record_type=texts,
    record_uuid=texts,
    fields=st.lists(changes, max_size=3).map(tuple),
    note=texts,
)
hashes = st.text(alphabet="0123456789abcdef", min_size=64, max_size=64)
