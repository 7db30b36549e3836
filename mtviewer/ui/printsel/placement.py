"""Where the print selection panel sits and how wide it is: remembered between sessions, and
never more than a share of the window, so the list keeps most of a small screen."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

SHARE = 0.3
"""At most this share of the window's width goes to the panel, which keeps to it as the
window is resized (the list keeps 60 % and more at 800 × 600)."""
AREAS = {int(a.value): a for a in (Qt.DockWidgetArea.LeftDockWidgetArea,
                                   Qt.DockWidgetArea.RightDockWidgetArea,
                                   Qt.DockWidgetArea.BottomDockWidgetArea)}
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


class PanelPlacement(QObject):
    def __init__(self, window: QMainWindow, settings: QSettings):
        super().__init__(window)
        self.window, self.settings = window, settings
        self.panel: QDockWidget | None = None
        self._size = 0
        """The remembered size, applied when the panel is first shown."""

    def was_visible(self) -> bool:
        return self.settings.value("print-panel/visible") in (True, "true")

    def place(self, panel: QDockWidget) -> None:
        """Dock ``panel`` where it was last time (at the right the first time)."""
        self.panel = panel
        area = AREAS.get(_number(self.settings.value("print-panel/area")),
                         Qt.DockWidgetArea.RightDockWidgetArea)
        self.window.addDockWidget(area, panel)
        geometry = self.settings.value("print-panel/geometry")
        if self.settings.value("print-panel/floating") in (True, "true") and isinstance(
                geometry, QByteArray) and geometry.size() <= 256:
            panel.setFloating(True)
            panel.restoreGeometry(geometry)
        self._size = _number(self.settings.value("print-panel/size"))

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
        self.settings.setValue("print-panel/visible", panel.isVisible())
        self.settings.setValue("print-panel/area", int(area.value))
        self.settings.setValue("print-panel/floating", panel.isFloating())
        self.settings.setValue("print-panel/geometry", panel.saveGeometry())
        self.settings.setValue("print-panel/size",
                               panel.height() if area == BOTTOM else panel.width())


def _number(value: object) -> int:
    """A whole number from a settings file, which can hold anything; 0 when it is not one."""
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0
    return number if 0 < number <= 20_000 else 0
