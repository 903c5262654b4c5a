"""Long card and handbook batches count on a Progress and stop at a cancel mid-write: the writer
raises Cancelled after some cards were drawn and leaves no file (nor a temp file) behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reports.printing_support import card, card_set, handbook, need_poppler, pages
from villagedesk.core.progress import Cancelled, Progress
from villagedesk.reports.contact_card import write_cards
from villagedesk.reports.handbook import write_handbooks


class CancelAt(Progress):
    """The user presses Cancel once ``at`` items are done."""

    def __init__(self, at: int) -> None:
        super().__init__()
        self.at = at
        self.seen: list[int] = []

    def advance(self, step: int = 1) -> None:
        self.seen.append(self.done + step)
        if self.done + step >= self.at:
            self.cancel()
        super().advance(step)


def test_a_cancelled_card_batch_leaves_no_file(tmp_path: Path) -> None:
    pdf = tmp_path / "cards.pdf"
    progress = CancelAt(50)
    with pytest.raises(Cancelled):
        write_cards(pdf, cards=card_set([card(i + 1) for i in range(200)]), progress=progress)
    assert progress.total == 200
    assert progress.done == 50, "stopped right after the 50th card, not at the end"
    assert progress.seen == list(range(1, 51))
    assert list(tmp_path.iterdir()) == []


def test_a_cancel_keeps_the_old_file(tmp_path: Path) -> None:
    pdf = tmp_path / "cards.pdf"
    pdf.write_bytes(b"old")
    with pytest.raises(Cancelled):
        write_cards(pdf, cards=card_set([card(i + 1) for i in range(30)]), progress=CancelAt(12))
    assert pdf.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["cards.pdf"]


def test_cards_count_fronts_and_backs(tmp_path: Path) -> None:
    need_poppler()
    pdf = tmp_path / "cards.pdf"
    progress = Progress()
    write_cards(
        pdf, cards=card_set([card(i + 1) for i in range(12)]), backs=True, progress=progress
    )
    assert (progress.done, progress.total) == (24, 24)
    assert progress.label is not None and "contact cards" in progress.label.text
    assert pages(pdf) == 4


def test_a_cancelled_handbook_batch_leaves_no_file(tmp_path: Path) -> None:
    pdf = tmp_path / "handbooks.pdf"
    books = [handbook(f"党员{n}", records=3, member_id=n) for n in range(1, 7)]
    progress = CancelAt(2)
    with pytest.raises(Cancelled):
        write_handbooks(pdf, books=books, progress=progress)
    assert (progress.done, progress.total) == (2, 6)
    assert list(tmp_path.iterdir()) == []


def test_handbooks_count_each_booklet(tmp_path: Path) -> None:
    need_poppler()
    pdf = tmp_path / "handbooks.pdf"
    progress = Progress()
    books = [handbook(f"党员{n}", records=3, member_id=n) for n in range(1, 4)]
    assert write_handbooks(pdf, books=books, progress=progress) == []
    assert (progress.done, progress.total) == (3, 3)
    assert pages(pdf) >= 3  # every booklet on its own sheets
