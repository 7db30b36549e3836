"""Start-up pays only for the first paint: features load when they are first used."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from .conftest import REPO

LAZY = ("sqlalchemy", "icalendar", "segno", "PySide6.QtPrintSupport", "mtviewer.printing.document",
        "mtviewer.printing.page_document", "mtviewer.printing.pdf", "mtviewer.printing.typeset",
        "mtviewer.printing.furniture", "mtviewer.printing.command",
        "mtviewer.compiler", "mtviewer.export", "nacl", "mtviewer.editions.client",
        "mtviewer.editions.publish", "mtviewer.editions.signing", "mtviewer.editions.fetcher",
        "tuf", "securesystemslib", "truststore", "urllib3", "urllib.request")
"""What the window must not have loaded when its list is first painted (of the printing
package, the print selection and the layouts' declarations load: they are plain data)."""

DRIVER = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import mtviewer.cli  # the real entry point's imports
from mtviewer import app

window = app.start(None, "en")
loaded = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not loaded:
            loaded["modules"] = sorted(sys.modules)
            QTimer.singleShot(0, QApplication.quit)
        return False

watcher = FirstPaint()
window.current_tab().view.viewport().installEventFilter(watcher)
QApplication.instance().exec()
print(json.dumps(loaded["modules"]))
"""


def modules_at_first_paint(tmp_path, selection: list[str] | None = None) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "MTVIEWER_SYSTEM_DIR": str(tmp_path / "system")}
    if selection is not None:
        folder = tmp_path / "data" / "mtviewer" / "mtviewer"
        folder.mkdir(parents=True)
        (folder / "print-selection.json").write_text(json.dumps(
            {"version": 1, "quotes": selection, "options": {}}), encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", DRIVER], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=120, check=True)
    return json.loads(result.stdout.splitlines()[-1])


def lazy_ones(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == lazy or m.startswith(lazy + ".") for lazy in LAZY)]


def test_nothing_lazy_is_loaded_before_the_first_paint(tmp_path):
    modules = modules_at_first_paint(tmp_path)
    assert "mtviewer.ui.main_window" in modules  # the driver saw the real window
    assert lazy_ones(modules) == []


def test_a_saved_print_selection_does_not_load_the_print_stack(tmp_path):
    assert lazy_ones(modules_at_first_paint(tmp_path, ["borgen-skaper-helse"])) == []


def test_an_installed_edition_is_opened_without_loading_the_signature_code(tmp_path,
                                                                           content_dir):
    from mtviewer.editions.client import install
    from mtviewer.editions.fetcher import Job
    from mtviewer.editions.store import Store

    from .editions_helpers import make_key, publish_version

    publish_version(content_dir, tmp_path / "feed", make_key(tmp_path / "keys"), "2.0")
    install(str(tmp_path / "feed"), Store.user(), Job())
    modules = modules_at_first_paint(tmp_path)
    assert "mtviewer.editions.verify" in modules  # the edition was looked for, and checked
    assert lazy_ones(modules) == []
