"""Zoom: all text from 50 % to 300 % (Ctrl++, Ctrl+-, Ctrl+0), remembered between runs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ...formatting import fill
from ...settings import ZOOM, Settings

STEPS = (50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)
_BASE_PROPERTY = "mtviewer-base-point-size"


class Zoom(QObject):
    """Scales the application font; widgets and the detail pane follow it."""

    changed = Signal(int)

    def __init__(self, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        app = _application()
        if app.property(_BASE_PROPERTY) is None:  # the font before any zoom, kept once
            app.setProperty(_BASE_PROPERTY, app.font().pointSizeF())
        self.base = float(app.property(_BASE_PROPERTY))
        stored = settings[ZOOM]
        self.percent = min(STEPS, key=lambda step: abs(step - stored))
        self._apply()

    def zoom_in(self) -> None:
        self.set_percent(next((s for s in STEPS if s > self.percent), STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_percent(next((s for s in reversed(STEPS) if s < self.percent), STEPS[0]))

    def reset(self) -> None:
        self.set_percent(100)

    def set_percent(self, percent: int) -> None:
        if percent != self.percent:
            self.percent = percent
            self._apply()
            self.settings[ZOOM] = percent

    def _apply(self) -> None:
        app = _application()
        font = QFont(app.font())
        font.setPointSizeF(self.base * self.percent / 100)
        app.setFont(font)
        self.changed.emit(self.percent)


def _application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)  # a zoom lives in the window, after the application
    return app


def zoom_label(zoom: Zoom, parent: QWidget) -> QLabel:
    """The status bar's zoom indicator ("Zoom: 150 %", or "150 %" where the status bar is
    short of room), following every change."""
    from ..fitting_label import FittingLabel

    label = FittingLabel(parent)
    label.setObjectName("zoom-indicator")
    label.setAccessibleName(QCoreApplication.translate("Zoom", "Zoom level"))
    label.setToolTip(QCoreApplication.translate(
        "Zoom", "Size of all text; Ctrl++ and Ctrl+- change it, Ctrl+0 resets it"))

    def show(percent: int) -> None:
        label.set_texts(fill(QCoreApplication.translate("Zoom", "Zoom: %1 %"), percent),
                        fill(QCoreApplication.translate("Zoom", "%1 %"), percent))
    show(zoom.percent)
    zoom.changed.connect(show)
    return label
