"""Hostile databases stay bounded: code the file's author put in it (views, triggers,
computed columns) is refused before anything is read, text too long to lay out is cut with a
marker, and a WAL database whose changes cannot be read says so instead of showing older
text. Each case: one line, its exit code, nothing written, and the file unchanged."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mtviewer.content import DatabaseError, Problem, open_content
from mtviewer.content.printable import CUT, MAX_TEXT

from .conftest import REPO
from .damage import small_disk
from .test_odd_paths import one_line, snapshot


def hostile(seed_db: Path, out: Path, *statements: str) -> Path:
    shutil.copy(seed_db, out)
    connection = sqlite3.connect(out)
    try:
        connection.executescript(";\n".join(statements))
        connection.commit()
    finally:
        connection.close()
    return out


def print_quotes(db: Path, out: Path, *more: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REPO / "main.py"), "print-quotes", "--db",
                           str(db), "--ids", "1", *more, "--pdf", str(out)],
                          capture_output=True, text=True, timeout=120, check=False,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                               "HOME": str(out.parent)})


HUGE = "printf('%.*c', 300000000, 'x')"
"""A 300 MB string, built on every read of a row."""


@pytest.mark.parametrize(("statements", "named"), [
    ((f"ALTER TABLE quote ADD COLUMN big TEXT GENERATED ALWAYS AS ({HUGE}) VIRTUAL",),
     "the computed column quote.big"),
    ((f"CREATE TABLE extra (a TEXT, b TEXT GENERATED ALWAYS AS ({HUGE}) VIRTUAL)",),
     "the computed column extra.b"),
    (("CREATE VIEW quote_view AS SELECT * FROM quote",), "the view quote_view"),
    (("CREATE TRIGGER t AFTER INSERT ON meta BEGIN SELECT 1; END",), "the trigger t"),
])
def test_a_schema_the_app_did_not_make_is_refused(seed_db, tmp_path, statements, named):
    db = hostile(seed_db, tmp_path / "hostile.sqlite", *statements)
    with pytest.raises(DatabaseError) as caught:
        open_content(db)
    assert caught.value.problem is Problem.FOREIGN_SCHEMA and named in str(caught.value)
    before = snapshot(tmp_path)
    line = one_line(print_quotes(db, tmp_path / "out.pdf"), 1)
    assert "views, triggers or computed columns that mtviewer never makes" in line
    assert named in line
    assert snapshot(tmp_path) == before


def test_the_quote_text_as_a_computed_column_is_refused_not_evaluated(seed_db, tmp_path):
    """The quote's own text column replaced by one that builds 300 MB on every read: the
    window and print-quotes used to run out of memory; now the file is refused at once."""
    db = tmp_path / "hostile.sqlite"
    shutil.copy(seed_db, db)
    connection = sqlite3.connect(db)
    sql = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'quote'").fetchone()[0]
    connection.executescript(
        "PRAGMA foreign_keys = OFF; PRAGMA legacy_alter_table = ON;"
        "ALTER TABLE quote RENAME TO quote_old;"
        + sql.replace("text TEXT NOT NULL", f"text TEXT GENERATED ALWAYS AS ({HUGE}) VIRTUAL",
                      1).replace("CREATE TABLE quote", "CREATE TABLE quote", 1) + ";"
        "DROP TABLE quote_old;")
    connection.close()
    assert "GENERATED" in sqlite3.connect(db).execute(
        "SELECT sql FROM sqlite_master WHERE name = 'quote'").fetchone()[0]
    before = snapshot(tmp_path)
    line = one_line(print_quotes(db, tmp_path / "out.pdf"), 1)
    assert "the computed column quote.text" in line
    assert snapshot(tmp_path) == before


def test_a_five_megabyte_quote_is_cut_with_a_marker_before_layout(content_dir, tmp_path):
    from pypdf import PdfReader

    from mtviewer.compiler.build import build_database

    from .conftest import add_records

    text = ("Musikk gir meg ro og håp. " * 200_000)[:5_000_000]
    add_records(content_dir, "quotes.toml", f'''
[[quote]]
id = "fem-megabyte"
text = """{text}"""
unnamed = "not_said"
year = 2020
sources = ["fagradet-populart-toppmote"]
''')
    db = tmp_path / "long.sqlite"
    build_database(content_dir, db)
    content = open_content(db)
    try:
        (quote,) = [q for q in content.print_quotes(keys=["fem-megabyte"])]
    finally:
        content.close()
    assert quote.text.endswith(CUT) and len(quote.text) <= MAX_TEXT + len(CUT)
    assert text.startswith(quote.text[:-len(CUT)])
    for layout in ("handout", "poster", "cards"):
        out = tmp_path / f"{layout}.pdf"
        result = subprocess.run([sys.executable, str(REPO / "main.py"), "print-quotes",
                                 "--db", str(db), "--ids", str(quote.id), "--layout", layout,
                                 "--pdf", str(out)], capture_output=True, text=True,
                                timeout=120, check=False, env={"QT_QPA_PLATFORM": "offscreen",
                                                               "PATH": "/usr/bin:/bin"})
        assert result.returncode == 0, result.stderr
        pages = PdfReader(str(out)).pages
        assert len(pages) < 20  # not 1,431 pages of it
        assert "[…]" in "".join(p.extract_text() for p in pages[-2:])


def _wal_database(seed_db: Path, folder: Path) -> Path:
    """A copy of the content in WAL mode whose newest text is only in its -wal file."""
    folder.mkdir(exist_ok=True)
    db = folder / "wal.sqlite"
    shutil.copy(seed_db, db)
    writer = sqlite3.connect(db)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE quote SET text = 'NEWER TEXT' WHERE id = 1")
    writer.commit()
    copy = folder / "copy"
    copy.mkdir()
    for name in ("wal.sqlite", "wal.sqlite-wal"):  # as copied from a PC still writing it
        shutil.copy(folder / name, copy / name)
    writer.close()
    return copy / "wal.sqlite"


def test_a_wal_database_in_a_writable_folder_shows_its_newest_text(seed_db, tmp_path):
    db = _wal_database(seed_db, tmp_path / "w")
    content = open_content(db)
    try:
        assert content.print_quotes(ids=[1])[0].text == "NEWER TEXT"
    finally:
        content.close()


def test_a_wal_database_on_read_only_media_says_so_instead_of_older_text(seed_db, tmp_path):
    source = _wal_database(seed_db, tmp_path / "w")
    disk = tmp_path / "ro"
    with small_disk(disk, "4m", read_only=True) as make_read_only:
        for name in ("wal.sqlite", "wal.sqlite-wal"):
            shutil.copy(source.parent / name, disk / name)
        make_read_only()
        with pytest.raises(DatabaseError) as caught:
            open_content(disk / "wal.sqlite")
        assert caught.value.problem is Problem.WAL_UNREADABLE
        before = snapshot(tmp_path / "w")
        line = one_line(print_quotes(disk / "wal.sqlite", tmp_path / "w" / "out.pdf"), 1)
        assert "its latest changes are in its -wal file, which cannot be read here" in line
        assert snapshot(tmp_path / "w") == before


def test_a_wal_database_with_its_changes_all_in_the_file_opens_without_a_trace(seed_db,
                                                                              tmp_path):
    db = tmp_path / "wal.sqlite"
    shutil.copy(seed_db, db)
    writer = sqlite3.connect(db)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.close()  # the last connection checkpoints and removes the -wal file
    before = snapshot(tmp_path)
    content = open_content(db)
    try:
        assert content.print_quotes(ids=[1])
    finally:
        content.close()
    assert snapshot(tmp_path) == before  # no -wal or -shm made beside it
