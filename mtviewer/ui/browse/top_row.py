"""Above a list: its search field, how many it shows, and a tab's own controls. In one row
where they fit; in a narrow or zoomed tab the field keeps a row of its own, never shrunk
below a readable width, and the others go beneath it."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

READABLE = 22
"""The search field's least width, in average characters: its placeholder ("Search
quotes…") and a few words typed stay readable at every zoom."""


class TopRow(QGridLayout):
    def __init__(self, field: QLineEdit, count: QWidget):
        super().__init__()
        self.setContentsMargins(0, 0, 0, 0)
        self.field = field
        self.others: list[QWidget] = [count]
        self._stacked: int | None = None
        self._place(0)

    def add(self, widget: QWidget) -> None:
        self.others.append(widget)
        stacked, self._stacked = self._stacked or 0, None
        self._place(stacked)

    def readable(self) -> int:
        return READABLE * self.field.fontMetrics().averageCharWidth()

    def fit(self, width: int) -> None:
        """Lay the row out for a tab ``width`` pixels wide (after a resize or a zoom)."""
        field = self.readable()
        self.field.setMinimumWidth(min(field, max(0, width - 12)))
        spacing = max(self.horizontalSpacing(), 0)
        others = sum(w.sizeHint().width() + spacing for w in self.others if not w.isHidden())
        self._place(0 if field + others <= width else 1 if others <= width else 2)

    def _place(self, stacked: int) -> None:
        """0: all in one row; 1: the field, then the others in a row; 2: one a row."""
        if stacked == self._stacked:
            return
        self._stacked = stacked
        for widget in (self.field, *self.others):
            self.removeWidget(widget)
        columns = len(self.others)
        for column in range(columns + 1):
            self.setColumnStretch(column, 0)
        if stacked == 2:
            for row, widget in enumerate((self.field, *self.others)):
                self.addWidget(widget, row, 0)
            self.setColumnStretch(0, 1)
        elif stacked == 1:
            self.addWidget(self.field, 0, 0, 1, columns)
            for column, widget in enumerate(self.others):
                self.addWidget(widget, 1, column)
            self.setColumnStretch(0, 1)
        else:
            self.addWidget(self.field, 0, 0)
            for column, widget in enumerate(self.others, start=1):
                self.addWidget(widget, 0, column)
            self.setColumnStretch(0, 2)
            self.setColumnStretch(1, 3)
