"""``uow.accounts``: the station's accounts and the sign-in settings kept in ``meta``."""

from __future__ import annotations

import builtins

from sqlalchemy import Row, func, insert, select, update

from villagedesk.core.accounts.idle import IdleLock
from villagedesk.core.accounts.model import Account, Role
from villagedesk.store.accounts.tables import accounts as t
from villagedesk.store.repositories import WriteContext
from villagedesk.store.settings_rows import read_setting, write_setting

AUTO_LOGIN_KEY = "accounts.auto_login"
IDLE_KEY = "accounts.idle_lock"


def _account(row: Row[tuple[object, ...]]) -> Account:
    m = row._mapping
    return Account(
        uuid=str(m["uuid"]),
        name=str(m["name"]),
        role=Role(str(m["role"])),
        password_hash=str(m["password_hash"]),
        failed_attempts=int(m["failed_attempts"]),
        locked_until=None if m["locked_until"] is None else str(m["locked_until"]),
        created_at=str(m["created_at"]),
        disabled=bool(m["disabled"]),
        recovery_hash=str(m["recovery_hash"]),
    )


class SqlAccounts:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def count(self) -> int:
        return int(self._ctx.conn.execute(select(func.count()).select_from(t)).scalar_one())

    def list(self) -> builtins.list[Account]:
        rows = self._ctx.conn.execute(select(t).order_by(t.c.created_at, t.c.id))
        return [_account(r) for r in rows]

    def by_name(self, name: str) -> Account | None:
        row = self._ctx.conn.execute(select(t).where(t.c.name == name)).first()
        return None if row is None else _account(row)

    def add(self, account: Account) -> None:
        self._ctx.conn.execute(insert(t).values(_values(account)))

    def save(self, account: Account) -> None:
        """Write ``account`` over the stored one with its uuid."""
        values = _values(account)
        del values["uuid"], values["created_at"]
        self._ctx.conn.execute(update(t).where(t.c.uuid == account.uuid).values(values))

    def auto_login(self) -> bool:
        return read_setting(self._ctx.conn, AUTO_LOGIN_KEY) == "1"

    def set_auto_login(self, on: bool) -> None:
        write_setting(self._ctx.conn, AUTO_LOGIN_KEY, "1" if on else "0")

    def idle_lock(self) -> IdleLock:
        return IdleLock.decode(read_setting(self._ctx.conn, IDLE_KEY) or "")

    def set_idle_lock(self, setting: IdleLock) -> None:
        write_setting(self._ctx.conn, IDLE_KEY, setting.encode())


def _values(account: Account) -> dict[str, object]:
    return {
        "uuid": account.uuid,
        "name": account.name,
        "role": account.role.value,
        "password_hash": account.password_hash,
        "failed_attempts": account.failed_attempts,
        "locked_until": account.locked_until,
        "created_at": account.created_at,
        "disabled": int(account.disabled),
        "recovery_hash": account.recovery_hash,
    }
