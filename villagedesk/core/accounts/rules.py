"""The rules for a new account: a name that is free and not reserved, a password by the policy."""

from __future__ import annotations

from collections.abc import Iterable

from villagedesk.core.accounts.model import AUTO_LOGIN_NAME, SIGNED_OUT_NAME
from villagedesk.core.accounts.passwords import password_problems
from villagedesk.core.errors import ValidationError
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg, tidy

CTX = "Accounts"
NAME_MAX_LENGTH = 20


def name_problems(name: str, *, taken: Iterable[str] = ()) -> list[Message]:
    """Why ``name`` cannot name a new account: empty, too long, reserved (免登录) or taken."""
    name = tidy(name)
    if not name:
        return [msg(CTX, QT_TRANSLATE_NOOP("Accounts", "Enter the account's name."))]
    if len(name) > NAME_MAX_LENGTH:
        return [
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Accounts", "The name may have at most {count} characters."),
                count=NAME_MAX_LENGTH,
            )
        ]
    if name in (AUTO_LOGIN_NAME, SIGNED_OUT_NAME):
        return [
            msg(CTX, QT_TRANSLATE_NOOP("Accounts", "This name is kept for the program's own use."))
        ]
    if name.casefold() in {tidy(t).casefold() for t in taken}:
        return [msg(CTX, QT_TRANSLATE_NOOP("Accounts", "An account with this name exists."))]
    return []


def check_new_account(name: str, password: str, *, taken: Iterable[str] = ()) -> str:
    """The tidied name; a :class:`ValidationError` (keys ``name``, ``password``) listing every
    problem at once."""
    errors = {
        "name": name_problems(name, taken=taken),
        "password": password_problems(password, name=name),
    }
    if any(errors.values()):
        raise ValidationError(errors)
    return tidy(name)
