"""User-facing text in core, kept Qt-free.

Core never translates. It marks its English source strings with ``QT_TRANSLATE_NOOP`` (so that
``pyside6-lupdate`` collects them into the .ts file) and hands out :class:`Message` values carrying
the context, the source text and its parameters. The edge (GUI, CLI) translates and formats them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation under ``context`` (lupdate looks for this exact name)."""
    del context
    return text


def tidy(text: str) -> str:
    """One line, spaces tidied (what every form does to a typed name or place)."""
    return " ".join(text.split())


def _identity(context: str, text: str) -> str:
    del context
    return text


@dataclass(frozen=True)
class Message:
    """A translatable message: source text with ``{name}`` placeholders and their values."""

    context: str
    text: str
    params: Mapping[str, object] = field(default_factory=dict)

    def render(self, translate: Translate = _identity) -> str:
        """Translate the text, then fill in the parameters (a Message parameter is rendered too)."""
        template = translate(self.context, self.text)
        if not self.params:
            return template
        params = {
            k: v.render(translate) if isinstance(v, Message) else v for k, v in self.params.items()
        }
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template

    def __str__(self) -> str:
        return self.render()


def msg(context: str, text: str, /, **params: object) -> Message:
    """Build a :class:`Message`. ``text`` must already be marked with QT_TRANSLATE_NOOP."""
    return Message(context, text, params)
