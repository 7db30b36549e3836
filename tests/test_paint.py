"""The list paints its cells as Qt's own delegate would, only faster."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QStyledItemDelegate

from mtviewer.ui.browse.delegate import MarkingDelegate

from .test_search_ui import type_text


class QtsOwn(MarkingDelegate):
    """The same cells (text, check state, edged palette) drawn by ``QStyledItemDelegate``."""

    def paint(self, painter, option, index):
        QStyledItemDelegate.paint(self, painter, option, index)


def painted(view) -> QImage:
    QApplication.processEvents()
    return view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)


def distance(colour, other) -> int:
    return sum(abs(a - b) for a, b in zip(colour.getRgb()[:3], other.getRgb()[:3], strict=True))


def differences(a: QImage, b: QImage, tolerance: int) -> list[tuple[int, int]]:
    """Pixels whose colour channels differ by more than ``tolerance``."""
    assert a.size() == b.size()
    width, stride = a.width(), a.bytesPerLine()
    first, second = bytes(a.constBits()), bytes(b.constBits())
    found = []
    for y in range(a.height()):
        line = slice(y * stride, y * stride + 4 * width)
        if first[line] == second[line]:
            continue
        for x in range(width):
            here = slice(y * stride + 4 * x, y * stride + 4 * x + 4)
            if any(abs(p - q) > tolerance for p, q in zip(first[here], second[here],
                                                         strict=True)):
                found.append((x, y))
    return found


@pytest.mark.parametrize("scheme", ["light", "dark", "contrast"])
def test_cells_look_as_qt_paints_them(window, scheme):
    """Text placement, eliding, alternate rows, the selection, the focus frame and the check
    boxes (checked and not) match Qt's own painting; check-box corners may differ by one
    level of antialiasing, as they are drawn once into a pixmap."""
    window.resize(1100, 700)
    window.colours.set_scheme(scheme)
    tab = window.show_tab("quote")
    model, view = tab.model, tab.view
    model.setData(model.index(1, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    view.setFocus()
    view.selectRow(2)
    ours = painted(view)
    view.setItemDelegate(QtsOwn(model, view))
    theirs = painted(view)
    assert not differences(ours, theirs, tolerance=2)
    palette = view.palette()
    text, base = palette.color(palette.ColorRole.Text), palette.color(palette.ColorRole.Base)
    cell = view.visualRect(model.index(0, 0)).adjusted(40, 1, 0, -2)  # past the box, in the grid
    inked = [(x, y) for x in range(cell.left(), cell.right()) for y in range(cell.top(),
                                                                         cell.bottom())
             if distance(ours.pixelColor(x, y), text) < distance(ours.pixelColor(x, y), base)]
    assert len(inked) >= 100, "no text drawn in the first cell"  # antialiased: not one colour


def test_marked_cells_keep_their_text_and_mark_each_match(window):
    tab = window.show_tab("quote")
    type_text(tab.search_field, "musikk")
    image = painted(tab.view)
    yellow = sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
                 if image.pixelColor(x, y).name() == "#ffe066")
    assert yellow > 20 * tab.model.rowCount(), "each listed quote shows its match marked"
    tab.search_field.clear()
    image = painted(tab.view)
    assert not any(image.pixelColor(x, y).name() == "#ffe066"
                   for y in range(0, image.height(), 2) for x in range(0, image.width(), 2))


def test_a_match_is_shown_in_its_cell_even_when_it_comes_late(qapp):
    from PySide6.QtGui import QFont, QFontMetrics

    from mtviewer.ui.browse.marks import measure

    metrics = QFontMetrics(QFont())
    width = metrics.horizontalAdvance("x" * 40)

    def fitting(text, _width):
        return text

    short = "Dere skaper helse"
    shown, pieces = measure(short, ((12, 17),), metrics, width, fitting)
    assert shown == short and [p[2] for p in pieces] == ["helse"]
    long = "Musikk gir personlig utvikling og sterk vekst, om vi er gamle eller små barn, " \
           "på tvers av helse og musikk"
    start = long.index("helse")
    shown, pieces = measure(long, ((start, start + 5),), metrics, width, fitting)
    assert shown.startswith("…") and "helse" in shown and [p[2] for p in pieces] == ["helse"]
    assert pieces[0][0] < width - pieces[0][1]  # the mark lies inside the cell


def test_a_field_match_shows_the_whole_name(qapp):
    from PySide6.QtGui import QFont, QFontMetrics

    from mtviewer.ui.browse.marks import measure

    metrics = QFontMetrics(QFont())
    who = "Stortingsrepresentant og leder av helsekomiteen, Kjersti Toppe"
    match = who.index("Toppe")
    width = metrics.horizontalAdvance("…Kjersti Toppe") + metrics.averageCharWidth() * 3
    shown, pieces = measure(who, ((match, match + 5),), metrics, width, lambda text, _w: text)
    assert shown.startswith("…Kjersti Toppe"), shown  # not "…Toppe"
    assert [p[2] for p in pieces] == ["Toppe"]
