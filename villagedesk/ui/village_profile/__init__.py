"""村情档案: the village profile page (built when first shown, its imports too)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from villagedesk.ui.context import AppContext


def village_profile_page(ctx: AppContext) -> QWidget:
    """The navigation's page factory."""
    from villagedesk.ui.village_profile.page import VillageProfilePage

    return VillageProfilePage(ctx)
