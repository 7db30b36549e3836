"""Drawing a list cell as Qt's style draws it, keeping what is costly to redo.

Measured at 100k quotes in a 1280×800 window (27 rows of 4 cells): Qt's own
``QStyledItemDelegate.paint`` takes about 47 µs a cell and 110 µs a cell with a check box,
7 ms a repaint, most of a keystroke, because it lays each text out afresh on every paint and
draws each check box from paths. Here the style still draws every cell's background, check
box and focus frame (in the order ``QCommonStyle`` uses for ``CE_ItemViewItem``), but:
- a check box is drawn once per look (state, palette, size) into a pixmap;
- a cell's text is elided and laid out once (``QStaticText``), kept across searches while
  the column's width and the font stay;
- where a cell's text goes is worked out once per cell size.
A repaint then takes about 2.5 ms. ``tests/test_view.py`` compares the result with Qt's
own painting pixel by pixel.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap, QStaticText
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionFocusRect, QStyleOptionViewItem

from ..look.colours import MARK_BACKGROUND, MARK_FOREGROUND, mark_colours

S = QStyle.StateFlag
ROLE = QPalette.ColorRole
GROUP = QPalette.ColorGroup
PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
CHECK = QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck
FOCUS = QStyle.PrimitiveElement.PE_FrameFocusRect
TEXT_RECT = QStyle.SubElement.SE_ItemViewItemText
CHECK_RECT = QStyle.SubElement.SE_ItemViewItemCheckIndicator
FOCUS_RECT = QStyle.SubElement.SE_ItemViewItemFocusRect
FOCUS_MARGIN = QStyle.PixelMetric.PM_FocusFrameHMargin
ELIDE = Qt.TextElideMode.ElideRight
Geometry = tuple[QRect, int, QRect | None, QRect]
"""Where a cell's text, the top of its line, its check box and its focus frame go."""
CHECK_STATES = {Qt.CheckState.Checked: S.State_On, Qt.CheckState.Unchecked: S.State_Off,
                Qt.CheckState.PartiallyChecked: S.State_NoChange}
CHECK_LOOK = S.State_Enabled | S.State_Active | S.State_Selected | S.State_Sunken
"""The states a check box's look depends on (hover is not shown on item check boxes)."""
ENABLED, ACTIVE, SELECTED, FOCUSED = (S.State_Enabled.value, S.State_Active.value,
                                      S.State_Selected.value, S.State_HasFocus.value)
"""As plain ints: Python's enum operators cost more than the drawing they decide."""
TEXTS = 6000
"""Laid-out cell texts kept: a few screens of a wide list."""

MarkedPieces = tuple[tuple[int, int, QStaticText], ...]
Marked = tuple[QStaticText, MarkedPieces]
"""A marked cell's text and its matches, laid out."""


