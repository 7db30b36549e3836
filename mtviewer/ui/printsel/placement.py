"""Where the print selection panel sits and how wide it is: remembered between sessions,
never narrower than its buttons need, and never more than a share of the window.

Opening the panel does not take its room from the list and the record beside it where the
screen has room to spare: the window grows by the panel's size (and gives it back when the
panel closes, unless the window was resized meanwhile). Where even then the tab would be
left too narrow to read (a small screen, a large zoom), the panel opens over the window's
edge instead of beside the tab (floating; the user may dock it).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow

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
LEAST_TAB = 60
"""The tab beside a docked panel keeps this many average characters' width, or the panel
floats over the window instead."""


class PanelPlacement(QObject):
    def __init__(self, window: QMainWindow, settings: Settings):
        super().__init__(window)
        self.window, self.settings = window, settings
        self.panel: QDockWidget | None = None
        self._size = 0
        """The remembered size, applied when the panel is first shown."""
        self._floated = False
        """The panel floats because the tab would be too narrow beside it (not the user's
        choice: not remembered as one)."""
        self._grown: tuple[int, int, int, int] | None = None
        """(width, height, grown by across, grown by down) when opening the panel grew the
        window: it is given back when the panel closes, if the window is still that size."""

    def was_visible(self) -> bool:
        return self.settings[PANEL_VISIBLE]

    def place(self, panel: QDockWidget) -> None:
        """Dock ``panel`` where it was last time (at the right the first time)."""
        self.panel = panel
        area = AREAS.get(self.settings[PANEL_AREA], Qt.DockWidgetArea.RightDockWidgetArea)
        self.window.addDockWidget(area, panel)
        panel.topLevelChanged.connect(self._docked)
        geometry = self.settings[PANEL_GEOMETRY]
        if self.settings[PANEL_FLOATING] and not geometry.isEmpty():
            panel.setFloating(True)
            panel.restoreGeometry(geometry)
        self._size = self.settings[PANEL_SIZE]

    def _docked(self, floating: bool) -> None:
        if not floating:
            self._floated = False  # the user docked it

    def _vertical(self) -> bool:
        return self.panel is not None and self.window.dockWidgetArea(self.panel) == BOTTOM

    def wanted(self) -> int:
        """The panel's size across the window: the remembered one when it still fits the
        panel's contents (a width remembered from a smaller window or zoom is widened)."""
        panel = self.panel
        assert panel is not None
        hint = panel.sizeHint()
        least = panel.minimumSizeHint()
        if self._vertical():
            return max(self._size or hint.height(), least.height())
        return max(self._size or hint.width(), least.width())

    def shown(self) -> None:
        """The panel was shown: the window grows to hold it where the screen has room, and
        the panel takes its remembered size, widened to what its contents need."""
        panel = self.panel
        if panel is None:
            return
        if self._floated:  # floated for want of room: docked again if there is room now
            panel.setFloating(False)
            self._floated = False
        if panel.isFloating():  # the user's choice
            return
        size = self.wanted()
        if self._grown is None:
            self._grow(size)
        if not self._vertical() and self._too_narrow(size):
            self._float_over(size)
            return
        orientation = Qt.Orientation.Vertical if self._vertical() else Qt.Orientation.Horizontal
        self.window.resizeDocks([panel], [size], orientation)
        self._size = 0

    def _too_narrow(self, size: int) -> bool:
        least = LEAST_TAB * QFontMetrics(QApplication.font()).averageCharWidth()  # as zoomed
        return self.window.width() - size < least

    def _float_over(self, size: int) -> None:
        """Float the panel over the window's right edge, as tall as the window's body."""
        panel = self.panel
        assert panel is not None
        self._floated = True
        frame = self.window.geometry()
        body = self.window.centralWidget()
        top = body.mapToGlobal(body.rect().topLeft()) if body is not None else frame.topLeft()
        panel.setFloating(True)
        panel.setGeometry(frame.right() - size + 1, top.y(), size, frame.bottom() - top.y())

    def _grow(self, size: int) -> None:
        window = self.window
        if window.isMaximized() or window.isFullScreen() or window.screen() is None:
            return
        room = window.screen().availableGeometry()
        frame = window.frameGeometry()
        if self._vertical():
            spare = max(0, room.bottom() - frame.bottom()) + max(0, frame.top() - room.top())
            across, down = 0, min(size, spare)
        else:
            spare = max(0, room.right() - frame.right()) + max(0, frame.left() - room.left())
            across, down = min(size, spare), 0
        if not across and not down:
            return
        window.resize(window.width() + across, window.height() + down)
        left = min(frame.left(), room.right() - (frame.width() + across) + 1)
        top = min(frame.top(), room.bottom() - (frame.height() + down) + 1)
        if (left, top) != (frame.left(), frame.top()):
            window.move(max(room.left(), left), max(room.top(), top))
        self._grown = window.width(), window.height(), across, down

    def hidden(self) -> None:
        """The panel was closed: give back the room the window grew by for it."""
        grown, self._grown = self._grown, None
        if grown is None or self.panel is None:
            return
        width, height, across, down = grown
        if (self.window.width(), self.window.height()) == (width, height):
            self._size = self.panel.height() if down else self.panel.width()
            self.window.resize(width - across, height - down)

    def save(self, away: bool = False) -> None:
        """Remember the panel: ``away`` means it is open, though hidden while another tab
        than the Quotes tab is shown."""
        panel = self.panel
        if panel is None:
            if away:
                self.settings[PANEL_VISIBLE] = True
            return
        area = self.window.dockWidgetArea(panel)
        self.settings[PANEL_VISIBLE] = panel.isVisible() or away
        self.settings[PANEL_AREA] = int(area.value)
        self.settings[PANEL_FLOATING] = panel.isFloating() and not self._floated
        self.settings[PANEL_GEOMETRY] = panel.saveGeometry()
        if panel.isVisible() and (self._floated or not panel.isFloating()):
            self.settings[PANEL_SIZE] = panel.height() if area == BOTTOM else panel.width()
        elif self._size:
            self.settings[PANEL_SIZE] = self._size
