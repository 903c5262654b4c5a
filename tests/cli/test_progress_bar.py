"""The text progress bar the CLI draws from core's Progress."""

from __future__ import annotations

import io

from villagedesk.cli.progress_bar import ProgressBar, bar_line, display_width
from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg


def test_the_line_shows_label_bar_percent_and_count() -> None:
    progress = Progress()
    progress.start(200, msg("NoSuchContext", QT_TRANSLATE_NOOP("NoSuchContext", "Counting")))
    progress.advance(50)
    assert bar_line(progress, width=8) == "Counting [##------]  25% 50/200"


def test_an_unknown_total_shows_only_the_count() -> None:
    progress = Progress()
    progress.done = 7
    assert bar_line(progress).endswith(" 7")


def test_off_a_terminal_only_the_final_line_is_written() -> None:
    stream = io.StringIO()
    progress = Progress()
    with ProgressBar(progress, stream=stream, interval=0.001):
        progress.start(3)
        progress.advance(3)
    assert stream.getvalue().count("\n") == 1
    assert "\r" not in stream.getvalue()
    assert stream.getvalue().endswith("100% 3/3\n")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_bar_is_cleared_and_ends_with_the_final_line() -> None:
    stream = _Terminal()
    progress = Progress()
    progress.start(4)
    with ProgressBar(progress, stream=stream, interval=0.001):
        progress.advance(4)
    last = stream.getvalue().rsplit("\r", 1)[-1]
    assert last == bar_line(progress) + "\n"
    assert last.endswith("100% 4/4\n")


def test_a_failed_job_writes_no_final_line() -> None:
    stream = io.StringIO()
    progress = Progress()
    try:
        with ProgressBar(progress, stream=stream):
            progress.start(3)
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert stream.getvalue() == ""


def test_chinese_characters_count_double_when_clearing_the_line() -> None:
    assert display_width("党员 3/4") == 8
