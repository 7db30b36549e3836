"""Marking search matches: in list cells (a delegate) and in the detail pane (HTML)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..data.text import match_spans
from .record_model import CELL_CHARS, FULL_TEXT_ROLE

MARK_BACKGROUND = "#ffe066"
MARK_FOREGROUND = "#000000"
LEAD = 24
"""Characters of context kept before a match that would otherwise be cut off."""


def marked_html(value: str, needles: list[str]) -> str:
    """``value`` as escaped HTML with the matches of ``needles`` marked; never markup from data."""
    parts, last = [], 0
    for start, end in match_spans(value, needles):
        parts.append(escape(value[last:start], quote=True))
        parts.append(f'<span style="background-color:{MARK_BACKGROUND};'
                     f'color:{MARK_FOREGROUND}">{escape(value[start:end], quote=True)}</span>')
        last = end
    parts.append(escape(value[last:], quote=True))
    return "".join(parts).replace("\n", "<br>")


class HighlightDelegate(QStyledItemDelegate):
    """Paints a one-line cell with the words that matched the search marked."""

    def __init__(self, needles_of, parent=None):
        super().__init__(parent)
        self._needles_of = needles_of
        """Callable returning the current folded search words."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        needles = self._needles_of()
        text = index.data(FULL_TEXT_ROLE)
        spans = match_spans(text, needles) if needles and text else []
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect = rect.adjusted(3, 0, -3, 0)
        metrics = opt.fontMetrics
        lead = min(LEAD, rect.width() // max(1, 3 * metrics.averageCharWidth()))
        start = 0
        if spans[0][1] > CELL_CHARS // 2:  # show the text around a match that comes late
            start = _snippet_start(text, spans[0][0], lead)
        shown = metrics.elidedText(("…" if start else "") + text[start:start + CELL_CHARS],
                                   Qt.TextElideMode.ElideRight, rect.width())
        if start == 0 and spans[0][1] > len(shown) - 1:  # the match is cut off by the width
            start = _snippet_start(text, spans[0][0], lead)
            shown = metrics.elidedText(("…" if start else "") + text[start:start + CELL_CHARS],
                                       Qt.TextElideMode.ElideRight, rect.width())
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        normal = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                   else QPalette.ColorRole.Text)
        painter.save()
        painter.setFont(opt.font)
        x, last = rect.left(), 0
        for start, end in [*match_spans(shown, needles), (len(shown), len(shown))]:
            for piece, marked in ((shown[last:start], False), (shown[start:end], True)):
                if not piece:
                    continue
                width = metrics.horizontalAdvance(piece)
                cell = QRect(x, rect.top(), width, rect.height())
                if marked:
                    painter.fillRect(cell.adjusted(0, 2, 0, -2), QColor(MARK_BACKGROUND))
                painter.setPen(QColor(MARK_FOREGROUND) if marked else normal)
                painter.drawText(cell, int(Qt.AlignmentFlag.AlignVCenter), piece)
                x += width
            last = end
        painter.restore()


def _snippet_start(text: str, match: int, lead: int) -> int:
    """Where to start showing ``text`` so the match at ``match`` comes early: just after the
    last space within ``lead`` characters before it."""
    space = text.rfind(" ", max(0, match - lead), match)
    return space + 1 if space >= 0 else max(0, match - lead)
