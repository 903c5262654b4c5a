"""Write the bundled holiday table (core/calendar/data/<year>.json) once from ``chinesecalendar``.

``python -m villagedesk.devtools.calendar_table [--first 2004] [--last 2026] [--out DIR]``

The program never calls ``chinesecalendar`` (it raises for a year it does not know): it reads
the JSON files this writes, in the schema of the public ``holiday-cn`` data. Each year's file
lists the days of that calendar year: every holiday off-day (``isOffDay`` true, with the
holiday's Chinese name) and every make-up working day on a weekend (``isOffDay`` false, with the
name of the holiday it makes up for). ``tests/core/calendar/test_bundled_table.py`` compares the
result with ``chinesecalendar`` for every day.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

import chinese_calendar

OUT = Path(__file__).resolve().parents[1] / "core" / "calendar" / "data"
FIRST_YEAR = 2004
LAST_YEAR = 2026

DayRow = dict[str, str | bool]


def _chinese_name(english: str) -> str:
    return str(chinese_calendar.Holiday(english).chinese)


def year_days(year: int) -> list[DayRow]:
    """The holiday-cn ``days`` of ``year``, in date order."""
    rows: dict[date, DayRow] = {}
    for day, english in chinese_calendar.holidays.items():
        if day.year == year:
            rows[day] = {"name": _chinese_name(english), "date": day.isoformat(), "isOffDay": True}
    for day, english in chinese_calendar.workdays.items():
        if day.year == year and day.weekday() >= 5:
            rows[day] = {"name": _chinese_name(english), "date": day.isoformat(), "isOffDay": False}
    return [rows[day] for day in sorted(rows)]


def write_year(year: int, out: Path) -> Path:
    """Write ``<year>.json``, one day a line (readable in a diff)."""
    path = out / f"{year}.json"
    days = ",\n".join("  " + json.dumps(row, ensure_ascii=False) for row in year_days(year))
    path.write_text(f'{{"year": {year}, "days": [\n{days}\n]}}\n', encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--first", type=int, default=FIRST_YEAR)
    parser.add_argument("--last", type=int, default=LAST_YEAR)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for year in range(args.first, args.last + 1):
        print(write_year(year, args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
