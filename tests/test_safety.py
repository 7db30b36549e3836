"""Damaged databases, hostile content, no network, no writes, unexpected errors."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox

from mtviewer.content import DatabaseError, Problem, open_content
from mtviewer.ui.dialogs import exception_hook

from .conftest import REPO, add_records
from .editions_helpers import block_network
from .test_search_ui import type_text
from .test_ui import click_link, column_texts


def _truncated(seed: Path, path: Path) -> None:
    data = seed.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _corrupt_middle(seed: Path, path: Path) -> None:
    data = bytearray(seed.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 8192] = os.urandom(8192)
    path.write_bytes(bytes(data))


def _newer(seed: Path, path: Path) -> None:
    path.write_bytes(seed.read_bytes())
    connection = sqlite3.connect(path)
    connection.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    connection.commit()
    connection.close()


BAD_FILES = {
    "missing": (lambda seed, path: None, Problem.MISSING),
    "empty": (lambda seed, path: path.write_bytes(b""), Problem.EMPTY),
    "random bytes": (lambda seed, path: path.write_bytes(os.urandom(4096)), Problem.NOT_SQLITE),
    "a PDF": (lambda seed, path: path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\n1 0 obj\n<<>>\n"),
              Problem.NOT_SQLITE),
    "truncated": (_truncated, Problem.DAMAGED),
    "corrupt in the middle": (_corrupt_middle, Problem.DAMAGED),
    "newer schema": (_newer, Problem.NEWER),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_bad_database_files_are_refused_with_the_reason(seed_db, tmp_path, case):
    make, problem = BAD_FILES[case]
    path = tmp_path / "bad.sqlite"
    make(seed_db, path)
    with pytest.raises(DatabaseError) as caught:
        open_content(path)
    assert caught.value.problem is problem
    assert str(path) in str(caught.value)


@pytest.mark.parametrize("case", BAD_FILES)
def test_command_line_gives_one_line_and_an_error_code(seed_db, tmp_path, case):
    make, _problem = BAD_FILES[case]
    path = tmp_path / "bad.sqlite"
    make(seed_db, path)
    out = tmp_path / "out.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, str(REPO / "main.py"), "print-quotes", "--db",
                             str(path), "--ids", "1", "--pdf", str(out)], env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and str(path) in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


def test_database_locked_by_a_writer_is_refused(seed_db, tmp_path):
    path = tmp_path / "locked.sqlite"
    path.write_bytes(seed_db.read_bytes())
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode=DELETE")
    writer.execute("BEGIN EXCLUSIVE")
    writer.execute("UPDATE meta SET value = value WHERE key = 'content_digest'")
    try:
        with pytest.raises(DatabaseError) as caught:
            open_content(path)
        assert caught.value.problem is Problem.LOCKED
    finally:
        writer.rollback()
        writer.close()


def test_gui_names_the_file_and_offers_another(qtbot, seed_db, tmp_path, settings):
    from mtviewer import app, i18n

    path = tmp_path / "cut.sqlite"
    _truncated(seed_db, path)
    seen = []

    def answer():
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.isVisible())
        seen.append((box.text(), [b.text() for b in box.buttons()]))
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(50, answer)
    window = app.start(path, "nb", settings)
    assert window is None
    message, buttons = seen[0]
    assert str(path) in message and "Databasen er skadet." in message
    assert "Velg en annen fil …" in buttons
    i18n.remove_translators(QApplication.instance(), [])


HOSTILE = ("<script>alert('x')</script> <b>fet</b> <img src='http://example.org/spy.png'> "
           "javascript:alert(1) \u202eRTL-tekst\u202c og null\u200bbredde gitar")


@pytest.fixture
def hostile_db(content_dir, tmp_path) -> Path:
    from mtviewer.compiler.build import build_database

    add_records(content_dir, "sources.toml", '''
[[source]]
id = "hostile"
title = "<i>Kilde</i> med javascript-lenke"
publisher = "Ukjent"
url = "javascript:alert(1)"
kind = "web_page"
''')
    add_records(content_dir, "people.toml", '''
[[person]]
id = "hostile"
name = "Ukjent <b>bruker</b>"
sources = ["hostile"]
''')
    big = "Lang tekst om musikkterapi. " * 4000  # about 100 kB
    add_records(content_dir, "quotes.toml", f'''
[[quote]]
id = "hostile"
text = """{HOSTILE}"""
speaker = "hostile"
context = """{big}"""
year = 2020
sources = ["hostile", "fagradet-populart-toppmote"]
''')
    path = tmp_path / "hostile.sqlite"
    build_database(content_dir, path)
    return path


def test_hostile_text_is_shown_as_text_and_links_are_guarded(qtbot, hostile_db, open_window,
                                                             monkeypatch):
    opened, asked, refused = [], [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: refused.append(a[2]))
    win = open_window(hostile_db)
    tab = win.show_tab("quote")
    type_text(tab.search_field, "javascript")
    assert tab.model.rowCount() == 1
    shown = tab.detail.toPlainText()
    assert HOSTILE in shown and "Ukjent <b>bruker</b>" in shown
    assert ("Lang tekst om musikkterapi. " * 300) in shown  # the first 10,000 characters
    assert "too long to show here in full; its first 10,000 characters are shown" in shown
    assert "<img" not in tab.detail.toHtml() and "<script" not in tab.detail.toHtml()
    assert HOSTILE.replace("\n", " ")[:60] in column_texts(tab, 0)[0]
    assert tab.detail.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                   QUrl("http://example.org/spy.png")) is None

    click_link(qtbot, tab.detail, "javascript:alert(1)")
    assert opened == [] and refused and "javascript:alert(1)" in refused[0]
    click_link(qtbot, tab.detail, "https://rusfeltet.no/arkiv/populart-toppmote-om-musikkterapi")
    assert asked and "https://rusfeltet.no/arkiv/populart-toppmote-om-musikkterapi" in asked[0]
    assert opened == ["https://rusfeltet.no/arkiv/populart-toppmote-om-musikkterapi"]


def test_no_network_and_no_writes_while_browsing_searching_and_printing(
        window, qtbot, seed_db, tmp_path, monkeypatch):
    attempts = block_network(monkeypatch)
    before = seed_db.read_bytes()

    for kind in ("event", "quote", "guideline", "brochure"):
        tab = window.show_tab(kind)
        for row in range(tab.model.rowCount()):
            tab.view.selectRow(row)
        type_text(tab.search_field, "musikk")
    quotes = window.show_tab("quote")
    quotes.model.setData(quotes.model.index(0, 0), 2, 10)  # tick the first quote
    from mtviewer.printing.pdf import write_pdf

    write_pdf(window.printing.document(), tmp_path / "print.pdf")
    assert attempts == []
    assert "PySide6.QtNetwork" not in sys.modules
    assert seed_db.read_bytes() == before
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        window.content.db.all("INSERT INTO meta(key, value) VALUES ('x', 'y')")


@pytest.mark.qt_no_exception_capture
def test_unexpected_errors_are_logged_and_told_and_the_app_runs_on(window, qtbot, tmp_path,
                                                                    monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
    previous = sys.excepthook
    log = exception_hook.install(lambda: window, tmp_path / "logs")
    try:
        def broken():
            raise RuntimeError("a bug in a slot")
        QTimer.singleShot(0, broken)
        qtbot.waitUntil(lambda: bool(told))
    finally:
        sys.excepthook = previous
    assert str(log) in told[0] and "keeps running" in told[0]
    assert "RuntimeError: a bug in a slot" in log.read_text(encoding="utf-8")
    assert window.isVisible()
    type_text(window.current_tab().search_field, "gitar")  # still works
