"""The committed translations are current, complete and compiled (what `make i18n` fixes)."""

from __future__ import annotations

from villagedesk.devtools import i18n_tool


def _report(problems: list[str]) -> str:
    return (
        "\n".join(problems[:50]) + "\n\nRun `make i18n` (and add missing lines to a pending .tsv)."
    )


def test_ts_lists_exactly_the_messages_in_the_code() -> None:
    problems = i18n_tool.check_stale()
    assert not problems, _report(problems)


def test_every_message_has_a_finished_translation() -> None:
    problems = i18n_tool.check_finished()
    assert not problems, _report(problems)


def test_qm_is_compiled_from_the_committed_ts() -> None:
    problems = i18n_tool.check_qm()
    assert not problems, _report(problems)
