"""Contact cards (联系卡): credit-card size (85.6 × 54 mm), 10 per A4 sheet with crop marks.

The front shows the station and card title, the member's name, branch, claimed posts and phone,
the community contact and the card number; its QR code carries the community contact as a vCard
with a tel: number. That code is the same on every card, so it is encoded once and drawn as one
reusable PDF form. The optional back (the member's pledges) follows each sheet of fronts with its
columns mirrored, so that long-edge duplex printing puts each back behind its front.

This module writes the batch; the sheet's geometry is :mod:`reports.card_sheet`, the QR code
:mod:`reports.card_qr` and what each card shows :mod:`reports.card_faces`.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4

from villagedesk.core.printing.model import NO_OFFSETS, CardData, CardSet, PrinterOffsets
from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate, msg
from villagedesk.fsutil import atomic_write_bytes
from villagedesk.reports.card_faces import CTX, CardLabels, draw_back, draw_front
from villagedesk.reports.card_qr import QR_FORM, define_qr_form, vcard
from villagedesk.reports.card_sheet import PER_SHEET, draw_crop_marks, slot
from villagedesk.reports.glyphs import GlyphProblem
from villagedesk.reports.printed_text import Pen, check_texts, identity, new_canvas, start_page

DRAWING = msg(CTX, QT_TRANSLATE_NOOP("ContactCard", "Drawing the contact cards…"))

# The batch's own names, and the sheet and QR names devtools/bench_print.py reaches through here.
__all__ = [
    "DRAWING",
    "PER_SHEET",
    "QR_FORM",
    "CardLabels",
    "card_texts",
    "define_qr_form",
    "draw_cards",
    "slot",
    "vcard",
    "write_cards",
]


def card_texts(cards: CardSet, *, backs: bool) -> list[tuple[str, str]]:
    """(record, text) of everything the cards print, for the glyph check."""
    items = [
        (cards.contact.station_name, f"{cards.contact.station_name}{cards.contact.contact_name}")
    ]
    for card in cards.cards:
        texts = [card.name, card.branch, *card.posts, card.phone, card.card_number]
        if backs:
            texts += card.pledges
        items.append((card.name, "".join(texts)))
    return items


def write_cards(
    path: str | os.PathLike[str],
    *,
    cards: CardSet,
    backs: bool = False,
    offsets: PrinterOffsets = NO_OFFSETS,
    translate: Translate = identity,
    progress: Progress | None = None,
) -> list[GlyphProblem]:
    """Write the cards to an A4 PDF at ``path`` atomically: sheets of 10 fronts, each followed by
    its sheet of backs when ``backs``. Returns the characters no font covers (drawn as □) and
    the texts that could not be printed in full (fit problems).

    ``progress`` counts the cards drawn; a cancel raises :class:`~villagedesk.core.progress.
    Cancelled` at the next card and no file is written (nor any temp file left)."""
    problems = check_texts(card_texts(cards, backs=backs))
    buf = io.BytesIO()
    problems += draw_cards(
        buf, cards=cards, backs=backs, offsets=offsets, translate=translate, progress=progress
    )
    if progress is not None:
        progress.check()
    atomic_write_bytes(Path(path), buf.getvalue())
    return problems


def draw_cards(
    target: io.BytesIO,
    *,
    cards: CardSet,
    backs: bool,
    offsets: PrinterOffsets,
    translate: Translate,
    progress: Progress | None = None,
) -> list[GlyphProblem]:
    """Draw the cards on a new canvas writing to ``target``; returns the texts that did not fit
    (fit problems, each with the member's name)."""
    labels = CardLabels(translate, cards.campaign_year)
    if progress is not None:
        progress.start(len(cards.cards) * (2 if backs else 1), DRAWING)
    canvas = new_canvas(target, A4, title=labels.title, author=cards.contact.station_name)
    pen = Pen(canvas, translate=translate)
    qr = define_qr_form(canvas, vcard(cards.contact))
    all_cards: Sequence[CardData] = cards.cards
    for first in range(0, max(len(all_cards), 1), PER_SHEET):
        sheet = all_cards[first : first + PER_SHEET]
        start_page(canvas, offsets)
        draw_crop_marks(canvas)
        for i, card in enumerate(sheet):
            x, y = slot(i)
            draw_front(pen, x, y, card, cards.contact, labels, qr)
            if progress is not None:
                progress.advance()  # raises Cancelled once the user cancelled
        canvas.showPage()
        if backs:
            start_page(canvas, offsets)
            draw_crop_marks(canvas)
            for i, card in enumerate(sheet):
                x, y = slot(i, back=True)
                draw_back(pen, x, y, card, cards.contact, labels)
                if progress is not None:
                    progress.advance()
            canvas.showPage()
    canvas.save()
    return pen.problems
