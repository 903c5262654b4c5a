"""The station's masking policy (core.masking) in the ``meta`` table, like the other settings."""

from __future__ import annotations

from villagedesk.core.masking import MaskPolicy
from villagedesk.store.repositories import WriteContext
from villagedesk.store.settings_rows import read_setting, write_setting

MASK_POLICY_KEY = "mask_policy"


class SqlMaskPolicy:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def get(self) -> MaskPolicy:
        value = read_setting(self._ctx.conn, MASK_POLICY_KEY)
        return MaskPolicy.decode(value)

    def save(self, policy: MaskPolicy) -> None:
        write_setting(self._ctx.conn, MASK_POLICY_KEY, policy.encode())
