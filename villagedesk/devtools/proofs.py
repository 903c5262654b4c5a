"""``make proofs``: write every printed document from demo data, then PNGs of their first pages
to docs/proofs/ (with poppler's pdftoppm), so that a reviewer sees the paper without running
the program. The README links them."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from villagedesk.core.services.demo import fill_demo
from villagedesk.core.services.station_setup import set_up_station
from villagedesk.core.station import StationDraft
from villagedesk.core.township.enrolment import enrol
from villagedesk.core.township.services import write_enrolment_file
from villagedesk.core.township.village import export_package
from villagedesk.i18n import load_cli_translations, translate
from villagedesk.reports.cover_sheet import cover_sheet_of, write_cover_sheet
from villagedesk.store.station_store import open_station_store
from villagedesk.sync.township_codec import ContainerCodec
from villagedesk.sync.village_codec import VillageCodec

TODAY = date(2026, 11, 21)
OUT = Path("docs/proofs")
NOW = datetime(2026, 11, 21, 9, 30, tzinfo=UTC).isoformat(timespec="seconds")


def cover_sheet(work: Path) -> Path:
    """上报封面 for the demo village's first package to its township."""
    township_dir, village_dir, stick = work / "township", work / "village", work / "usb"
    stick.mkdir()
    township = open_station_store(township_dir, now=datetime.now())
    try:
        set_up_station(
            township.uow_factory(),
            draft=StationDraft(
                name="沂源县鲁村镇党群服务中心", code="370323104000", level="township"
            ),
        )
        enrolment = write_enrolment_file(
            township.uow_factory(), codec=ContainerCodec(township_dir), out=stick
        )
    finally:
        township.close()
    village = open_station_store(village_dir, now=datetime.now())
    try:
        fill_demo(village.uow_factory(), members=60, seed=2026, today=TODAY)
        courier = VillageCodec(village_dir)
        fingerprint = courier.read_enrolment(str(enrolment)).fingerprint  # as if compared
        enrol(
            village.uow_factory(),
            courier=courier,
            path=str(enrolment),
            now=NOW,
            accept=fingerprint,
        )
        result = export_package(village.uow_factory(), courier=courier, folder=str(stick), now=NOW)
    finally:
        village.close()
    pdf = work / "cover_sheet.pdf"
    write_cover_sheet(pdf, sheet=cover_sheet_of(result), translate=translate)
    return pdf


def enrolment_sheet(work: Path) -> Path:
    """乡镇数据同步登记单, as ``villagedesk sync enrol-file`` writes it next to the file."""
    from villagedesk.cli.main import main as cli

    township, stick = str(work / "township"), work / "usb"
    stick.mkdir()
    init = ["station", "init", "--name", "沂源县鲁村镇党群服务中心", "--code", "370323104000"]
    cli(["--data-dir", township, *init, "--level", "township"])
    cli(["--data-dir", township, "sync", "enrol-file", "--out", str(stick)])
    return stick / "370323104000-enrolment-sheet.pdf"


def _demo_village(work: Path) -> Path:
    """A demo village with a year of in-service work, requests and disputes."""
    folder = work / "demo"
    store = open_station_store(folder, now=datetime.now())
    try:
        fill_demo(store.uow_factory(), members=120, seed=2026, today=TODAY, requests=120)
    finally:
        store.close()
    return folder


def _page(pdf: Path, page: int) -> Path:
    """Page ``page`` of ``pdf`` alone in a PDF of its own (poppler's pdfseparate)."""
    single = pdf.with_name(f"{pdf.stem}-p{page}.pdf")
    subprocess.run(
        ["pdfseparate", "-f", str(page), "-l", str(page), str(pdf), str(single)], check=True
    )
    return single


def _cards(work: Path) -> Path:
    from villagedesk.core.printing.data import card_set
    from villagedesk.reports.contact_card import write_cards

    store = open_station_store(_demo_village(work), now=datetime.now())
    try:
        cards = card_set(store.uow_factory(), today=TODAY)
    finally:
        store.close()
    pdf = work / "cards.pdf"
    write_cards(pdf, cards=cards, backs=True, translate=translate)
    return pdf


def contact_cards(work: Path) -> Path:
    """联系卡: the first sheet of fronts."""
    return _cards(work)


def contact_cards_back(work: Path) -> Path:
    """联系卡: the backs of the first sheet (pledges, columns mirrored for duplex)."""
    return _page(_cards(work), 2)


def calibration_page(work: Path) -> Path:
    from villagedesk.reports.calibration import write_calibration

    return write_calibration(work / "calibration.pdf", translate=translate)


def _handbook(work: Path, *, plain_a5: bool = False) -> Path:
    from villagedesk.core.printing.data import handbooks
    from villagedesk.reports.handbook import write_handbooks

    store = open_station_store(_demo_village(work), now=datetime.now())
    try:
        books = handbooks(store.uow_factory(), today=TODAY)[:1]
    finally:
        store.close()
    pdf = work / "handbook.pdf"
    write_handbooks(pdf, books=books, plain_a5=plain_a5, translate=translate)
    return pdf


def handbook_sheet_front(work: Path) -> Path:
    """工作手册: the outer sheet's front (last page | cover), A4 landscape."""
    return _handbook(work)


def handbook_sheet_back(work: Path) -> Path:
    """工作手册: the outer sheet's back (contents | the page before the last)."""
    return _page(_handbook(work), 2)


