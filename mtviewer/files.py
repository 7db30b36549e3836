"""Writing the user's files safely: the old file is replaced only by a complete new one.

The new file is written beside the target under a temporary name, flushed to the disk and
checked, then renamed over the target; on any failure (a full disk, no permission, a bad
path) the temporary file is removed, the target is untouched, and ``SaveError`` says why in
a sentence. New files get the user's usual permissions (0644 under umask 022), not the
0600 of a temporary file.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

REASONS = {
    "full": "the disk is full",
    "permission": "there is no permission to write there",
    "too-long": "the name is too long",
    "no-name": "no file name was given",
    "folder": "it is a folder",
    "missing-folder": "its folder does not exist",
    "not-a-folder": "what should be its folder is not a folder",
    "special": "it is not a regular file",
    "incomplete": "the file could not be written completely",
}
"""Why a file could not be written, by code (the window says these in its language)."""


class SaveError(Exception):
    """A file could not be written; ``code`` (a key of REASONS, or "other") and ``reason``
    say why."""

    def __init__(self, path: Path, code: str, detail: str = ""):
        self.path, self.code = path, code
        self.reason = REASONS.get(code) or detail or "it could not be written"
        super().__init__(f"cannot write {path}: {self.reason}")


def _error(path: Path, exc: OSError, folder_exists: bool = False) -> SaveError:
    codes = {errno.ENOSPC: "full", errno.EDQUOT: "full", errno.EACCES: "permission",
             errno.EPERM: "permission", errno.EROFS: "permission",
             errno.ENAMETOOLONG: "too-long", errno.EISDIR: "folder",
             errno.ENOENT: "missing-folder", errno.ENOTDIR: "not-a-folder"}
    if folder_exists and exc.errno == errno.ENOENT:  # a folder no file can be made in (/proc)
        return SaveError(path, "permission", exc.strerror or str(exc))
    return SaveError(path, codes.get(exc.errno or 0, "other"), exc.strerror or str(exc))


def check_target(path: Path) -> None:
    """Refuse, before any work, a target that cannot become a file."""
    if not str(path).strip() or not path.name:
        raise SaveError(path, "no-name")
    try:
        if path.is_dir():
            raise SaveError(path, "folder")
        parent = path.parent
        if not parent.exists():
            raise SaveError(path, "missing-folder")
        if not parent.is_dir():
            raise SaveError(path, "not-a-folder")
        if path.exists() and not path.is_file():
            raise SaveError(path, "special")
    except OSError as exc:  # a name too long to even look at, a folder that cannot be read
        raise _error(path, exc) from exc
    try:  # can a file be made there at all? (root may "access" /proc, and fail to write)
        fd, probe = tempfile.mkstemp(prefix=".mtviewer-probe.", dir=parent)
        with temporary(Path(probe)):  # a signal meanwhile removes it too
            os.close(fd)
            os.unlink(probe)
    except OSError as exc:
        raise _error(path, exc, folder_exists=True) from exc


_LIVE: dict[Path, None] = {}
"""Temporary files and folders that exist right now, removed if a signal ends the process."""


def track(path: Path) -> None:
    """Put ``path`` on the list a terminating signal removes (``untrack`` takes it off)."""
    _LIVE[path] = None


def untrack(path: Path) -> None:
    _LIVE.pop(path, None)


@contextmanager
def temporary(*paths: Path) -> Iterator[None]:
    """Keep ``paths`` on the list a terminating signal removes, while the block runs."""
    for path in paths:
        track(path)
    try:
        yield
    finally:
        for path in paths:
            untrack(path)


def remove_temporaries() -> None:
    """Remove every temporary file and folder made so far and not yet removed."""
    import shutil

    for path in list(_LIVE):
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
        except OSError:
            pass
        _LIVE.pop(path, None)


def remove_temporaries_on_signals() -> None:
    """On SIGTERM, SIGINT or SIGHUP: remove the temporary files, then end as the signal
    would have (its default action, so the exit status still says which signal)."""
    import signal

    def handler(number, _frame) -> None:
        remove_temporaries()
        signal.signal(number, signal.SIG_DFL)
        os.kill(os.getpid(), number)

    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), handler)


def special_file(path: Path) -> str | None:
    """What ``path`` is when it exists but is not a regular file or a folder ("a pipe",
    "a device", "a socket"), following links; None otherwise (also when it cannot be
    looked up: opening it will say why)."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return None


class NotRegularError(OSError):
    """A user file that is a pipe, device, socket or folder: never opened, never waited on."""


def read_regular(path: Path, limit: int = 16 << 20) -> bytes:
    """The bytes of the user's own file ``path`` (a setting, the print selection), refusing
    before opening anything that is not a regular file, and files over ``limit`` bytes;
    FileNotFoundError when it is not there, NotRegularError or another OSError otherwise."""
    status = os.stat(path)
    if not stat.S_ISREG(status.st_mode):
        raise NotRegularError(errno.EINVAL, f"it is {special_file(path) or 'a folder'}, not a "
                                            "regular file", str(path))
    if status.st_size > limit:
        raise OSError(errno.EFBIG, f"it is larger than {limit:,} bytes", str(path))
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):  # swapped since the first look
            raise NotRegularError(errno.EINVAL, "it is not a regular file", str(path))
        return f.read(limit + 1)[:limit]


def replace_atomically(path: Path, write: Callable[[Path], None],
                       complete: Callable[[Path], bool] | None = None) -> None:
    """Have ``write`` fill a temporary file beside ``path``, check it with ``complete``, and
    only then put it in the place of ``path``."""
    path = Path(os.path.abspath(path)) if str(path).strip() else Path(path)
    check_target(path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".tmp",
                                    dir=path.parent)
    except OSError as exc:
        raise _error(path, exc, folder_exists=True) from exc
    os.close(fd)
    tmp = Path(name)
    journal = tmp.with_name(tmp.name + "-journal")  # SQLite's, when ``write`` builds a database
    try:
        with temporary(tmp, journal):
            _write_and_check(path, tmp, write, complete)
    finally:
        tmp.unlink(missing_ok=True)
        journal.unlink(missing_ok=True)


def _write_and_check(path: Path, tmp: Path, write: Callable[[Path], None],
                     complete: Callable[[Path], bool] | None) -> None:
    try:
        write(tmp)
        with tmp.open("rb+") as f:
            os.fsync(f.fileno())
        if complete is not None and not complete(tmp):
            free = _free_bytes(path.parent)
            raise SaveError(path, "full" if free is not None and free < 1 << 20
                            else "incomplete")
        os.chmod(tmp, 0o666 & ~_umask())
        if special_file(path) is not None:  # one took its place meanwhile: never replace it
            raise SaveError(path, "special")
        os.replace(tmp, path)
        _sync_folder(path.parent)
    except OSError as exc:
        raise _error(path, exc) from exc


def write_bytes(path: Path, data: bytes) -> None:
    """Put ``data`` in ``path`` atomically."""
    def write(tmp: Path) -> None:
        with tmp.open("wb") as f:
            f.write(data)
            f.flush()
    replace_atomically(path, write, lambda tmp: tmp.stat().st_size == len(data))


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _free_bytes(folder: Path) -> int | None:
    try:
        stat = os.statvfs(folder)
    except (OSError, AttributeError):
        return None
    return stat.f_bavail * stat.f_frsize


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; elsewhere a no-op)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
