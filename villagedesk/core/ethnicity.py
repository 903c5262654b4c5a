"""民族: the 56 ethnic groups in GB 3304 order, and reading the ways people write them."""

from __future__ import annotations

import unicodedata

#: The 56 official names, in the order of their GB/T 3304 codes (01 汉族 … 56 基诺族).
ETHNICITIES: tuple[str, ...] = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
    "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
    "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
    "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族",
    "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族",
    "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
)  # fmt: skip

# Short forms in everyday use and names replaced since the 1980s. Only unambiguous ones:
# 哈族 could be 哈萨克族 or 哈尼族, so it is not here.
_ALIASES: dict[str, str] = {
    "维族": "维吾尔族",
    "蒙族": "蒙古族",
    "崩龙族": "德昂族",
    "崩龙": "德昂族",
    "毛难族": "毛南族",
    "毛难": "毛南族",
}

_OFFICIAL = frozenset(ETHNICITIES)


def normalize_ethnicity(text: str) -> str | None:
    """The official name for 汉, 汉族, "汉 族", full-width forms, 蒙古, 维族 …; None if unknown.

    Groups that are not among the 56 (穿青人 and others) are unknown here.
    """
    s = "".join(unicodedata.normalize("NFKC", text).split())
    if not s:
        return None
    if s in _OFFICIAL:
        return s
    if s + "族" in _OFFICIAL:
        return s + "族"
    return _ALIASES.get(s)
