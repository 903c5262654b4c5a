"""Every service says what it does: the 操作日志 shows that label (in Chinese), not the name."""

from __future__ import annotations

from villagedesk.core.accounts.guard import SERVICES, load_every_service, service_label


def test_every_declared_service_has_a_label() -> None:
    assert load_every_service() > 150
    unlabelled = sorted(name for name, declared in SERVICES.items() if not declared.label)
    assert unlabelled == [], "give these services a label= (QT_TRANSLATE_NOOP('Services', …))"


def test_a_name_this_program_does_not_declare_has_no_label() -> None:
    assert service_label("accounts.services.sign_in") == "Sign in"
    assert service_label("township.newer_program.something") is None
    assert service_label("") is None
