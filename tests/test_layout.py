"""The window at its own size: a first window that fits the screen, columns from their text,
the Quotes reading view, the print panel beside the Quotes list only, and remembered sizes
that no longer fit put right."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from mtviewer.settings import PANEL_SIZE, PANEL_VISIBLE, TAB_SPLITTER
from mtviewer.ui.browse.split import MOST, READABLE_LINES
from mtviewer.ui.main_window import MainWindow
from mtviewer.ui.window_state import SHARE

from .conftest import settled


def settle(times: int = 4) -> None:
    for _ in range(times):
        QApplication.processEvents()


def open_main(qtbot, content, settings, tmp_path, size=None) -> MainWindow:
    window = MainWindow(content, settings, tmp_path / "data")
    qtbot.addWidget(window)
    if size:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    settled(qtbot, window)
    return window


def test_a_first_window_takes_a_share_of_the_screen_and_builds_one_tab(qtbot, content,
                                                                          settings, tmp_path):
    window = open_main(qtbot, content, settings, tmp_path)
    room = window.screen().availableGeometry()
    assert window.width() == round(room.width() * SHARE)
    assert window.height() == round(room.height() * SHARE)
    assert room.contains(window.frameGeometry())
    assert window.windowTitle() == "Music therapy resources"
    assert list(window.pages) == ["topic"]  # the others are built when first shown
    assert window.show_tab("quote").model.rowCount() == 13
    assert set(window.pages) == {"topic", "quote"}


def test_columns_take_the_width_of_their_text_and_the_quote_the_rest(window):
    window.resize(1600, 900)
    tab = window.show_tab("quote")
    settle()
    header, metrics = tab.view.horizontalHeader(), tab.view.fontMetrics()
    who = [c.header for c in tab.model.columns].index("Who")
    assert header.sectionSize(who) >= metrics.horizontalAdvance("Marianne Borgen")
    shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
    assert len(shown) == header.count()  # room for all
    assert header.sectionSize(0) == max(header.sectionSize(i) for i in shown)


def test_a_narrow_list_leaves_out_the_least_needed_columns_not_the_text(window):
    tab = window.show_tab("quote")
    window.resize(700, 600)
    settle()
    header = tab.view.horizontalHeader()
    hidden = {tab.model.columns[i].header for i in range(header.count())
              if header.isSectionHidden(i)}
    assert hidden and hidden <= {c.header for c in tab.model.columns if c.drop}
    assert header.sectionSize(0) >= 0.4 * tab.view.viewport().width()
    window.resize(1700, 900)
    settle()
    assert not any(header.isSectionHidden(i) for i in range(header.count()))


def test_the_reading_view_shows_each_quote_whole_and_is_remembered(qtbot, content, settings,
                                                                    tmp_path):
    window = open_main(qtbot, content, settings, tmp_path, (1280, 800))
    tab = window.show_tab("quote")
    settle()
    line = tab.view.verticalHeader().defaultSectionSize()
    tab.look.button.click()
    settle()
    assert tab.look.reading and tab.view.horizontalHeader().isHidden()
    heights = [tab.view.rowHeight(r) for r in range(3)]
    assert all(h > line for h in heights)  # the quote, then who said it, where and when
    whole = Qt.ItemDataRole.UserRole + 2
    longest = max(range(tab.model.rowCount()), key=lambda r: len(tab.model.index(r, 0).data(whole)))
    laid = tab.look.delegate.laid(longest, tab.view.columnWidth(0), tab.view.font())
    assert laid.main.text() == tab.model.index(longest, 0).data(whole)
    who, year = (tab.model.index(longest, column).data() for column in (1, 4))
    credit = laid.credit.text().replace("\N{NO-BREAK SPACE}", " ")  # kept together there
    assert who and year and who in credit and year in credit
    assert laid.main.lineCount() >= 2 and laid.height == tab.view.rowHeight(longest)
    window.close()
    again = open_main(qtbot, content, settings, tmp_path)
    assert again.show_tab("quote").look.reading
    again.show_tab("quote").look.button.click()  # back to the columns, one line a row
    settle()
    quotes = again.show_tab("quote")
    assert not quotes.look.reading and not quotes.view.horizontalHeader().isHidden()
    assert quotes.view.rowHeight(0) == quotes.view.verticalHeader().defaultSectionSize()


def test_the_reading_view_ticks_quotes_for_printing(window, qtbot):
    tab = window.show_tab("quote")
    tab.look.set_reading(True)
    settle()
    rect = tab.view.visualRect(tab.model.index(1, 0))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.topLeft() + QPoint(10, 10))
    assert window.printing.model.rowCount() == 1


def test_the_print_panel_keeps_to_the_quotes_tab(qtbot, content, settings, tmp_path):
    window = open_main(qtbot, content, settings, tmp_path, (1000, 700))
    window.printing.show_panel()
    assert window.current_tab().kind == "quote" and window.printing.panel.isVisible()
    window.show_tab("event")
    settle()
    assert not window.printing.panel.isVisible()  # nothing to choose on Events
    window.close()
    assert settings[PANEL_VISIBLE]  # still open, as far as the user is concerned
    again = open_main(qtbot, content, settings, tmp_path)
    assert again.current_tab().kind == "event"
    settle()
    assert again.printing._panel is None or not again.printing.panel.isVisible()
    again.show_tab("quote")
    settle()
    assert again.printing.panel.isVisible()


def test_a_remembered_panel_width_too_narrow_for_its_buttons_is_widened(qtbot, content,
                                                                        settings, tmp_path):
    settings[PANEL_VISIBLE], settings[PANEL_SIZE] = True, 120
    window = open_main(qtbot, content, settings, tmp_path, (800, 600))
    window.show_tab("quote")
    qtbot.waitUntil(lambda: window.printing._panel is not None
                    and window.printing.panel.isVisible())
    settle()
    panel = window.printing.panel
    room = panel.scroller.viewport()
    for button in (panel.clear_button, panel.pdf_button, panel.print_button):
        need = button.fontMetrics().horizontalAdvance(button.text())
        assert button.width() >= need, button.text()  # nothing cut off at the right
        assert button.mapTo(room, button.rect().topRight()).x() <= room.width(), button.text()
    assert panel.width() > 120


def test_opening_the_panel_never_squeezes_the_record(qtbot, content, settings, tmp_path):
    window = open_main(qtbot, content, settings, tmp_path, (800, 600))
    window.zoom.set_percent(200)
    tab = window.show_tab("quote")
    window.printing.show_panel()
    settle(6)
    if tab.split.vertical:
        qtbot.waitUntil(lambda: readable_below(tab), timeout=5000)
    assert tab.width() >= 60 * tab.fontMetrics().averageCharWidth() or (
        window.printing.panel.isFloating())  # beside the tab, or over the window's edge


def readable_below(tab) -> None:
    """The record below the list has its readable lines, or its share of a short tab."""
    room, lines = tab.splitter.height(), tab.fontMetrics().lineSpacing()
    assert tab.pane.height() >= min(READABLE_LINES * lines, MOST * room) - 2, (
        tab.pane.height(), room)


def test_the_record_keeps_its_share_as_the_row_above_the_list_wraps(qtbot, content,
                                                                     settings, tmp_path):
    """At 200 %, narrowing the window wraps the search row above the list, and widening it
    unwraps it: the splitter's room changes by more than the tab's. At every width the
    record's least height is worked out from the room the splitter has then (it kept the
    room of before the row wrapped: too small, or more than fits)."""
    window = open_main(qtbot, content, settings, tmp_path, (1000, 600))
    window.zoom.set_percent(200)
    tab = window.show_tab("quote")
    stale, wrapped = [], set()
    for width in [*range(1000, 600, -15), *range(600, 1000, 15)]:
        window.resize(width, 600)
        settle()
        if tab.split.vertical:
            room, lines = tab.splitter.height(), tab.fontMetrics().lineSpacing()
            wanted = min(READABLE_LINES * lines, int(MOST * room))
            wrapped.add(tab.splitter.y())
            if tab.pane.minimumHeight() != wanted:
                stale.append((width, room, tab.pane.minimumHeight(), wanted))
    assert len(wrapped) > 1, "the row above the list never wrapped: nothing was tested"
    assert not stale, stale


def test_a_remembered_split_that_squeezes_the_record_is_widened(qtbot, content, settings,
                                                               tmp_path):
    state = QByteArray()
    stream = QDataStream(state, QIODevice.OpenModeFlag.WriteOnly)
    for value in (0xFF, 1, 2, 880, 140):  # marker, version, two sizes: 14 % for the record
        stream.writeInt32(value)
    for value in (True,):
        stream.writeBool(value)
    stream.writeInt32(6)
    stream.writeBool(True)
    stream.writeInt32(int(Qt.Orientation.Vertical.value))
    settings.set(TAB_SPLITTER, state, kind="topic")
    window = open_main(qtbot, content, settings, tmp_path, (760, 700))
    tab = window.current_tab()
    settle(6)
    assert tab.split.vertical
    qtbot.waitUntil(lambda: readable_below(tab), timeout=5000)


def test_dated_lists_sort_newest_first_and_the_arrow_points_down(window):
    events = window.show_tab("event")
    settle()
    header = events.view.horizontalHeader()
    date = [c.sort_key for c in events.model.columns].index("date")
    assert header.sortIndicatorSection() == date
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    image = header.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    left = header.sectionViewportPosition(date) + header.sectionSize(date) - 24
    dark = {}
    for y in range(image.height()):
        row = sum(1 for x in range(left, left + 22) if QColor(image.pixel(x, y)).value() < 140)
        if row:
            dark[y] = row
    rows = sorted(y for y, count in dark.items() if count < 16)  # not the header's edge
    assert len(rows) >= 2 and dark[rows[0]] > dark[rows[-1]], dark  # wide at the top: down
    quotes = window.show_tab("quote")
    year = [c.sort_key for c in quotes.model.columns].index("year")
    assert quotes.model.headerData(year, Qt.Orientation.Horizontal,
                                   Qt.ItemDataRole.InitialSortOrderRole) == (
        Qt.SortOrder.DescendingOrder)  # a first click on a year: newest first
    assert quotes.model.headerData(0, Qt.Orientation.Horizontal,
                                   Qt.ItemDataRole.InitialSortOrderRole) == (
        Qt.SortOrder.AscendingOrder)


def test_high_contrast_keeps_borders_and_marks_in_the_selected_row(window):
    from mtviewer.ui.look.colours import MARK_BACKGROUND, contrast, mark_colours

    window.colours.set_scheme("contrast")
    tab = window.show_tab("quote")
    settle()
    palette = tab.view.palette()
    border = palette.color(palette.ColorRole.Window).darker(140)  # as Fusion draws a frame
    assert contrast(border, palette.color(palette.ColorRole.Base)) >= 3
    background, foreground = mark_colours(palette, palette.ColorGroup.Active, True)
    highlight = palette.color(palette.ColorRole.Highlight)
    assert contrast(background, highlight) >= 3 and contrast(foreground, background) >= 4.5
    window.colours.set_scheme("light")  # a blue selection keeps the usual yellow mark
    settle()
    light = mark_colours(tab.view.palette(), palette.ColorGroup.Active, True)
    assert light[0] == QColor(MARK_BACKGROUND)


@pytest.mark.parametrize("percent", [100, 200, 300])
def test_the_search_field_keeps_a_readable_width(window, percent):
    window.resize(800, 600)
    window.zoom.set_percent(percent)
    for kind in ("quote", "event"):
        tab = window.show_tab(kind)
        settle()
        readable = 18 * tab.search_field.fontMetrics().averageCharWidth()
        assert tab.search_field.width() >= min(readable, tab.width() - 20), (kind, percent)


def test_every_control_of_a_tab_has_its_name_once_built(window):
    for kind in ("quote", "person"):
        tab = window.show_tab(kind)
        for widget in (tab.look.button, tab.search_field, tab.view, tab.detail):
            assert widget.accessibleName()


def test_the_start_up_benchmarks_bare_window_is_as_large_as_a_first_window():
    """benchmark_start.py compares like with like: its bare window takes the share of the
    screen a first window takes (it cannot import the app's constants without their cost)."""
    from mtviewer.ui.window_state import LARGEST, SHARE

    from .conftest import REPO

    script = (REPO / "scripts" / "benchmark_start.py").read_text(encoding="utf-8")
    assert f"min({LARGEST.width()}, round(room.width() * {SHARE}))" in script
    assert f"min({LARGEST.height()}, round(room.height() * {SHARE}))" in script


def test_reading_rows_take_their_texts_height_after_the_window_is_resized(qtbot, content,
                                                                         settings, tmp_path):
    """Rows measured for the old width were cut off (narrower) or left gaps (wider)."""
    window = open_main(qtbot, content, settings, tmp_path, (1280, 800))
    tab = window.show_tab("quote")
    tab.look.set_reading(True)
    settle()
    for width in (900, 1300, 1000):
        window.resize(width, 800)
        settle()
        view = tab.view
        shown = range(max(0, view.rowAt(0)), view.model().rowCount())
        rows = [row for row in shown
                if view.rowViewportPosition(row) < view.viewport().height()]
        assert rows
        for row in rows:
            laid = tab.look.delegate.laid(row, view.columnWidth(0), view.font())
            assert view.rowHeight(row) == laid.height, (width, row)
