"""Typed settings kept in the data folder as ``settings.ini`` (a QSettings wrapper)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from villagedesk import fsutil
from villagedesk.i18n import DEFAULT_LANGUAGE, Language, parse_language

SETTINGS_NAME = "settings.ini"


class Settings:
    """The user's preferences. Values live in ``<data_dir>/settings.ini``, never the registry."""

    def __init__(self, data_dir: Path) -> None:
        fsutil.make_private_dir(data_dir)
        self.path = Path(data_dir) / SETTINGS_NAME
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    # generic helpers -------------------------------------------------------------------------
    def get_str(self, key: str, default: str = "") -> str:
        value = self._qs.value(key, default)
        return default if value is None else str(value)

    def set_str(self, key: str, value: str) -> None:
        self._qs.setValue(key, value)

    def get_bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes) and value:
            return QByteArray(value)
        return None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()

    # typed values ----------------------------------------------------------------------------
    @property
    def language(self) -> Language:
        return parse_language(self.get_str("general/language", DEFAULT_LANGUAGE.value))

    @language.setter
    def language(self, value: str) -> None:
        self.set_str("general/language", parse_language(value).value)

    def window_geometry(self) -> QByteArray | None:
        return self.get_bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self.get_bytes("window/state")

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.set_bytes("window/geometry", geometry)
        self.set_bytes("window/state", state)
        self.sync()

    def column_state(self, register: str) -> QByteArray | None:
        """A register table's saved header state (column widths, order, hidden columns)."""
        return self.get_bytes(f"columns/{register}")

    def set_column_state(self, register: str, state: QByteArray) -> None:
        self.set_bytes(f"columns/{register}", state)
