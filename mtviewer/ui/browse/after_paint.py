"""Doing something once a widget has next been painted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterPaint(QObject):
    """Calls ``callback`` once ``widget`` has next been painted (the list first, then the
    details: what was typed shows at once, the record follows)."""

    def __init__(self, widget: QWidget, callback):
        super().__init__(widget)
        self.widget, self.callback = widget, callback
        self.armed = False

    def arm(self) -> None:
        if not self.armed:
            self.armed = True
            self.widget.installEventFilter(self)
            self.widget.update()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.widget.removeEventFilter(self)
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if self.armed:
            self.armed = False
            self.callback()
