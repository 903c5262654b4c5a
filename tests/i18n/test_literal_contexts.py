"""lupdate reads a message only where both the context and the text are written out: a call
like ``QCoreApplication.translate(CTX, "Export…")`` is never extracted, so the user would see
the English text. Variable texts (declared elsewhere with QT_TRANSLATE_NOOP) are fine."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "villagedesk"
VARIABLE_CONTEXT = re.compile(r"""QCoreApplication\.translate\(\s*[A-Za-z_][\w.]*\s*,\s*["']""")


def test_every_literal_message_has_a_literal_context() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for match in VARIABLE_CONTEXT.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            found.append(f"{path.relative_to(PACKAGE.parent)}:{line}")
    assert found == []
