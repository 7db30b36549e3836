"""Every dialog fits a 1366 × 768 screen, at 100 % and at 200 %: opened as the user opens
it, in a process of its own whose (offscreen) screen has that size."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .conftest import REPO

DRIVER = """
import json, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from mtviewer import i18n, paths
from mtviewer.app import make_application
from mtviewer.content import open_content
from mtviewer.settings import ZOOM, Settings
from mtviewer.ui.main_window import MainWindow

language, zoom = sys.argv[1], int(sys.argv[2])
app = make_application()
i18n.install_translators(app, language)
content = open_content(paths.default_database())
scratch = tempfile.mkdtemp()
settings = Settings(QSettings(scratch + "/s.ini", QSettings.Format.IniFormat))
settings[ZOOM] = zoom
window = MainWindow(content, settings, Path(scratch) / "data")
window.show()
for _ in range(5):
    app.processEvents()
window.printing.model.add_ids(list(content.ids("quote"))[:3])

def notices():
    from mtviewer.ui.dialogs.help import show_notices
    show_notices(window)

DIALOGS = {
    "shortcuts": window.show_shortcuts, "about": window.show_about,
    "search-help": window.show_search_help, "notices": notices,
    "choose-edition": lambda: window.editions.choose_edition(),
    "print-preview": window.printing.print_preview,
    "export-pdf": window.printing.export_pdf, "open-database": window.open_database,
}
found = {}
for name, open_it in DIALOGS.items():
    for old in QApplication.topLevelWidgets():
        old.setProperty("seen", True)

    def grab(name=name):
        new = [w for w in QApplication.topLevelWidgets()
               if w.isVisible() and w.isWindow() and not w.property("seen")]
        if not new:  # not shown yet
            QTimer.singleShot(100, lambda: grab(name))
            return
        dialog = new[-1]
        for _ in range(3):
            app.processEvents()
        g = dialog.frameGeometry()
        found[name] = [g.x(), g.y(), g.width(), g.height()]
        dialog.close()
    QTimer.singleShot(300, grab)
    open_it()  # a modal dialog returns once grabbed and closed; the others, at once
    while name not in found:
        app.processEvents()
screen = app.primaryScreen().availableGeometry()
print(json.dumps({"screen": [screen.width(), screen.height()], "dialogs": found}))
"""


@pytest.mark.parametrize("zoom", [100, 200])
@pytest.mark.parametrize("language", ["nb", "en"])
def test_every_dialog_fits_a_small_laptop_screen(tmp_path, zoom, language):
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", DRIVER, language, str(zoom)], cwd=REPO,
                            env=env, capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["screen"] == [1366, 768]
    assert set(report["dialogs"]) == {"shortcuts", "about", "search-help", "notices",
                                      "choose-edition", "print-preview", "export-pdf",
                                      "open-database"}
    for name, (x, y, width, height) in report["dialogs"].items():
        assert 0 <= x and 0 <= y and x + width <= 1366 and y + height <= 768, (name, width,
                                                                              height)
        assert width >= 300 and height >= 180, name  # and not shrunk to nothing