def handbook_log(work: Path) -> Path:
    """工作手册: the service log page, plain A5."""
    return _page(_handbook(work, plain_a5=True), 6)


def handbook_profile(work: Path) -> Path:
    """工作手册: 基本情况 (p. 3) with its photo box, plain A5."""
    return _page(_handbook(work, plain_a5=True), 3)


#: Each document: its name and how to write it from demo data into a work folder.
def _printed(work: Path, *command: str, village: Path | None = None) -> Path:
    """``villagedesk print …`` on the demo village (the ledgers, the statistics, the notice)."""
    from villagedesk.cli.main import main as cli

    pdf = work / "printed.pdf"
    folder = village or _demo_village(work)
    cli(["--data-dir", str(folder), "print", *command, "--out", str(pdf)])
    return pdf


def ledger_members(work: Path) -> Path:
    return _printed(work, "ledger", "members")


def ledger_registrations(work: Path) -> Path:
    return _printed(work, "ledger", "registrations")


def ledger_service(work: Path) -> Path:
    return _printed(work, "ledger", "service")


def ledger_households(work: Path) -> Path:
    return _printed(work, "ledger", "households")


def ledger_assessments(work: Path) -> Path:
    return _printed(work, "ledger", "assessments")


def statistics_table(work: Path) -> Path:
    return _printed(work, "statistics")


def notice_registrations(work: Path) -> Path:
    return _printed(work, "notice", "registrations")


def _number(village: Path, sql: str) -> str:
    """The first number ``sql`` finds in the demo village's database."""
    import sqlite3

    with sqlite3.connect(village / "villagedesk.db") as raw:
        row = raw.execute(sql).fetchone()
    if row is None:
        raise SystemExit(f"the demo village has nothing for: {sql}")
    return str(row[0])


def _dispute_paper(work: Path, paper: str, outcome: str) -> Path:
    village = _demo_village(work)
    number = _number(
        village,
        "SELECT number FROM disputes WHERE voided_at IS NULL AND outcome = "
        f"'{outcome}' ORDER BY people DESC, id LIMIT 1",
    )
    return _printed(work, "dispute-papers", number, "--paper", paper, village=village)


def dispute_cover(work: Path) -> Path:
    """矛盾纠纷 卷宗封面 with its list of documents."""
    return _dispute_paper(work, "cover", "written_agreement")


def dispute_agreement(work: Path) -> Path:
    """人民调解协议书: the first copy, the parties' ID numbers in full."""
    return _dispute_paper(work, "agreement", "written_agreement")


def dispute_sessions(work: Path) -> Path:
    return _dispute_paper(work, "sessions", "written_agreement")


def ledger_disputes(work: Path) -> Path:
    return _printed(work, "ledger", "disputes")


def dispute_month(work: Path) -> Path:
    return _printed(work, "dispute-month", "--month", f"{TODAY:%Y-%m}")


def request_sheet(work: Path) -> Path:
    """民情办理单 of one request that was worked through to its end."""
    village = _demo_village(work)
    number = _number(
        village,
        "SELECT number FROM requests WHERE voided_at IS NULL AND state = 'closed' "
        "ORDER BY length(content) DESC, id LIMIT 1",
    )
    return _printed(work, "request-sheet", number, village=village)


def village_profile(work: Path) -> Path:
    return _printed(work, "profile")


DOCUMENTS: dict[str, Callable[[Path], Path]] = {
    "cover_sheet": cover_sheet,
    "enrolment_sheet": enrolment_sheet,
    "contact_cards": contact_cards,
    "contact_cards_back": contact_cards_back,
    "calibration": calibration_page,
    "handbook_sheet_front": handbook_sheet_front,
    "handbook_sheet_back": handbook_sheet_back,
    "handbook_log": handbook_log,
    "handbook_profile": handbook_profile,
    "ledger_members": ledger_members,
    "ledger_registrations": ledger_registrations,
    "ledger_service": ledger_service,
    "ledger_households": ledger_households,
    "ledger_assessments": ledger_assessments,
    "statistics_table": statistics_table,
    "notice_registrations": notice_registrations,
    "request_sheet": request_sheet,
    "dispute_cover": dispute_cover,
    "dispute_agreement": dispute_agreement,
    "dispute_sessions": dispute_sessions,
    "ledger_disputes": ledger_disputes,
    "dispute_month": dispute_month,
    "village_profile": village_profile,
}


def first_pages(pdf: Path, out: Path, name: str, pages: int = 1) -> list[Path]:
    """PNGs of the first pages of ``pdf``, as out/<name>-<n>.png."""
    for old in out.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", str(pages), str(pdf), str(out / name)],
        check=True,
    )
    return sorted(out.glob(f"{name}-*.png"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("documents", nargs="*", help=f"only these of: {', '.join(DOCUMENTS)}")
    args = parser.parse_args(argv)
    unknown = [name for name in args.documents if name not in DOCUMENTS]
    if unknown:
        parser.error(f"no such document: {', '.join(unknown)}")
    if shutil.which("pdftoppm") is None:
        parser.error("pdftoppm is missing: install poppler-utils (make deps does)")
    load_cli_translations("zh_CN")
    args.out.mkdir(parents=True, exist_ok=True)
    for name, write in DOCUMENTS.items():
        if args.documents and name not in args.documents:
            continue
        with tempfile.TemporaryDirectory(prefix=f"vd-proof-{name}-") as tmp:
            pdf = write(Path(tmp))
            for png in first_pages(pdf, args.out, name):
                print(png)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
