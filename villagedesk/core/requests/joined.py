"""An open unit of work lent to the request services, so that their steps join a larger
transaction (the station demo, a 民情台账 import): their ``with`` blocks and commits do nothing,
and the one commit, or the rollback on a cancel or a failure, belongs to whoever opened it."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from villagedesk.core.accounts.model import Actor
from villagedesk.core.ownership import RecordOwners
from villagedesk.core.requests.ports import (
    DeadlineCalculator,
    HouseholdLookup,
    MemberLookup,
    RequestRepositories,
    RequestsUnitOfWork,
    ResidentLookup,
    ShortCodeSource,
    StationReader,
)


class JoinedUnitOfWork:
    def __init__(self, uow: RequestsUnitOfWork) -> None:
        self._uow = uow

    def for_reading(self) -> Self:
        return self

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """A failed step raises on: the transaction that lent the unit of work rolls back."""

    def commit(self) -> None:
        """Whoever opened the unit of work commits once, after the last step."""

    def rollback(self) -> None:
        self._uow.rollback()

    @property
    def actor(self) -> Actor:
        return self._uow.actor

    @property
    def requests(self) -> RequestRepositories:
        return self._uow.requests

    @property
    def deadlines(self) -> DeadlineCalculator:
        return self._uow.deadlines

    @property
    def residents(self) -> ResidentLookup:
        return self._uow.residents

    @property
    def members(self) -> MemberLookup:
        return self._uow.members

    @property
    def households(self) -> HouseholdLookup:
        return self._uow.households

    @property
    def in_service(self) -> ShortCodeSource:
        return self._uow.in_service

    @property
    def station(self) -> StationReader:
        return self._uow.station

    @property
    def owners(self) -> RecordOwners:
        return self._uow.owners
