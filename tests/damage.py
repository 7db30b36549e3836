"""Making damaged content databases and hostile places to write, for the safety tests."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

TEXT_COLUMNS = {"quote": ("text", "who", "source_title", "key", "context", "said_at"),
                "event": ("name", "description", "venue", "city"),
                "guideline": ("name", "short_name", "identifier", "summary", "strength",
                              "evidence_note"),
                "topic": ("title", "summary", "key"),
                "topic_section": ("heading", "text", "quote"),
                "report": ("title", "authors", "published_in", "description"),
                "brochure": ("title", "audience", "description", "url"),
                "person": ("name", "role"), "organisation": ("name", "description"),
                "source": ("title", "publisher", "url")}


def damaged_copy(seed: Path, out: Path, *statements: str, loosen: bool = True) -> Path:
    """A copy of ``seed`` changed by SQL ``statements``; ``loosen`` first drops NOT NULL from
    every table, as a database written by another program might."""
    shutil.copyfile(seed, out)
    connection = sqlite3.connect(out)
    try:
        if loosen:
            connection.execute("PRAGMA writable_schema = ON")
            connection.execute("UPDATE sqlite_master SET sql = replace(sql, 'NOT NULL', '') "
                               "WHERE type = 'table'")
            connection.commit()
            connection.close()
            connection = sqlite3.connect(out)
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()
    return out


def set_cell(path: Path, table: str, column: str, record_id: int, value) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, record_id))
        connection.commit()
    finally:
        connection.close()


def can_mount() -> bool:
    return os.geteuid() == 0 and shutil.which("mount") is not None


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "256k", read_only: bool = False):
    """A tmpfs of ``size`` mounted at ``folder`` (root only; the test skips otherwise)."""
    if not can_mount():
        pytest.skip("needs root to mount a small tmpfs (a full or read-only disk)")
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                              str(folder)], capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        if read_only:
            yield lambda: subprocess.run(["mount", "-o", "remount,ro", str(folder)],
                                         check=True)
        else:
            yield None
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill_disk(folder: Path) -> None:
    """Leave no room on the file system of ``folder``."""
    with contextlib.suppress(OSError), (folder / "filler").open("wb") as f:
        while True:
            f.write(b"\0" * 65536)
            f.flush()
