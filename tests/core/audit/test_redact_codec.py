"""The log never holds a full ID number or phone; entries round-trip through JSON unchanged."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from tests.core.audit.support import chain_of, draft, drafts
from villagedesk.core.audit.chain import ChainHead, append, verify
from villagedesk.core.audit.codec import entry_from_json, entry_to_json
from villagedesk.core.audit.entry import AuditDraft
from villagedesk.core.audit.redact import redact_value
from villagedesk.core.masking import is_public_safe

ID = "110105199001011234"
PHONE = "13905331234"


def test_numbers_in_the_fields_of_a_change_are_masked_when_the_entry_is_made() -> None:
    entry = append(
        None,
        draft(
            1,
            fields=(
                ("id_number", "110105199001015678", ID),
                ("requester_phone", None, PHONE),
                ("content", "", f"请回电 {PHONE}，身份证 {ID}"),
                ("record_uuid", "", "0123456789012345678"),
            ),
        ),
    )
    text = json.dumps(entry_to_json(entry), ensure_ascii=False)
    assert ID not in text and PHONE not in text
    assert entry.fields[0] == ("id_number", "110105********5678", "110105********1234")
    assert entry.fields[1] == ("requester_phone", None, "139****1234")
    assert entry.fields[2][2] == "请回电 139****1234，身份证 110105********1234"
    assert entry.fields[3][2] == "0123456789012345678"  # identifiers are not personal


def test_redacting_twice_changes_nothing() -> None:
    for field, value in (("id_number", ID), ("phone", PHONE), ("note", f"电话{PHONE}")):
        once = redact_value(field, value)
        assert redact_value(field, once) == once


def test_long_whole_numbers_and_other_values_are_kept_apart() -> None:
    assert redact_value("phone", 13905331234) == "139****1234"
    assert redact_value("count", 13905331234) == "139****1234"
    assert redact_value("half_hours", 6) == 6
    assert redact_value("void", True) is True
    assert redact_value("id_number", None) is None


@given(st.from_regex(r"\A[1-9]\d{16}[\dX]\Z"), st.from_regex(r"\A1\d{10}\Z"), st.text(max_size=8))
def test_no_full_number_survives_in_any_field(id_number: str, phone: str, words: str) -> None:
    for field in ("id_number", "member_id_number", "phone", "contact_phone", "note", "content"):
        for value in (id_number, phone, f"{words}{id_number} {phone}"):
            kept = redact_value(field, value)
            assert isinstance(kept, str)
            assert id_number not in kept and phone not in kept
            assert is_public_safe(kept)


@given(st.lists(drafts, min_size=1, max_size=5))
def test_entries_round_trip_through_json_and_still_verify(log: list[AuditDraft]) -> None:
    entries = chain_of(log)
    carried = json.loads(json.dumps([entry_to_json(e) for e in entries], ensure_ascii=False))
    back = [entry_from_json(values) for values in carried]
    assert back == entries
    assert verify(back, end_head=ChainHead.of(entries[-1])).ok


def test_a_malformed_object_is_refused() -> None:
    good = entry_to_json(append(None, draft(1)))
    for broken in (
        {**good, "seq": "1"},
        {**good, "hash": None},
        {**good, "fields": [["a", "b"]]},
        {**good, "fields": [["a", [], "b"]]},
    ):
        try:
            entry_from_json(broken)
        except ValueError:
            continue
        raise AssertionError(f"accepted {broken}")
