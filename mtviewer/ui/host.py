"""What features need from the window, and no more: narrow, typed views of it.

The window (``MainWindow``) is each of these (and ``browser.Browser``, its tabs); a feature
takes the one it needs, so a type checker sees what it uses, and a test can hand it
something smaller.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from ..content import Content

if TYPE_CHECKING:
    from ..settings import Settings


class Host(Protocol):
    """A parent for a feature's dialogs, the status bar, the content on screen, and the
    settings (where files were last saved, for one)."""

    @property
    def content(self) -> Content: ...

    @property
    def settings(self) -> Settings: ...

    def dialog_parent(self) -> QWidget:
        """The widget a feature's dialogs belong to (the window)."""
        ...

    def tell(self, message: str, milliseconds: int = 6000) -> None:
        """Say something briefly in the status bar."""


class Library(Host, Protocol):
    """The content shown and where it comes from: content editions."""

    def set_database(self, content: Content) -> None:
        """Show another database in place of the one shown."""

    def show_edition(self) -> None:
        """Say again which edition is shown, and whether it was verified."""
