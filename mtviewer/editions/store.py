"""Installed editions: the user's own (in their data folder) and those an administrator
installed for every user; which one the app opens.

A store is a folder ``editions/`` holding one folder per installed version and
``state.json`` (the edition in use and the one before it). A version folder holds exactly
what the store wrote there: the database, ``edition.json`` (which target of which trusted
publisher it is) and ``targets.json`` (the publisher's signed edition list it was installed
from). Its rules:

- It never deletes what it did not create: clean-up removes only a real folder (never a
  symlink) directly inside the store, named like a version or an unfinished install, that
  holds nothing but those files; anything else there is left alone, wherever the store's
  own folder lives (IT may have made it a symlink to a bigger disk).
- One installation at a time: ``locked()`` holds ``editions/.lock`` for the whole install;
  a second one is refused with a message.
- An install is written into a new ``.incoming-*`` folder, which is renamed into place
  only when complete and checked; ``state.json`` is replaced last, and that is the moment
  the new edition takes over.

Standard library only, so start-up can read it cheaply.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import paths
from .errors import EditionError
from .safeio import is_plain_folder, load_json, read_regular
from .versions import VERSION, version_key

DATABASE, ENTRY, SIGNED, STATE, LOCK = (
    "mtviewer.sqlite", "edition.json", "targets.json", "state.json", ".lock")
OWN_FILES = frozenset({DATABASE, ENTRY, SIGNED})
INCOMING, ASIDE = ".incoming-", ".replaced-"
MAX_STATE = 64 * 1024
MAX_ENTRY = 256 * 1024
SHIPPED = "shipped"
"""The version name of the edition that ships with the app, for ``edition use``."""


@dataclass(frozen=True)
class Installed:
    version: str
    described: dict[str, Any]
    """``edition.json`` as found: not trusted until ``verify`` checked the edition."""
    folder: Path
    store: Store
    current: bool
    previous: bool

    @property
    def database(self) -> Path:
        return self.folder / DATABASE

    def field(self, name: str) -> str:
        """A field of the publisher's description, as text (empty when missing)."""
        custom = self.described.get("custom")
        value = custom.get(name) if isinstance(custom, dict) else None
        return value if isinstance(value, str) else ""


