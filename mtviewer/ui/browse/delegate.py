"""Painting list cells cheaply, with search matches marked.

After Anki's ``StatusDelegate``: a few lines that hand Qt what it needs and let its C++
style paint. ``initStyleOption`` fills the cell from the model's row cache instead of asking
the model role by role; a cell with a match has its text laid out once (elided, marks as
formats of one ``QTextLayout``) and that layout is drawn on every later paint.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..look.colours import MARK_BACKGROUND, MARK_FOREGROUND, edged
from .record_model import CELL_CHARS, RecordModel

LEAD = 24
"""Characters of context kept before a match that would otherwise be cut off."""
LAYOUT_CACHE = 4000
HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
HAS_CHECK = QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
SELECTED = QStyle.StateFlag.State_Selected
Index = QModelIndex | QPersistentModelIndex


class MarkingDelegate(QStyledItemDelegate):
    """Paints one-line cells from the model's cache, with the search's matches marked."""

    def __init__(self, model: RecordModel, parent=None):
        super().__init__(parent)
        self.model = model
        self._layouts: dict[tuple, tuple[QTextLayout, float]] = {}
        self._edged: tuple[int, QPalette] | None = None
        model.modelReset.connect(self._layouts.clear)
        self._mark = QTextCharFormat()
        self._mark.setBackground(QColor(MARK_BACKGROUND))
        self._mark.setForeground(QColor(MARK_FOREGROUND))

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        cells = self.model.cells(index.row())
        option.index = index
        if cells is not None:
            option.text = cells[0][index.column()]
            option.features = option.features | HAS_DISPLAY
        if index.column() == 0 and self.model.selection is not None:
            option.features = option.features | HAS_CHECK
            option.checkState = (Qt.CheckState.Checked if self.model.is_checked(index.row())
                                 else Qt.CheckState.Unchecked)
            option.palette = self._edged_palette(option.palette)
        option.styleObject = None

    def _edged_palette(self, palette: QPalette) -> QPalette:
        key = palette.cacheKey()
        if self._edged is None or self._edged[0] != key:
            self._edged = key, edged(palette)
        return self._edged[1]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        spans = self.model.marks(index.row(), index.column())
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = rect.adjusted(margin, 0, -margin, 0)
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        key = (self.model.id_at(index.row()), index.column(), rect.width(), opt.font.key())
        laid = self._layouts.get(key)
        if laid is None:
            full = self.model.cells(index.row())[1][index.column()]
            laid = self._lay_out(full, spans, opt, rect.width())
            if len(self._layouts) >= LAYOUT_CACHE:
                self._layouts.clear()
            self._layouts[key] = laid
        layout, height = laid
        role = (QPalette.ColorRole.HighlightedText if opt.state & SELECTED
                else QPalette.ColorRole.Text)
        painter.save()
        painter.setPen(opt.palette.color(QPalette.ColorGroup.Normal, role))
        painter.setClipRect(rect)
        layout.draw(painter, QPointF(rect.left(), rect.top() + (rect.height() - height) / 2))
        painter.restore()

    def _lay_out(self, full: str, spans, opt: QStyleOptionViewItem,
                 width: int) -> tuple[QTextLayout, float]:
        """The text a cell shows, elided to ``width``, starting near the first match when it
        would be cut off, with every match in it marked."""
        metrics = opt.fontMetrics
        lead = min(LEAD, width // max(1, 3 * metrics.averageCharWidth()))

        def shown_from(start: int) -> tuple[str, int]:
            source = ("…" if start else "") + full[start:start + CELL_CHARS]
            return (metrics.elidedText(source, Qt.TextElideMode.ElideRight, width),
                    start - (1 if start else 0))

        start = 0
        if spans[0][1] > CELL_CHARS // 2:  # show the text around a match that comes late
            start = _snippet_start(full, spans[0][0], lead)
        shown, offset = shown_from(start)
        if start == 0 and spans[0][1] > len(shown) - 1:  # the match is cut off by the width
            start = _snippet_start(full, spans[0][0], lead)
            shown, offset = shown_from(start)
        visible = len(shown) - 1 if shown.endswith("…") else len(shown)
        ranges = []
        for first, end in spans:
            first, end = max(first - offset, 1 if start else 0), min(end - offset, visible)
            if first < end:
                marked = QTextLayout.FormatRange()
                marked.start, marked.length, marked.format = first, end - first, self._mark
                ranges.append(marked)
        layout = QTextLayout(shown, opt.font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(text_option)
        layout.setFormats(ranges)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(width)
        layout.endLayout()
        return layout, line.height()


def _snippet_start(text: str, match: int, lead: int) -> int:
    """Where to start showing ``text`` so the match at ``match`` comes early: just after the
    last space within ``lead`` characters before it."""
    space = text.rfind(" ", max(0, match - lead), match)
    return space + 1 if space >= 0 else max(0, match - lead)
