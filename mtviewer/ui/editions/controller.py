"""File → Install content edition… and Help → Check for new content.

The feed is set by the user (``editions/feed`` in their settings) or for every user of the
PC by an administrator (the same key in the system-wide settings file). Without one, no
network is ever tried. Everything that may wait (reading a feed, fetching, checking) runs in
the background; the edition only takes over once it passed every check.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QStandardPaths

from ...formatting import fill
from . import messages

if TYPE_CHECKING:  # dialogs load when first shown, not to start the window
    from PySide6.QtWidgets import QMainWindow, QMessageBox

FEED_KEY = "editions/feed"


def system_settings() -> QSettings:
    """The settings file an administrator writes for every user (Linux:
    ``/etc/xdg/mtviewer/mtviewer.ini``; Windows: ``%ProgramData%\\mtviewer\\mtviewer.ini``)."""
    from ...settings_files import system_settings as the_one_file

    return the_one_file()


def configured_feed(settings: QSettings) -> str | None:
    """The feed folder or address the user, else the administrator, set; None when neither."""
    for source in (settings, system_settings()):
        value = source.value(FEED_KEY)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def not_cancelled(value, cancelled):
    """``value``, unless the user cancelled meanwhile."""
    from ...editions.errors import EditionError

    if cancelled():
        raise EditionError("cancelled", "cancelled")
    return value


class EditionController(QObject):
    """The window's edition actions; ``box`` is the message shown last (for tests)."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.box: QMessageBox | None = None
        self.task = None
        self.progress = None
        self.chooser = None

    # Installing from a file

    def install_from_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self.busy():
            return
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Install content edition"), start,
            self.tr("Content editions (*.sqlite editions.json *.edition.json);;All files (*)"))
        if chosen:
            self.install_location(chosen)

    def install_location(self, location: str, version: str | None = None) -> None:
        """Read which edition ``location`` holds, then verify and install it."""
        from ...editions.errors import EditionError
        from ...editions.install import resolve

        try:
            entry, address = resolve(location, version)
        except EditionError as exc:
            self._refused(exc)
            return
        self._install(entry, address)

    def choose_edition(self) -> None:
        from .chooser import EditionChooser

        self.chooser = EditionChooser(self.window)
        self.chooser.open()

    # Checking the feed

    def busy(self) -> bool:
        """Something is being read or installed already (its progress dialog is up)."""
        return self.task is not None and self.task.isRunning()

    def check_for_new(self) -> None:
        if self.busy():
            return
        feed = configured_feed(self.window.settings)
        if feed is None:
            self._no_feed()
            return
        from ...editions.feed import read_feed
        from .worker import run_with_progress

        self.task, self.progress = run_with_progress(
            self.window, fill(self.tr("Looking for new content in %1…"), feed),
            lambda progress, cancelled: (not_cancelled(read_feed(feed), cancelled), feed),
            self._feed_read, lambda error: self._refused(error, reading=True))

    def _feed_read(self, result) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ...editions.feed import feed_address, file_address
        from ...editions.install import readable
        from ...editions.versions import version_key

        entries, feed = result
        shown = self.window.content.edition()
        mine = messages.edition_text(shown.version, shown.date)
        offered = readable(entries)
        newest = next(iter(offered), None)
        later = [e for e in entries if e not in offered and (
            newest is None or version_key(e.version) > version_key(newest.version))]
        needs_upgrade = fill(self.tr("Edition %1 in the feed needs a newer version of "
                                     "mtviewer."), later[0].version) if later else ""
        if newest is None:
            self._offer_feed_choice(self._tell(QMessageBox.Icon.Information, " ".join(filter(
                None, (fill(self.tr("No content edition in %1 that this version of mtviewer "
                                    "can show."), feed), needs_upgrade)))))
            return
        if shown.version and version_key(newest.version) <= version_key(shown.version):
            self._offer_feed_choice(self._tell(QMessageBox.Icon.Information, " ".join(filter(
                None, (fill(self.tr("You have the newest content: %1."), mine),
                       needs_upgrade)))))
            return
        text = fill(self.tr("New content is available: %1, %2 (%3), published by %4.\n\n"
                            "It has %5. You have %6.\n\nInstall it now? It is checked "
                            "before it replaces what you see."),
                    newest.name, messages.edition_text(newest.version, newest.date),
                    self.window.locale().formattedDataSize(newest.size), newest.publisher,
                    messages.counts_text(newest.counts), mine)
        box = self._tell(QMessageBox.Icon.Question, text)
        install = box.addButton(self.tr("Install"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.removeButton(box.button(QMessageBox.StandardButton.Ok))
        address = file_address(feed_address(feed), newest)
        box.buttonClicked.connect(
            lambda button: self._install(newest, address) if button is install else None)

    # Verify, fetch, install, switch

    def _install(self, entry, address: str) -> None:
        from ...editions.install import install
        from ...editions.store import Store
        from .worker import run_with_progress

        if self.busy():
            return
        self.task, self.progress = run_with_progress(
            self.window, fill(self.tr("Installing %1…"),
                              messages.edition_text(entry.version, entry.date)),
            lambda progress, cancelled: install(Store.user(), entry, address, progress,
                                                cancelled),
            lambda path: self._installed(entry, Path(path)), self._refused)

    def _installed(self, entry, path: Path) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ...content import DatabaseError, open_content

        try:
            opened = open_content(path)
        except DatabaseError as exc:
            self._tell(QMessageBox.Icon.Warning, str(exc))
            return
        self.window.set_database(opened)
        self.window.statusBar().showMessage(fill(
            self.tr("Installed %1; it is shown now and opens by default."),
            messages.edition_text(entry.version, entry.date)))

    def _refused(self, error: Exception, reading: bool = False) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ...editions.errors import EditionError

        if not isinstance(error, EditionError):
            raise error  # a bug: the exception hook logs and tells it
        if error.code == "cancelled":
            self.window.statusBar().showMessage(
                self.tr("Looking for new content was cancelled.") if reading
                else self.tr("Installing was cancelled; nothing was changed."))
            return
        shown = self.window.content.edition()
        heading = (self.tr("The feed could not be read.") if reading
                   else self.tr("The content edition was not installed."))
        text = fill(self.tr("%1 %2\n\nNothing was changed: you still see %3."), heading,
                    messages.refusal(error), messages.edition_text(shown.version, shown.date))
        box = self._tell(QMessageBox.Icon.Warning, text)
        box.setObjectName("edition-refused")
        box.setDetailedText(error.detail)
        if reading:
            self._offer_feed_choice(box)

    # Setting a feed

    def _no_feed(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = self._tell(QMessageBox.Icon.Information, self.tr(
            "No content feed is set up, so mtviewer does not look for new content (it never "
            "uses the network on its own).\n\nA feed is a folder or web address where your "
            "organisation publishes content editions. Your IT department can set one for "
            "everyone, or you can set one here."))
        box.setObjectName("no-feed")
        self._offer_feed_choice(box, self.tr("Set a feed…"))

    def _offer_feed_choice(self, box: QMessageBox, label: str | None = None) -> None:
        """A button on ``box`` that asks for the feed (to set it, or change it)."""
        from PySide6.QtWidgets import QMessageBox

        choose = box.addButton(label or self.tr("Change the feed…"),
                               QMessageBox.ButtonRole.ActionRole)
        box.buttonClicked.connect(lambda button: self.ask_feed() if button is choose else None)

    def ask_feed(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        current = configured_feed(self.window.settings) or ""
        text, ok = QInputDialog.getText(
            self.window, self.tr("Content feed"),
            self.tr("Folder or web address (http or https) of the content feed:"),
            text=current)
        if ok:
            self.set_feed(text)

    def set_feed(self, location: str) -> None:
        self.window.settings.setValue(FEED_KEY, location.strip())
        self.window.settings.sync()

    def stop(self) -> None:
        """Stop work in the background (the window is closing) and wait for it to end."""
        if self.busy():
            self.task.stop.set()
            self.task.wait()

    def _tell(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(icon, self.tr("Content editions"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        self.box = box
        box.open()  # window-modal, without stopping the event loop here
        return box
