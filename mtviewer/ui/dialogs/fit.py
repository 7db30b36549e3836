"""Qt's own dialogs (file dialogs, print preview) at the zoom in use: sized from the text."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QHeaderView, QTreeView, QWidget

COLUMNS, LINES = 80, 28
"""A file dialog's size, in average characters and lines of the interface font."""


def fit_to_font(dialog: QWidget) -> None:
    """Give ``dialog`` room for its text at the current zoom, within the screen."""
    metrics = dialog.fontMetrics()
    width = max(dialog.width(), COLUMNS * metrics.averageCharWidth())
    height = max(dialog.height(), LINES * metrics.height())
    screen = dialog.screen().availableGeometry() if dialog.screen() else None
    if screen is not None and not screen.isEmpty():
        width, height = min(width, screen.width()), min(height, screen.height())
    dialog.resize(width, height)
    for tree in dialog.findChildren(QTreeView):  # a file list's columns: titles and sizes
        header = tree.header()
        header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(0, max(header.sectionSize(0), width // 3))


def fit_next_dialog(parent: QWidget) -> None:
    """Fit the dialog a static Qt call (``QFileDialog.getSaveFileName``…) is about to open:
    it is fitted from inside its own event loop, once shown."""
    def fit() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog is not parent and dialog.window() is not parent.window():
            fit_to_font(dialog)
    QTimer.singleShot(0, parent, fit)


def fit_preview(dialog: QWidget) -> None:
    """A print preview big enough to read a page: most of the screen (Qt opens it small)."""
    screen = dialog.screen().availableGeometry() if dialog.screen() else None
    if screen is None or screen.isEmpty():
        fit_to_font(dialog)
        return
    dialog.resize(max(dialog.width(), int(screen.width() * 0.8)),
                  max(dialog.height(), int(screen.height() * 0.9)))
