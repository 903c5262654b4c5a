"""The small rules of issue 10's "Input and faults": names refuse emoji and invisible characters
and state their limit, the ID number is named once, error text never shows an ID number or a
phone, the search box has a length, the demo's counts agree, the README's examples are valid."""

from __future__ import annotations

import errno
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from villagedesk.core.errors import DomainError
from villagedesk.core.faults import (
    disk_full,
    not_a_regular_file,
    os_error_reason,
    scrub_personal,
    unexpected_error,
)
from villagedesk.core.households.rules import check_resident_fields
from villagedesk.core.id_number import check_character, check_id_number
from villagedesk.core.importing.shared import reasons
from villagedesk.core.importing.template import MEMBER_TEMPLATE
from villagedesk.core.members.model import MemberDraft
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.members.rules import check_member_fields
from villagedesk.core.person_rules import MAX_NAME, check_name
from villagedesk.core.search import MAX_SEARCH_CHARS, SearchKind, is_too_long, parse_search
from villagedesk.core.services.demo import fill_demo

TODAY = date(2026, 1, 15)
ID = "37032319780512123" + check_character("37032319780512123")
ROOT = Path(__file__).resolve().parents[2]


def name_errors(name: str) -> list[str]:
    errors: dict[str, list] = {}  # type: ignore[type-arg]
    check_name(name, errors)
    return [m.render() for m in errors.get("name", [])]


# -- names -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("张三😀", "U+1F600"),
        ("王\u202e五", "U+202E"),  # right-to-left override
        ("李\u200b四", "U+200B"),  # zero-width space
        ("赵\x00六", "U+0000"),
        ("周\ufeff八", "U+FEFF"),
        ("吴\u200d九", "U+200D"),
        ("郑❤\ufe0f十", "U+2764"),
        ("冯\U0001f1e8\U0001f1f3", "U+1F1E8"),  # a flag
    ],
)
def test_names_refuse_emoji_and_invisible_characters(name: str, shown: str) -> None:
    [message] = name_errors(name)
    assert "emoji" in message and shown in message


@pytest.mark.parametrize(
    "name", ["张三", "阿不都热合曼·买买提", "李䶮", "陈堃", "刘𠇔", "Ali Kerim", "李〇"]
)
def test_real_names_pass(name: str) -> None:
    assert name_errors(name) == []


def test_a_long_paste_is_refused_with_the_limit_not_cut() -> None:
    errors: dict[str, list] = {}  # type: ignore[type-arg]
    name = check_name("张" * 200, errors)
    assert name == "张" * 200  # never cut to 40 without a word
    [message] = [m.render() for m in errors["name"]]
    assert f"at most {MAX_NAME}" in message and "200" in message


def test_the_one_name_rule_serves_members_and_residents() -> None:
    draft = MemberDraft(name="张😀三", id_number=ID)
    assert "name" in check_member_fields(draft, today=TODAY).errors
    checked = check_resident_fields("王\u202e五", ID, "户主", "", "", today=TODAY)
    assert "name" in checked.errors


# -- the ID number named once ----------------------------------------------------------------------
def test_an_import_reason_names_the_id_number_once() -> None:
    bad = ID[:-1] + ("0" if ID[-1] != "0" else "1")
    errors: dict[str, list] = {}  # type: ignore[type-arg]
    with pytest.raises(DomainError) as refused:
        check_id_number(bad, today=TODAY)
    errors["id_number"] = [refused.value.message]
    errors["joined_on"] = [errors["id_number"][0]]  # any other field keeps its header
    texts = [m.render() for m in reasons(errors, MEMBER_TEMPLATE)]
    assert texts[0] == "The ID number's check digit is wrong; the number probably has a typo."
    assert texts[1].startswith("入党时间: ")


# -- error text ------------------------------------------------------------------------------------
IDS = st.from_regex(r"\A[1-6]\d{16}[\dX]\Z", fullmatch=True)
PHONES = st.from_regex(r"\A1[3-9]\d{9}\Z", fullmatch=True)
_PII = re.compile(r"\d+[Xx]?")


def shows_personal_data(text: str) -> bool:
    for run in _PII.findall(text):
        if re.fullmatch(r"\d{17}[\dXx]", run) or re.fullmatch(r"1\d{10}", run):
            return True
    return False


