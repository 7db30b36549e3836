"""Opening content databases: read-only, and refused with a reason when unusable."""

from __future__ import annotations

import sqlite3

import pytest

from mtviewer.content import DatabaseError, Problem, open_content


def test_opened_read_only(seed_db):
    before = seed_db.read_bytes()
    content = open_content(seed_db)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        content.db.all("DELETE FROM quote")
    content.close()
    assert seed_db.read_bytes() == before


def _set_version(path, version: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (version,))
    connection.commit()
    connection.close()


def _foreign(path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.commit()
    connection.close()


@pytest.mark.parametrize(("make", "problem"), [
    (lambda p: None, Problem.MISSING),
    (lambda p: p.write_bytes(b""), Problem.EMPTY),
    (lambda p: p.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8), Problem.NOT_SQLITE),
    (_foreign, Problem.FOREIGN),
    (lambda p: p.mkdir(), Problem.NOT_A_FILE),
])
def test_unusable_files_are_refused_with_a_reason(tmp_path, make, problem):
    path = tmp_path / "content.sqlite"
    make(path)
    with pytest.raises(DatabaseError) as caught:
        open_content(path)
    assert caught.value.problem is problem
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(("version", "problem"), [("0", Problem.OLDER), ("99", Problem.NEWER)])
def test_other_schema_versions_are_refused(tmp_path, seed_db, version, problem):
    copy = tmp_path / "other.sqlite"
    copy.write_bytes(seed_db.read_bytes())
    _set_version(copy, version)
    with pytest.raises(DatabaseError) as caught:
        open_content(copy)
    assert caught.value.problem is problem
