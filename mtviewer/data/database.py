"""Opening a content database read-only and checking it is one this version can show."""

from __future__ import annotations

import enum
import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import StaticPool

from .models import SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
FULL_CHECK_LIMIT = 64 * 1024 * 1024
"""Databases up to this size are checked page by page on open (a few milliseconds for the
bundled one); larger ones only by their header, and damage found later is reported then."""


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


class DatabaseError(Exception):
    """A database that cannot be shown, with the file and what is wrong with it."""

    def __init__(self, path: Path, problem: Problem, detail: str = ""):
        detail = " ".join(detail.split())  # one line, for the command line and the log
        detail = detail if len(detail) <= 160 else detail[:159] + "…"
        self.path, self.problem, self.detail = path, problem, detail
        suffix = f" ({detail})" if detail else ""
        super().__init__(f"Cannot open {path}: {problem.value}{suffix}")


def open_content_database(path: Path | str) -> Engine:
    """Return a read-only engine on ``path`` after checking its schema version."""
    path = Path(path).expanduser().absolute()
    _check_file(path)
    uri = f"file:{quote(str(path))}?mode=ro"
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        uri += "&immutable=1"  # read-only media: SQLite must not even try a lock file

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=StaticPool)
    try:
        _check_schema(engine, path)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _check_file(path: Path) -> None:
    if not path.exists():
        raise DatabaseError(path, Problem.MISSING)
    if not path.is_file():
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


def _check_schema(engine: Engine, path: Path) -> None:
    try:
        with engine.connect() as conn:
            tables = {r[0] for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "meta" not in tables:
                raise DatabaseError(path, Problem.FOREIGN)
            row = conn.exec_driver_sql(
                "SELECT value FROM meta WHERE key = 'schema_version'").first()
            if path.stat().st_size <= FULL_CHECK_LIMIT:
                verdict = conn.exec_driver_sql("PRAGMA quick_check(1)").scalar()
                if verdict != "ok":
                    raise DatabaseError(path, Problem.DAMAGED, str(verdict))
    except sqlite3.OperationalError as exc:
        raise _classify(path, exc) from exc
    except Exception as exc:  # SQLAlchemy wraps the driver's errors
        orig = getattr(exc, "orig", None)
        if isinstance(orig, sqlite3.Error):
            raise _classify(path, orig) from exc
        raise
    version = int(row[0]) if row and str(row[0]).isdigit() else None
    if version is None:
        raise DatabaseError(path, Problem.FOREIGN, "no schema version")
    if version != SCHEMA_VERSION:
        problem = Problem.OLDER if version < SCHEMA_VERSION else Problem.NEWER
        raise DatabaseError(path, problem, f"schema {version}; this version reads {SCHEMA_VERSION}")


def _classify(path: Path, exc: sqlite3.Error) -> DatabaseError:
    message = str(exc)
    if "locked" in message or "busy" in message:
        return DatabaseError(path, Problem.LOCKED, message)
    if "not a database" in message:
        return DatabaseError(path, Problem.NOT_SQLITE, message)
    return DatabaseError(path, Problem.DAMAGED, message)
