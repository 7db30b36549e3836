"""Opening a content database read-only, checking it, and a thin typed door to its connection.

Following Anki's ``DBProxy``: the rest of the read side asks :class:`Database` for ``all``,
``first``, ``scalar``, ``column`` or ``ids`` with bound parameters, and nothing else touches
the connection.
"""

from __future__ import annotations

import enum
import os
import shutil
import sqlite3
import tempfile
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .clean import decode
from .schema import SCHEMA_VERSION, TABLES

SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_PATH_LIMIT = 480
"""SQLite cannot open a path longer than 512 bytes (nor through a symlink, which it resolves);
longer ones are opened through a short hard link, or a copy, in a temporary folder."""
FULL_CHECK_LIMIT = 64 * 1024 * 1024
"""Databases up to this size are checked page by page on open (a few milliseconds for the
bundled one); larger ones only by their header, and damage found later is reported then."""
Params = Sequence[Any]


class Problem(enum.Enum):
    MISSING = "the file does not exist"
    NOT_A_FILE = "it is not a file"
    UNREADABLE = "the file cannot be read"
    EMPTY = "the file is empty"
    NOT_SQLITE = "it is not an SQLite database"
    DAMAGED = "the database is damaged"
    FOREIGN = "it is not an mtviewer content database"
    OLDER = "it was built for an older version of mtviewer; rebuild it with 'mtviewer build-db'"
    NEWER = "it was built for a newer version of mtviewer"
    LOCKED = "another program is writing to it"
    TOO_LONG = "its name is longer than the file system allows"
    FOREIGN_SCHEMA = "it holds views, triggers or computed columns that mtviewer never makes"
    WAL_UNREADABLE = ("its latest changes are in its -wal file, which cannot be read here; "
                      "copy both files to a folder you can write to")


class DatabaseError(Exception):
    """A database that cannot be shown, with the file and what is wrong with it."""

    def __init__(self, path: Path, problem: Problem, detail: str = ""):
        detail = " ".join(detail.split())  # one line, for the command line and the log
        detail = detail if len(detail) <= 160 else detail[:159] + "…"
        self.path, self.problem, self.detail = path, problem, detail
        suffix = f" ({detail})" if detail else ""
        super().__init__(f"Cannot open {path}: {problem.value}{suffix}")


