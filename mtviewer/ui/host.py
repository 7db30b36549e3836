"""What a feature needs from the window, and no more: a parent for its dialogs, the status
bar for a short message, and the content on screen."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from ..content import Content


class Host(Protocol):
    @property
    def content(self) -> Content: ...

    def dialog_parent(self) -> QWidget:
        """The widget a feature's dialogs belong to (the window)."""

    def tell(self, message: str, milliseconds: int = 6000) -> None:
        """Say something briefly in the status bar."""
