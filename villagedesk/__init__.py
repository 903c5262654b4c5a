"""VillageDesk (村级党群服务站工作台): registers, printing and sync for village service stations."""

__version__ = "0.1.0"
