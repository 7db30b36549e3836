"""Render every list of the main window to PNG, offscreen: both languages, two sizes, and each
colour scheme at normal size and at 200 % zoom.

    python scripts/screenshots.py [OUT_DIR]      (default: screenshots/)

Look at the pictures: a screenshot that looks wrong is a bug, whatever the tests say.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402

from mtviewer import i18n, paths  # noqa: E402
from mtviewer.app import make_application  # noqa: E402
from mtviewer.content import open_content  # noqa: E402
from mtviewer.ui.main_window import MainWindow  # noqa: E402

RUNS = (  # (colour scheme, zoom %, width, height)
    ("light", 100, 1280, 800), ("light", 100, 800, 600),
    ("dark", 100, 1280, 800), ("contrast", 100, 1280, 800),
    ("light", 200, 1024, 768), ("dark", 200, 1024, 768), ("contrast", 200, 1024, 768),
)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    content = open_content(paths.default_database())
    with tempfile.TemporaryDirectory() as scratch:
        for language in ("nb", "en"):
            translators = i18n.install_translators(app, language)
            for scheme, zoom, width, height in RUNS:
                settings = QSettings(f"{scratch}/{language}{scheme}{zoom}{width}.ini",
                                     QSettings.Format.IniFormat)
                settings.setValue("view/colours", scheme)
                settings.setValue("view/zoom", zoom)
                window = MainWindow(content, settings, Path(scratch) / "data")
                window.resize(width, height)
                window.show()
                for kind in window.record_tabs:  # each list, those of a group's tab too
                    window.show_tab(kind)
                    for _ in range(5):
                        app.processEvents()
                    path = out / f"{kind}-{language}-{scheme}-{zoom}-{width}x{height}.png"
                    window.grab().save(str(path))
                    print(path)
                window.close()
                window.deleteLater()
            i18n.remove_translators(app, translators)
    content.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
