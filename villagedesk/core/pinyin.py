"""Pinyin search keys for people's names: initials (zjg) and full spelling (zhangjianguo).

pypinyin is loaded without its phrase dictionary (about 45 MiB that does nothing for names):
the supported switch is the ``PYPINYIN_NO_PHRASES`` environment variable, read once when
pypinyin is first imported, so it is set here before the import. Nothing else in the app may
import pypinyin first. ``PYPINYIN_NO_DICT_COPY`` skips a private copy of the character table;
we never customise it.
"""

from __future__ import annotations

import functools
import heapq
import os
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")

from pypinyin import Style, pinyin  # after the environment switches above

#: Most combinations of readings kept per name.
MAX_VARIANTS = 16
#: The longest search key :func:`name_keys` gives a name of up to 60 characters: every variant
#: of six-letter syllables, spaces between (what a validator of incoming keys allows).
MAX_KEY_CHARS = MAX_VARIANTS * (60 * 6 + 1)

# Readings of characters used as surnames, where the surname reading differs from (or is not
# the first of) the everyday readings. Only readings really used for the surname; the first is
# the most common one.
_SURNAMES: dict[str, tuple[str, ...]] = {
    "单": ("shan",),
    "解": ("xie",),
    "仇": ("qiu",),
    "区": ("ou",),
    "查": ("zha",),
    "朴": ("piao",),
    "缪": ("miao",),
    "曾": ("zeng",),
    "乐": ("yue", "le"),
    "覃": ("qin", "tan"),
    "尉": ("wei",),
    "盖": ("ge", "gai"),
    "翟": ("zhai",),
    "种": ("chong",),
    "秘": ("bi",),
    "折": ("she",),
    "黑": ("he",),
    "召": ("shao",),
    "华": ("hua",),
    "任": ("ren",),
    "燕": ("yan",),
    "过": ("guo",),
    "繁": ("po",),
    "员": ("yun",),
    "隗": ("wei", "kui"),
    "么": ("yao",),
    "万": ("wan",),
    "沈": ("shen",),
    "柏": ("bai",),
    "薄": ("bo",),
    "祭": ("zhai",),
    "句": ("gou", "ju"),
    "能": ("nai",),
    "宿": ("su",),
    "郇": ("xun", "huan"),
    "阚": ("kan",),
    "长": ("chang",),
    "重": ("chong",),
    "行": ("xing",),
    "都": ("du",),
    "藏": ("zang",),
    "缴": ("jiao",),
    "纪": ("ji",),
    "蔚": ("yu", "wei"),
    "车": ("che",),
    "贾": ("jia",),
    "莫": ("mo",),
    "朝": ("chao",),
    "肖": ("xiao",),
}

# Two-character surnames, one reading per character.
_COMPOUND_SURNAMES: dict[str, tuple[str, str]] = {
    "欧阳": ("ou", "yang"),
    "司马": ("si", "ma"),
    "诸葛": ("zhu", "ge"),
    "上官": ("shang", "guan"),
    "尉迟": ("yu", "chi"),
    "长孙": ("zhang", "sun"),
    "令狐": ("ling", "hu"),
    "慕容": ("mu", "rong"),
    "澹台": ("tan", "tai"),
    "皇甫": ("huang", "fu"),
    "公孙": ("gong", "sun"),
    "单于": ("chan", "yu"),
    "万俟": ("mo", "qi"),
}


@dataclass(frozen=True)
class NameKeys:
    """Space-separated variants, lowercase ASCII without tones, most likely first."""

    initials: str
    full: str


def _ascii(reading: str) -> str:
    """Drop tone marks and anything else outside a-z (``ê`` becomes ``e``)."""
    decomposed = unicodedata.normalize("NFKD", reading.lower())
    return "".join(c for c in decomposed if "a" <= c <= "z")


@functools.lru_cache(maxsize=8192)
def _readings(char: str) -> list[str]:
    """A character's readings, most common first; ASCII letters stand for themselves.

    Cached: a village has a few hundred distinct characters, and pypinyin's lookup dominates.
    Callers must not mutate the returned list."""
    if char.isascii():
        return [char.lower()] if char.isalpha() else []
    found = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
    out: list[str] = []
    for reading in found[0] if found else []:
        plain = _ascii(reading)
        if plain and plain not in out:
            out.append(plain)
    return out


def _syllables(name: str) -> list[list[str]]:
    """Readings for each sounded character; the first character (or two) read as a surname."""
    chars = "".join(unicodedata.normalize("NFKC", name).split())
    result: list[list[str]] = []
    start = 0
    if chars[:2] in _COMPOUND_SURNAMES:
        result.extend([r] for r in _COMPOUND_SURNAMES[chars[:2]])
        start = 2
    elif chars[:1] in _SURNAMES:
        result.append(list(_SURNAMES[chars[0]]))
        start = 1
    elif chars and not chars[0].isascii():
        # Any other surname is read with its everyday (first) reading: 叶 ye, never xie.
        readings = _readings(chars[0])[:1]
        if readings:
            result.append(readings)
        start = 1
    for char in chars[start:]:
        readings = _readings(char)
        if readings:
            result.append(readings)
    return result


def _best_combinations(options: Sequence[Sequence[str]], limit: int) -> list[tuple[str, ...]]:
    """Up to ``limit`` picks of one reading per character, most common readings first.

    Best-first over the sum of reading ranks, so a long name never builds the whole product.
    """
    if not options:
        return []
    start = (0,) * len(options)
    heap: list[tuple[int, tuple[int, ...]]] = [(0, start)]
    seen = {start}
    out: list[tuple[str, ...]] = []
    while heap and len(out) < limit:
        cost, ranks = heapq.heappop(heap)
        out.append(tuple(opts[r] for opts, r in zip(options, ranks, strict=True)))
        for i, r in enumerate(ranks):
            if r + 1 < len(options[i]):
                nxt = (*ranks[:i], r + 1, *ranks[i + 1 :])
                if nxt not in seen:
                    seen.add(nxt)
                    heapq.heappush(heap, (cost + 1, nxt))
    return out


def _unique(items: list[str]) -> str:
    return " ".join(dict.fromkeys(i for i in items if i))


@functools.lru_cache(maxsize=4096)
def name_keys(name: str) -> NameKeys:
    """Search keys for a name, e.g. 张建国 -> NameKeys("zjg", "zhangjianguo").

    A polyphonic character in the given name matches under each of its readings (at most
    :data:`MAX_VARIANTS` combinations). Characters without a known reading, such as the middle
    dot of minority names, are skipped.
    """
    combos = _best_combinations(_syllables(name), MAX_VARIANTS)
    return NameKeys(
        initials=_unique(["".join(s[0] for s in combo) for combo in combos]),
        full=_unique(["".join(combo) for combo in combos]),
    )
