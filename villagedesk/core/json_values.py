"""Core values as JSON and back: what the dispute tables keep (a step's details, the risk
factors, the warning reasons) and the ISO text of times and days. The township's validators read
an incoming row's JSON with the same :func:`load`, so a value of the wrong type, an unknown enum
value or a missing field makes the row malformed (ValueError or TypeError).

One reading for every core dataclass of these fields: a dataclass is an object of its fields,
a tuple a list, a ``datetime`` its :func:`moment_text`, a ``date`` its ISO text, an enum its
value. Reading back follows the dataclass's annotations, so a value comes back as the same type
it was written as; a field the JSON lacks takes the dataclass's default.
"""

from __future__ import annotations

import json
import types
from collections.abc import Callable
from dataclasses import MISSING, fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import TypeVar, Union, get_args, get_origin, get_type_hints

T = TypeVar("T")
E = TypeVar("E", bound=Enum)
Reader = Callable[[object], object]
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def moment_text(moment: datetime) -> str:
    """A dispute time as stored: fixed width, so text order is time order."""
    return moment.isoformat(timespec="seconds")


def optional_moment_text(moment: datetime | None) -> str | None:
    return None if moment is None else moment_text(moment)


def read_moment(text: object) -> datetime | None:
    return datetime.fromisoformat(text) if isinstance(text, str) and text else None


def day_text(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def read_day(text: object) -> date | None:
    return date.fromisoformat(text) if isinstance(text, str) and text else None


def member(cls: type[E], value: object) -> E:
    """``cls(value)`` by a dictionary lookup first (Enum's own call is slow in a long ledger)."""
    found = cls._value2member_map_.get(value)
    return found if isinstance(found, cls) else cls(value)


def optional_member(cls: type[E], value: object) -> E | None:
    return None if value is None else member(cls, value)


def _plain(value: object) -> object:
    """``value`` as JSON-ready lists, dicts and scalars."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, datetime):
        return moment_text(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def dump(value: object) -> str:
    """The JSON text of a core value (a dataclass, or a tuple of them)."""
    return _ENCODER.encode(_plain(value))


def _identity(raw: object) -> object:
    return raw


def _scalar(kind: type) -> Reader:
    """A JSON scalar of exactly ``kind`` (a bool is not an int here)."""

    def read_scalar(raw: object) -> object:
        if type(raw) is not kind:
            raise TypeError(f"expected {kind.__name__}")
        return raw

    return read_scalar


def _tuple_reader(item: Reader) -> Reader:
    def read_tuple(raw: object) -> object:
        if not isinstance(raw, list):
            raise ValueError("expected a list")
        return tuple(item(v) for v in raw)

    return read_tuple


@cache
def _reader(hint: object) -> Reader:
    """How to read parsed JSON as the type ``hint`` names, worked out once per type."""
    origin = get_origin(hint)
    if origin is Union or origin is types.UnionType:
        inner = _reader(next(a for a in get_args(hint) if a is not type(None)))
        return lambda raw: None if raw is None else inner(raw)
    if origin is tuple:
        return _tuple_reader(_reader(get_args(hint)[0]))
    if hint is datetime:
        return read_moment
    if hint is date:
        return read_day
    if isinstance(hint, type) and issubclass(hint, Enum):
        enum_type: type[Enum] = hint
        return lambda raw: member(enum_type, raw)
    if isinstance(hint, type) and is_dataclass(hint):
        return _dataclass_reader(hint)
    if hint in (str, int, bool):
        return _scalar(hint)
    return _identity


def _dataclass_reader(cls: type) -> Reader:
    hints = get_type_hints(cls)
    names = {f.name for f in fields(cls)}
    plan = [
        (f.name, _reader(hints[f.name]), f.default is MISSING and f.default_factory is MISSING)
        for f in fields(cls)
    ]

    def read(raw: object) -> object:
        if not isinstance(raw, dict):
            raise ValueError(f"{cls.__name__}: expected an object")
        if not raw.keys() <= names:
            raise ValueError(f"{cls.__name__}: unknown fields")
        given: dict[str, object] = {}
        for name, reader, required in plan:
            if name in raw:
                given[name] = reader(raw[name])
            elif required:
                raise ValueError(f"{cls.__name__}: {name} is missing")
        return cls(**given)

    return read


def load(cls: type[T], text: str) -> T:
    """The ``cls`` value :func:`dump` wrote as ``text``."""
    hint: object = cls
    value = _reader(hint)(json.loads(text))
    if not isinstance(value, cls):
        raise ValueError(f"not a {cls.__name__}")
    return value


def load_all(cls: type[T], text: str) -> tuple[T, ...]:
    """The tuple of ``cls`` values :func:`dump` wrote as ``text``."""
    if not text or text == "[]":
        return ()
    raw: object = json.loads(text)
    if not isinstance(raw, list):
        raise ValueError("expected a list")
    hint: object = cls
    read = _reader(hint)
    return tuple(v for v in (read(item) for item in raw) if isinstance(v, cls))
