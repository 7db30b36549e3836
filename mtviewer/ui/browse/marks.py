"""Marking a list cell's search matches: Qt draws the cell, then the matches are drawn over it.

Loaded by the delegate at the first cell with a match, so starting the window pays nothing
for it. For each cell the text Qt will show (elided, or a snippet around a match that would
otherwise be cut off) and the place of each match in it are worked out once and kept;
painting the cell again costs two calls per match.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from ..look.colours import MARK_BACKGROUND, MARK_FOREGROUND
from .record_model import CELL_CHARS, Spans

LEAD = 24
"""Characters of context kept before a match that would otherwise be cut off."""
CACHE = 4000
TEXT_RECT = QStyle.SubElement.SE_ItemViewItemText
FOCUS_MARGIN = QStyle.PixelMetric.PM_FocusFrameHMargin
ITEM = QStyle.ControlElement.CE_ItemViewItem
ELIDE = Qt.TextElideMode.ElideRight
V_CENTRE = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)

Marked = tuple[str, tuple[tuple[int, int, str], ...]]
"""The text handed to Qt, and each visible match as (x offset, width, its text)."""


class MarkPainter:
    """Paints marked cells; keeps each cell's marks until the list or the font changes."""

    def __init__(self) -> None:
        self._cells: dict[tuple, Marked] = {}
        self._text_rects: dict[tuple, tuple[int, int, int, int]] = {}
        self._background, self._foreground = QColor(MARK_BACKGROUND), QColor(MARK_FOREGROUND)

    def clear(self) -> None:
        self._cells.clear()
        self._text_rects.clear()

    def paint(self, painter: QPainter, opt: QStyleOptionViewItem, key: tuple, full: str,
              spans: Spans, fitting) -> None:
        """Draw the cell ``opt`` (filled in by the delegate) with ``full`` marked at ``spans``;
        ``key`` names the cell's record and column; ``fitting(text, width)`` cuts a text to
        what could be seen in ``width``."""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        rect = opt.rect
        shape = (rect.width(), rect.height(), int(opt.features.value))
        offsets = self._text_rects.get(shape)
        if offsets is None:  # where the text goes in a cell of this size and kind
            text_rect = style.subElementRect(TEXT_RECT, opt, widget)
            margin = style.pixelMetric(FOCUS_MARGIN, None, widget) + 1
            offsets = (text_rect.left() - rect.left() + margin, text_rect.top() - rect.top(),
                       text_rect.width() - 2 * margin, text_rect.height())
            self._text_rects[shape] = offsets
        left, top, width, height = offsets
        marked = self._cells.get((*key, width))
        if marked is None:
            marked = self._measure(full, spans, QFontMetrics(opt.font), width, fitting)
            if len(self._cells) >= CACHE:
                self._cells.clear()
            self._cells[(*key, width)] = marked
        shown, pieces = marked
        opt.text = shown
        style.drawControl(ITEM, opt, painter, widget)
        if not pieces:
            return
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(self._foreground)
        x, y = rect.left() + left, rect.top() + top
        painter.setClipRect(x, y, width, height)
        for offset, piece_width, text in pieces:
            piece = QRect(x + offset, y + 2, piece_width, height - 4)
            painter.fillRect(piece, self._background)
            painter.drawText(QRect(x + offset, y, piece_width + 2, height), V_CENTRE, text)
        painter.restore()

    @staticmethod
    def _measure(full: str, spans: Spans, metrics: QFontMetrics, width: int,
                 fitting) -> Marked:
        """The text a cell shows, elided to ``width`` (starting near the first match when it
        would be cut off), and where each match in it lies."""
        lead = min(LEAD, width // max(1, 3 * metrics.averageCharWidth()))

        def shown_from(start: int) -> tuple[str, str, int]:
            source = fitting(("…" if start else "") + full[start:start + CELL_CHARS], width)
            return source, metrics.elidedText(source, ELIDE, width), start - (1 if start else 0)

        start = 0
        if spans[0][1] > CELL_CHARS // 2:  # show the text around a match that comes late
            start = _snippet_start(full, spans[0][0], lead)
        source, shown, offset = shown_from(start)
        if start == 0 and spans[0][1] > len(shown) - 1:  # the match is cut off by the width
            start = _snippet_start(full, spans[0][0], lead)
            source, shown, offset = shown_from(start)
        visible = len(shown) - 1 if shown != source else len(shown)
        pieces = []
        for first, end in spans:
            first, end = max(first - offset, 1 if start else 0), min(end - offset, visible)
            if first < end:
                x = metrics.horizontalAdvance(shown[:first])
                pieces.append((x, metrics.horizontalAdvance(shown[:end]) - x, shown[first:end]))
        return source, tuple(pieces)


def _snippet_start(text: str, match: int, lead: int) -> int:
    """Where to start showing ``text`` so the match at ``match`` comes early: just after the
    last space within ``lead`` characters before it."""
    space = text.rfind(" ", max(0, match - lead), match)
    return space + 1 if space >= 0 else max(0, match - lead)
