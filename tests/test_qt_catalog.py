"""Qt's own dialogs speak bokmål: no English, no nynorsk in their widget trees."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QWidget,
)

from mtviewer import i18n

from .conftest import REPO

CATALOG = REPO / "resources" / "translations" / "qtbase_nb.ts"
TITLE, FILTER, FOLDER = "Tittel", "PDF (*.pdf)", "/"
"""What the app itself puts in a dialog (its own catalog translates those)."""
NOT_WORDS = re.compile(r"[\d\s.,:/%×()x…-]*(mm|in|pt|tommer|bytes?|[KMG]i?B)?")
"""Numbers, sizes and zoom levels such as "100,0 %", "210,00mm", "9 × 12 tommer" or "/ 0"."""
B = QDialogButtonBox.StandardButton
M = QMessageBox.StandardButton


def widget_texts(root: QWidget) -> set[str]:
    """Every text a dialog shows or tells a screen reader: labels, buttons, titles, tips,
    list items, column titles and actions."""
    found: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        found |= {widget.windowTitle(), widget.toolTip(), widget.accessibleName(),
                  widget.statusTip(), widget.whatsThis()}
        for name in ("text", "title", "placeholderText", "prefix", "suffix"):
            getter = getattr(widget, name, None)
            if callable(getter) and (name == "placeholderText" or not isinstance(widget, QLineEdit)):
                try:
                    found.add(getter())
                except TypeError:
                    pass
        if isinstance(widget, QComboBox):
            found |= {widget.itemText(i) for i in range(widget.count())}
        if isinstance(widget, QTabWidget):
            found |= {widget.tabText(i) for i in range(widget.count())}
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, root = widget.model(), widget.rootIndex()
            found |= {str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(model.columnCount())}
            found |= {str(model.index(r, c, root).data() or "")  # a file's type: "Folder"
                      for r in range(min(model.rowCount(root), 20))
                      for c in range(1, model.columnCount(root))}
        for action in widget.actions():
            found |= {action.text(), action.toolTip(), action.iconText()}
    return {text.split("\t")[0] for text in found if isinstance(text, str) and text.strip()}


def menu_texts(widget) -> set[str]:
    return {a.text().split("\t")[0] for a in widget.createStandardContextMenu().actions()
            if a.text()}


def dialogs(printer: QPrinter):
    """Each dialog of Qt's that the app can show, built as the app builds it."""
    for mode in (QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen):
        dialog = QFileDialog(None, TITLE, FOLDER, FILTER)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        yield dialog
    yield QPrintPreviewDialog(printer)
    yield QPrintDialog(printer)
    yield QPageSetupDialog(printer)
    yield QMessageBox(QMessageBox.Icon.Question, TITLE, TITLE,
                      M.Yes | M.No | M.Cancel | M.Close | M.Ok)
    yield QDialogButtonBox(B.Ok | B.Cancel | B.Save | B.Close | B.Help | B.Open)


def shown_texts(qtbot) -> set[str]:
    texts: set[str] = set()
    printer = QPrinter()
    for dialog in dialogs(printer):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        if isinstance(dialog, QFileDialog):  # its files are listed by a thread
            view = dialog.findChild(QTreeView)
            qtbot.waitUntil(lambda view=view: view.model().rowCount(view.rootIndex()) > 0)
        texts |= widget_texts(dialog)
        dialog.close()
    field, browser = QLineEdit("text"), QTextBrowser()
    browser.setPlainText("text")
    return texts | menu_texts(field) | menu_texts(browser)


def catalog() -> dict[tuple[str, str], str]:
    root = ET.parse(CATALOG).getroot()
    return {(ctx.findtext("name"), msg.findtext("source")): msg.findtext("translation")
            for ctx in root.iter("context") for msg in ctx.iter("message")}


@pytest.fixture
def bokmal():
    app = QApplication.instance()
    translators = i18n.install_translators(app, "nb")
    yield translators
    i18n.remove_translators(app, translators)


def test_qt_dialogs_show_only_bokmal(qtbot):
    english = shown_texts(qtbot)
    assert {"File &name:", "Files of &type:", "&Look in:", "Print Preview", "&Yes",
            "Page &Set:", "Select All", "Pages &per sheet:"} <= english  # the walk sees them
    app = QApplication.instance()
    translators = i18n.install_translators(app, "nb")
    try:
        norwegian = shown_texts(qtbot)
    finally:
        i18n.remove_translators(app, translators)
    ours = catalog()
    bokmal_texts = set(ours.values())
    same_in_both = {source for (_ctx, source), text in ours.items() if source == text}
    leftover_english = (english & norwegian) - same_in_both - {TITLE, FILTER, FOLDER}
    assert not {t for t in leftover_english if not NOT_WORDS.fullmatch(t)}, leftover_english
    prefix = ours[("QFileDialog", "Show ")]
    foreign = {t for t in norwegian - bokmal_texts - {TITLE, FILTER, FOLDER}
               if not NOT_WORDS.fullmatch(t)
               and not (t.startswith(prefix) and t[len(prefix):] in bokmal_texts)}
    assert not foreign, f"shown, but not from the bokmål catalog: {sorted(foreign)}"
    assert {"Fil&navn:", "Fil&type:", "&Søk i:", "Forhåndsvisning", "&Ja", "Side&sett:",
            "Merk alt", "Navn", "Størrelse", "&Lagre"} <= norwegian


def test_nynorsk_forms_are_gone(qtbot, bokmal):
    norwegian = shown_texts(qtbot)
    for nynorsk in ("Namn", "Storleik", "&Lagra", "Førehandsvising", "Liggjande", "Leit i:"):
        assert nynorsk not in norwegian


def test_qt_catalog_is_compiled(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    compiled = tmp_path / "qtbase_nb.qm"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), str(CATALOG),
                    "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == CATALOG.with_suffix(".qm").read_bytes()


def test_key_names_in_the_shortcuts_list_are_bokmal(bokmal_window):
    """Qt names keys in nynorsk ("Pil høgre") or English ("Escape", "Delete"): ours, as the
    keys are labelled."""
    from PySide6.QtGui import QKeySequence

    from mtviewer.ui.dialogs.help import keyboard_rows

    named = QKeySequence("Alt+Right").toString(QKeySequence.SequenceFormat.NativeText)
    assert named == "Alt+Pil høyre"
    keys = " ".join(keys for _what, keys in keyboard_rows(bokmal_window))
    assert "Pil høyre" in keys and "Pil venstre" in keys
    for foreign in ("høgre", "Escape", "Delete"):
        assert foreign not in keys, foreign
