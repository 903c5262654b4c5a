"""In-memory in-service repositories (``uow.in_service``) for service tests and the demo test."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from villagedesk.core.in_service.assessment_model import Assessment, AssessmentValues
from villagedesk.core.in_service.model import (
    ExpectedRegistration,
    ExpectedValues,
    InServiceSettings,
    Pledge,
    PostClaim,
    PostValues,
    RecordValues,
    Registration,
    RegistrationValues,
    RosterEntry,
    ServicePost,
    ServiceRecord,
    ServiceTotal,
)
from villagedesk.core.members.model import Category
from villagedesk.core.members.roll import RollStatus

if TYPE_CHECKING:
    from tests.core.fakes import FakeDb


@dataclass
class InServiceState:
    settings: InServiceSettings = field(default_factory=InServiceSettings)
    expected: dict[int, tuple[ExpectedValues, bool]] = field(default_factory=dict)
    registrations: dict[int, tuple[RegistrationValues, bool]] = field(default_factory=dict)
    posts: dict[int, PostValues] = field(default_factory=dict)
    claims: dict[int, PostClaim] = field(default_factory=dict)
    pledges: dict[int, tuple[Pledge, bool]] = field(default_factory=dict)
    records: dict[int, tuple[RecordValues, bool]] = field(default_factory=dict)
    assessments: dict[int, AssessmentValues] = field(default_factory=dict)

    def copy(self) -> InServiceState:
        return InServiceState(
            self.settings,
            dict(self.expected),
            dict(self.registrations),
            dict(self.posts),
            dict(self.claims),
            dict(self.pledges),
            dict(self.records),
            dict(self.assessments),
        )


def _next(d: dict[int, object]) -> int:
    return max(d, default=0) + 1


class FakeInService:
    """Every in-service repository at once; the attribute names match the port."""

    def __init__(self, db: FakeDb) -> None:
        self.db = db
        self.roster = self
        self.settings = _Settings(db)
        self.expected = _Expected(db)
        self.registrations = _Registrations(db)
        self.posts = _Posts(db)
        self.claims = _Claims(db)
        self.pledges = _Pledges(db)
        self.records = _Records(db)
        self.assessments = _Assessments(db)

    def members(self) -> list[RosterEntry]:
        return [
            RosterEntry(m.id, m.name, m.id_number, m.values.work_unit)
            for m in self.db.members.values()
            if not m.voided
            and m.roll_status is RollStatus.ON_ROLL
            and Category.IN_SERVICE in m.values.categories
        ]


class _Base:
    def __init__(self, db: FakeDb) -> None:
        self.db = db

    @property
    def s(self) -> InServiceState:
        return self.db.in_service

    def name(self, member_id: int) -> str:
        return self.db.members[member_id].name


class _Settings(_Base):
    def get(self) -> InServiceSettings:
        return self.s.settings

    def save(self, settings: InServiceSettings) -> None:
        self.s.settings = settings


class _Expected(_Base):
    def add(self, values: ExpectedValues) -> int:
        new = _next(self.s.expected)  # type: ignore[arg-type]
        self.s.expected[new] = (values, False)
        return new

    def add_many(self, rows: Sequence[ExpectedValues]) -> None:
        for v in rows:
            self.add(v)

    def _value(self, eid: int, v: ExpectedValues) -> ExpectedRegistration:
        reg = _Registrations(self.db).find(v.member_id, v.campaign_year)
        return ExpectedRegistration(
            eid,
            v.member_id,
            self.name(v.member_id),
            v.campaign_year,
            v.work_unit,
            v.notified_on,
            reg.id if reg else None,
            reg.registered_on if reg else None,
        )

    def get(self, expected_id: int) -> ExpectedRegistration | None:
        found = self.s.expected.get(expected_id)
        return self._value(expected_id, found[0]) if found and not found[1] else None

    def find(self, member_id: int, campaign_year: int) -> ExpectedRegistration | None:
        return next((e for e in self.list(campaign_year) if e.member_id == member_id), None)

    def list(self, campaign_year: int) -> list[ExpectedRegistration]:
        return [
            self._value(k, v)
            for k, (v, voided) in self.s.expected.items()
            if not voided and v.campaign_year == campaign_year
        ]

    def void(self, expected_id: int, reason: str) -> None:
        self.s.expected[expected_id] = (self.s.expected[expected_id][0], True)


class _Registrations(_Base):
    def add(self, values: RegistrationValues) -> int:
        if any(v.card_number == values.card_number for v, _ in self.s.registrations.values()):
            raise AssertionError("duplicate card number")
        new = _next(self.s.registrations)  # type: ignore[arg-type]
        self.s.registrations[new] = (values, False)
        return new

    def add_many(self, rows: Sequence[RegistrationValues]) -> None:
        for v in rows:
            self.add(v)

    def _value(self, rid: int, v: RegistrationValues) -> Registration:
        expected = any(
            e.member_id == v.member_id and e.campaign_year == v.campaign_year and not voided
            for e, voided in self.s.expected.values()
        )
        return Registration(
            rid,
            v.member_id,
            self.name(v.member_id),
            v.campaign_year,
            v.registered_on,
            v.card_number,
            v.work_unit,
            v.handbook_issued,
            expected,
        )

    def get(self, registration_id: int) -> Registration | None:
        found = self.s.registrations.get(registration_id)
        return self._value(registration_id, found[0]) if found and not found[1] else None

    def find(self, member_id: int, campaign_year: int) -> Registration | None:
        return next((r for r in self.list(campaign_year) if r.member_id == member_id), None)

    def list(self, campaign_year: int) -> list[Registration]:
        return [
            self._value(k, v)
            for k, (v, voided) in self.s.registrations.items()
            if not voided and v.campaign_year == campaign_year
        ]

    def max_sequence(self, campaign_year: int) -> int:
        return max(
            (
                v.sequence
                for v, _ in self.s.registrations.values()
                if v.campaign_year == campaign_year
            ),
            default=0,
        )

    def update(self, registration_id: int, *, work_unit: str, handbook_issued: bool) -> None:
        v, voided = self.s.registrations[registration_id]
        new = replace(v, work_unit=work_unit, handbook_issued=handbook_issued)
        self.s.registrations[registration_id] = (new, voided)


class _Posts(_Base):
    def add(self, values: PostValues) -> int:
        new = _next(self.s.posts)  # type: ignore[arg-type]
        self.s.posts[new] = values
        return new

    def update(self, post_id: int, values: PostValues) -> None:
        self.s.posts[post_id] = values

    def get(self, post_id: int) -> ServicePost | None:
        v = self.s.posts.get(post_id)
        return ServicePost(post_id, v, _Claims(self.db).held(post_id)) if v else None

    def find_by_name(self, name: str) -> ServicePost | None:
        return next((p for p in self.list() if p.name == name), None)

    def list(self) -> list[ServicePost]:
        return [p for k in sorted(self.s.posts) if (p := self.get(k)) is not None]


class _Claims(_Base):
    def add(self, member_id: int, post_id: int, claimed_on: date) -> int:
        new = _next(self.s.claims)  # type: ignore[arg-type]
        self.s.claims[new] = PostClaim(
            new, post_id, self.s.posts[post_id].name, member_id, self.name(member_id), claimed_on
        )
        return new

    def add_many(self, rows: Sequence[tuple[int, int, date, date | None]]) -> None:
        for member_id, post_id, claimed, ended in rows:
            new = self.add(member_id, post_id, claimed)
            if ended is not None:
                self.end(new, ended)

    def get(self, claim_id: int) -> PostClaim | None:
        return self.s.claims.get(claim_id)

    def end(self, claim_id: int, ended_on: date) -> None:
        self.s.claims[claim_id] = replace(self.s.claims[claim_id], ended_on=ended_on)

    def held(self, post_id: int) -> int:
        return sum(1 for c in self.s.claims.values() if c.post_id == post_id and c.active)

    def list(self, *, post_id: int | None = None, member_id: int | None = None) -> list[PostClaim]:
        return sorted(
            (
                c
                for c in self.s.claims.values()
                if (post_id is None or c.post_id == post_id)
                and (member_id is None or c.member_id == member_id)
            ),
            key=lambda c: (c.claimed_on, c.id),
        )


class _Pledges(_Base):
    def add(self, member_id: int, campaign_year: int, text: str) -> int:
        new = _next(self.s.pledges)  # type: ignore[arg-type]
        self.s.pledges[new] = (Pledge(new, member_id, campaign_year, text), False)
        return new

    def add_many(self, rows: Sequence[tuple[int, int, str]]) -> None:
        for row in rows:
            self.add(*row)

    def update(self, pledge_id: int, text: str) -> None:
        p, voided = self.s.pledges[pledge_id]
        self.s.pledges[pledge_id] = (replace(p, text=text), voided)

    def void(self, pledge_id: int, reason: str) -> None:
        self.s.pledges[pledge_id] = (self.s.pledges[pledge_id][0], True)

    def list(self, campaign_year: int, *, member_id: int | None = None) -> list[Pledge]:
        return [
            p
            for p, voided in self.s.pledges.values()
            if not voided
            and p.campaign_year == campaign_year
            and (member_id is None or p.member_id == member_id)
        ]


class _Records(_Base):
    def add(self, values: RecordValues) -> int:
        new = _next(self.s.records)  # type: ignore[arg-type]
        self.s.records[new] = (values, False)
        return new

    def add_many(self, rows: Sequence[RecordValues]) -> None:
        for v in rows:
            self.add(v)

    def get(self, record_id: int) -> ServiceRecord | None:
        found = self.s.records.get(record_id)
        if not found or found[1]:
            return None
        v = found[0]
        return ServiceRecord(record_id, v, self.name(v.member_id), self.s.posts[v.post_id].name)

    def void(self, record_id: int, reason: str) -> None:
        self.s.records[record_id] = (self.s.records[record_id][0], True)

    def list(self, first: date, last: date, *, member_id: int | None = None) -> list[ServiceRecord]:
        out = [
            r
            for k in self.s.records
            if (r := self.get(k)) is not None
            and first <= r.values.served_on <= last
            and (member_id is None or r.values.member_id == member_id)
        ]
        return sorted(out, key=lambda r: (r.values.served_on, r.id))

    def for_household(self, household_id: int) -> list[tuple[object, ...]]:
        found = [
            r
            for k in self.s.records
            if (r := self.get(k)) and r.values.household_id == household_id
        ]
        found.sort(key=lambda r: (r.values.served_on, r.id), reverse=True)
        return [
            (
                r.values.served_on.isoformat(),
                r.member_name,
                r.post_name,
                r.values.what,
                r.values.half_hours,
                r.values.beneficiary,
            )
            for r in found
        ]

    def _totals(self, first: date, last: date, by_member: bool) -> list[ServiceTotal]:
        sums: dict[int, list[int]] = {}
        names: dict[int, str] = {}
        for r in self.list(first, last):
            key = r.values.member_id if by_member else r.values.post_id
            names[key] = r.member_name if by_member else r.post_name
            row = sums.setdefault(key, [0, 0])
            row[0] += 1
            row[1] += r.values.half_hours
        totals = [ServiceTotal(k, names[k], n, h) for k, (n, h) in sums.items()]
        return sorted(totals, key=lambda t: (-t.half_hours, t.key))

    def totals_by_member(self, first: date, last: date) -> list[ServiceTotal]:
        return self._totals(first, last, True)

    def totals_by_post(self, first: date, last: date) -> list[ServiceTotal]:
        return self._totals(first, last, False)


class _Assessments(_Base):
    def save(self, values: AssessmentValues) -> int:
        found = self.find(values.member_id, values.campaign_year)
        key = found.id if found else _next(self.s.assessments)  # type: ignore[arg-type]
        self.s.assessments[key] = values
        return key

    def add_many(self, rows: Sequence[AssessmentValues]) -> None:
        for v in rows:
            self.save(v)

    def find(self, member_id: int, campaign_year: int) -> Assessment | None:
        return next((a for a in self.list(campaign_year) if a.values.member_id == member_id), None)

    def list(self, campaign_year: int) -> list[Assessment]:
        return [
            Assessment(k, v)
            for k, v in self.s.assessments.items()
            if v.campaign_year == campaign_year
        ]
