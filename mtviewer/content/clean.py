"""Values read from a content database are untrusted: one conversion for all of them.

A text column may hold NULL, a BLOB, a number or bytes that are not UTF-8 (the connection
decodes text with replacement characters, so reading never fails); a number column may hold
text. Every value the read side hands on goes through ``coerce``, which gives each field the
type its record declares and notes when it had to repair one, so the record can say it is
damaged. Content built by ``mtviewer build-db`` never needs repair: the build refuses U+FFFD.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")
REPLACEMENT = "\ufffd"
INT64 = (-(1 << 63), (1 << 63) - 1)


class Damage:
    """Collects whether any value read for one record had to be repaired."""

    def __init__(self) -> None:
        self.found = False


def decode(raw: bytes) -> str:
    """The connection's text factory: UTF-8, with replacement characters for bad bytes."""
    return raw.decode("utf-8", "replace")


def text(value: Any, damage: Damage, required: bool = True) -> str | None:
    """A text field: None stays None where the field is optional, else becomes ""."""
    if isinstance(value, str):
        if REPLACEMENT in value:
            damage.found = True
        return value
    if value is None:
        if required:
            damage.found = True
            return ""
        return None
    damage.found = True
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode("utf-8", "replace")
    return str(value)


def number(value: Any, damage: Damage) -> int | None:
    """A whole-number field; anything else is read as unknown (None)."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and INT64[0] <= value <= INT64[1]:
        return value
    damage.found = True
    return None


def flag(value: Any, damage: Damage) -> bool:
    if value in (0, 1, None):
        return bool(value)
    damage.found = True
    return True


@cache
def _converters(cls: type) -> tuple[tuple[str, Any], ...]:
    """How to read each field of the dataclass ``cls``, from its annotations."""
    result = []
    for field in dataclasses.fields(cls):
        kind = str(field.type).replace(" ", "")
        if kind == "str":
            result.append((field.name, lambda v, d: text(v, d)))
        elif kind == "str|None":
            result.append((field.name, lambda v, d: text(v, d, required=False)))
        elif kind in ("int", "int|None"):
            result.append((field.name, number))
        elif kind == "bool":
            result.append((field.name, flag))
        else:
            result.append((field.name, None))  # built by the reader itself (related lists)
    return tuple(result)


def coerce(cls: type[T], values: Sequence[Any], damage: Damage, **built: Any) -> T:
    """An instance of the dataclass ``cls`` from raw ``values`` in field order, each read by
    its declared type; ``built`` gives fields the caller made itself."""
    kwargs = dict(built)
    for (name, convert), value in zip(_converters(cls), values, strict=False):
        if name in kwargs:
            continue
        kwargs[name] = convert(value, damage) if convert is not None else value
    if "damaged" in {f.name for f in dataclasses.fields(cls)}:
        kwargs["damaged"] = damage.found
    return cls(**kwargs)
