"""Starting the desktop app: QApplication, language, opening the database, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from . import i18n, paths
from .ui import exception_hook
from .ui.main_window import MainWindow
from .ui.open_database import open_with_recovery

ORGANISATION = "mtviewer"
APPLICATION = "mtviewer"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("mtviewer")
    return app  # type: ignore[return-value]


def start(db: Path | None, lang: str | None,
          settings: QSettings | None = None) -> MainWindow | None:
    """Set up the application and show the main window; None when the user gave up."""
    app = make_application()
    language = lang or i18n.language_for_locale(QLocale.system().name())
    translators = i18n.install_translators(app, language)
    opened = open_with_recovery(db or paths.default_database())
    if opened is None:
        i18n.remove_translators(app, translators)
        return None
    window = MainWindow(*opened, settings if settings is not None else QSettings())
    window.translators = translators
    exception_hook.install(lambda: QApplication.activeWindow() or window)
    window.show()
    return window


def run_gui(db: Path | None, lang: str | None) -> int:
    window = start(db, lang)
    if window is None:
        return 1
    try:
        return QApplication.instance().exec()
    finally:
        window.engine.dispose()
