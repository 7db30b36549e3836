"""A list's reading view: a row per record, its main text whole and wrapped, the other
columns on a quieter line beneath ("— Kjersti Toppe · Stortingets møte … · 2019").

The same view, model and selection as the list view; only the painting and the row heights
change. Rows are measured as they come into view (the rows above keep their heights, so
scrolling does not jump), never all at once: a search over 100 000 records measures the
dozen rows on screen. A row's layout is kept while its width and the font stay, so a
repaint draws laid-out text; matches are drawn over it as in the list view.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from ...messages import kept_together
from ..look.colours import mark_colours
from .cells import CellPainter
from .delegate import CHECKED, CLICKS, UNCHECKED
from .record_model import RecordModel

READING_CHARS = 1500
"""A longer text is cut here in the reading view (the record's page shows all of it)."""
LAYOUTS = 600
"""Laid-out rows kept: several screens."""
PAD = 4
"""Pixels above and below a row's text, and between its two parts."""
S = QStyle.StateFlag
ROLE = QPalette.ColorRole
PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem


class Laid:
    """A row's main text and its line beneath, laid out for one width."""

    __slots__ = ("main", "credit", "height", "credit_top", "offsets")

    def __init__(self, main: QTextLayout, credit: QTextLayout, main_height: float,
                 credit_height: float, offsets: tuple[int, ...]):
        self.main, self.credit = main, credit
        self.credit_top = PAD + main_height + (PAD // 2 if credit_height else 0)
        self.height = int(self.credit_top + credit_height + PAD + 2)
        self.offsets = offsets
        """Where each other column's text starts in the line beneath (-1: not shown)."""


def _laid_out(text: str, font: QFont, width: float) -> tuple[QTextLayout, float]:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.setCacheEnabled(True)
    height = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


class ReadingDelegate(QStyledItemDelegate):
    """Paints a list's first column as a reading row; the other columns are hidden."""

    def __init__(self, model: RecordModel, parent=None):
        super().__init__(parent)
        self.model = model
        self._laid: OrderedDict[tuple, Laid] = OrderedDict()
        self._checks = CellPainter()  # its check-box pixmaps, drawn once per look

    def font_changed(self) -> None:
        self._laid.clear()
        self._checks.forget_all()

    # Geometry

    def _check_rect(self, rect: QRect, font_height: int, checkable: bool) -> QRect | None:
        if not checkable:
            return None
        side = max(13, font_height)
        return QRect(rect.left() + 4, rect.top() + PAD + 1, side, side)

    def _text_left(self, font_height: int, checkable: bool) -> int:
        return 4 + (max(13, font_height) + 6 if checkable else 2)

    def laid(self, row: int, width: int, font: QFont) -> Laid | None:
        """The row's layout for a cell ``width`` pixels wide (None: it cannot be read)."""
        cells = self.model.cells(row)
        if cells is None:
            return None
        record_id = self.model.id_at(row)
        key = (record_id, width, font.key())
        laid = self._laid.get(key)
        if laid is not None:
            self._laid.move_to_end(key)
            return laid
        full = cells[1]
        text = full[0] if len(full[0]) <= READING_CHARS else full[0][:READING_CHARS - 1] + "…"
        parts, offsets, at = [], [], 2
        for other in full[1:]:
            if other:
                offsets.append(at)
                parts.append(other)
                at += len(other) + 3
            else:
                offsets.append(-1)
        credit_text = kept_together("— " + " · ".join(parts)) if parts else ""
        room = max(40, width - self._text_left(font_height(font), self._checkable()) - 6)
        main, main_height = _laid_out(text, font, room)
        credit, credit_height = _laid_out(credit_text, font, room)
        laid = self._laid[key] = Laid(main, credit, main_height, credit_height, tuple(offsets))
        if len(self._laid) > LAYOUTS:
            self._laid.popitem(last=False)
        return laid

    def _checkable(self) -> bool:
        return self.model.selection is not None

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        laid = self.laid(index.row(), option.rect.width(), option.font)
        return QSize(option.rect.width(), laid.height if laid else option.fontMetrics.height() + 10)

    # Painting

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        row = index.row()
        laid = self.laid(row, option.rect.width(), option.font)
        if laid is None:
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style()
        rect = option.rect
        checkable = self._checkable()
        option.features = (QStyleOptionViewItem.ViewItemFeature.Alternate if row & 1
                           else QStyleOptionViewItem.ViewItemFeature.None_)
        style.drawPrimitive(PANEL, option, painter, widget)
        height = option.fontMetrics.height()  # the cell's own, measured already
        check = self._check_rect(rect, height, checkable)
        if check is not None:
            option.checkState = CHECKED if self.model.is_checked(row) else UNCHECKED
            painter.drawPixmap(check.topLeft(), self._checks.check(
                style, option, widget, QRect(0, 0, check.width(), check.height())))
        state = option.state
        selected = bool(state & S.State_Selected)
        group = (QPalette.ColorGroup.Normal if state & S.State_Active
                 else QPalette.ColorGroup.Inactive)
        palette = option.palette
        text = palette.color(group, ROLE.HighlightedText if selected else ROLE.Text)
        quiet = palette.color(group, ROLE.HighlightedText if selected else ROLE.PlaceholderText)
        left = rect.left() + self._text_left(height, checkable)
        marks = self._marks(row, laid, palette, group, selected)
        painter.setPen(text)
        laid.main.draw(painter, QPointF(left, rect.top() + PAD), marks[0])
        painter.setPen(quiet)
        laid.credit.draw(painter, QPointF(left, rect.top() + laid.credit_top), marks[1])
        if state & S.State_HasFocus:
            self._checks.focus(style, option, painter, widget,
                                QRect(0, 0, rect.width(), rect.height()), group)

    def _marks(self, row: int, laid: Laid, palette: QPalette, group, selected: bool):
        """The search's matches as ranges drawn over each text, as the list marks them."""
        if not self.model.needles:
            return [], []
        look = QTextCharFormat()
        background, foreground = mark_colours(palette, group, selected)
        look.setBackground(background)
        look.setForeground(foreground)
        main = [_range(start, end - start, look) for start, end in self.model.marks(row, 0)
                if start < READING_CHARS - 1]
        credit = []
        for column, offset in enumerate(laid.offsets, start=1):
            if offset >= 0:
                credit += [_range(offset + start, end - start, look)
                           for start, end in self.model.marks(row, column)]
        return main, credit

    def editorEvent(self, event, model, option: QStyleOptionViewItem, index) -> bool:  # noqa: N802
        """A click on the check box as drawn ticks or unticks the record."""
        if event.type() not in CLICKS or not self._checkable():
            return super().editorEvent(event, model, option, index)
        check = self._check_rect(option.rect, option.fontMetrics.height(), True)
        if check is None or not check.contains(event.position().toPoint()):
            return super().editorEvent(event, model, option, index)
        if event.type() == QEvent.Type.MouseButtonRelease:
            checked = self.model.is_checked(index.row())
            model.setData(model.index(index.row(), 0), (UNCHECKED if checked else CHECKED).value,
                          Qt.ItemDataRole.CheckStateRole)
        return True


def _range(start: int, length: int, look: QTextCharFormat):
    chosen = QTextLayout.FormatRange()
    chosen.start, chosen.length, chosen.format = start, length, look
    return chosen


def font_height(font: QFont) -> int:
    return QFontMetrics(font).height()


class ReadingRows(QObject):
    """Gives the rows on screen the heights their text needs, as they come into view."""

    def __init__(self, view: QTableView, delegate: ReadingDelegate):
        super().__init__(view)
        self.view, self.delegate = view, delegate
        self._busy = False
        self._resized: set[int] = set()
        """Rows given a height of their own since the list was last reset."""
        model = view.model()
        model.modelReset.connect(self._reset)
        model.rowsInserted.connect(self.measure)
        view.verticalScrollBar().valueChanged.connect(self.measure)
        view.horizontalHeader().sectionResized.connect(self._column_resized)
        view.viewport().installEventFilter(self)

    def detach(self) -> None:
        """Back to the list view: every row one line high again."""
        model = self.view.model()
        model.modelReset.disconnect(self._reset)
        model.rowsInserted.disconnect(self.measure)
        self.view.verticalScrollBar().valueChanged.disconnect(self.measure)
        self.view.horizontalHeader().sectionResized.disconnect(self._column_resized)
        self.view.viewport().removeEventFilter(self)
        header = self.view.verticalHeader()
        count = self.view.model().rowCount()
        for row in sorted(self._resized):
            if row < count:
                header.resizeSection(row, header.defaultSectionSize())
        self._resized.clear()
        self.deleteLater()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.measure()
        return False

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        """The text column's new width (the viewport's resize comes before it, so the rows
        measured then had the old width's heights; and while this signal is sent, the
        view still reports the old width)."""
        if column == 0:
            self._measure(new)

    def _reset(self) -> None:
        self._resized.clear()  # a reset list starts from the default height
        self.measure()

    def measure(self, *_args) -> None:
        """Measure the rows from the top one shown down to the foot of the view."""
        self._measure(self.view.columnWidth(0))

    def _measure(self, width: int) -> None:
        view = self.view
        count = view.model().rowCount()
        if self._busy or not count:
            return
        self._busy = True
        try:
            header = view.verticalHeader()
            font = view.font()
            room = view.viewport().height()
            sizes = []
            for row in range(max(0, view.rowAt(0)), count):
                laid = self.delegate.laid(row, width, font)
                height = laid.height if laid is not None else header.defaultSectionSize()
                sizes.append((row, height))
                room -= height
                if room <= 0:
                    break
            for row, height in sizes:  # sized together: positions are worked out once
                if header.sectionSize(row) != height:
                    header.resizeSection(row, height)
                    self._resized.add(row)
        finally:
            self._busy = False
