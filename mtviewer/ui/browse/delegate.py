"""Painting list cells cheaply, with search matches marked.

After Anki's ``StatusDelegate``: a few lines that hand Qt what it needs and let its C++
style paint. ``initStyleOption`` fills the cell from the model's row cache instead of asking
the model role by role; a cell with a match is handed to ``marks.MarkPainter``, which lays
its text out once (elided, the matches as formats) and draws that on every later paint.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ..look.colours import edged
from .record_model import RecordModel

F = QStyleOptionViewItem.ViewItemFeature
FEATURES = ((F.HasDisplay, F.HasDisplay | F.HasCheckIndicator),
            (F.HasDisplay | F.Alternate, F.HasDisplay | F.HasCheckIndicator | F.Alternate))
"""A cell's features by (odd row, with a check box): set without reading them back, as the
view sets only ``Alternate``, on odd rows."""
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
Index = QModelIndex | QPersistentModelIndex


class MarkingDelegate(QStyledItemDelegate):
    """Paints one-line cells from the model's cache, with the search's matches marked."""

    def __init__(self, model: RecordModel, parent=None):
        super().__init__(parent)
        self.model = model
        self._marker = None
        self._edged: tuple[int, QPalette] | None = None
        self._narrowest = 0
        model.modelReset.connect(self.forget_layouts)

    def forget_layouts(self) -> None:
        """Lay marked text out afresh (another search)."""
        if self._marker is not None:
            self._marker.clear()

    def font_changed(self) -> None:
        self._narrowest = 0
        self.forget_layouts()

    def fitting(self, text: str, width: int) -> str:
        """As much of ``text`` as could be seen in ``width`` pixels: no more characters than
        the narrowest letter fits. Qt then elides a few dozen characters, not hundreds."""
        if not self._narrowest:
            metrics = QFontMetrics(self.parent().font())
            self._narrowest = max(1, min(metrics.horizontalAdvance(chr(c))
                                         for c in range(33, 127)))
        room = width // self._narrowest + 2
        return text if len(text) <= room else text[:room]

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        row, column = index.row(), index.column()
        cells = self.model.cells(row)
        if cells is not None:
            option.text = self.fitting(cells[0][column], option.rect.width())
        checkable = column == 0 and self.model.selection is not None
        option.features = FEATURES[row & 1][checkable]
        if checkable:
            option.checkState = CHECKED if self.model.is_checked(row) else UNCHECKED
            option.palette = self._edged_palette(option.palette)  # a visible box edge
        option.styleObject = None

    def _edged_palette(self, palette: QPalette) -> QPalette:
        key = palette.cacheKey()
        if self._edged is None or self._edged[0] != key:
            self._edged = key, edged(palette)
        return self._edged[1]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row, column = index.row(), index.column()
        spans = self.model.marks(row, column)
        if not spans:  # Qt's own paint, which asks initStyleOption above for the cell
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)  # the view's copy for this cell, filled in place
        if self._marker is None:
            from .marks import MarkPainter

            self._marker = MarkPainter()
        full = self.model.cells(row)[1][column]
        self._marker.paint(painter, option, (self.model.id_at(row), column), full, spans,
                           self.fitting)
