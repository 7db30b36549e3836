"""Which content database the window shows: opening another, the recent ones, and what
happens when the one shown fails while open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from ..content import Content
from .host import Library
from .recent import RecentFiles


class DatabaseDoor(QObject):
    def __init__(self, library: Library):
        super().__init__(library.dialog_parent())
        self.library = library
        self.recent = RecentFiles(library.settings)
        self.failure_box: QMessageBox | None = None
        """The message about a database that failed while open, once one was shown."""

    def opened(self, content: Content, failed) -> None:
        """``content`` is now shown: remember it, and hear when it fails (``failed`` is the
        window's part: showing what can still be shown)."""
        self.recent.add(content.location)
        content.watch(lambda error, search_only: QTimer.singleShot(
            0, self, lambda: self._tell_failure(error, search_only, failed)))

    def _tell_failure(self, error, search_only: bool, failed) -> None:
        """The database failed while open: say so once, after what is being painted now."""
        from .dialogs.errors import database_problem_text

        failed()
        if search_only:
            self.library.tell(self.tr(
                "Search is not available: the search index of this database is damaged. "
                "Browsing still works."), 0)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The database can no longer be read"),
                          database_problem_text(error), parent=self.library.dialog_parent())
        box.setObjectName("database-failed")
        reopen = box.addButton(self.tr("Reopen"), QMessageBox.ButtonRole.AcceptRole)
        choose = box.addButton(self.tr("Choose another file…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)

        def answered(_button) -> None:
            if box.clickedButton() is reopen:
                self.open_path(self.library.content.location)
            elif box.clickedButton() is choose:
                self.choose_and_open()
        box.buttonClicked.connect(answered)
        self.failure_box = box
        box.open()  # window-modal, without stopping the event loop here

    def fill_recent_menu(self, menu) -> None:
        from .recent import fill_menu

        fill_menu(menu, self.recent, self.library.content.location, self.open_path)

    def open_path(self, path: Path) -> None:
        """Show the database at ``path``; if it cannot be shown, say why and offer another."""
        from .dialogs.open_database import open_with_recovery

        opened = open_with_recovery(path, self.library.dialog_parent())
        if opened is not None:
            self.library.set_database(opened)

    def choose_and_open(self) -> None:
        from .dialogs.open_database import choose_database_file

        chosen = choose_database_file(self.library.dialog_parent(),
                                      self.library.content.location.parent)
        if chosen is not None:
            self.open_path(chosen)
