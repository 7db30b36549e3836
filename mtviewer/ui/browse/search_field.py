"""A search line edit: clear button, and Esc empties it (or, when empty, passes Esc on)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

CLEAR_ACTION = "_q_qlineeditclearaction"
"""Qt's name for the action behind a line edit's clear button."""


class SearchField(QLineEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        clear = self.findChild(QAction, CLEAR_ACTION)
        if clear is not None:  # its button is otherwise nameless to a screen reader
            clear.setText(self.tr("Clear"))
            clear.setToolTip(self.tr("Empty the search field (Esc)"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)
