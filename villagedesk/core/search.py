"""What the one search box means: a name fragment, pinyin, part of an ID number, or a phone.

The store turns a :class:`SearchQuery` into SQL. Deciding what the typed text *is* happens here,
once, for the GUI, the CLI and every register that offers the box.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

#: Fewer digits than this could match almost any ID number or phone, so they match nothing.
MIN_DIGITS = 4
#: Longer than any name, ID number or phone, so it matches nothing (and a pasted page of text
#: never reaches SQLite, whose LIKE refuses patterns over 50,000 bytes).
MAX_SEARCH_CHARS = 200

_DIGITS = re.compile(r"^\d+[xX]?$")
_LETTERS = re.compile(r"^[a-z]+$")


class SearchKind(StrEnum):
    ALL = "all"
    NAME = "name"
    PINYIN = "pinyin"
    NUMBER = "number"
    """Four or more digits: part of an ID number or of a phone number."""
    ID_TAIL = "id_tail"
    """Digits ending in X: only an ID number can contain it."""
    NOTHING = "nothing"
    """Too few digits to mean anything."""


@dataclass(frozen=True)
class SearchQuery:
    kind: SearchKind
    value: str

    @property
    def is_all(self) -> bool:
        return self.kind is SearchKind.ALL


def normalize(text: str) -> str:
    """Full-width to half-width, spaces removed (names are typed with stray spaces)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def is_too_long(text: str) -> bool:
    """Whether ``text`` is longer than anything the search box can find."""
    return len(normalize(text)) > MAX_SEARCH_CHARS


def parse_search(text: str) -> SearchQuery:
    s = normalize(text)
    if not s:
        return SearchQuery(SearchKind.ALL, "")
    if len(s) > MAX_SEARCH_CHARS:
        return SearchQuery(SearchKind.NOTHING, s[:MAX_SEARCH_CHARS])
    if _DIGITS.match(s):
        if len(s) < MIN_DIGITS:
            return SearchQuery(SearchKind.NOTHING, s)
        if s[-1] in "xX":
            return SearchQuery(SearchKind.ID_TAIL, s.upper())
        return SearchQuery(SearchKind.NUMBER, s)
    lowered = s.lower()
    if _LETTERS.match(lowered):
        return SearchQuery(SearchKind.PINYIN, lowered)
    return SearchQuery(SearchKind.NAME, s)
