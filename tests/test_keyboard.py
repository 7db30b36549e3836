"""Keyboard only and screen readers: every task without a mouse, every control named."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from mtviewer import i18n


def focused() -> QWidget:
    return QApplication.focusWidget()


def test_browse_search_follow_a_link_and_choose_a_quote_by_keyboard(window, qtbot):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    quotes = window.current_tab()
    qtbot.keyClick(quotes.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is quotes.search_field
    qtbot.keyClicks(quotes.search_field, "borgen")
    assert quotes.model.rowCount() == 2
    qtbot.keyClick(quotes.search_field, Qt.Key.Key_Tab)
    assert focused() is quotes.view
    qtbot.keyClick(quotes.view, Qt.Key.Key_Down)
    qtbot.keyClick(quotes.view, Qt.Key.Key_Space)  # tick it for printing
    assert len(window.printing.panel.keys()) == 1
    qtbot.waitUntil(lambda: "Marianne Borgen" in quotes.detail.toPlainText())
    quotes.detail.setFocus()
    qtbot.keyClick(quotes.detail, Qt.Key.Key_Tab)  # first link: the speaker
    qtbot.keyClick(quotes.detail, Qt.Key.Key_Return)
    assert "Ordfører i Oslo" in quotes.detail.toPlainText()


def test_every_focusable_control_has_a_name(window):
    window.printing.panel.show()
    unnamed = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton)
                                           else "")
        if widget.objectName().startswith("qt_") and widget.parent().accessibleName():
            continue  # a part Qt builds inside a named control (a spin box's text field)
        if not name and widget.parent() is not None and type(widget).__name__ not in (
                "QTabBar", "QHeaderView", "QScrollBar", "QMenuBar", "QSplitterHandle"):
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_lists_and_controls_describe_themselves(window):
    window.printing.panel.show()
    undescribed = [f"{type(w).__name__} {w.accessibleName()}"
                   for w in window.findChildren(QWidget)
                   if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus
                   and w.accessibleName() and not w.accessibleDescription()]
    assert undescribed == []


def test_qt_dialogs_use_the_closest_norwegian_catalog(qapp):
    translators = i18n.install_translators(qapp, "nb")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
        assert QCoreApplication.translate("QPrintPreviewDialog", "Print") == "Skriv ut"
    finally:
        i18n.remove_translators(qapp, translators)