class CellPainter:
    """Paints the cells of one view; keeps their layouts until the font changes."""

    def __init__(self) -> None:
        self._shapes: dict[tuple, Geometry] = {}
        self._texts: OrderedDict[tuple, QStaticText] = OrderedDict()
        self._marked: dict[tuple, Marked] = {}
        self._checks: dict[tuple, QPixmap] = {}
        self._narrowest: dict[str, int] = {}
        self._mark_background, self._mark_foreground = (QColor(MARK_BACKGROUND),
                                                       QColor(MARK_FOREGROUND))

    def forget_marks(self) -> None:
        """Another search: its matches lie elsewhere."""
        self._marked.clear()

    def forget_all(self) -> None:
        """Another font or style."""
        self._shapes.clear()
        self._texts.clear()
        self._marked.clear()
        self._checks.clear()
        self._narrowest.clear()

    def fitting(self, text: str, width: int, font: QFont) -> str:
        """As much of ``text`` as could be seen in ``width`` pixels: no more characters than
        the narrowest letter fits, so eliding measures a few dozen characters, not hundreds."""
        key = font.key()
        narrowest = self._narrowest.get(key)
        if narrowest is None:
            metrics = QFontMetrics(font)
            narrowest = self._narrowest[key] = max(
                1, min(metrics.horizontalAdvance(chr(c)) for c in range(33, 127)))
        room = width // narrowest + 2
        return text if len(text) <= room else text[:room]

    def paint(self, painter: QPainter, opt: QStyleOptionViewItem, checkable: bool, text: str,
              full: str, spans) -> None:
        """Draw the cell ``opt`` (its features and check state filled in) showing ``text``,
        or ``full`` with the matches at ``spans`` marked."""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        rect = opt.rect
        shape = (rect.width(), rect.height(), checkable, id(style))
        geometry = self._shapes.get(shape)
        if geometry is None:
            geometry = self._shapes[shape] = self._geometry(style, opt, widget)
        text_at, baseline_top, check_at, focus_at = geometry
        left, top = rect.left(), rect.top()
        style.drawPrimitive(PANEL, opt, painter, widget)
        if check_at is not None:
            painter.drawPixmap(left + check_at.left(), top + check_at.top(),
                               self._check(style, opt, widget, check_at))
        width = text_at.width()
        font = opt.font
        if spans:
            marked = self._marked.get((full, width))
            if marked is None:
                marked = self._marked[(full, width)] = self._measure(full, spans, width, font)
            laid_out, pieces = marked
        else:
            laid_out, pieces = self._plain(text, width, font), ()
        state = opt.state.value
        group = (GROUP.Disabled if not state & ENABLED
                 else GROUP.Normal if state & ACTIVE else GROUP.Inactive)
        painter.setFont(font)
        painter.setPen(opt.palette.color(group, ROLE.HighlightedText if state & SELECTED
                                         else ROLE.Text))
        x = left + text_at.left()
        y = top + baseline_top
        painter.drawStaticText(x, y, laid_out)
        if pieces:
            self._mark(painter, pieces, x, y, top + text_at.top(), text_at.height(),
                       opt.palette if state & SELECTED else None, group)
        if state & FOCUSED:
            self._focus(style, opt, painter, widget, focus_at, group)

    def _plain(self, text: str, width: int, font: QFont) -> QStaticText:
        texts = self._texts
        cell = (text, width)
        laid_out = texts.get(cell)
        if laid_out is None:
            shown = QFontMetrics(font).elidedText(self.fitting(text, width, font), ELIDE, width)
            laid_out = texts[cell] = _static(shown, font)
            if len(texts) > TEXTS:
                texts.popitem(last=False)
        return laid_out

    @staticmethod
    def _geometry(style: QStyle, opt: QStyleOptionViewItem, widget) -> Geometry:
        """Where, relative to the cell, its text (less the margins Qt leaves) and the top of
        its line (centred as Qt centres it), its check box and its focus frame go."""
        rect = opt.rect
        origin = QPoint(-rect.left(), -rect.top())
        margin = style.pixelMetric(FOCUS_MARGIN, None, widget) + 1
        text = style.subElementRect(TEXT_RECT, opt, widget).translated(origin).adjusted(
            margin, 0, -margin, 0)
        check = None
        if opt.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator:
            check = style.subElementRect(CHECK_RECT, opt, widget).translated(origin)
            side = QFontMetrics(opt.font).height()  # zoomed, the box grows with the text
            if side > check.width():
                text.setLeft(text.left() + side - check.width())
                check = QRect(check.left(), (rect.height() - side) // 2, side, side)
        focus = style.subElementRect(FOCUS_RECT, opt, widget).translated(origin)
        line_top = text.top() + (text.height() - QFontMetrics(opt.font).height()) // 2
        return text, line_top, check, focus

    def check_area(self, opt: QStyleOptionViewItem) -> QRect | None:
        """Where a cell's check box is drawn, in the view's coordinates (None: it has none)."""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        check = self._geometry(style, opt, widget)[2]
        return None if check is None else check.translated(opt.rect.topLeft())

    def check(self, style: QStyle, opt: QStyleOptionViewItem, widget, at: QRect) -> QPixmap:
        """The check box for ``opt`` (its check state filled in), ``at``'s size: for
        another painter of rows (the reading view)."""
        return self._check(style, opt, widget, at)

    def focus(self, style: QStyle, opt: QStyleOptionViewItem, painter: QPainter, widget,
              at: QRect, group) -> None:
        """The focus frame around ``at`` (relative to ``opt.rect``), as Qt draws it."""
        self._focus(style, opt, painter, widget, at, group)

    def _check(self, style: QStyle, opt: QStyleOptionViewItem, widget, at: QRect) -> QPixmap:
        """The check box for this cell's state and palette, drawn by the style once."""
        state = (opt.state & CHECK_LOOK) | CHECK_STATES[opt.checkState]
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        look = (int(state.value), opt.palette.cacheKey(), at.width(), at.height(), ratio,
                id(style))
        pixmap = self._checks.get(look)
        if pixmap is None:
            pixmap = QPixmap(round(at.width() * ratio), round(at.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            box = QStyleOptionViewItem(opt)
            box.rect = QRect(0, 0, at.width(), at.height())
            box.state = state
            with _painting(pixmap) as painter:
                style.drawPrimitive(CHECK, box, painter, widget)
            if len(self._checks) > 64:
                self._checks.clear()
            self._checks[look] = pixmap
        return pixmap

    def _measure(self, full: str, spans, width: int, font: QFont) -> Marked:
        from .marks import measure

        shown, pieces = measure(full, spans, QFontMetrics(font), width,
                                lambda text, room: self.fitting(text, room, font))
        return _static(shown, font), tuple((x, w, _static(piece, font))
                                           for x, w, piece in pieces)

    def _mark(self, painter: QPainter, pieces: MarkedPieces, x: int, y: int, top: int,
              height: int, selected: QPalette | None = None, group=GROUP.Normal) -> None:
        """Each match drawn over the cell's text, dark on yellow (``mark_colours``: in a
        selected row of high contrast, the selection's colours the other way round)."""
        background, foreground = self._mark_background, self._mark_foreground
        if selected is not None:
            background, foreground = mark_colours(selected, group, True)
        painter.setPen(foreground)
        for offset, width, text in pieces:
            painter.fillRect(x + offset, top + 2, width, height - 4, background)
            painter.drawStaticText(x + offset, y, text)

    @staticmethod
    def _focus(style: QStyle, opt: QStyleOptionViewItem, painter: QPainter, widget,
               at: QRect, group) -> None:
        """The focus frame, as ``QCommonStyle`` draws it around the current cell."""
        frame = QStyleOptionFocusRect()
        if widget is not None:
            frame.initFrom(widget)
        frame.palette = opt.palette
        frame.state = opt.state | S.State_KeyboardFocusChange | S.State_Item
        frame.rect = at.translated(opt.rect.topLeft())
        frame.backgroundColor = opt.palette.color(
            group, ROLE.Highlight if opt.state & S.State_Selected else ROLE.Window)
        style.drawPrimitive(FOCUS, frame, painter, widget)


def _static(text: str, font: QFont) -> QStaticText:
    laid_out = QStaticText(text)
    laid_out.setTextFormat(Qt.TextFormat.PlainText)  # record text is never markup
    laid_out.prepare(font=font)
    return laid_out


@contextmanager
def _painting(device) -> Iterator[QPainter]:
    """A painter on ``device``, ended however the block ends."""
    painter = QPainter(device)
    try:
        yield painter
    finally:
        painter.end()