@settings(max_examples=60, deadline=None)
@given(ids=st.lists(IDS, max_size=3), phones=st.lists(PHONES, max_size=3), glue=st.text(max_size=8))
def test_scrubbed_text_shows_no_id_number_or_phone(
    ids: list[str], phones: list[str], glue: str
) -> None:
    text = glue.join(["[parameters: (", *ids, *phones, ")]"])
    assert not shows_personal_data(scrub_personal(text))


def test_scrubbing_keeps_what_is_not_personal() -> None:
    text = "station 370323104203, 2635 changes, fingerprint 3F7A-19C2-88D0-5E41, 2026-01-15"
    assert scrub_personal(text) == text
    assert scrub_personal(f"id={ID} tel:13905331234") == "id=370323********1237 tel:139****1234"


def test_scrubbing_gives_hashes_and_uuids_back_whole() -> None:
    """One sha256 in twenty holds a run of exactly 11 digits; a uuid's last group may too."""
    digest = "d9a92b46c37287a0434db0c64470fb7c87c751fd3e82a391a0c2685f70bfd9c8"
    in_hash = digest[:20] + "a23456789012f" + digest[33:]
    uuid = "5e6aa423-bf91-4a4f-96d3-a23456789012"
    genesis = "0" * 64
    for text in (
        f"居民.csv sha256:{in_hash}",
        f'"record_uuid": "{uuid}"',
        f'"prev_hash": "{genesis}"',
    ):
        assert scrub_personal(text) == text
    mobile = digest[:20] + "a13905331234f" + digest[33:]
    assert "13905331234" not in scrub_personal(mobile)  # a mobile is masked even there
    assert ID not in scrub_personal(f"{ID}ab{ID}ab{ID}abc{ID[:7]}")


def test_an_unexpected_error_is_named_by_its_class_only() -> None:
    error = ValueError(f"INSERT INTO members VALUES ('张建国', '{ID}', '13905331234')")
    text = unexpected_error(error).render()
    assert "ValueError" in text
    assert ID not in text and "张建国" not in text and "INSERT" not in text


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EROFS, "read-only"),
        (errno.EACCES, "permission denied"),
        (errno.EISDIR, "folder"),
        (errno.ENAMETOOLONG, "too long"),
        (errno.EINVAL, "EINVAL"),
    ],
)
def test_system_refusals_are_said_in_words(code: int, words: str) -> None:
    assert words in os_error_reason(OSError(code, "x")).render()


def test_the_full_disk_message_and_special_files() -> None:
    assert "disk is full" in disk_full().render()
    assert not_a_regular_file(0o100644) is None
    assert "folder" in str(not_a_regular_file(0o040755))
    assert "pipe" in str(not_a_regular_file(0o010644))


# -- search ----------------------------------------------------------------------------------------
def test_a_search_longer_than_anything_it_could_find_finds_nothing() -> None:
    assert parse_search("王" * (MAX_SEARCH_CHARS + 1)).kind is SearchKind.NOTHING
    assert is_too_long("王" * 30_000) and not is_too_long("王" * 40)
    assert parse_search("王" * 40).kind is SearchKind.NAME


# -- the demo --------------------------------------------------------------------------------------
def test_the_demo_result_counts_the_members_it_moved_off_the_roll() -> None:
    from tests.core.fakes import FakeDb, FakeUnitOfWork

    db = FakeDb()
    result = fill_demo(FakeUnitOfWork(db), members=300, seed=1, today=TODAY)
    assert result.members == 300
    assert result.transferred_out + result.deceased > 0
    on_roll = [m for m in db.members.values() if m.roll_status is RollStatus.ON_ROLL]
    assert result.on_roll == len(on_roll) == 300 - result.transferred_out - result.deceased
    with pytest.raises(DomainError):
        fill_demo(FakeUnitOfWork(FakeDb()), members=10**9, seed=1, today=TODAY)


# -- the README ------------------------------------------------------------------------------------
def test_the_readme_s_example_id_numbers_are_valid() -> None:
    """370323197805121234 has a wrong check digit, so the README's command exited 2."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    numbers = re.findall(r"(?<!\d)\d{17}[\dX](?!\d)", text)
    assert numbers
    for number in numbers:
        assert check_id_number(number, today=TODAY).number == number
