"""Finding the member and the post a command names: a member by ID number, a post by name.

For the command line (``villagedesk in-service …``), which names people by ID number. A refusal
never shows the number typed in full: it is masked as on public paper (core/masking.py).
"""

from __future__ import annotations

import re
import unicodedata

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.errors import ValidationError
from villagedesk.core.in_service.ports import InServiceUnitOfWork
from villagedesk.core.in_service.rules import CTX
from villagedesk.core.masking import mask_id_number, scrub_digits
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

_ID_NUMBER = re.compile(r"^(\d{17}[\dX]|\d{15})$")
_SHOWN_NAME = 40


def normalize_id_number(text: str) -> str:
    """An ID number as typed: full-width digits, spaces and a small x allowed."""
    return "".join(unicodedata.normalize("NFKC", text).split()).upper()


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Find a member by ID number"))
def member_by_id_number(uow: InServiceUnitOfWork, *, id_number: str) -> int:
    """The id of this station's live member with the ID number; refused under ``member_id``."""
    number = normalize_id_number(id_number)
    if not _ID_NUMBER.match(number):
        raise ValidationError(
            {
                "member_id": [
                    msg(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "InService",
                            "Not an ID number: give the member's 18-digit citizen ID number.",
                        ),
                    )
                ]
            }
        )
    with uow.for_reading():
        member = uow.members.find_by_id_number(number)
    if member is None or member.voided:
        raise ValidationError(
            {
                "member_id": [
                    msg(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "InService", "No Party member has the ID number {number}."
                        ),
                        number=mask_id_number(number),
                    )
                ]
            }
        )
    return member.id


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Find a service post by name"))
def post_by_name(uow: InServiceUnitOfWork, *, name: str) -> int:
    """The id of this station's service post of that name; refused under ``post_id``."""
    clean = " ".join(name.split())
    with uow.for_reading():
        post = uow.in_service.posts.find_by_name(clean) if clean else None
    if post is None:
        shown = scrub_digits(clean[:_SHOWN_NAME]) + ("…" if len(clean) > _SHOWN_NAME else "")
        raise ValidationError(
            {
                "post_id": [
                    msg(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "InService",
                            "There is no service post “{name}”. Add it first, or check the name.",
                        ),
                        name=shown,
                    )
                ]
            }
        )
    return post.id
