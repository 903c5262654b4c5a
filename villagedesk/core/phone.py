"""Phone numbers: mainland mobiles and landlines with their area code, checked and normalised."""

from __future__ import annotations

import re
import unicodedata

from villagedesk.core.errors import DomainError
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

_CTX = "Phone"

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_COUNTRY_PREFIX = re.compile(r"^(?:\+86|0086|86)(?=1\d{10}$)")
# Area codes: 010 and 02x have three characters, every other one (03xx–09xx) has four, so the
# split is never ambiguous even without a hyphen. Local numbers never start with 0.
_LANDLINE = re.compile(
    r"^(?P<area>0(?:10|2\d|[3-9]\d\d))-?(?P<local>[1-9]\d{6,7})(?:(?:-|转)(?P<ext>\d{1,6}))?$"
)
_AREA_IN_PARENS = re.compile(r"^\((0\d{2,3})\)-?")
_ALLOWED = re.compile(r"[\d+\-()转]")


def check_phone(text: str) -> str:
    """Return the normalised phone: ``13812345678`` or ``0531-12345678`` (``-123`` extension).

    Spaces and hyphens in a mobile number and a +86 / 86 prefix are dropped. Raises DomainError
    for anything else, including an empty text: whether the field may be empty is the caller's
    business.
    """
    s = "".join(unicodedata.normalize("NFKC", text).split())
    if not s:
        raise DomainError(msg(_CTX, QT_TRANSLATE_NOOP("Phone", "Enter a phone number.")))
    bad = sorted({c for c in s if not _ALLOWED.fullmatch(c)})
    if bad:
        raise DomainError(
            msg(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Phone", "The phone number contains characters that do not belong: {chars}"
                ),
                chars=" ".join(bad),
            )
        )
    digits = _COUNTRY_PREFIX.sub("", s.replace("-", ""))
    if _MOBILE.match(digits):
        return digits
    s = _AREA_IN_PARENS.sub(r"\1-", s)
    m = _LANDLINE.match(s)
    if m:
        normal = f"{m['area']}-{m['local']}"
        return f"{normal}-{m['ext']}" if m["ext"] else normal
    if digits.isdigit() and digits.startswith("1"):
        raise DomainError(
            msg(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Phone",
                    "A mobile number has 11 digits starting with 13 to 19; this one has {count}.",
                ),
                count=len(digits),
            )
        )
    if digits.isdigit() and len(digits) in (7, 8) and digits[0] in "23456789":
        raise DomainError(
            msg(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Phone",
                    "Add the area code to the landline number, for example 0531-12345678.",
                ),
            )
        )
    raise DomainError(
        msg(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Phone",
                "This is not a phone number. Enter an 11-digit mobile number or a landline "
                "with its area code, for example 0531-12345678.",
            ),
        )
    )
