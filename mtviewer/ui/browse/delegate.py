"""The list's delegate: fills a cell from the model's row cache and hands it to the painter.

After Anki's ``StatusDelegate``, a few lines that give the style what it needs: the cell's
text, features and check state come from the model's cached row, not role by role; match
spans were computed once with the row. The drawing itself is ``cells.CellPainter``, which
keeps the layouts Qt's own ``paint`` would redo on every repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ..look.colours import edged
from .cells import CellPainter
from .record_model import RecordModel

F = QStyleOptionViewItem.ViewItemFeature
FEATURES = ((F.HasDisplay, F.HasDisplay | F.HasCheckIndicator),
            (F.HasDisplay | F.Alternate, F.HasDisplay | F.HasCheckIndicator | F.Alternate))
"""A cell's features by (odd row, with a check box): set without reading them back, as the
view sets only ``Alternate``, on odd rows."""
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
Index = QModelIndex | QPersistentModelIndex
CLICKS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
          QEvent.Type.MouseButtonDblClick)


class MarkingDelegate(QStyledItemDelegate):
    """Paints one-line cells from the model's cache, with the search's matches marked."""

    def __init__(self, model: RecordModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.cells = CellPainter()
        self._edged: tuple[int, QPalette] | None = None
        model.modelReset.connect(self.cells.forget_marks)

    def font_changed(self) -> None:
        self.cells.forget_all()

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        """The cell as Qt's own ``paint`` and ``sizeHint`` see it."""
        row, column = index.row(), index.column()
        cells = self.model.cells(row)
        if cells is not None:
            option.text = self.cells.fitting(cells[0][column], option.rect.width(), option.font)
        self._fill(option, row, column)

    def _fill(self, option: QStyleOptionViewItem, row: int, column: int) -> bool:
        """Fill in the cell's features and check state; whether it has a check box."""
        checkable = column == 0 and self.model.selection is not None
        option.features = FEATURES[row & 1][checkable]
        if checkable:
            option.checkState = CHECKED if self.model.is_checked(row) else UNCHECKED
            option.palette = self._edged_palette(option.palette)  # a visible box edge
        option.styleObject = None  # type: ignore[assignment]  # Qt's own code clears it so
        return checkable

    def _edged_palette(self, palette: QPalette) -> QPalette:
        key = palette.cacheKey()
        if self._edged is None or self._edged[0] != key:
            self._edged = key, edged(palette)
        return self._edged[1]

    def editorEvent(self, event, model, option: QStyleOptionViewItem, index: Index) -> bool:
        """A click on the check box as drawn (larger than Qt's own when zoomed) ticks it."""
        if event.type() not in CLICKS or index.column() != 0 or self.model.selection is None:
            return super().editorEvent(event, model, option, index)
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        area = self.cells.check_area(cell)
        if area is None or not area.contains(event.position().toPoint()):
            return super().editorEvent(event, model, option, index)
        if event.type() == QEvent.Type.MouseButtonRelease:
            checked = self.model.is_checked(index.row())
            model.setData(index, (UNCHECKED if checked else CHECKED).value,
                          Qt.ItemDataRole.CheckStateRole)
        return True

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row, column = index.row(), index.column()
        cells = self.model.cells(row)
        if cells is None:  # a record that could not be read: Qt draws the empty cell
            super().paint(painter, option, index)
            return
        checkable = self._fill(option, row, column)  # the view's copy, filled in place
        self.cells.paint(painter, option, checkable, cells[0][column], cells[1][column],
                         self.model.marks(row, column))
