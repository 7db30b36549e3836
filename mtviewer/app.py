"""Starting the desktop app: QApplication, language, opening the database, main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from . import i18n, paths
from .content import Content, DatabaseError, open_content
from .editions.verify import default_database
from .settings import LANGUAGE, Settings
from .ui.dialogs import exception_hook
from .ui.dialogs.open_database import open_with_recovery
from .ui.main_window import MainWindow

ORGANISATION = "mtviewer"
_OPEN_WINDOWS: list[MainWindow] = []
APPLICATION = "mtviewer"
QUIT_AFTER_MS = 150
"""With MTVIEWER_QUIT_AFTER_PAINT: how long after the first paint the app quits."""


def app_icon() -> QIcon:
    icon = QIcon()
    for png in sorted(paths.icons_dir().glob("mtviewer-*.png")):
        icon.addFile(str(png))
    return icon


def make_application(argv: list[str] | None = None) -> QApplication:
    # Fusion draws with the palette everywhere, so the colour schemes apply fully. Chosen
    # on Qt's command line: setStyle() would hand Python a QStyle it does not need yet.
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
        if app.style().name().casefold() != "fusion":
            app.setStyle("Fusion")
    else:
        app = QApplication([*(argv or sys.argv[:1]), "-style", "Fusion"])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("org.mtviewer.Mtviewer")
    app.setWindowIcon(app_icon())
    return app


def _running() -> QApplication:
    """The application ``start`` made (without setting it up again)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


def start(db: Path | None, lang: str | None,
          settings: Settings | None = None) -> MainWindow | None:
    """Set up the application and show the main window; None when the user gave up."""
    app = make_application()
    unkept = None
    if settings is None:
        from .settings_files import user_settings

        store, unkept = user_settings()
        settings = Settings(store)
    language = lang or settings[LANGUAGE] or i18n.language_for_locale(QLocale.system().name())
    translators = i18n.install_translators(app, language)
    app.setApplicationDisplayName(i18n.app_name())  # what title bars add to dialogs' titles
    opened = open_with_recovery(db) if db is not None else open_default()
    if opened is None:
        i18n.remove_translators(app, translators)
        return None
    window = _show_window(opened, settings, translators)
    exception_hook.install(lambda: QApplication.activeWindow() or window)
    if unkept is not None:
        QTimer.singleShot(0, window, lambda: _tell_settings_not_kept(window, unkept))
    return window


def _tell_settings_not_kept(window: MainWindow, path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from .formatting import fill

    translate = QApplication.translate
    QMessageBox.warning(window, translate("Settings", "Settings"), fill(translate(
        "Settings", "Your settings file %1 is not a regular file (a pipe or a device), so it "
                    "was not read. The app works as usual, but will not keep settings such "
                    "as the window's layout this time."), path))


def open_default() -> Content | None:
    """The installed default edition when it opens, else the shipped database."""
    chosen = default_database()
    if chosen != paths.default_database():
        try:
            return open_content(chosen)
        except DatabaseError:
            pass  # a damaged installed edition: the shipped one still shows
    return open_with_recovery(paths.default_database())


def _show_window(content: Content, settings: Settings, translators,
                 data_dir: Path | None = None) -> MainWindow:
    window = MainWindow(content, settings, data_dir)
    window.translators = translators
    window.languageChangeRequested.connect(lambda code: switch_language(window, code))
    window.show()
    _OPEN_WINDOWS[:] = [window]  # a top-level window lives as long as a reference to it
    return window


def _quit_after_first_paint(window: MainWindow) -> None:
    """Print 'PAINTED' once the list has been drawn, then quit once what follows the first
    paint has run (its messages included): start-up timing."""
    class Watcher(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                print("PAINTED", flush=True)
                QTimer.singleShot(QUIT_AFTER_MS, QApplication.quit)
            return False

    watcher = Watcher(window)  # the window keeps it, as its child
    window.current_tab().view.viewport().installEventFilter(watcher)


def switch_language(window: MainWindow, language: str) -> MainWindow:
    """Rebuild the window in another language; tab, layout and selection carry over."""
    app = _running()
    window.settings[LANGUAGE] = language
    window.save_state()
    i18n.remove_translators(app, window.translators)
    translators = i18n.install_translators(app, language)
    app.setApplicationDisplayName(i18n.app_name())
    new = _show_window(window.content, window.settings, translators, window.data_dir)
    window.hide()
    window.deleteLater()
    return new


def run_gui(db: Path | None, lang: str | None) -> int:
    window = start(db, lang)
    if window is None:
        return 1
    if os.environ.get("MTVIEWER_QUIT_AFTER_PAINT"):  # for scripts/benchmark_start.py
        _quit_after_first_paint(window)
    try:
        return _running().exec()
    finally:
        window.content.close()
