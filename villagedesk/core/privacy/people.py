"""Who a person named by the search box, an ID number, a record's uuid or ``resident:ID`` /
``member:ID`` is. A resident and a member with the same ID number are one person (found once,
as the resident). A name narrows to the people of exactly that name when there are any; more
than one person left is for the caller to refuse, listing the candidates masked."""

from __future__ import annotations

import re

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.masking import mask_id_number
from villagedesk.core.privacy.model import Candidate, PersonHit, PersonKind
from villagedesk.core.privacy.ports import PrivacyUnitOfWork
from villagedesk.core.search import SearchKind, normalize, parse_search
from villagedesk.core.text import QT_TRANSLATE_NOOP

SEARCH_LIMIT = 50
"""Records of each register a search reads at most (a name list longer than this is refused)."""
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_ID_NUMBER = re.compile(r"^\d{17}[\dX]$")
_REF = re.compile(r"^(resident|member|居民|党员)[:：](\d+)$")
_REF_KINDS = {
    "resident": PersonKind.RESIDENT,
    "居民": PersonKind.RESIDENT,
    "member": PersonKind.MEMBER,
    "党员": PersonKind.MEMBER,
}


def _rank(hit: PersonHit) -> tuple[bool, bool]:
    """A live record first, then a resident before a member."""
    return hit.voided, hit.ref.kind is not PersonKind.RESIDENT


def candidates_of(hits: list[PersonHit]) -> list[Candidate]:
    """One candidate per person (ID number), from their best record, in the hits' order."""
    people: dict[str, list[PersonHit]] = {}
    for hit in hits:
        people.setdefault(hit.id_number or f"{hit.ref.kind}:{hit.ref.id}", []).append(hit)
    found: list[Candidate] = []
    for records in people.values():
        best = min(records, key=_rank)
        kinds = tuple(dict.fromkeys(r.ref.kind for r in records if not r.voided))
        found.append(
            Candidate(
                best.ref,
                best.name,
                mask_id_number(best.id_number),
                best.detail,
                kinds,
                voided=all(r.voided for r in records),
            )
        )
    return found


def _by_ref(uow: PrivacyUnitOfWork, kind: PersonKind, record_id: int) -> list[PersonHit]:
    if kind is PersonKind.RESIDENT:
        resident = uow.residents.get(record_id)
        if resident is None:
            return []
        return [uow.privacy.by_uuid(resident.uuid) or _never()]
    member = uow.members.get(record_id)
    if member is None or member.voided:
        return []
    return [uow.privacy.by_uuid(member.uuid) or _never()]


def _never() -> PersonHit:
    raise LookupError("a record read by its id has no uuid")


def _hits(uow: PrivacyUnitOfWork, text: str) -> list[PersonHit]:
    typed = normalize(text)
    if (ref := _REF.match(typed.lower())) is not None:
        return _by_ref(uow, _REF_KINDS[ref.group(1)], int(ref.group(2)))
    if _UUID.match(typed.lower()):
        hit = uow.privacy.by_uuid(typed.lower())
        return [hit] if hit is not None else []
    query = parse_search(typed)
    if query.kind in (SearchKind.ALL, SearchKind.NOTHING):
        return []
    hits = uow.privacy.people(query, limit=SEARCH_LIMIT)
    if _ID_NUMBER.match(typed.upper()):
        return [h for h in hits if h.id_number == typed.upper()]
    exact = [h for h in hits if normalize(h.name) == typed]
    return exact or hits


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Find a person"))
def find_people(uow: PrivacyUnitOfWork, *, text: str) -> list[Candidate]:
    """The people ``text`` may mean (empty: nobody), their ID numbers masked."""
    with uow.for_reading():
        return candidates_of(_hits(uow, text))
