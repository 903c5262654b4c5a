"""The glyph check: every character's font chosen from the cmaps; the uncovered ones reported."""

from __future__ import annotations

from villagedesk.reports.fonts import SANS
from villagedesk.reports.glyphs import PLACEHOLDER, ZENHEI, FontSet, markup


def test_rare_characters_get_a_font_or_are_reported() -> None:
    fonts = FontSet()  # the bundled fonts only, whatever this machine has
    for ch in "堃喆赟":
        assert fonts.font_for(ch) == SANS
    assert fonts.font_for("䶮") == ZENHEI  # CJK Extension A
    assert fonts.font_for("𠇔") is None  # Extension B: no bundled font has it
    problems = fonts.check([("张䶮", "张䶮"), ("刘𠇔", "刘𠇔 13905331234")])
    assert [(p.record, p.character, p.codepoint) for p in problems] == [("刘𠇔", "𠇔", "U+201D4")]


def test_runs_switch_font_per_character_and_box_the_uncovered() -> None:
    fonts = FontSet()
    assert fonts.runs("王秀英") == [(SANS, "王秀英")]
    assert fonts.runs("张䶮𠇔") == [(SANS, "张"), (ZENHEI, "䶮"), (SANS, PLACEHOLDER)]
    assert f'<font name="{ZENHEI}">䶮</font>' in markup("张䶮 <b>", fonts)
    assert "&lt;b&gt;" in markup("张䶮 <b>", fonts)
