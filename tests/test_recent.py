"""File → Recent, and the window's title."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from mtviewer.settings import Settings
from mtviewer.ui.recent import RecentFiles


def test_recent_files_are_bounded_newest_first_and_sane(tmp_path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    recent = RecentFiles(settings, limit=3)
    for n in range(5):
        recent.add(tmp_path / f"{n}.sqlite")
    recent.add(tmp_path / "3.sqlite")
    assert recent.paths() == [tmp_path / "3.sqlite", tmp_path / "4.sqlite", tmp_path / "2.sqlite"]
    settings.store.setValue("recent/databases", ["relative.sqlite", 7, "", "/a\0b", str(tmp_path)])
    assert recent.paths() == [tmp_path]  # whatever the file holds, only absolute paths
    settings.store.setValue("recent/databases", str(tmp_path / "one.sqlite"))
    assert recent.paths() == [tmp_path / "one.sqlite"]


def _recent_menu(window) -> QMenu:
    menu = window.actions_by_name["recent"].menu()
    menu.aboutToShow.emit()
    return menu


def test_file_recent_opens_a_database_opened_before_and_greys_a_missing_one(
        window, seed_db, tmp_path, monkeypatch):
    other = tmp_path / "other.sqlite"
    gone = tmp_path / "gone.sqlite"
    shutil.copy(seed_db, other)
    shutil.copy(seed_db, gone)
    window.open_path(gone)
    window.open_path(other)
    assert window.db_path == other
    gone.unlink()
    entries = [a for a in _recent_menu(window).actions() if not a.isSeparator()]
    texts = [a.text() for a in entries]
    assert texts[0] == f"&1 {other}" and not entries[0].isEnabled()  # the one shown now
    assert texts[1] == f"&2 {gone} (missing)" and not entries[1].isEnabled()
    assert texts[2] == f"&3 {seed_db}" and entries[2].isEnabled()
    entries[2].trigger()
    assert window.db_path == seed_db
    forget = next(a for a in _recent_menu(window).actions() if a.text() == "Forget files that cannot be opened")
    forget.trigger()
    assert gone not in window.door.recent.paths() and other in window.door.recent.paths()
    next(a for a in _recent_menu(window).actions() if a.text() == "Clear the list").trigger()
    assert window.door.recent.paths() == []


def test_the_window_title_names_the_app_once(window):
    # Qt shows "<title> — mtviewer": the application's display name (app.py) follows the title
    assert window.windowTitle() == "Music therapy resources"
    assert "mtviewer" not in window.windowTitle().casefold()
