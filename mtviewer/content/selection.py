"""The print selection: chosen quotes in print order and how to print them. No widgets.

Kept in the user's own data folder as JSON, by quote key (stable across rebuilds of the
content), written atomically. A damaged file is moved aside, never allowed to stop the app;
it is never the content database.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

FILENAME = "print-selection.json"
VERSION = 1
LAYOUTS = ("handout", "poster", "cards")
PAGE_SIZES = ("A4", "Letter")
MIN_STEP, MAX_STEP = -3, 6


@dataclass
class PrintOptions:
    """The choices a person makes for one print."""

    layout: str = "handout"
    page_size: str = "A4"
    landscape: bool = False
    font_step: int = 0
    """Steps of 10 % up (positive) or down (negative) from the layout's type sizes."""
    brochure_id: int | None = None
    """A brochure to name, with its address and a QR code, as a 'read more' line."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PrintOptions:
        """Options from stored settings; anything unknown or invalid keeps its default."""
        options = cls()
        if data.get("layout") in LAYOUTS:
            options.layout = data["layout"]
        if data.get("page_size") in PAGE_SIZES:
            options.page_size = data["page_size"]
        if isinstance(data.get("landscape"), bool):
            options.landscape = data["landscape"]
        step = data.get("font_step")
        if isinstance(step, int) and not isinstance(step, bool):
            options.font_step = max(MIN_STEP, min(MAX_STEP, step))
        brochure = data.get("brochure_id")
        if isinstance(brochure, int) and not isinstance(brochure, bool):
            options.brochure_id = brochure
        return options

    @property
    def scale(self) -> float:
        return 1.0 + 0.1 * self.font_step


@dataclass
class PrintSelection:
    """Quote keys in print order (each once) and the print options."""

    keys: list[str] = field(default_factory=list)
    options: PrintOptions = field(default_factory=PrintOptions)
    set_aside: Path | None = None
    """Where a damaged file was moved when this selection was loaded, if it was."""

    def __contains__(self, key: object) -> bool:
        return key in self.keys

    def __len__(self) -> int:
        return len(self.keys)

    def add(self, keys: Iterable[str]) -> list[str]:
        """Append the keys not chosen yet; the ones added."""
        added = [k for k in dict.fromkeys(keys) if k not in self.keys]
        self.keys.extend(added)
        return added

    def remove(self, keys: Iterable[str]) -> None:
        gone = set(keys)
        self.keys[:] = [k for k in self.keys if k not in gone]

    def move(self, row: int, to: int) -> bool:
        """Move the key at ``row`` to ``to``; False when either is out of range."""
        if not (0 <= row < len(self.keys) and 0 <= to < len(self.keys)) or row == to:
            return False
        self.keys.insert(to, self.keys.pop(row))
        return True

    def clear(self) -> None:
        self.keys.clear()


def load(folder: Path) -> PrintSelection:
    path = folder / FILENAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        keys = data["quotes"]
        options = data.get("options", {})
        if (data.get("version") != VERSION or not isinstance(keys, list)
                or not all(isinstance(k, str) for k in keys) or not isinstance(options, dict)):
            raise ValueError("unexpected content")
        return PrintSelection(list(dict.fromkeys(keys)), PrintOptions.from_dict(options))
    except FileNotFoundError:
        return PrintSelection()
    except (OSError, ValueError, KeyError, TypeError):
        aside = path.with_name(f"{path.stem}.damaged-{time.strftime('%Y%m%d-%H%M%S')}.json")
        try:
            os.replace(path, aside)
        except OSError:
            return PrintSelection()
        return PrintSelection(set_aside=aside)


def save(folder: Path, selection: PrintSelection) -> None:
    """Write the selection atomically: a temporary file, then a rename over the old one."""
    import tempfile

    folder.mkdir(parents=True, exist_ok=True)
    payload = json.dumps({"version": VERSION, "quotes": selection.keys,
                          "options": selection.options.to_dict()}, ensure_ascii=False, indent=1)
    fd, tmp = tempfile.mkstemp(prefix=".print-selection.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, folder / FILENAME)
    finally:
        Path(tmp).unlink(missing_ok=True)
