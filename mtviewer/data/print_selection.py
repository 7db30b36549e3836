"""The user's print selection: chosen quotes in order, kept in their own data folder.

Stored as JSON by quote key (stable across rebuilds of the content), written atomically.
A damaged file is moved aside, never allowed to stop the app; it is never the content
database.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FILENAME = "print-selection.json"
VERSION = 1


@dataclass
class StoredSelection:
    keys: list[str] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)
    set_aside: Path | None = None
    """Where a damaged file was moved, when it was."""


def load(folder: Path) -> StoredSelection:
    path = folder / FILENAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        keys = data["quotes"]
        options = data.get("options", {})
        if (data.get("version") != VERSION or not isinstance(keys, list)
                or not all(isinstance(k, str) for k in keys) or not isinstance(options, dict)):
            raise ValueError("unexpected content")
        return StoredSelection(list(dict.fromkeys(keys)), options)
    except FileNotFoundError:
        return StoredSelection()
    except (OSError, ValueError, KeyError, TypeError):
        aside = path.with_name(f"{path.stem}.damaged-{time.strftime('%Y%m%d-%H%M%S')}.json")
        try:
            os.replace(path, aside)
        except OSError:
            return StoredSelection()
        return StoredSelection(set_aside=aside)


def save(folder: Path, keys: list[str], options: dict[str, Any]) -> None:
    """Write the selection atomically: a temporary file, then a rename over the old one."""
    folder.mkdir(parents=True, exist_ok=True)
    payload = json.dumps({"version": VERSION, "quotes": keys, "options": options},
                         ensure_ascii=False, indent=1)
    fd, tmp = tempfile.mkstemp(prefix=".print-selection.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, folder / FILENAME)
    finally:
        Path(tmp).unlink(missing_ok=True)
