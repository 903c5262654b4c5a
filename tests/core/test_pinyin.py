"""Pinyin keys: typing zjg or zhangjianguo finds 张建国, and surnames are read as surnames."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from villagedesk.core.pinyin import MAX_VARIANTS, NameKeys, name_keys


def variants(keys: str) -> set[str]:
    return set(keys.split())


def test_initials_and_full_spelling() -> None:
    assert name_keys("张建国") == NameKeys("zjg", "zhangjianguo")


@pytest.mark.parametrize(
    ("name", "full"),
    [
        ("单伟", "shanwei"),
        ("解放", "xiefang"),
        ("仇伟", "qiuwei"),
        ("区华", "ouhua"),
        ("查文", "zhawen"),
        ("朴志", "piaozhi"),
        ("缪东", "miaodong"),
        ("曾芳", "zengfang"),
        ("长海", "changhai"),
        ("尉迟恭", "yuchigong"),
        ("万俟丽", "moqili"),
        ("欧阳峰", "ouyangfeng"),
    ],
)
def test_surnames_use_the_surname_reading_only(name: str, full: str) -> None:
    keys = name_keys(name)
    assert variants(keys.full) == {full}
    assert keys.initials.startswith(full[0]) and " " not in keys.initials


def test_surname_without_special_reading_uses_the_everyday_one() -> None:
    # 叶 also reads xie and 石 also dan in dictionaries, never as surnames.
    assert name_keys("叶芳").full == "yefang"
    assert name_keys("石磊").full == "shilei"


def test_surname_with_two_readings_keeps_both() -> None:
    assert variants(name_keys("乐兵").full) == {"yuebing", "lebing"}


def test_polyphonic_given_name_matches_each_reading() -> None:
    keys = name_keys("单乐")
    assert variants(keys.initials) == {"sl", "sy"}
    assert variants(keys.full) == {"shanle", "shanyue"}


def test_most_common_reading_comes_first_and_variants_are_capped() -> None:
    keys = name_keys("张行长行")  # 行 and 长 have several readings each
    assert keys.full.split()[0] == "zhangxingzhangxing"
    assert len(keys.full.split()) <= MAX_VARIANTS
    long_name = name_keys("行" * 12)
    assert 1 < len(long_name.full.split()) <= MAX_VARIANTS
    assert long_name.full.split()[0] == "xing" * 12


def test_rare_and_foreign_characters_do_not_crash() -> None:
    assert name_keys("李䶮").initials.startswith("l")
    assert name_keys("王\U0002b81d伟") == NameKeys("ww", "wangwei")  # unknown to pypinyin
    assert name_keys("阿依古丽·买买提").full.split()[0] == "ayigulimaimaiti"
    assert name_keys("Anna李") == NameKeys("annal", "annali")
    assert name_keys("") == NameKeys("", "")
    assert name_keys("·") == NameKeys("", "")


def test_keys_are_plain_lowercase_ascii() -> None:
    for name in ("吕绿女", "欸嗯", "ＺＨＡＮＧ三"):
        keys = name_keys(name)
        text = keys.initials + keys.full
        assert text.replace(" ", "").isascii() and text == text.lower()
    assert variants(name_keys("吕女").full) >= {"lvnv"}


def test_phrase_dictionary_is_not_loaded() -> None:
    code = textwrap.dedent(
        """
        import sys
        from villagedesk.core.pinyin import name_keys
        assert name_keys("张建国").full == "zhangjianguo"
        print("pypinyin.phrases_dict" in sys.modules, "pypinyin.pinyin_dict" in sys.modules)
        """
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYPINYIN_")}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False", "True"]