class Store:
    def __init__(self, root: Path, trust: Path, scope: str):
        self.root = root
        self.trust = trust
        """Where python-tuf keeps the checked metadata of each trusted publisher."""
        self.scope = scope
        """"user" or "system"."""
        self._lock_fd: int | None = None

    @classmethod
    def user(cls) -> Store:
        base = paths.user_data_dir()
        return cls(base / "editions", base / "edition-trust", "user")

    @classmethod
    def system(cls) -> Store:
        base = paths.system_data_dir()
        return cls(base / "editions", base / "edition-trust", "system")

    def trust_dir(self, anchor_id: str) -> Path:
        return self.trust / anchor_id

    # Reading

    def state(self) -> dict[str, str | None]:
        """The edition in use and the one before it; an unreadable, special, huge or
        deeply nested ``state.json`` reads as none (the shipped edition shows)."""
        try:
            data = load_json(read_regular(self.root / STATE, MAX_STATE, "state file"), STATE)
        except EditionError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        return {key: data[key] if isinstance(data.get(key), str)
                and VERSION.fullmatch(data[key]) else None for key in ("current", "previous")}

    def read(self, version: str) -> Installed | None:
        """The installed edition ``version``, when its folder is one the store made and is
        complete (its bytes are checked by ``verify``)."""
        if not VERSION.fullmatch(version):
            return None
        folder = self.root / version
        if not is_plain_folder(folder):
            return None
        try:
            described = load_json(read_regular(folder / ENTRY, MAX_ENTRY, "edition file"),
                                  ENTRY)
            size = os.lstat(folder / DATABASE)
        except (EditionError, OSError):
            return None
        if not (isinstance(described, dict) and stat.S_ISREG(size.st_mode)
                and described.get("length") == size.st_size):
            return None
        state = self.state()
        return Installed(version, described, folder, self, state["current"] == version,
                         state["previous"] == version)

    def installed(self) -> list[Installed]:
        """Every complete installed edition, newest first."""
        try:
            names = os.listdir(self.root)
        except OSError:
            return []
        found = [e for e in map(self.read, filter(VERSION.fullmatch, names)) if e is not None]
        return sorted(found, key=lambda e: version_key(e.version), reverse=True)

    def current(self) -> Installed | None:
        version = self.state()["current"]
        return self.read(version) if version else None

    def owns(self, path: Path) -> Installed | None:
        """The installed edition whose database ``path`` is, if any."""
        try:
            folder = os.path.realpath(path.parent)
            if os.path.realpath(os.path.dirname(folder)) != os.path.realpath(self.root):
                return None
        except (OSError, ValueError):
            return None
        found = self.read(os.path.basename(folder))
        if found is None or path.name != DATABASE:
            return None
        return found

    # Changing: only under the lock

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the store's lock; EditionError("busy") when another install holds it."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.root / LOCK, os.O_RDWR | os.O_CREAT
                         | getattr(os, "O_NOFOLLOW", 0), 0o644)
        except OSError as exc:
            raise EditionError("disk", f"the editions folder {self.root} cannot be written: "
                               f"{exc.strerror or exc}") from exc
        try:
            if not _try_lock(fd):
                raise EditionError("busy", "another installation of a content edition into "
                                   f"{self.root} is running; try again when it has finished")
            self._lock_fd = fd
            try:
                yield
            finally:
                self._lock_fd = None
                _unlock(fd)
        finally:
            os.close(fd)

    def add(self, version: str, fill: Callable[[Path], None], entry: dict,
            signed: bytes) -> Path:
        """Install ``version``: ``fill`` writes and checks the database at the path it is
        given, inside a new folder of the store's own; that folder becomes the version's
        and the edition the one in use. Under ``locked()``."""
        assert self._lock_fd is not None, "add() needs the store's lock"
        self.tidy(keep=set(self.state().values()))
        place = self.root / version
        aside = self._make_way(place)
        try:
            incoming = Path(tempfile.mkdtemp(prefix=INCOMING, dir=self.root))
        except OSError as exc:
            raise EditionError("disk", f"the edition could not be written to {self.root}: "
                               f"{exc.strerror or exc}") from exc
        committed = False
        try:
            fill(incoming / DATABASE)
            _write(incoming / ENTRY, (json.dumps(entry, indent=2, ensure_ascii=False)
                                      + "\n").encode("utf-8"))
            _write(incoming / SIGNED, signed)
            os.chmod(incoming, 0o755)
            os.rename(incoming, place)
            state = self.state()
            previous = state["current"] if state["current"] != version else state["previous"]
            _write_replacing(self.root / STATE, self.state_bytes(version, previous))
            committed = True
        except OSError as exc:
            raise EditionError("disk", f"the edition could not be written to {self.root}: "
                               f"{_reason(exc)}") from exc
        finally:
            if not committed:
                if is_plain_folder(place) and not os.path.lexists(incoming):
                    self._remove_own(place)  # renamed, but the state could not follow
                if aside is not None:
                    try:
                        os.rename(aside, place)
                    except OSError:
                        pass
            for left in (incoming, aside):
                if left is not None:
                    self._remove_own(left)
        self.tidy(keep={version, previous})
        return place / DATABASE

    def _make_way(self, place: Path) -> Path | None:
        """Move an earlier install of the same version aside (it is the store's own);
        refuse anything else in the way."""
        if not os.path.lexists(place):
            return None
        if not self._is_own(place):
            raise EditionError("in-the-way", f"{place} is in the way and was not made by "
                               "mtviewer (or holds other files): it is left as it is; move "
                               "it away to install this edition")
        aside = Path(tempfile.mkdtemp(prefix=ASIDE, dir=self.root))
        os.rmdir(aside)
        os.rename(place, aside)
        return aside

    def use(self, version: str | None) -> None:
        """Make ``version`` (None: the shipped one) the edition in use. Under ``locked()``."""
        assert self._lock_fd is not None, "use() needs the store's lock"
        state = self.state()
        previous = state["current"] if state["current"] != version else state["previous"]
        try:
            _write_replacing(self.root / STATE, self.state_bytes(version, previous))
        except OSError as exc:
            raise EditionError("disk", f"{self.root}: {_reason(exc)}") from exc

    def state_bytes(self, current: str | None, previous: str | None) -> bytes:
        return (json.dumps({"current": current, "previous": previous}, indent=2)
                + "\n").encode("utf-8")

    # Clean-up of its own folders, and only those

    def tidy(self, keep: set[str | None]) -> None:
        """Remove editions other than ``keep``, and what an interrupted install left."""
        try:
            names = os.listdir(self.root)
        except OSError:
            return
        for name in sorted(names):
            ours = VERSION.fullmatch(name) or name.startswith((INCOMING, ASIDE))
            if ours and name not in keep:
                self._remove_own(self.root / name)

    def _is_own(self, folder: Path) -> bool:
        """A real folder holding only files the store writes (and its temporary files)."""
        if not is_plain_folder(folder):
            return False
        try:
            with os.scandir(folder) as entries:
                return all(e.is_file(follow_symlinks=False)
                           and (e.name in OWN_FILES or _temporary(e.name)) for e in entries)
        except OSError:
            return False

    def _remove_own(self, folder: Path) -> None:
        """Delete ``folder`` if it is the store's own; never follow a symlink, never touch
        a file the store does not write."""
        if not self._is_own(folder):
            return
        try:
            for name in os.listdir(folder):
                os.unlink(folder / name)
            os.rmdir(folder)
        except OSError:
            pass


def _temporary(name: str) -> bool:
    """A temporary file ``files.replace_atomically`` writes beside one of the store's."""
    return name.startswith(".") and name.endswith(".tmp") and any(
        name.startswith(f".{own}.") for own in OWN_FILES)


def _write(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0),
                 0o644)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _write_replacing(path: Path, data: bytes) -> None:
    """Replace ``path`` atomically (a symlink in its place is replaced, not followed)."""
    from .. import files

    try:
        files.write_bytes(path, data)
    except files.SaveError as exc:
        raise OSError(exc.reason) from exc


def _reason(exc: OSError) -> str:
    import errno

    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return "the disk is full"
    return exc.strerror or str(exc)


def _try_lock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    try:
        import fcntl
    except ImportError:
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined,unused-ignore]
        except OSError:
            pass
        return
    fcntl.flock(fd, fcntl.LOCK_UN)

