"""Where the station's data folder is. The one module that asks appdirs."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

APP_NAME = "VillageDesk"
ENV_VAR = "VILLAGEDESK_DATA_DIR"
DB_NAME = "villagedesk.db"
BACKUP_DIR = "backups"
COUNTERS_NAME = "counters.json"
LOCK_NAME = "villagedesk.lock"


def resolve_data_dir(cli_value: str | None, env: Mapping[str, str]) -> Path:
    """``--data-dir``, then ``VILLAGEDESK_DATA_DIR``, then the user's application-data folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    from_env = env.get(ENV_VAR, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    import appdirs

    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False))


KEYSTORE_ENV_VAR = "VILLAGEDESK_KEYSTORE_DIR"


def keystore_dir(env: Mapping[str, str]) -> Path:
    """Where this user's wrapping keys for station keys live when no OS key store is used.

    Outside every data folder on purpose: a copied data folder does not carry them.
    """
    from_env = env.get(KEYSTORE_ENV_VAR, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    import appdirs

    return Path(appdirs.user_config_dir(APP_NAME, appauthor=False)) / "keystore"
