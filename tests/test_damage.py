"""Damaged databases: nothing they hold crashes the app; one failure gives one message."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication, QMessageBox

from mtviewer.content import DatabaseError, Problem, open_content

from .conftest import REPO
from .damage import TEXT_COLUMNS, damaged_copy, set_cell
from .test_search_ui import type_text


def test_unreadable_values_are_repaired_and_the_record_says_so(seed_db, tmp_path):
    path = damaged_copy(
        seed_db, tmp_path / "d.sqlite",
        "UPDATE quote SET text = NULL WHERE id = 1",
        "UPDATE quote SET who = X'FF00' WHERE id = 2",
        "UPDATE quote SET context = CAST(X'C3A6C3' AS TEXT) WHERE id = 3",
        "UPDATE quote SET year = 'nineteen', year_certain = 7 WHERE id = 4")
    content = open_content(path)
    try:
        rows = content.rows("quote", [1, 2, 3, 4, 5])
        assert rows[1].text == "" and rows[1].damaged
        assert "\ufffd" in rows[2].who and rows[2].damaged
        assert rows[4].year is None and rows[4].damaged
        assert not rows[5].damaged
        page = content.page("quote", 3)
        assert page.damaged and page.context.startswith("æ")
        assert not content.page("quote", 5).damaged
        assert [q.id for q in content.print_quotes(ids=[1, 2, 3, 4])] == [1, 2, 3, 4]
        assert content.search("quote", content.prepare("musikk")).ids
        assert content.failure is None
    finally:
        content.close()


def test_a_damaged_record_is_shown_with_a_notice(open_window, seed_db, tmp_path):
    path = damaged_copy(seed_db, tmp_path / "d.sqlite",
                        "UPDATE quote SET who = X'FF00', text = NULL WHERE id = 1")
    tab = open_window(path).show_tab("quote")
    tab.select_record(1)
    shown = tab.detail.toPlainText()
    assert "Parts of this record could not be read" in shown
    assert "Source" in shown  # the rest of the page is there
    assert tab.model.rowCount() == 13


CELLS = st.one_of(
    st.none(), st.binary(max_size=40), st.text(max_size=40),
    st.integers(min_value=-(1 << 63), max_value=(1 << 63) - 1), st.floats(allow_nan=True),
    st.sampled_from(["\x00\x01\x1b[31m", "\u202eRTL", "<b>fet</b>", "x" * 20_000,
                     "\ufffd", "%1 %2", "ø" * 3000]))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=st.sampled_from(sorted(TEXT_COLUMNS)), data=st.data(), value=CELLS)
def test_any_value_in_any_text_column_is_shown_searched_and_printed(
        qapp, seed_db, tmp_path_factory, table, data, value):
    from mtviewer.content.kinds import LISTED
    from mtviewer.ui.browse.record_model import RecordModel
    from mtviewer.ui.kinds import VIEWS
    from mtviewer.ui.pages import render_page

    column = data.draw(st.sampled_from(TEXT_COLUMNS[table]))
    path = damaged_copy(seed_db, tmp_path_factory.mktemp("fuzz") / "f.sqlite")
    set_cell(path, table, column, 1, value)
    content = open_content(path)
    try:
        for kind in ("quote", "event", "guideline", "brochure", "person", "organisation",
                     "report", "topic"):
            page = content.page(kind, 1)
            if page is not None:
                assert isinstance(render_page(kind, page, ("musikk",)), str)
        for kind in LISTED:
            model = RecordModel(content, VIEWS[kind])
            model.set_search("musikk")
            model.set_search("")
            for row in range(model.rowCount()):
                for col in range(model.columnCount()):
                    for role in (0, 3, 10, 11):
                        model.data(model.index(row, col), role)
                    model.marks(row, col)
        content.print_quotes(ids=[1, 2])
        content.about()
        assert content.failure is None
    finally:
        content.close()


SMOKE = """
import faulthandler, os, sys, tempfile
faulthandler.enable()
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from mtviewer import app
QMessageBox.warning = staticmethod(lambda *a, **k: print("BOX", flush=True))
from mtviewer.settings import Settings
window = app.start(Path(sys.argv[1]), "nb", Settings(QSettings(
    tempfile.mkdtemp() + "/s.ini", QSettings.Format.IniFormat)))
for kind in ("topic", "event", "quote", "guideline", "brochure"):
    tab = window.show_tab(kind)
    for text in ("", "m", "musikk", "ø", "-a", '"'):
        tab.search_field.setText(text)
        QApplication.processEvents()
        for row in range(tab.model.rowCount()):
            tab.view.selectRow(row)
            tab.view.viewport().repaint()
            QApplication.processEvents()
