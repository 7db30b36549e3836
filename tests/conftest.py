"""Shared fixtures: offscreen Qt, and a fresh copy per test of the database built once per
session from the content source."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything loads Qt

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from mtviewer import paths
from mtviewer.compiler.build import build_database
from mtviewer.content import open_content
from mtviewer.settings import Settings

REPO = Path(__file__).resolve().parents[1]
CONTENT = REPO / "db" / "content"


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    """A private, editable copy of the content source."""
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    return folder


@pytest.fixture(scope="session")
def _seed_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The content source built once for the whole session; tests get copies of it."""
    out = tmp_path_factory.mktemp("seed") / "seed.sqlite"
    build_database(CONTENT, out)
    return out


@pytest.fixture
def seed_db(tmp_path: Path, _seed_template: Path) -> Path:
    """A private, writable copy of the database built from the real content source."""
    out = tmp_path / "seed.sqlite"
    shutil.copyfile(_seed_template, out)
    return out


@pytest.fixture
def content(seed_db: Path):
    """The read side on a fresh copy of the real content."""
    opened = open_content(seed_db)
    yield opened
    opened.close()


@pytest.fixture
def orm(seed_db: Path):
    """A SQLAlchemy session on the built database, for tests of what the build wrote."""
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    engine = create_engine(f"sqlite:///file:{seed_db}?mode=ro&uri=true")
    with Session(engine) as session:
        yield session
    engine.dispose()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """The app's typed settings over a private file (``settings.store`` for raw keys)."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, content, seed_db, settings):
    from mtviewer.ui.main_window import MainWindow

    win = MainWindow(content, settings, seed_db.parent / "user-data")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    settled(qtbot, win)
    return win


@pytest.fixture
def bokmal_window(qtbot, qapp, content, seed_db, settings):
    """A main window with the interface in bokmål, as ``--lang nb`` starts it."""
    from mtviewer import i18n
    from mtviewer.ui.main_window import MainWindow

    translators = i18n.install_translators(qapp, "nb")
    win = MainWindow(content, settings, seed_db.parent / "user-data")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    i18n.remove_translators(qapp, translators)
def settled(qtbot, win) -> None:
    """Wait for what a window does right after its first paint (the status bar's edition)."""
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: bool(win.edition_label.text()), timeout=10_000)
    QApplication.processEvents()  # the status bar lays the label out again


@pytest.fixture(autouse=True, scope="session")
def _english_catalog(qapp):
    """English, as the app starts it: the source strings, with the plural forms of its
    catalog ("1 quote chosen", "2 quotes chosen")."""
    from mtviewer import i18n

    yield i18n.install_translators(qapp, "en")


@pytest.fixture(autouse=True)
def _no_held_keys(qapp):
    """QTest leaves Shift held in QGuiApplication.keyboardModifiers() after a click such as
    Ctrl+Shift+C (its release of Shift still carries Shift), and a list then reads the next
    test's selectRow as Shift+click: each test starts with no key held."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        spare = QWidget()
        QTest.keyRelease(spare, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
        spare.deleteLater()


@pytest.fixture(autouse=True)
def _english_locale():
    """Tests that switch language must not leak it into the next test."""
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(QLocale("en_GB"))


@pytest.fixture(autouse=True)
def _no_user_paths(monkeypatch, tmp_path):
    """Keep tests away from the user's real settings and data."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("MTVIEWER_SYSTEM_DIR", str(tmp_path / "system"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "system-config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "config"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope,
                      str(tmp_path / "system-config"))
    assert paths.default_database().exists()


@pytest.fixture
def open_window(qtbot, settings, tmp_path):
    """Open a main window on a database file, as a person would; closed after the test."""
    from mtviewer.ui.main_window import MainWindow

    opened = []

    def open_(path: Path, size: tuple[int, int] = (1280, 800)):
        win = MainWindow(open_content(path), settings, tmp_path / "user-data")
        qtbot.addWidget(win)
        win.resize(*size)
        win.show()
        opened.append(win)
        settled(qtbot, win)
        return win

    yield open_
    for win in opened:
        win.close()
        win.content.close()


def add_records(content_dir: Path, filename: str, toml: str) -> None:
    """Append records (TOML text) to one of the content files."""
    path = content_dir / filename
    path.write_text(path.read_text(encoding="utf-8") + toml, encoding="utf-8")


def every_list(window) -> dict:
    """Every list of ``window`` by kind, each one's tab built (tabs are built when first
    shown, or asked for)."""
    from mtviewer.ui.kinds import VIEWS

    return {kind: window.record_tabs[kind] for kind, view in VIEWS.items()
            if view.title or view.group}
