"""Who a person named on the command line is (``requests add --requester``, ``disputes add
--party``): an 18-character ID number names a resident or a member on the roll, a name typed in
is a person typed in; with ``by_name``, a name that exactly one resident or member has names
that person. Refusals never repeat the number in full."""

from __future__ import annotations

import re
from dataclasses import dataclass

from villagedesk.cli.commands.requests_words import Errors, normal
from villagedesk.core.masking import mask_id_number
from villagedesk.core.requests.model import RequesterKind
from villagedesk.core.search import SearchKind, SearchQuery
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg
from villagedesk.store.households.reader import SqlResidentReader
from villagedesk.store.station_store import StationStore

_ID_NUMBER = re.compile(r"^\d{17}[\dX]$")
_DIGITS = re.compile(r"^(?=.*\d)[\d+\-()X]+$")


@dataclass(frozen=True)
class Person:
    """``kind`` is a :class:`RequesterKind` code (``resident``, ``member``, ``named``; the
    dispute parties' kinds are the same words); ``name`` the typed name of a ``named`` one."""

    kind: str
    person_id: int | None = None
    name: str = ""


def _by_id_number(store: StationStore, number: str, key: str, errors: Errors) -> Person | None:
    with store.uow_factory().for_reading() as uow:
        resident = uow.residents.find_by_id_number(number)
        member = uow.members.find_by_id_number(number) if resident is None else None
    if resident is not None:
        return Person(RequesterKind.RESIDENT.value, resident.id)
    if member is not None and not member.voided:
        return Person(RequesterKind.MEMBER.value, member.id)
    problem = QT_TRANSLATE_NOOP("Cli", "No resident or Party member has the ID number {number}.")
    errors[key] = [msg("Cli", problem, number=mask_id_number(number))]
    return None


def _by_name(store: StationStore, name: str) -> Person | None:
    """The one resident or member (not voided) called exactly ``name``; a member who is also
    a resident counts once, as the resident. None when nobody or more than one person is."""
    wanted = " ".join(name.split())
    query = SearchQuery(SearchKind.NAME, normal(name))
    resident_ids = SqlResidentReader(store.engine).search_ids(query)
    member_ids = store.member_reader.search_ids(query, include_inactive=True)
    with store.uow_factory().for_reading() as uow:
        residents = [uow.residents.get(i) for i in resident_ids]
        members = [uow.members.get(i) for i in member_ids]
    found = [r for r in residents if r is not None and not r.voided and r.name == wanted]
    numbers = {r.values.id_number for r in found}
    others = [
        m
        for m in members
        if m is not None and not m.voided and m.name == wanted and m.id_number not in numbers
    ]
    if len(found) + len(others) != 1:
        return None
    if found:
        return Person(RequesterKind.RESIDENT.value, found[0].id)
    return Person(RequesterKind.MEMBER.value, others[0].id)


def find_person(
    store: StationStore,
    text: str,
    key: str,
    errors: Errors,
    *,
    not_a_name: Message,
    by_name: bool = False,
) -> Person | None:
    """The person ``text`` names; None for an empty text, or after putting the problem under
    ``key`` in ``errors``: digits that are not an ID number (``not_a_name``: a phone belongs in
    its own option), or an ID number nobody on the rolls has."""
    if not text.strip():
        return None
    number = normal(text).upper()
    if not _ID_NUMBER.match(number) and not _DIGITS.match(number):
        found = _by_name(store, text) if by_name else None
        return found or Person(RequesterKind.NAMED.value, None, text)
    if not _ID_NUMBER.match(number):  # a phone or a mistyped ID number is no name
        errors[key] = [not_a_name]
        return None
    return _by_id_number(store, number, key, errors)
