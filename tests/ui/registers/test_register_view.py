"""The register view at a township: its village filter (the shared VillageBox) narrows the reader's
search, keeps the chosen village through a refresh and stays hidden where its page hid it; and the
shared NarrowedReader narrows a reader to some ids or to its voided records."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtWidgets import QApplication

from villagedesk.core.columns import RawRow
from villagedesk.core.members.register import MEMBER_REGISTER
from villagedesk.core.ownership import StationScope, VillageChoice
from villagedesk.core.search import SearchQuery, parse_search
from villagedesk.ui.registers.narrowed_reader import NarrowedReader
from villagedesk.ui.registers.register_view import RegisterView

EAST, WEST = VillageChoice("V1", "东河村"), VillageChoice("V2", "西河村")


class TownshipReader:
    """Ids 1-4 from two villages (1, 2 from V1; 3, 4 from V2); 4 is voided."""

    def __init__(self) -> None:
        self.stations = {1: "V1", 2: "V1", 3: "V2", 4: "V2"}
        self.villages: tuple[VillageChoice, ...] = (EAST, WEST)

    def scope(self) -> StationScope:
        return StationScope(township=True, own_code="T1", villages=self.villages)

    def search_ids(
        self,
        query: SearchQuery,
        *,
        sort_key: str | None = None,
        descending: bool = False,
        include_inactive: bool = False,
        ids_filter: Collection[int] | None = None,
        village: str | None = None,
        voided: bool = False,
    ) -> list[int]:
        ids = [i for i in self.stations if (i == 4) == voided]
        ids = [i for i in ids if village is None or self.stations[i] == village]
        return [i for i in ids if ids_filter is None or i in ids_filter]

    def rows(self, ids: Sequence[int], keys: Sequence[str]) -> dict[int, RawRow]:
        return {
            i: tuple(self.stations[i] if k == "station_code" else None for k in keys) for i in ids
        }


def test_the_village_filter_narrows_and_survives_a_refresh(qapp: QApplication) -> None:
    reader = TownshipReader()
    view = RegisterView(MEMBER_REGISTER, reader)
    assert view.township and not view.village_box.isHidden()
    assert [view.village_box.itemText(i) for i in range(3)][1:] == ["东河村", "西河村"]
    view.set_village("V2")
    assert view.model.village == "V2" and view.model.ids() == [3]
    view.refresh()
    assert view.village_box.code() == "V2" and view.model.ids() == [3]
    assert not view.is_own(3)


def test_a_village_that_is_gone_shows_everyone_and_a_hidden_box_stays_hidden(
    qapp: QApplication,
) -> None:
    reader = TownshipReader()
    view = RegisterView(MEMBER_REGISTER, reader)
    view.set_village("V2")
    view.village_box.hide()  # the in-service tabs hide it: their page has the filter
    reader.villages = (EAST,)
    view.refresh()
    assert view.village_box.isHidden()
    assert view.village_box.count() == 2
    assert view.model.village is None and view.model.ids() == [1, 2, 3]


def test_the_narrowed_reader_keeps_some_ids_or_the_voided_records(qapp: QApplication) -> None:
    reader = TownshipReader()
    narrowed = NarrowedReader(reader)
    query = parse_search("")
    assert narrowed.search_ids(query) == [1, 2, 3]
    narrowed.only = frozenset({2, 3})
    assert narrowed.search_ids(query) == [2, 3]
    assert narrowed.search_ids(query, ids_filter=[3, 4]) == [3]
    assert narrowed.search_ids(query, village="V1") == [2]
    narrowed.only = None
    narrowed.voided = True
    assert narrowed.search_ids(query) == [4]
    assert narrowed.scope().township and narrowed.rows([4], ["station_code"]) == {4: ("V2",)}
