"""Values read from a content database are untrusted: one conversion for all of them.

A text column may hold NULL, a BLOB, a number or bytes that are not UTF-8 (the connection
decodes text with replacement characters, so reading never fails); a number column may hold
text. Every value the read side hands on goes through ``coerce``, which reads each column by
its name, gives each field the type its record declares and notes when it had to repair one,
so the record can say it is damaged. Content built by ``mtviewer build-db`` never needs
repair: the build refuses U+FFFD.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, TypeVar, cast, get_type_hints

T = TypeVar("T")
Row = sqlite3.Row | Mapping[str, Any]
"""A row read by column name: SQLite's own, or a dict."""
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


Reader = Callable[[Any, Damage], Any]
_READERS: dict[object, Reader] = {
    str: text, str | None: lambda v, d: text(v, d, required=False),
    int: number, int | None: number, bool: flag,
}


@cache
def _fields(cls: type) -> tuple[tuple[str, Reader | None, bool], ...]:
    """Each field of the record type ``cls`` (a dataclass or a named tuple): its name, how a
    stored value is read for it (from its real type, not its annotation's text), and whether
    it has a default. Fields of other types (related records) are built by the caller."""
    hints = get_type_hints(cls)
    if dataclasses.is_dataclass(cls):
        names = [(f.name, f.default is not dataclasses.MISSING
                  or f.default_factory is not dataclasses.MISSING)
                 for f in dataclasses.fields(cls)]
    else:  # a NamedTuple
        defaults = getattr(cls, "_field_defaults", {})
        names = [(name, name in defaults) for name in cls._fields]  # type: ignore[attr-defined]
    return tuple((name, _READERS.get(hints[name]), has_default) for name, has_default in names)


def coerce(cls: type[T], row: Row, damage: Damage, *,
           followed: tuple[str, ...] = (), **built: Any) -> T:
    """A ``cls`` from a row read by column name (``sqlite3.Row`` or a dict), each value read by
    its field's declared type; ``built`` gives the fields the caller made itself, from the
    row's link columns named in ``followed``.

    A column the row lacks (for a field without a default), or one no field reads, is a
    mistake in the query: it raises ``KeyError`` rather than shifting values into the wrong
    fields."""
    values = dict(built)
    columns = set(row.keys()) - set(followed)
    fields = _fields(cast(type, cls))
    for name, read, has_default in fields:
        if name in values or name == "damaged":
            continue
        if read is None or name not in columns:
            if not has_default:
                raise KeyError(f"{cls.__name__}.{name} is neither read nor given")
            continue
        values[name] = read(row[name], damage)
        columns.discard(name)
    if columns:
        raise KeyError(f"{cls.__name__} has no field for the column(s) {sorted(columns)}")
    if "damaged" in {name for name, _, _ in fields}:
        values["damaged"] = damage.found
    return cls(**values)
