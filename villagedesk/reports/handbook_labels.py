"""The work handbook's words (工作手册): every label, heading and stamp line, translated once per
handbook through the caller's ``translate``."""

from __future__ import annotations

from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate

CTX = "Handbook"


class Labels:
    """The handbook's words, translated once per handbook."""

    def __init__(self, tr: Translate, year: int) -> None:
        def t(text: str) -> str:
            return tr(CTX, text)

        self.translate = tr
        self.title = t(QT_TRANSLATE_NOOP("Handbook", "Work handbook"))
        self.subtitle = t(
            QT_TRANSLATE_NOOP("Handbook", "In-service Party members serving the community")
        )
        self.year = t(QT_TRANSLATE_NOOP("Handbook", "Campaign year {year}")).format(year=year)
        self.contents = t(QT_TRANSLATE_NOOP("Handbook", "Contents"))
        self.profile = t(QT_TRANSLATE_NOOP("Handbook", "Profile"))
        self.posts = t(QT_TRANSLATE_NOOP("Handbook", "Posts claimed"))
        self.pledges = t(QT_TRANSLATE_NOOP("Handbook", "My pledges"))
        self.log = t(QT_TRANSLATE_NOOP("Handbook", "Service log"))
        self.assessment = t(QT_TRANSLATE_NOOP("Handbook", "Assessment"))
        self.name = t(QT_TRANSLATE_NOOP("Handbook", "Name"))
        self.card = t(QT_TRANSLATE_NOOP("Handbook", "Card No."))
        self.branch = t(QT_TRANSLATE_NOOP("Handbook", "Branch"))
        self.photo = t(QT_TRANSLATE_NOOP("Handbook", "Photo"))
        self.fields = [
            t(QT_TRANSLATE_NOOP("Handbook", "Name")),
            t(QT_TRANSLATE_NOOP("Handbook", "Sex")),
            t(QT_TRANSLATE_NOOP("Handbook", "Born")),
            t(QT_TRANSLATE_NOOP("Handbook", "Ethnic group")),
            t(QT_TRANSLATE_NOOP("Handbook", "Education")),
            t(QT_TRANSLATE_NOOP("Handbook", "Standing")),
            t(QT_TRANSLATE_NOOP("Handbook", "Joined the Party")),
            t(QT_TRANSLATE_NOOP("Handbook", "Branch")),
            t(QT_TRANSLATE_NOOP("Handbook", "Work unit")),
            t(QT_TRANSLATE_NOOP("Handbook", "Phone")),
            t(QT_TRANSLATE_NOOP("Handbook", "Address")),
            t(QT_TRANSLATE_NOOP("Handbook", "Card No.")),
            t(QT_TRANSLATE_NOOP("Handbook", "Reported on")),
        ]
        self.claimed = t(QT_TRANSLATE_NOOP("Handbook", "Claimed on {date}"))
        self.ended = t(QT_TRANSLATE_NOOP("Handbook", "ended on {date}"))
        self.contact = t(QT_TRANSLATE_NOOP("Handbook", "Contact"))
        self.no_posts = t(QT_TRANSLATE_NOOP("Handbook", "No post claimed yet."))
        self.no_pledges = t(QT_TRANSLATE_NOOP("Handbook", "No pledges recorded yet."))
        self.pledger = t(QT_TRANSLATE_NOOP("Handbook", "Signature"))
        self.date = t(QT_TRANSLATE_NOOP("Handbook", "Date"))
        self.log_heads = [
            t(QT_TRANSLATE_NOOP("Handbook", "Date")),
            t(QT_TRANSLATE_NOOP("Handbook", "Post")),
            t(QT_TRANSLATE_NOOP("Handbook", "What was done")),
            t(QT_TRANSLATE_NOOP("Handbook", "Hours")),
            t(QT_TRANSLATE_NOOP("Handbook", "For whom")),
        ]
        self.evidence = t(
            QT_TRANSLATE_NOOP("Handbook", "Service records: {records}    Hours of service: {hours}")
        )
        self.community = t(QT_TRANSLATE_NOOP("Handbook", "Community's rating"))
        self.unit = t(QT_TRANSLATE_NOOP("Handbook", "Work unit's rating"))
        self.comment = t(QT_TRANSLATE_NOOP("Handbook", "Comments"))
        self.community_stamp = t(
            QT_TRANSLATE_NOOP("Handbook", "Community Party organisation (stamp)")
        )
        self.unit_stamp = t(QT_TRANSLATE_NOOP("Handbook", "Work unit Party organisation (stamp)"))
        self.ymd = t(QT_TRANSLATE_NOOP("Handbook", "Year    Month    Day"))
