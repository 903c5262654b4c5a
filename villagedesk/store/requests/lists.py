"""The station's channels and categories (core.requests.model.RequestLists) as JSON in the
``meta`` table, like the other settings; a station that never saved them has the defaults."""

from __future__ import annotations

from villagedesk.core.requests.model import ChannelOption, RequestLists
from villagedesk.store.repositories import WriteContext
from villagedesk.store.requests.codec import dump, load_all
from villagedesk.store.settings_rows import read_settings, write_setting

CHANNELS_KEY = "requests.channels"
CATEGORIES_KEY = "requests.categories"


class SqlRequestLists:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def get(self) -> RequestLists:
        stored = read_settings(self._ctx.conn, (CHANNELS_KEY, CATEGORIES_KEY))
        defaults = RequestLists()
        channels = stored.get(CHANNELS_KEY)
        categories = stored.get(CATEGORIES_KEY)
        return RequestLists(
            load_all(ChannelOption, channels) if channels else defaults.channels,
            load_all(str, categories) if categories else defaults.categories,
        )

    def save(self, lists: RequestLists) -> None:
        for key, value in ((CHANNELS_KEY, lists.channels), (CATEGORIES_KEY, lists.categories)):
            write_setting(self._ctx.conn, key, dump(value))