class Database:
    """One read-only SQLite connection behind a few typed methods."""

    def __init__(self, connection: sqlite3.Connection, path: Path,
                 alias: Path | None = None):
        self._connection, self.path, self._alias = connection, path, alias

    def all(self, sql: str, params: Params = ()) -> list[tuple]:
        return self._connection.execute(sql, params).fetchall()

    def first(self, sql: str, params: Params = ()) -> tuple | None:
        return self._connection.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.first(sql, params)
        return row[0] if row else None

    def record(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        """The first row, its values reached by column name (see ``clean.coerce``)."""
        cursor = self._connection.cursor()
        cursor.row_factory = sqlite3.Row
        return cursor.execute(sql, params).fetchone()

    def records(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        """Every row, its values reached by column name."""
        cursor = self._connection.cursor()
        cursor.row_factory = sqlite3.Row
        return cursor.execute(sql, params).fetchall()

    def column(self, sql: str, params: Params = ()) -> list:
        return [row[0] for row in self._connection.execute(sql, params)]

    def ids(self, sql: str, params: Params = (), offset: int = 0) -> array:
        """The first column as whole numbers, less ``offset`` (search rowids → record ids)."""
        cursor = self._connection.execute(sql, params)
        if offset:
            return array("q", [value - offset for (value,) in cursor])
        return array("q", (value for (value,) in cursor))  # no list: a million ids fit as-is

    def close(self) -> None:
        self._connection.close()
        if self._alias is not None:
            _remove_alias(self._alias)
            self._alias = None


def open_database(path: Path | str) -> Database:
    """Open ``path`` read-only after checking it is a content database this version reads."""
    path = Path(path).expanduser().absolute()
    wal = _check_file(path)
    alias = _short_alias(path) if len(os.fsencode(path)) > SQLITE_PATH_LIMIT else None
    uri = f"file:{quote(str(alias or path))}?mode=ro"
    read_only = alias or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)
    if wal and (read_only or not os.access(_wal(path), os.R_OK)):
        if alias:
            _remove_alias(alias)
        raise DatabaseError(path, Problem.WAL_UNREADABLE, _wal(path).name)
    if read_only or wal is False:
        uri += "&immutable=1"  # read-only media, or all in the file: not even a lock file
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        if alias:
            _remove_alias(alias)
        raise classify(path, exc) from exc
    connection.text_factory = decode  # bytes that are not UTF-8 never stop a read
    try:
        connection.execute("PRAGMA query_only = ON")
        _check_schema(connection, path)
    except sqlite3.Error as exc:
        connection.close()
        if alias:
            _remove_alias(alias)
        raise classify(path, exc) from exc
    except BaseException:
        connection.close()
        if alias:
            _remove_alias(alias)
        raise
    return Database(connection, path, alias)


def _short_alias(path: Path) -> Path:
    """The same database under a short name: a hard link where the file system allows one
    (instant), else a copy. Removed when the database is closed (or a signal ends us)."""
    from ..files import track

    folder = Path(tempfile.mkdtemp(prefix="mtviewer-"))
    track(folder)
    alias = folder / "content.sqlite"
    try:
        os.link(path, alias)
    except OSError:
        try:
            shutil.copyfile(path, alias)
        except OSError as exc:
            _remove_alias(alias)
            raise DatabaseError(path, Problem.UNREADABLE, exc.strerror or "") from exc
    return alias


def _remove_alias(alias: Path) -> None:
    from ..files import untrack

    shutil.rmtree(alias.parent, ignore_errors=True)
    untrack(alias.parent)


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _check_file(path: Path) -> bool | None:
    """Refuse a file that cannot be an mtviewer database, before SQLite opens it (a pipe or
    a device is never opened). For a database in WAL mode: whether its -wal file holds
    changes (True) or not (False); None for the usual rollback journal."""
    import errno
    import stat

    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError as exc:
        raise DatabaseError(path, Problem.MISSING) from exc
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise DatabaseError(path, Problem.TOO_LONG) from exc
        if exc.errno == errno.ENOTDIR:
            raise DatabaseError(path, Problem.MISSING) from exc
        raise DatabaseError(path, Problem.UNREADABLE, exc.strerror or "") from exc
    if not stat.S_ISREG(mode):
        raise DatabaseError(path, Problem.NOT_A_FILE)
    try:
        with path.open("rb") as f:
            header = f.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise DatabaseError(path, Problem.UNREADABLE, exc.strerror or "") from exc
    if not header:
        raise DatabaseError(path, Problem.EMPTY)
    if not header.startswith(SQLITE_HEADER):
        raise DatabaseError(path, Problem.NOT_SQLITE)
    if len(header) < 100:
        raise DatabaseError(path, Problem.DAMAGED, "the file is cut short")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if pages and page_size and size < pages * page_size:
        raise DatabaseError(path, Problem.DAMAGED,
                            f"the file is cut short: {size} of {pages * page_size} bytes")
    if 2 not in (header[18], header[19]):
        return None
    try:
        return os.stat(_wal(path)).st_size > 0
    except FileNotFoundError:
        return False
    except OSError:
        return True  # there, but not even its size can be seen


def _check_schema(connection: sqlite3.Connection, path: Path) -> None:
    tables = {row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "meta" not in tables:
        raise DatabaseError(path, Problem.FOREIGN)
    _refuse_foreign_schema(connection, path, tables)
    row = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if path.stat().st_size <= FULL_CHECK_LIMIT:
        verdict = connection.execute("PRAGMA quick_check(1)").fetchone()[0]
        if verdict != "ok":
            raise DatabaseError(path, Problem.DAMAGED, str(verdict))
    text = str(row[0]) if row else ""
    version = int(text) if text.isascii() and text.isdigit() else None
    if version is None:
        raise DatabaseError(path, Problem.FOREIGN, "no schema version")
    if version != SCHEMA_VERSION:
        problem = Problem.OLDER if version < SCHEMA_VERSION else Problem.NEWER
        raise DatabaseError(path, problem, f"schema {version}; this version reads {SCHEMA_VERSION}")
    missing = [table for table in TABLES if table not in tables]
    if missing:
        raise DatabaseError(path, Problem.DAMAGED, f"the table {missing[0]} is missing")


def _refuse_foreign_schema(connection: sqlite3.Connection, path: Path, tables: set[str]) -> None:
    """Views, triggers and generated columns run code of the file's author on every read
    (a column can build a string of hundreds of megabytes); the build makes none, so a
    database holding one is refused before anything is read from it."""
    made = connection.execute("SELECT type, name FROM sqlite_master "
                              "WHERE type IN ('view', 'trigger') ORDER BY type, name").fetchone()
    if made is not None:
        raise DatabaseError(path, Problem.FOREIGN_SCHEMA, f"the {made[0]} {made[1]}")
    for table in sorted(tables):
        for column in connection.execute("SELECT name, hidden FROM pragma_table_xinfo(?)",
                                         (table,)):
            if column[1] in (2, 3):  # generated: virtual or stored
                raise DatabaseError(path, Problem.FOREIGN_SCHEMA,
                                    f"the computed column {table}.{column[0]}")


def classify(path: Path, exc: sqlite3.Error) -> DatabaseError:
    """What an SQLite error says about the file, as a DatabaseError a person can read."""
    message = str(exc)
    if "locked" in message or "busy" in message:
        return DatabaseError(path, Problem.LOCKED, message)
    if "not a database" in message:
        return DatabaseError(path, Problem.NOT_SQLITE, message)
    return DatabaseError(path, Problem.DAMAGED, message)
