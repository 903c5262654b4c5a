"""VillageDesk (村级党群服务站工作台): registers, printing and sync for village service stations."""

from villagedesk.refcounts import immortalize as _immortalize

__version__ = "0.1.0"

_immortalize()  # before any Qt call: see villagedesk/refcounts.py
