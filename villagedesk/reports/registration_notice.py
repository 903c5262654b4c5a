"""进驻公示, the public notice of the in-service members who reported to the community: its two
tables (who reported, with the posts they hold and their phone; the service posts) and the texts
around them, as a :class:`~villagedesk.reports.notice.NoticeDocument`, from the plain values
print_sources gathers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from villagedesk.core.columns import Align
from villagedesk.core.in_service.model import ServicePost
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.reports.notice_document import NoticeColumn, NoticeDocument, NoticeTable

INTRO = QT_TRANSLATE_NOOP(
    "Notice",
    "The following in-service Party members reported to the community in {year} and "
    "claimed service posts. They are made public here for the people's supervision.",
)


@dataclass(frozen=True)
class ReportedMember:
    """One row of the notice: a member who reported in the campaign year."""

    name: str
    work_unit: str
    posts: Sequence[str]
    registered_on: date
    phone: str


def registered_table(reported: Sequence[ReportedMember], say: Translate) -> NoticeTable:
    """Who reported, in the order they reported: number, name, unit, posts, day, phone."""
    return NoticeTable(
        heading=say(
            "Notice",
            QT_TRANSLATE_NOOP("Notice", "In-service members who reported to the community"),
        ),
        columns=[
            NoticeColumn(
                say("Ledger", QT_TRANSLATE_NOOP("Ledger", "No.")),
                5,
                kind="number",
                align=Align.CENTER,
            ),
            NoticeColumn(say("Columns", QT_TRANSLATE_NOOP("Columns", "Name")), 10, kind="name"),
            NoticeColumn(say("Columns", QT_TRANSLATE_NOOP("Columns", "Work unit")), 17),
            NoticeColumn(say("Columns", QT_TRANSLATE_NOOP("Columns", "Posts")), 15, kind="list"),
            NoticeColumn(
                say("Columns", QT_TRANSLATE_NOOP("Columns", "Reported on")),
                10,
                kind="date",
                align=Align.CENTER,
            ),
            NoticeColumn(
                say("Columns", QT_TRANSLATE_NOOP("Columns", "Phone")),
                11,
                kind="phone",
                align=Align.CENTER,
            ),
        ],
        rows=[
            [
                str(i),
                r.name,
                r.work_unit,
                "、".join(r.posts),
                r.registered_on.strftime("%Y.%m.%d"),
                r.phone,
            ]
            for i, r in enumerate(reported, 1)
        ],
        records=[r.name for r in reported],
    )


def posts_table(posts: Sequence[ServicePost], say: Translate) -> NoticeTable:
    """The service posts: places, places held, the community contact, what the post is."""
    return NoticeTable(
        heading=say("Notice", QT_TRANSLATE_NOOP("Notice", "Service posts")),
        columns=[
            NoticeColumn(say("Columns", QT_TRANSLATE_NOOP("Columns", "Post")), 10),
            NoticeColumn(
                say("Columns", QT_TRANSLATE_NOOP("Columns", "Places")), 5, align=Align.CENTER
            ),
            NoticeColumn(
                say("Columns", QT_TRANSLATE_NOOP("Columns", "Held")), 5, align=Align.CENTER
            ),
            NoticeColumn(
                say("Columns", QT_TRANSLATE_NOOP("Columns", "Community contact")), 8, kind="name"
            ),
            NoticeColumn(say("Columns", QT_TRANSLATE_NOOP("Columns", "Description")), 22),
        ],
        rows=[
            [p.name, str(p.values.places), str(p.held), p.values.contact_name, p.values.description]
            for p in posts
        ],
    )


def registration_notice_document(
    *,
    station: str,
    contact_name: str,
    contact_phone: str,
    year: int,
    today: date,
    days: int,
    reported: Sequence[ReportedMember],
    posts: Sequence[ServicePost],
    translate: Translate,
) -> NoticeDocument:
    """The notice of campaign year ``year``, posted from ``today`` for ``days`` days."""
    say = translate
    return NoticeDocument(
        title=say(
            "Notice",
            QT_TRANSLATE_NOOP(
                "Notice", "Public notice of in-service members reporting to the community"
            ),
        ),
        station=station,
        period_from=today,
        period_to=today + timedelta(days=days - 1),
        contact_name=contact_name,
        contact_phone=contact_phone,
        tables=[registered_table(reported, say), posts_table(posts, say)],
        intro=say("Notice", INTRO).format(year=year),
        issued_on=today,
    )
