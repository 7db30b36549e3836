"""Where the print selection panel sits and how wide it is: remembered between sessions, and
never more than a share of the window, so the list keeps most of a small screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from ...settings import (
    PANEL_AREA,
    PANEL_FLOATING,
    PANEL_GEOMETRY,
    PANEL_SIZE,
    PANEL_VISIBLE,
    Settings,
)

SHARE = 0.3
"""At most this share of the window's width goes to the panel, which keeps to it as the
window is resized (the list keeps 60 % and more at 800 × 600)."""
AREAS = {int(a.value): a for a in (Qt.DockWidgetArea.LeftDockWidgetArea,
                                   Qt.DockWidgetArea.RightDockWidgetArea,
                                   Qt.DockWidgetArea.BottomDockWidgetArea)}
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


class PanelPlacement(QObject):
    def __init__(self, window: QMainWindow, settings: Settings):
        super().__init__(window)
        self.window, self.settings = window, settings
        self.panel: QDockWidget | None = None
        self._size = 0
        """The remembered size, applied when the panel is first shown."""

    def was_visible(self) -> bool:
        return self.settings[PANEL_VISIBLE]

    def place(self, panel: QDockWidget) -> None:
        """Dock ``panel`` where it was last time (at the right the first time)."""
        self.panel = panel
        area = AREAS.get(self.settings[PANEL_AREA], Qt.DockWidgetArea.RightDockWidgetArea)
        self.window.addDockWidget(area, panel)
        geometry = self.settings[PANEL_GEOMETRY]
        if self.settings[PANEL_FLOATING] and not geometry.isEmpty():
            panel.setFloating(True)
            panel.restoreGeometry(geometry)
        self._size = self.settings[PANEL_SIZE]

    def shown(self) -> None:
        """A dock takes a size only once it is shown: the remembered one, the first time."""
        if self.panel is not None and self._size:
            vertical = self.window.dockWidgetArea(self.panel) == BOTTOM
            self.window.resizeDocks([self.panel], [self._size], Qt.Orientation.Vertical
                                    if vertical else Qt.Orientation.Horizontal)
            self._size = 0

    def save(self) -> None:
        panel = self.panel
        if panel is None:
            return
        area = self.window.dockWidgetArea(panel)
        self.settings[PANEL_VISIBLE] = panel.isVisible()
        self.settings[PANEL_AREA] = int(area.value)
        self.settings[PANEL_FLOATING] = panel.isFloating()
        self.settings[PANEL_GEOMETRY] = panel.saveGeometry()
        self.settings[PANEL_SIZE] = panel.height() if area == BOTTOM else panel.width()

