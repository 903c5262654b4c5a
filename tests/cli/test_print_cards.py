"""``villagedesk print cards|handbook|calibration|offsets``."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from tests.cli.helpers import Run
from tests.reports.printing_support import need_poppler, pages
from tests.reports.printing_support import run as run_tool
from villagedesk.core.in_service.services import current_campaign_year, registrations
from villagedesk.store.station_store import open_station_store


@pytest.fixture
def demo(run: Run) -> Run:
    need_poppler()
    assert run("demo", "--members", "120", "--seed", "5").code == 0
    return run


def _registered(data_dir: Path) -> list[tuple[str, str]]:
    """(name, ID number) of the members registered this campaign year."""
    store = open_station_store(data_dir, now=datetime.now())
    try:
        uow = store.uow_factory
        year = current_campaign_year(uow(), today=date.today())
        out = []
        for reg in registrations(uow(), year=year):
            with uow() as u:
                member = u.members.get(reg.member_id)
                assert member is not None
                out.append((member.name, member.id_number))
        return out
    finally:
        store.close()


def test_cards_for_everyone_registered_this_year(demo: Run, data_dir: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "cards.pdf"
    result = demo("print", "cards", "--out", str(pdf))
    assert result.code == 0, result.err
    people = _registered(data_dir)
    assert people
    assert pages(pdf) == -(-len(people) // 10)
    text = run_tool("pdftotext", pdf, "-")
    assert all(name in text for name, _ in people)


def test_cards_and_handbooks_for_chosen_members(demo: Run, data_dir: Path, tmp_path: Path) -> None:
    (name1, id1), (name2, id2) = _registered(data_dir)[:2]
    cards = tmp_path / "two.pdf"
    result = demo("print", "cards", "--member", id1, id2.lower(), "--backs", "--out", str(cards))
    assert result.code == 0, result.err
    assert pages(cards) == 2  # one sheet of fronts, one of backs
    text = run_tool("pdftotext", cards, "-")
    assert name1 in text and name2 in text

    booklet = tmp_path / "hb.pdf"
    assert demo("print", "handbook", "--member", id1, "--out", str(booklet)).code == 0
    assert (pages(booklet) * 2) % 4 == 0
    plain = tmp_path / "plain.pdf"
    assert demo("print", "handbook", "--member", id1, "--plain-a5", "--out", str(plain)).code == 0
    assert name1 in run_tool("pdftotext", "-f", "1", "-l", "1", plain, "-")


def test_an_unknown_id_number_is_refused_and_nothing_written(demo: Run, tmp_path: Path) -> None:
    pdf = tmp_path / "cards.pdf"
    result = demo("print", "cards", "--member", "110105194912310021", "--out", str(pdf))
    assert result.code == 2
    assert "110105********0021" in result.err  # named, but never in full on stderr
    assert not pdf.exists()


def test_offsets_are_kept_and_the_calibration_page_shows_them(demo: Run, tmp_path: Path) -> None:
    assert demo("print", "offsets", "--x", "1.5", "--y", "-2").code == 0
    assert "1.5" in demo("print", "offsets").out and "-2" in demo("print", "offsets").out
    assert demo("print", "offsets", "--x", "35").code == 2  # at most 20 mm
    pdf = tmp_path / "cal.pdf"
    assert demo("print", "calibration", "--out", str(pdf)).code == 0
    assert pages(pdf) == 1
    text = run_tool("pdftotext", pdf, "-")
    assert "1.5" in text and "100" in text
