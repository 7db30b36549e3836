"""Render every tab of the main window, and every dialog, to PNG offscreen: both languages,
light, dark and high contrast, 100 %, 200 % and 300 %, narrow and wide.

    python scripts/screenshots.py [OUT_DIR] [--quick]   (default: screenshots/)

--quick renders only the light scheme (tabs in every size, dialogs at 100 % and 300 %).
Look at the pictures: a screenshot that looks wrong is a bug, whatever the tests say.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from mtviewer import i18n, paths  # noqa: E402
from mtviewer.app import make_application  # noqa: E402
from mtviewer.content import open_content  # noqa: E402
from mtviewer.settings import COLOURS, ZOOM, Settings  # noqa: E402
from mtviewer.ui.kinds import VIEWS  # noqa: E402
from mtviewer.ui.main_window import MainWindow  # noqa: E402

SCHEMES = ("light", "dark", "contrast")
ZOOMS = (100, 200, 300)
SIZES = ((1440, 900), (800, 600))
DIALOGS = {  # name: how the user opens it
    "shortcuts": lambda w: w.show_shortcuts(),
    "about": lambda w: w.show_about(),
    "search-help": lambda w: w.show_search_help(),
    "print-preview": lambda w: w.printing.print_preview(),
    "export-pdf": lambda w: w.printing.export_pdf(),
    "open-database": lambda w: w.open_database(),
}


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def capture_dialog(app: QApplication, window: MainWindow, open_dialog, path: Path) -> None:
    """Open a modal dialog as the user would, photograph it, and close it again."""
    def grab() -> None:
        dialog = QApplication.activeModalWidget() or next(
            (w for w in QApplication.topLevelWidgets()
             if w.isVisible() and w is not window and w.isWindow()), None)
        if isinstance(dialog, QWidget):
            settle(app)
            dialog.grab().save(str(path))
            print(path)
            dialog.close()
    QTimer.singleShot(400, grab)
    open_dialog(window)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path("screenshots"),
                        help="folder for the PNGs (default: screenshots/)")
    parser.add_argument("--quick", action="store_true",
                        help="only the light scheme; dialogs at 100 %% and 300 %%")
    options = parser.parse_args()
    quick, out = options.quick, options.out
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    content = open_content(paths.default_database())
    with tempfile.TemporaryDirectory() as scratch:
        for language in ("nb", "en"):
            translators = i18n.install_translators(app, language)
            for scheme in SCHEMES[:1] if quick else SCHEMES:
                for zoom in ZOOMS:
                    for width, height in SIZES:
                        name = f"{language}-{scheme}-{zoom}-{width}x{height}"
                        settings = Settings(QSettings(f"{scratch}/{name}.ini",
                                                      QSettings.Format.IniFormat))
                        settings[COLOURS] = scheme
                        settings[ZOOM] = zoom
                        window = MainWindow(content, settings, Path(scratch) / name)
                        window.resize(width, height)
                        window.show()
                        window.printing.model.add_ids(list(content.ids("quote"))[:3])
                        for kind in VIEWS:  # every kind, a group's too: each tab is
                            window.show_tab(kind)  # built when first shown
                            settle(app)
                            path = out / f"{kind}-{name}.png"
                            window.grab().save(str(path))
                            print(path)
                        if width == SIZES[0][0] and (not quick or zoom != 200):
                            for dialog, open_dialog in DIALOGS.items():
                                capture_dialog(app, window, open_dialog,
                                               out / f"dialog-{dialog}-{name}.png")
                        window.close()
                        window.deleteLater()
            i18n.remove_translators(app, translators)
    content.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
