"""The station's masking policy (core.masking) in the ``meta`` table, like the other settings."""

from __future__ import annotations

from sqlalchemy import select

from villagedesk.core.masking import MaskPolicy
from villagedesk.store import tables as t
from villagedesk.store.repositories import WriteContext

MASK_POLICY_KEY = "mask_policy"


class SqlMaskPolicy:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def get(self) -> MaskPolicy:
        value = self._ctx.conn.execute(
            select(t.meta.c.value).where(t.meta.c.key == MASK_POLICY_KEY)
        ).scalar()
        return MaskPolicy.decode(value)

    def save(self, policy: MaskPolicy) -> None:
        self._ctx.conn.exec_driver_sql(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (MASK_POLICY_KEY, policy.encode()),
        )
