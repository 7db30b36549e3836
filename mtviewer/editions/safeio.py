"""Reading small files that anyone may have put in the way: a FIFO (a stalled share), a
device such as ``/dev/zero``, a symlink to one, a huge file or deeply nested JSON.

Every file the edition code reads (feeds on a folder, keys, ``state.json``, a chosen file)
goes through here: it is opened without blocking, refused unless it is a regular file, and
read up to a limit. Standard library only, so start-up can use it.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from .errors import EditionError

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) \
    | getattr(os, "O_BINARY", 0)


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words for a message."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def open_regular(path: Path | str, what: str = "file") -> int:
    """An open descriptor of ``path``, refused (EditionError "special-file") unless it is a
    regular file; opening never waits for a writer, as opening a FIFO normally would."""
    try:
        fd = os.open(path, _FLAGS)
    except OSError as exc:
        raise EditionError("unreadable", f"the {what} {path} cannot be read: "
                           f"{exc.strerror or exc}") from exc
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise EditionError("special-file", f"the {what} {path} is {kind_of(mode)}, not a "
                               "file: refused without reading it")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular(path: Path | str, limit: int, what: str = "file") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes."""
    fd = open_regular(path, what)
    try:
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise EditionError("unreadable", f"the {what} {path} cannot be read: "
                           f"{exc.strerror or exc}") from exc
    finally:
        os.close(fd)
    if len(data) > limit:
        raise EditionError("too-large", f"the {what} {path} is larger than {limit:,} bytes: "
                           "refused")
    return data


def load_json(data: bytes, where: str) -> object:
    """JSON from bytes; EditionError("unreadable") for anything that is not (including
    nesting too deep for Python to read)."""
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise EditionError("unreadable", f"{where} is not valid JSON") from exc


def read_json(path: Path | str, limit: int, what: str = "file") -> object:
    return load_json(read_regular(path, limit, what), str(path))


def is_plain_folder(path: Path) -> bool:
    """``path`` is a folder itself, not a symlink to one (nor anything else)."""
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False
