"""lupdate reads a message only where both the context and the text are written out: a call
like ``QCoreApplication.translate(CTX, "Export…")`` is never extracted, so the user would see
the English text. Variable texts (declared elsewhere with QT_TRANSLATE_NOOP) are fine."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "villagedesk"
VARIABLE_CONTEXT = re.compile(r"""QCoreApplication\.translate\(\s*[A-Za-z_][\w.]*\s*,\s*["']""")
#: A module's own wrapper (``_tr("Export…")``, ``say("Cli", "…")``) or an alias of the marker
#: (``N = QT_TRANSLATE_NOOP``) hides a literal message from lupdate just the same.
HIDDEN_LITERAL = re.compile(
    r"""(?<![\w.])(?:_tr\(|say\(\s*["'][^"']*["']\s*,)\s*["']|^\w+ = QT_TRANSLATE_NOOP$""",
    re.MULTILINE,
)


def test_every_literal_message_has_a_literal_context() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for match in [*VARIABLE_CONTEXT.finditer(text), *HIDDEN_LITERAL.finditer(text)]:
            line = text.count("\n", 0, match.start()) + 1
            found.append(f"{path.relative_to(PACKAGE.parent)}:{line}")
    assert found == []
