"""Zoom from 50 % to 300 %: the status bar shows the level, and no text is clipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QToolButton,
    QWidget,
)


def indicator(window) -> QLabel:
    return window.findChild(QLabel, "zoom-indicator")


def test_the_status_bar_shows_the_zoom_level(window, qtbot):
    label = indicator(window)
    assert label.isVisible() and label.text() == "Zoom: 100 %"
    assert label.accessibleName() == "Zoom level"
    qtbot.keyClick(window.current_tab().view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert label.text() == "Zoom: 110 %"
    window.zoom.set_percent(300)
    assert label.text() == "Zoom: 300 %"
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())


def clipped(root: QWidget) -> list[str]:
    """Visible texts that do not fit the widget that shows them."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            need = metrics.horizontalAdvance(widget.text()) if widget.textFormat() != \
                Qt.TextFormat.RichText else widget.sizeHint().width() - 2 * widget.margin()
            if need > widget.contentsRect().width() + 1:
                found.append(f"label {widget.text()!r}: {need} > {widget.contentsRect().width()}")
        elif isinstance(widget, QAbstractButton) and widget.text() and not (
                isinstance(widget, QToolButton) and not widget.icon().isNull()
                and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly):
            need = widget.sizeHint().width()
            if isinstance(widget, QCheckBox):
                option = QStyleOptionButton()
                option.initFrom(widget)
                indicator_width = widget.style().pixelMetric(
                    QStyle.PixelMetric.PM_IndicatorWidth, option, widget)
                if indicator_width < metrics.height() * 0.6:
                    found.append(f"check box {widget.text()!r}: indicator {indicator_width}px")
            if need > widget.width() + 1:
                found.append(f"button {widget.text()!r}: {need} > {widget.width()}")
        elif isinstance(widget, QComboBox):
            need = metrics.horizontalAdvance(widget.currentText())
            if need > widget.width() - 2 * metrics.height():
                found.append(f"drop-down {widget.currentText()!r}: {need} > {widget.width()}")
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            model = widget.model()
            for section in range(widget.count()):
                if widget.isSectionHidden(section):
                    continue
                text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                need = metrics.horizontalAdvance(text) + metrics.height()
                if need > widget.sectionSize(section):
                    found.append(f"column {text!r}: {need} > {widget.sectionSize(section)}")
        elif isinstance(widget, QTabBar):  # a title may shorten, to a readable word at least
            from mtviewer.ui.tab_titles import COUNT, readable_part

            for tab in range(widget.count()):
                title, count = COUNT.match(widget.tabText(tab).replace("&&", "&")).groups()
                need = metrics.horizontalAdvance(readable_part(title) + (count or ""))
                if need > widget.tabRect(tab).width():
                    found.append(f"tab {widget.tabText(tab)!r}")
            current = widget.tabRect(widget.currentIndex())  # others may scroll out of view
            if not widget.rect().contains(current):
                found.append(f"current tab {widget.tabText(widget.currentIndex())!r} cut off")
    return found


@pytest.mark.parametrize("percent", [200, 300])
@pytest.mark.parametrize("size", [(1280, 800), (800, 600)], ids=["wide", "narrow"])
def test_nothing_is_clipped_when_zoomed(window, qtbot, percent, size):
    window.resize(*size)
    window.printing.panel.show()
    window.zoom.set_percent(percent)
    problems = []
    for kind in ("event", "quote", "guideline", "brochure"):
        window.show_tab(kind)
        for _ in range(3):  # layouts follow the new font in posted events
            QApplication.processEvents()
        problems += [f"{kind}: {p}" for p in clipped(window)]
    assert not problems, "\n".join(problems)


def test_list_check_boxes_grow_with_the_text_and_tick_where_drawn(window, qtbot):
    from PySide6.QtWidgets import QStyleOptionViewItem

    tab = window.show_tab("quote")
    window.zoom.set_percent(200)
    for _ in range(3):
        QApplication.processEvents()
    index = tab.model.index(0, 0)
    option = QStyleOptionViewItem()
    option.rect = tab.view.visualRect(index)
    option.font = tab.view.font()
    option.widget = tab.view
    tab.delegate.initStyleOption(option, index)
    area = tab.delegate.cells.check_area(option)
    assert area.height() >= tab.view.fontMetrics().height() >= 2 * 13
    corner = area.bottomRight() - QPoint(2, 2)  # outside Qt's own, smaller box
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    image = tab.view.viewport().grab().toImage()
    background = image.pixelColor(area.right() + 1, area.bottom() - 2)
    assert any(image.pixelColor(x, y) != background  # the box is drawn that large
               for x in range(area.center().x(), area.right() + 1)
               for y in range(area.center().y(), area.bottom() + 1))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_the_shortcuts_list_wraps_instead_of_cutting_when_zoomed(window, qtbot):
    from mtviewer.ui.dialogs.help import ShortcutsDialog

    window.zoom.set_percent(300)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(3):
        QApplication.processEvents()
    table, metrics = dialog.table, dialog.table.fontMetrics()
    assert not clipped(dialog)
    for row in range(table.rowCount()):
        text = table.item(row, 0).text()
        lines = max(1, table.rowHeight(row) // metrics.height())
        if row in dialog.headings:  # a task's heading, in bold, across both columns
            from PySide6.QtGui import QFontMetrics

            room = table.columnWidth(0) + table.columnWidth(1)
            assert QFontMetrics(table.item(row, 0).font()).horizontalAdvance(text) <= room * lines
            continue
        assert metrics.horizontalAdvance(text) <= table.columnWidth(0) * lines, text


def test_qt_file_dialogs_grow_with_the_zoom(window):
    from PySide6.QtWidgets import QFileDialog

    from mtviewer.ui.dialogs.fit import COLUMNS, WIDE, fit_to_font

    window.zoom.set_percent(200)
    dialog = QFileDialog(window)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.resize(400, 300)
    fit_to_font(dialog)
    metrics = dialog.fontMetrics()
    screen = dialog.screen().availableGeometry()
    assert dialog.width() >= min(COLUMNS * metrics.averageCharWidth(),
                                 int(screen.width() * WIDE)) > 400
    dialog.deleteLater()


@pytest.mark.parametrize("percent", [100, 300])
def test_about_and_search_help_fit_the_screen_and_wrap(window, monkeypatch, percent):
    from mtviewer.ui.dialogs.reading import ReadingDialog

    shown = []
    monkeypatch.setattr(ReadingDialog, "exec", lambda dialog: shown.append(dialog) or dialog.show())
    window.zoom.set_percent(percent)
    window.show_about()
    window.show_search_help()
    screen = window.screen().availableGeometry()
    assert [d.objectName() for d in shown] == ["about", "search-help"]
    for dialog, expected in zip(shown, ("Licences", "gittar"), strict=True):
        QApplication.processEvents()
        assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
        assert dialog.text.horizontalScrollBar().maximum() == 0  # wrapped, nothing cut off
        assert expected in dialog.plain_text()
        dialog.close()


def test_the_edition_label_says_less_rather_than_cutting_its_text(window):
    label = window.edition_label
    longest, *_, shortest = label.texts()
    assert longest.startswith("Musikkterapi i rus og psykisk helse, edition 1.0 of ")
    assert label.text() == longest  # room enough at the window's usual size
    window.resize(640, 480)
    window.zoom.set_percent(300)
    QApplication.processEvents()
    assert label.text() in label.texts() and label.text() != longest
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    assert shortest.startswith("Edition 1.0") and str(window.db_path) in label.toolTip()
