"""Installed editions: the user's own (in their data folder) and the system-wide ones an
administrator put there for every user; and which database the app opens by default.

A store is a folder ``editions/`` holding one folder per installed version (the database
and its signed entry, ``edition.json``) and ``state.json``, naming the edition in use and the
one before it (kept for roll-back). Only what passed every check is ever written here
(``install.py``); standard library only, so start-up can read it cheaply.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import paths
from .versions import VERSION, version_key

if TYPE_CHECKING:  # the feed's parsing is loaded when an entry is first read in full
    from .feed import Entry

DATABASE, ENTRY, STATE = "mtviewer.sqlite", "edition.json", "state.json"
SHIPPED = "shipped"
"""The version name of the edition that ships with the app, for ``edition use``."""


@dataclass(frozen=True)
class Installed:
    described: dict[str, Any]
    """The signed entry as installed (``edition.json``), checked at install."""
    database: Path
    current: bool
    previous: bool

    @property
    def entry(self) -> Entry:
        from .feed import entry_from

        return entry_from(self.described)


class Store:
    def __init__(self, root: Path):
        self.root = root

    @classmethod
    def user(cls) -> Store:
        return cls(paths.user_data_dir() / "editions")

    @classmethod
    def system(cls) -> Store:
        return cls(paths.system_data_dir() / "editions")

    def state(self) -> dict[str, str | None]:
        try:
            data = json.loads((self.root / STATE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        if not isinstance(data, dict):
            data = {}
        return {key: data.get(key) if isinstance(data.get(key), str) else None
                for key in ("current", "previous")}

    def state_bytes(self, current: str | None, previous: str | None) -> bytes:
        return (json.dumps({"current": current, "previous": previous}, indent=2)
                + "\n").encode("utf-8")

    def folder(self, version: str) -> Path:
        return self.root / version

    def read(self, version: str) -> Installed | None:
        """The installed edition ``version``, when it is complete: its entry reads and its
        database has the size that was signed."""
        if not VERSION.fullmatch(version):
            return None
        folder = self.folder(version)
        try:
            described = json.loads((folder / ENTRY).read_text(encoding="utf-8"))
            complete = (isinstance(described, dict) and described.get("version") == version
                        and (folder / DATABASE).stat().st_size == described.get("size"))
        except (OSError, ValueError, RecursionError):
            return None
        if not complete:
            return None
        state = self.state()
        return Installed(described, folder / DATABASE, state["current"] == version,
                         state["previous"] == version)

    def installed(self) -> list[Installed]:
        """Every complete installed edition, newest first."""
        try:
            folders = [p.name for p in self.root.iterdir() if p.is_dir()]
        except OSError:
            return []
        found = [e for e in map(self.read, folders) if e is not None]
        return sorted(found, key=lambda e: version_key(e.described["version"]), reverse=True)

    def current(self) -> Installed | None:
        version = self.state()["current"]
        return self.read(version) if version else None

    def owns(self, path: Path) -> Installed | None:
        """The installed edition whose database ``path`` is, if any."""
        try:
            resolved = path.resolve()
            if resolved.parent.parent != self.root.resolve():
                return None
        except OSError:
            return None
        found = self.read(resolved.parent.name)
        return found if found is not None and found.database.resolve() == resolved else None


def default_database() -> Path:
    """What the app opens without ``--db``: the user's chosen edition, else the one an
    administrator installed for everyone, else the one shipped with the app."""
    for store in (Store.user(), Store.system()):
        chosen = store.current()
        if chosen is not None:
            return chosen.database
    return paths.default_database()


def provenance(path: Path) -> tuple[str, Installed | None]:
    """Where a database comes from: ("installed", the edition) for a verified edition,
    ("shipped", None) for the app's own, ("unverified", None) for any other file."""
    for store in (Store.user(), Store.system()):
        found = store.owns(path)
        if found is not None:
            return "installed", found
    try:
        if path.resolve() == paths.default_database().resolve():
            return SHIPPED, None
    except OSError:
        pass
    return "unverified", None
