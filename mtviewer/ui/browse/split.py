"""How a tab shares its room between the list and the record: beside each other when the tab
is wide, the record below the list when it is narrow; either way neither is squeezed below
what can be read, whatever the window's size, the zoom or a remembered position."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QSplitter, QTableView, QWidget

WIDE = 140
"""Narrower than this many average characters, the record moves below the list (about
1000 pixels at normal size; more when zoomed, so the record stays readable)."""
READABLE_LINES = 12
"""The record below the list keeps at least this many lines of text…"""
READABLE_CHARS = 44
"""…and beside it, this many characters a line…"""
MOST = 0.6
"""…unless that is more than this share of the room: then the share."""
LIST_ROWS = 3
"""The list keeps room for this many rows at least (when the tab has it)."""


class Split(QObject):
    def __init__(self, splitter: QSplitter, view: QTableView, pane: QWidget,
                 shares: tuple[int, int] = (3, 2)):
        """``shares``: how the list and the record share a wide tab."""
        super().__init__(splitter)
        self.splitter, self.view, self.pane, self.shares = splitter, view, pane, shares
        splitter.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        """The splitter's room changes without the tab's too (the row above it wraps or
        unwraps): its sides' least sizes follow."""
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self.keep_readable()
        return False

    @property
    def vertical(self) -> bool:
        return self.splitter.orientation() == Qt.Orientation.Vertical

    def place(self, width: int) -> None:
        """Record beside the list in a tab ``width`` pixels wide, or below it."""
        wide = width >= WIDE * self.splitter.fontMetrics().averageCharWidth()
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if orientation != self.splitter.orientation():
            self.splitter.setOrientation(orientation)  # the sizes were for the other way
            self.keep_readable()
            if wide:
                total = sum(self.splitter.sizes())
                listed = total * self.shares[0] // sum(self.shares)
                self.splitter.setSizes([listed, total - listed])
            else:
                self.fit_list()
        else:
            self.keep_readable()

    def keep_readable(self) -> None:
        """Neither side can be dragged, restored or squeezed below a readable size: the
        splitter keeps to its sides' least sizes."""
        metrics = self.splitter.fontMetrics()
        header = self.view.horizontalHeader().sizeHint().height()
        row = self.view.verticalHeader().defaultSectionSize()
        frame = 2 * self.view.frameWidth()
        if self.vertical:
            room = self.splitter.height()
            self.pane.setMinimumSize(0, min(READABLE_LINES * metrics.lineSpacing(),
                                            int(room * MOST)))
            self.view.setMinimumSize(0, min(header + LIST_ROWS * row + frame,
                                            int(room * (1 - MOST))))
        else:
            room = self.splitter.width()
            char = metrics.averageCharWidth()
            self.pane.setMinimumSize(min(READABLE_CHARS * char, int(room * MOST)), 0)
            self.view.setMinimumSize(min(READABLE_CHARS * char, int(room * (1 - MOST))), 0)

    def fit_list(self) -> None:
        """Below the list, the record takes what the list does not need: a short list is
        not given empty room the record could use."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if not self.vertical or total <= 0:
            return
        header = self.view.horizontalHeader().sizeHint().height()
        rows = self.view.model().rowCount() if self.view.model() is not None else 0
        needs = (header + max(rows, LIST_ROWS) * self.view.verticalHeader().defaultSectionSize()
                 + 2 * self.view.frameWidth())
        share = int(total * (1 - MOST) if rows > LIST_ROWS else total / 2)
        listed = max(self.view.minimumHeight(), min(needs, share))
        self.splitter.setSizes([listed, total - listed])
