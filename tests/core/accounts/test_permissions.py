"""Every role × every action: what a 查看, a 录入员 and a 管理员 may do, and the refusal."""

from __future__ import annotations

import itertools

import pytest

from tests.core.chinese import chinese
from villagedesk.core.accounts.model import AUTO_LOGIN_NAME, Account, Actor, Role
from villagedesk.core.accounts.permissions import Action, NotPermitted, allowed, require
from villagedesk.core.errors import DomainError

V, C, A = Role.VIEWER, Role.CLERK, Role.ADMIN

# The issue's table, written out by hand (not read from the code).
EXPECTED: dict[Action, set[Role]] = {
    Action.READ_REGISTERS: {V, C, A},
    Action.PRINT_PUBLIC: {V, C, A},
    Action.WRITE_RECORDS: {C, A},
    Action.IMPORT: {C, A},
    Action.UNMASK: {C, A},
    Action.EXPORT_PERSONAL: {C, A},
    Action.PRINT_PERSONAL: {C, A},
    Action.MANAGE_ACCOUNTS: {A},
    Action.BACKUP: {A},
    Action.RESTORE: {A},
    Action.SYNC: {A},
    Action.VIEW_AUDIT: {A},
    Action.CHANGE_SETTINGS: {A},
}


def test_the_table_names_every_action() -> None:
    assert set(EXPECTED) == set(Action)


@pytest.mark.parametrize(("role", "action"), list(itertools.product(Role, Action)))
def test_role_may_take_action_exactly_as_the_table_says(role: Role, action: Action) -> None:
    actor = Actor(name="王芳", role=role, device="PC-1")
    assert allowed(role, action) == (role in EXPECTED[action])
    if role in EXPECTED[action]:
        require(actor, action)
    else:
        with pytest.raises(NotPermitted) as caught:
            require(actor, action)
        assert caught.value.action is action
        assert caught.value.role is role


def test_the_refusal_is_a_core_error_reading_no_permission_in_chinese() -> None:
    with pytest.raises(DomainError) as caught:
        require(Actor(name="李四", role=Role.VIEWER), Action.WRITE_RECORDS)
    assert chinese(caught.value.message) == "无权限"


def test_the_auto_login_actor_acts_as_an_administrator_under_its_own_name() -> None:
    actor = Actor.auto(device="PC-1")
    assert actor.name == AUTO_LOGIN_NAME == "免登录"
    assert actor.auto_login
    for action in Action:
        require(actor, action)


def test_an_accounts_actor_carries_its_name_and_role() -> None:
    account = Account(uuid="u1", name="张三", role=Role.CLERK, password_hash="h")
    actor = Actor.of(account, device="PC-2")
    assert (actor.name, actor.role, actor.device, actor.auto_login) == (
        "张三",
        Role.CLERK,
        "PC-2",
        False,
    )


@pytest.mark.parametrize(
    ("role", "word"), [(Role.ADMIN, "管理员"), (Role.CLERK, "录入员"), (Role.VIEWER, "查看")]
)
def test_roles_read_as_the_issue_names_them(role: Role, word: str) -> None:
    from tests.core.chinese import translate

    assert translate("Enum", role.label) == word


def test_every_action_has_a_chinese_label() -> None:
    from tests.core.chinese import is_chinese, translate

    assert all(is_chinese(translate("Enum", a.label)) for a in Action)
