"""The contact card's QR code: the community contact as a vCard whose phone is a global tel: URI,
encoded once and kept as one reusable PDF form (the code is the same on every card)."""

from __future__ import annotations

import itertools
import re

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from villagedesk.core.printing.model import StationContact

QR_SIZE = 19 * mm
QR_FORM = "vdContactQr"

_MOBILE = re.compile(r"^(?:\+?86|0086)?(1[3-9]\d{9})$")
_LANDLINE = re.compile(r"^0(10|2\d|[3-9]\d\d)-?([1-9]\d{6,7})(?:(?:-|转|#)(\d{1,6}))?$")


def tel_uri(phone: str) -> str:
    """A phone as a global RFC 3966 tel: URI: ``tel:+86-139-0533-1234`` for a mobile,
    ``tel:+86-24-42812345;ext=8021`` for a landline (area code without its 0, the extension as
    ``;ext=``); "" without digits. A number with no area code keeps ``;phone-context=+86``."""
    text = "".join(phone.split()).replace("（", "(").replace("）", ")")
    text = re.sub(r"^\((0\d{2,3})\)", r"\1-", text)
    if not any(ch.isdigit() for ch in text):
        return ""
    plain = text.replace("-", "")
    mobile = _MOBILE.match(plain)
    if mobile:
        n = mobile[1]
        return f"tel:+86-{n[:3]}-{n[3:7]}-{n[7:]}"
    landline = _LANDLINE.match(text)
    if landline:
        area, local, ext = landline.groups()
        return f"tel:+86-{area}-{local}" + (f";ext={ext}" if ext else "")
    if text.startswith("+"):
        return "tel:+" + "".join(ch for ch in text if ch.isdigit() or ch == "-").lstrip("-")
    digits = "".join(ch for ch in text if ch.isdigit())
    return f"tel:{digits};phone-context=+86"


def vcard(contact: StationContact) -> str:
    """The community contact as a vCard 4.0 whose phone is a global tel: URI ("" without one)."""
    uri = tel_uri(contact.contact_phone)
    if not uri:
        return ""

    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")

    name = esc(contact.contact_name or contact.station_name)
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        f"FN:{name}",
        f"N:{name};;;;",
        f"ORG:{esc(contact.station_name)}",
        f"TEL;VALUE=uri;TYPE=voice:{uri}",
        "END:VCARD",
    ]
    return "\r\n".join(lines) + "\r\n"


def define_qr_form(canvas: Canvas, value: str) -> bool:
    """Encode ``value`` once as a QR code in a reusable form; False when there is nothing.

    The modules are drawn as one path straight on the canvas (renderPDF would add an unembedded
    Helvetica to the file)."""
    if not value:
        return False
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(value)
    code.make()
    count = code.getModuleCount()
    border = 1
    box = QR_SIZE / (count + 2 * border)
    canvas.beginForm(QR_FORM, 0, 0, QR_SIZE, QR_SIZE)
    canvas.setFillColor(colors.black)
    path = canvas.beginPath()
    for r, row in enumerate(code.modules):
        c = 0
        for dark, run in itertools.groupby(bool(m) for m in row):
            n = len(list(run))
            if dark:
                path.rect((c + border) * box, QR_SIZE - (r + border + 1) * box, n * box, box)
            c += n
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.endForm()
    return True
