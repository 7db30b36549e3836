"""Every setting the app remembers, declared once: its key, type, default and bounds.

After MusicBrainz Picard's ``options.py``: features read and write ``settings[OPTION]``
(``settings.get(OPTION, kind="quote")`` for a per-kind one) instead of raw QSettings keys.
A settings file can hold anything: a value of the wrong type, out of its bounds or too
large reads as the default, with a line in the log, and is never handed on. Saved window
and header states are checked again against the screen where they are restored.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

from .i18n import LANGUAGES

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    """``section/name``; may hold ``{kind}`` (``tabs/{kind}/splitter``)."""
    default: T
    type: type
    """bool, int, str, QByteArray (a saved state) or list (of text)."""
    bounds: tuple[int, int] | None = None
    """Whole numbers: the lowest and highest; text, states and lists: the length, size or
    number of items allowed."""
    choices: tuple[Any, ...] | None = None

    def read(self, raw: Any, key: str) -> T:
        """The stored ``raw`` value as this option's type, or the default when it is not one."""
        if raw is None:
            return self.default
        value = self._convert(raw)
        if value is None:
            log.warning("setting %s: ignored %.80r, not a usable %s; using the default",
                        key, raw, self.type.__name__)
            return self.default
        if isinstance(value, _Partly):
            log.warning("setting %s: kept %d of its items; the others were not usable",
                        key, len(value.kept))
            return cast(T, value.kept)
        return cast(T, value)

    def _convert(self, raw: Any) -> Any:
        low, high = self.bounds or (0, 1 << 62)
        if self.type is bool:
            return {True: True, False: False, "true": True, "false": False}.get(raw) \
                if isinstance(raw, bool | str) else None
        if self.type is int:
            try:
                number = int(raw)
            except (TypeError, ValueError, OverflowError):
                return None
            return number if low <= number <= high else None
        if self.type is str:
            ok = isinstance(raw, str) and len(raw) <= high and "\0" not in raw
            return raw if ok and (self.choices is None or raw in self.choices) else None
        if self.type is QByteArray:
            return raw if isinstance(raw, QByteArray) and 0 < raw.size() <= high else None
        if self.type is list:
            items = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else None
            if items is None:
                return None
            kept = [i for i in items[:high] if isinstance(i, str) and 0 < len(i) <= 4096
                    and "\0" not in i]
            return kept if len(kept) == len(items) else _Partly(kept)
        raise TypeError(self.type)


@dataclass(frozen=True)
class _Partly:
    """A list of which only some items could be used."""

    kept: list[str]


LANGUAGE = Option("view/language", "", str, (0, 8), ("", *LANGUAGES))
"""The interface language chosen in View → Language ("": the system's)."""
ZOOM = Option("view/zoom", 100, int, (50, 300))
COLOURS = Option("view/colours", "system", str, (0, 16), ("system", "light", "dark", "contrast"))
WINDOW_GEOMETRY = Option("window/geometry", QByteArray(), QByteArray, (0, 256))
WINDOW_STATE = Option("window/state", QByteArray(), QByteArray, (0, 4096))
"""Toolbars' and the print panel's places."""
CURRENT_TAB = Option("window/tab", "", str, (0, 40))
TAB_SPLITTER = Option("tabs/{kind}/splitter", QByteArray(), QByteArray, (0, 256))
TAB_HEADER = Option("tabs/{kind}/header", QByteArray(), QByteArray, (0, 1024))
TAB_READING = Option("tabs/{kind}/reading", False, bool)
"""The list shows its reading view (a row per record, its text whole)."""
PANEL_VISIBLE = Option("print-panel/visible", False, bool)
PANEL_AREA = Option("print-panel/area", 2, int, (1, 8))
"""Qt.DockWidgetArea: 1 left, 2 right, 8 bottom."""
PANEL_FLOATING = Option("print-panel/floating", False, bool)
PANEL_GEOMETRY = Option("print-panel/geometry", QByteArray(), QByteArray, (0, 256))
PANEL_SIZE = Option("print-panel/size", 0, int, (0, 20_000))
RECENT: Option[list[str]] = Option("recent/databases", [], list, (0, 8))
SAVE_FOLDER = Option("save/{kind}-folder", "", str, (0, 4096))
"""Where the last file of a kind ("pdf", "ics") was saved: the next one is offered there."""
FEED = Option("editions/feed", "", str, (0, 2048))
"""Where Check for new content looks (a web address or a folder)."""


class Settings:
    """Typed access to a QSettings store through the options above."""

    def __init__(self, store: QSettings):
        self.store = store

    def get(self, option: Option[T], **where: str) -> T:
        key = option.key.format(**where)
        return option.read(self.store.value(key), key)

    def __getitem__(self, option: Option[T]) -> T:
        return self.get(option)

    def set(self, option: Option[T], value: T, **where: str) -> None:
        self.store.setValue(option.key.format(**where), value)

    def __setitem__(self, option: Option[T], value: T) -> None:
        self.set(option, value)

    def remove(self, option: Option[Any], **where: str) -> None:
        self.store.remove(option.key.format(**where))

    def sync(self) -> None:
        self.store.sync()