window.printing.model.add_ids(list(range(1, 12)))
QApplication.processEvents()
print("SURVIVED", flush=True)
"""


def test_the_window_survives_a_fuzzed_database(seed_db, tmp_path):
    """Every text column of several records holds something hostile; the process must not
    die (a SIGSEGV shows as a negative exit code; faulthandler prints where)."""
    import random

    rng = random.Random(11)
    hostile = [None, b"\xff\xfe\x00", "\x00", 12345, 1.5, "\ufffd" * 3, "x" * 100_000,
               "a b " * 50_000, bytes(range(256))]
    path = damaged_copy(seed_db, tmp_path / "fuzz.sqlite")
    for table, columns in TEXT_COLUMNS.items():
        for column in columns:
            for record_id in (1, 2, 3):
                set_cell(path, table, column, record_id, rng.choice(hostile))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "c"), "XDG_DATA_HOME": str(tmp_path / "d")}
    result = subprocess.run([sys.executable, "-c", SMOKE, str(path)], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=240, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "SURVIVED" in result.stdout and "BOX" not in result.stdout, result.stdout


@pytest.mark.parametrize(("statement", "detail"), [
    ("DROP TABLE report", "the table report is missing"),
    ("DROP TABLE event_person", "the table event_person is missing"),
])
def test_a_missing_table_is_refused_naming_it(seed_db, tmp_path, statement, detail):
    path = damaged_copy(seed_db, tmp_path / "d.sqlite", statement, loosen=False)
    with pytest.raises(DatabaseError) as caught:
        open_content(path)
    assert caught.value.problem is Problem.DAMAGED and detail in str(caught.value)
    result = subprocess.run([sys.executable, str(REPO / "main.py"), "print-quotes", "--db",
                             str(path), "--ids", "1", "--pdf", str(tmp_path / "o.pdf")],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1 and detail in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize("version", ["٣", "³", "3.0", "", "99999999999999999999999"])
def test_an_odd_schema_version_is_refused_not_a_traceback(seed_db, tmp_path, version):
    path = damaged_copy(seed_db, tmp_path / "d.sqlite",
                        f"UPDATE meta SET value = '{version}' WHERE key = 'schema_version'",
                        loosen=False)
    with pytest.raises(DatabaseError) as caught:
        open_content(path)
    assert caught.value.problem in (Problem.FOREIGN, Problem.NEWER)


def shown_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def test_without_its_search_index_the_database_still_browses(open_window, seed_db, tmp_path,
                                                             qtbot):
    path = damaged_copy(seed_db, tmp_path / "d.sqlite", "DROP TABLE search",
                        "DROP TABLE search_terms", loosen=False)
    window = open_window(path)
    for kind in ("event", "quote", "guideline", "brochure"):
        tab = window.show_tab(kind)
        type_text(tab.search_field, "musikk")
        assert tab.model.rowCount() == window.content.total(kind) > 0
        assert "Search is not available" in tab.count_label.text()
        tab.view.selectRow(0)
        assert tab.detail.toPlainText()  # records still show
    qtbot.waitUntil(lambda: "Search is not available" in window.statusBar().currentMessage())
    assert shown_boxes() == []
    assert window.content.failure is None and window.content.search_failure is not None


def test_a_database_damaged_while_open_is_reported_once(open_window, seed_db, tmp_path, qtbot):
    path = tmp_path / "d.sqlite"
    path.write_bytes(seed_db.read_bytes())
    window = open_window(path)
    window.show_tab("quote")
    size = path.stat().st_size
    with path.open("r+b") as f:  # another program overwrites it in place, and cuts it short
        f.seek(24)
        f.write(b"\xff\xff\xff\xff")  # its change counter: SQLite drops what it cached
        f.seek(4096)
        f.write(os.urandom(size // 2))
        f.truncate(size // 2)
    for kind in ("event", "quote", "guideline", "brochure"):
        tab = window.show_tab(kind)
        type_text(tab.search_field, "musikk gitar")
        for row in range(tab.model.rowCount()):
            tab.view.selectRow(row)
    qtbot.waitUntil(lambda: window.failure_box is not None and window.failure_box.isVisible())
    QApplication.processEvents()
    assert len(shown_boxes()) == 1
    assert "Cannot open" in window.failure_box.text() and str(path) in window.failure_box.text()
    assert {b.text() for b in window.failure_box.buttons()} >= {"Reopen",
                                                                 "Choose another file…"}
    assert window.current_tab().count_label.text() == "This database can no longer be read."
    window.failure_box.close()


def test_a_path_of_seven_hundred_characters_opens(seed_db, tmp_path, open_window):
    folder = tmp_path
    while len(str(folder)) < 700:
        folder = folder / "en mappe med æøå og mellomrom i navnet"
    folder.mkdir(parents=True)
    path = folder / "innhold.sqlite"
    path.write_bytes(seed_db.read_bytes())
    window = open_window(path)
    assert window.show_tab("quote").model.rowCount() == 13
    out = folder / "sitater.pdf"
    result = subprocess.run([sys.executable, str(REPO / "main.py"), "print-quotes", "--db",
                             str(path), "--ids", "1", "--pdf", str(out)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 1000
