"""Dialogs at the zoom in use, sized from their text and never larger than the screen: Qt's
own (file dialogs, print preview) and ours (tables, pages to read)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QHeaderView, QTreeView, QWidget

COLUMNS, LINES = 80, 28
"""A file dialog's size, in average characters and lines of the interface font."""
LEAST_ROWS = 4
"""A table dialog has room for this many rows, however few it lists."""
WIDE, TALL = 0.95, 0.88
"""The most of the screen's free area a dialog takes across and down (its title bar and
frame, which the window manager adds, stay on the screen too)."""


def within_screen(widget: QWidget, width: int, height: int) -> tuple[int, int]:
    """``width`` × ``height``, made to fit the free area of the screen ``widget`` is on."""
    screen = widget.screen().availableGeometry() if widget.screen() else None
    if screen is None or screen.isEmpty():
        return width, height
    return min(width, int(screen.width() * WIDE)), min(height, int(screen.height() * TALL))


def keep_on_screen(dialog: QWidget) -> None:
    """Move ``dialog`` (frame and all) onto the free area of its screen, after whatever sized
    it: Qt places a dialog over its window before a zoomed one has grown."""
    screen = dialog.screen().availableGeometry() if dialog.screen() else None
    if screen is None or screen.isEmpty():
        return
    frame = dialog.frameGeometry()
    x = min(max(frame.x(), screen.left()), max(screen.left(), screen.right() - frame.width() + 1))
    y = min(max(frame.y(), screen.top()), max(screen.top(), screen.bottom() - frame.height() + 1))
    if (x, y) != (frame.x(), frame.y()):
        dialog.move(x + dialog.x() - frame.x(), y + dialog.y() - frame.y())


def keep_on_screen_when_shown(dialog: QWidget) -> None:
    """The same, once the dialog is shown and has taken its final size."""
    if dialog.isVisible():
        keep_on_screen(dialog)
    QTimer.singleShot(0, dialog, lambda: keep_on_screen(dialog))


def fit_table_dialog(dialog: QWidget, table, extra_lines: int) -> None:
    """A dialog around ``table``: as wide as its columns, as tall as its rows and
    ``extra_lines`` lines more (for the dialog's own text and buttons), within the screen;
    the table scrolls for the rest."""
    table.resizeColumnsToContents()
    table.resizeRowsToContents()
    metrics = dialog.fontMetrics()
    header = table.horizontalHeader()
    width = header.length() + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
    layout = dialog.layout()
    margins = layout.contentsMargins() if layout is not None else None
    width += (margins.left() + margins.right()) if margins else 0
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    rows += max(0, LEAST_ROWS - table.rowCount()) * table.verticalHeader().defaultSectionSize()
    height = (rows + header.sizeHint().height() + 2 * table.frameWidth()
              + extra_lines * metrics.lineSpacing())
    dialog.resize(*within_screen(dialog, max(width, 40 * metrics.averageCharWidth()), height))


def fit_to_font(dialog: QWidget) -> None:
    """Give ``dialog`` room for its text at the current zoom, within the screen."""
    metrics = dialog.fontMetrics()
    width = max(dialog.width(), COLUMNS * metrics.averageCharWidth())
    height = max(dialog.height(), LINES * metrics.height())
    width, height = within_screen(dialog, width, height)
    dialog.resize(width, height)
    keep_on_screen_when_shown(dialog)
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
    dialog.resize(*within_screen(dialog, max(dialog.width(), int(screen.width() * 0.8)),
                                 max(dialog.height(), int(screen.height() * 0.9))))
    keep_on_screen_when_shown(dialog)
