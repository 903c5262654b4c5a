"""The glyph check: every character's font chosen from the cmaps; the uncovered ones reported and
drawn as a full em-wide box to write the character in by hand."""

from __future__ import annotations

from pathlib import Path

from tests.reports.printing_support import fonts_embedded, need_poppler, run, words
from villagedesk.reports.fonts import SANS
from villagedesk.reports.glyphs import (
    HANAMIN_B,
    PLACEHOLDER,
    PLACEHOLDER_FONT,
    ZENHEI,
    FontSet,
    fit_problem,
    markup,
    to_unicode_cmap,
)
from villagedesk.reports.ledger import LedgerDocument, write_ledger
from villagedesk.reports.ledger_kinds import LEDGERS

EXT_G = chr(0x30000)
"""𰀀, CJK Extension G: no bundled font has it."""


def test_rare_characters_get_a_font_or_are_reported() -> None:
    fonts = FontSet()  # the bundled fonts only, whatever this machine has
    for ch in "堃喆赟":
        assert fonts.font_for(ch) == SANS
    assert fonts.font_for("䶮") == ZENHEI  # CJK Extension A
    assert fonts.font_for("𠇔") == HANAMIN_B  # Extension B, bundled now
    assert fonts.font_for("𫟹") == HANAMIN_B  # Extension D
    assert fonts.font_for(EXT_G) is None
    problems = fonts.check([("张䶮", "张䶮"), ("刘𠇔", "刘𠇔 13905331234"), ("王" + EXT_G, EXT_G)])
    assert [(p.record, p.character, p.codepoint) for p in problems] == [
        ("王" + EXT_G, EXT_G, "U+30000")
    ]


def test_runs_switch_font_per_character_and_box_the_uncovered() -> None:
    fonts = FontSet()
    assert fonts.runs("王秀英") == [(SANS, "王秀英")]
    assert fonts.runs("张䶮𠇔" + EXT_G) == [
        (SANS, "张"),
        (ZENHEI, "䶮"),
        (HANAMIN_B, "𠇔"),
        (PLACEHOLDER_FONT, PLACEHOLDER),
    ]
    assert f'<font name="{ZENHEI}">䶮</font>' in markup("张䶮 <b>", fonts)
    assert "&lt;b&gt;" in markup("张䶮 <b>", fonts)


def test_a_missing_character_leaves_a_full_em_writing_box(tmp_path: Path) -> None:
    need_poppler()
    fonts = FontSet()
    assert fonts.string_width(EXT_G, 10) == 10.0  # Micro Hei's □ is only 6 wide
    columns = LEDGERS["members"].columns()
    row = ["王" + EXT_G + "明"] + [""] * (len(columns) - 1)
    pdf = tmp_path / "box.pdf"
    problems = write_ledger(pdf, LedgerDocument("花名册", "站", columns, [row]))
    assert [p.character for p in problems] == [EXT_G]
    word = next(w for w in words(pdf) if w.text == "王□")  # poppler splits at the font change
    assert abs((word.x1 - word.x0) - 2 * 8.5) < 0.2  # two full em at the body size


def test_extension_b_and_d_names_print_searchable_with_only_their_glyphs(tmp_path: Path) -> None:
    need_poppler()
    columns = LEDGERS["members"].columns()
    rows = [[name] + [""] * (len(columns) - 1) for name in ("刘𠇔", "黄𫟹")]
    pdf = tmp_path / "rare.pdf"
    assert write_ledger(pdf, LedgerDocument("花名册", "站", columns, rows)) == []
    text = run("pdftotext", pdf, "-")
    assert "刘𠇔" in text and "黄𫟹" in text  # drawn, and searched and copied as themselves
    assert any(HANAMIN_B in name for name, _emb in fonts_embedded(pdf))
    assert all(emb == "yes" for _name, emb in fonts_embedded(pdf))
    assert pdf.stat().st_size < 200 * 1024  # a subset: the font file is 30 MB


def test_to_unicode_writes_characters_beyond_the_bmp_as_utf16() -> None:
    cmap = to_unicode_cmap("F", [0x5218, 0x201D4])
    assert "<00> <5218>" in cmap and "<01> <D840DDD4>" in cmap


def test_a_fit_problem_reads_like_a_glyph_problem() -> None:
    problem = fit_problem("欧阳娜娜", "在版面内放不下：…")
    assert problem.is_fit and problem.codepoint == ""
    assert str(problem) == "欧阳娜娜: 在版面内放不下：…"
