"""The window's size and place: a first window sized from the screen, and the last session's
layout restored where it still fits."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QMainWindow

from ..settings import WINDOW_GEOMETRY, WINDOW_STATE, Settings

SHARE = 0.86
"""A first window takes this share of the screen's free area each way…"""
LARGEST = QSize(1760, 1100)
"""…up to this size, so on a very large screen it does not sprawl."""
FALLBACK = QSize(1100, 720)
"""Without a screen to measure (never on a desktop)."""


def available(window: QMainWindow) -> QRect | None:
    """The screen's area free of panels and docks, or None when there is no screen."""
    screen = window.screen()
    if screen is None or screen.availableGeometry().isEmpty():
        return None
    return screen.availableGeometry()


def first_size(window: QMainWindow) -> QSize:
    """A first window's size: a share of the free area, never larger than the screen."""
    room = available(window)
    if room is None:
        return FALLBACK
    width = min(LARGEST.width(), round(room.width() * SHARE))
    height = min(LARGEST.height(), round(room.height() * SHARE))
    return QSize(max(min(window.minimumWidth(), room.width()), width),
                 max(min(window.minimumHeight(), room.height()), height))


def place_first(window: QMainWindow) -> None:
    """Size a first window from the screen and centre it there."""
    window.resize(first_size(window))
    room = available(window)
    if room is not None:
        frame = window.frameGeometry()
        frame.moveCenter(room.center())
        window.move(frame.topLeft())


def restore(window: QMainWindow, settings: Settings) -> bool:
    """The last session's size, place, toolbars and docks, where they are sane (settings
    files can hold anything: ``settings`` checks each value's type and size, this each state
    against the screen); False when there was nothing to restore."""
    geometry = settings[WINDOW_GEOMETRY]
    restored = not geometry.isEmpty() and window.restoreGeometry(geometry)
    if restored:
        fit_on_screen(window)
    state = settings[WINDOW_STATE]
    if not state.isEmpty():
        window.restoreState(state)
    return restored


def fit_on_screen(window: QMainWindow) -> None:
    """A restored window lies on a screen and fits it, whatever the file said."""
    if window.isMaximized() or window.isFullScreen():
        window.showNormal()
    room = available(window)
    if room is None:
        return
    width = max(min(window.minimumWidth(), room.width()), min(window.width(), room.width()))
    height = max(min(window.minimumHeight(), room.height()),
                 min(window.height(), room.height()))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    if not room.contains(window.geometry().topLeft()):
        window.move(room.topLeft())


def save(window: QMainWindow, settings: Settings) -> None:
    settings[WINDOW_GEOMETRY] = window.saveGeometry()
    settings[WINDOW_STATE] = window.saveState()
