"""The print selection: chosen quotes in print order and how to print them (``layouts``'
``PrintOptions``). No widgets, no Qt.

Kept in the user's own data folder as JSON, by quote key (stable across rebuilds of the
content), written whole or not at all, and merged with what another window or process saved
meanwhile. Keys the open database lacks stay in the file. A damaged file is moved aside,
never allowed to stop the app; it is never the content database.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from .layouts import PrintOptions

FILENAME = "print-selection.json"
VERSION = 1


@dataclass
class PrintSelection:
    """Quote keys in print order (each once) and the print options."""

    keys: list[str] = field(default_factory=list)
    options: PrintOptions = field(default_factory=PrintOptions)
    set_aside: Path | None = None
    """Where a damaged file was moved when this selection was loaded, if it was."""
    base: list[str] = field(default_factory=list)
    """The keys as last read from or written to the file: what this window changed since
    is what it merges into the file when it saves."""

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

    def merged_with(self, on_disk: list[str]) -> list[str]:
        """This selection's changes applied to what another window saved meanwhile: quotes
        it added and removed stay added and removed; its order holds for the quotes it has."""
        added = set(self.keys) - set(self.base)
        removed = set(self.base) - set(self.keys)
        disk = set(on_disk)
        kept = [k for k in self.keys if k in disk or k in added]
        return kept + [k for k in on_disk if k not in removed and k not in set(kept)]


def usable(folder: Path) -> bool:
    """Whether the selection can be kept in ``folder`` (it can be made and written to, and
    it is not, through a link, the root of a file system or the home folder)."""
    from ..paths import data_folder_problem

    if data_folder_problem(folder) is not None:
        return False
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
        return True
    except OSError:
        return False


def _read(path: Path) -> tuple[list[str], dict[str, Any]]:
    """The keys and options in the file; ValueError when it is not a selection file (a pipe
    or a device is never opened: NotRegularError)."""
    from ..files import read_regular

    data = json.loads(read_regular(path).decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError("not a selection")
    keys, options = data.get("quotes"), data.get("options", {})
    if (data.get("version") != VERSION or not isinstance(keys, list)
            or not all(isinstance(k, str) for k in keys) or not isinstance(options, dict)):
        raise ValueError("unexpected content")
    return list(dict.fromkeys(keys)), options


def load(folder: Path) -> PrintSelection:
    path = folder / FILENAME
    try:
        keys, options = _read(path)
        return PrintSelection(keys, PrintOptions.from_dict(options), base=list(keys))
    except FileNotFoundError:
        return PrintSelection()
    except OSError as exc:
        from ..files import NotRegularError

        if isinstance(exc, NotRegularError):  # not ours to move: saving will say why
            return PrintSelection()
        return _set_aside(path)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return _set_aside(path)


def _set_aside(path: Path) -> PrintSelection:
    """Move a damaged selection file aside, never letting it stop the app."""
    aside = path.with_name(f"{path.stem}.damaged-{time.strftime('%Y%m%d-%H%M%S')}.json")
    try:
        os.replace(path, aside)
    except OSError:
        return PrintSelection()
    return PrintSelection(set_aside=aside)


def save(folder: Path, selection: PrintSelection) -> None:
    """Merge the selection into its file (another window may have saved meanwhile) and write
    it whole or not at all; ``selection`` then holds what the file holds. SaveError says why
    it could not be saved."""
    from ..files import SaveError, write_bytes

    path = folder / FILENAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SaveError(path, "permission" if isinstance(exc, PermissionError)
                        else "not-a-folder", str(exc)) from exc
    with _FolderLock(folder):
        try:
            on_disk, _ = _read(path)
        except (OSError, ValueError, RecursionError):
            on_disk = list(selection.base)
        selection.keys[:] = selection.merged_with(on_disk)
        payload = json.dumps({"version": VERSION, "quotes": selection.keys,
                              "options": selection.options.to_dict()},
                             ensure_ascii=False, indent=1)
        write_bytes(path, payload.encode("utf-8"))
        selection.base = list(selection.keys)


class _FolderLock:
    """Hold a lock on the selection's folder while reading, merging and writing (two
    processes saving at once take turns; where no lock can be had, saving goes on)."""

    def __init__(self, folder: Path):
        self.path = folder / ".print-selection.lock"
        self.handle: BinaryIO | None = None

    def __enter__(self) -> _FolderLock:
        try:
            self.handle = self.path.open("a+b")
            _lock(self.handle, True)
        except OSError:
            self.handle = None
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.handle is not None:
            try:
                _lock(self.handle, False)
            finally:
                self.handle.close()


def _lock(handle: BinaryIO, on: bool) -> None:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(),  # type: ignore[attr-defined,unused-ignore]
                       msvcrt.LK_LOCK if on else msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined,unused-ignore]
        return
    fcntl.flock(handle.fileno(), fcntl.LOCK_EX if on else fcntl.LOCK_UN)
