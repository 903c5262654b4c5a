"""Whether a receipt a village imports is its own: for this station, from its township, answering
this installation (moved out of :mod:`villagedesk.core.township.village`, which stays under
the size rule)."""

from __future__ import annotations

from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.core.township.ports import FileRefused
from villagedesk.core.township.receipt import Receipt

CTX = "Sync"


def check_receipt_is_ours(
    receipt: Receipt, own_code: str, township_code: str, installation: str
) -> None:
    """Refuse a receipt meant for another station, from another township, or answering another
    installation of this station."""
    if receipt.village_code != own_code or receipt.township_code != township_code:
        raise FileRefused(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "This receipt is for station {village}, not for this station ({code}).",
                ),
                village=receipt.village_code,
                code=own_code,
            ),
            reason="wrong_station",
        )
    if receipt.installation and receipt.installation != installation:
        raise FileRefused(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "This receipt answers another installation of this station (one installed or copied on another computer). Nothing was changed; ask the township for a receipt after it imported this computer's package.",
                ),
            ),
            reason="wrong_installation",
        )
