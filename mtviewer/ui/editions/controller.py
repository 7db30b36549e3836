"""File → Install content edition…, File → Choose content edition… and Help → Check for
new content.

The feed is set for every user of the PC by an administrator (``editions/feed`` in the
system-wide settings file), and then it is theirs alone; otherwise the user may set one.
Without one, no network is ever tried. Everything that may wait (reading a feed or a chosen
file, fetching, checking) runs in the background; an edition takes over only once it passed
every check. Everything a feed says is shown as plain text, cut when long.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt

from ...formatting import fill
from ...settings import FEED, Settings
from ..host import Library
from . import messages

if TYPE_CHECKING:  # dialogs load when first shown, not to start the window
    from PySide6.QtWidgets import QMessageBox, QProgressDialog

    from .chooser import EditionChooser
    from .worker import Task

def system_settings() -> Settings:
    """The settings file an administrator writes for every user (Linux:
    ``/etc/xdg/mtviewer/mtviewer.ini``; Windows: ``%ProgramData%\\mtviewer\\mtviewer.ini``)."""
    from ...settings_files import system_settings as the_one_file

    return Settings(the_one_file())


def _value(source: Settings) -> str | None:
    return source[FEED].strip() or None


def administrators_feed() -> str | None:
    """The feed an administrator set for every user; it takes precedence over the user's."""
    return _value(system_settings())


def configured_feed(settings: Settings) -> str | None:
    """The administrator's feed, else the user's own; None when neither is set."""
    return administrators_feed() or _value(settings)


class EditionController(QObject):
    """The window's edition actions; ``box`` is the message shown last (for tests)."""

    def __init__(self, library: Library):
        super().__init__(library.dialog_parent())
        self.library = library
        self.parent_widget = library.dialog_parent()
        self.box: QMessageBox | None = None
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.chooser: EditionChooser | None = None

    # Installing from a file

    def install_from_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self.busy():
            return
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
        chosen, _ = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Install content edition"), start,
            self.tr("Content editions (*.sqlite *.json);;All files (*)"))
        if chosen:
            self.install_location(chosen)

    def install_location(self, location: str, version: str | None = None) -> None:
        """Check the feed a chosen file (or folder, or address) belongs to, then install
        its edition; all reading happens in the background."""
        from ...editions.client import install
        from ...editions.store import Store
        from .worker import run_with_progress

        if self.busy():
            self._raise_progress()
            return
        label = fill(self.tr("Checking and installing from %1…"), messages.plain(location, 80))
        self.task, self.progress = run_with_progress(
            self.parent_widget, label, lambda job: install(location, Store.user(), job, version),
            self._installed, self._refused)

    def choose_edition(self) -> None:
        from .chooser import EditionChooser

        self.chooser = EditionChooser(self.library)
        self.chooser.open()

    # Checking the feed

    def busy(self) -> bool:
        """Something is being read or installed already (its progress dialog is up)."""
        return self.task is not None and self.task.is_running()

    def _raise_progress(self) -> None:
        if self.progress is not None:
            self.progress.raise_()
            self.progress.activateWindow()

    def check_for_new(self) -> None:
        if self.busy():
            self._raise_progress()
            return
        feed = configured_feed(self.library.settings)
        if feed is None:
            self._no_feed()
            return
        from ...editions.client import check
        from ...editions.store import Store
        from .worker import run_with_progress

        self.task, self.progress = run_with_progress(
            self.parent_widget, fill(self.tr("Looking for new content in %1…"),
                              messages.plain(feed, 80)),
            lambda job: check(feed, Store.user(), job), self._feed_read,
            lambda error: self._refused(error, reading=True))

    def _feed_read(self, report) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ...editions.offers import readable
        from ...editions.versions import version_key

        shown = self.library.content.edition()
        mine = messages.edition_text(shown.version, shown.date)
        feed = messages.plain(report.feed.location, 120)
        offered = readable(report.offers)
        newest = next(iter(offered), None)
        later = [o for o in report.offers if o not in offered and (
            newest is None or version_key(o.version) > version_key(newest.version))]
        needs_upgrade = fill(self.tr("Edition %1 in the feed needs a newer version of "
                                     "the app."), later[0].version) if later else ""
        valid = fill(self.tr("The feed is signed until %1."), messages.when(report.expires))
        if newest is None:
            self._offer_feed_choice(self._tell(QMessageBox.Icon.Information, " ".join(filter(
                None, (fill(self.tr("No content edition in %1 that this version of the app "
                                    "can show."), feed), needs_upgrade)))))
            return
        if shown.version and version_key(newest.version) <= version_key(shown.version):
            self._offer_feed_choice(self._tell(QMessageBox.Icon.Information, " ".join(filter(
                None, (fill(self.tr("You have the newest content: %1."), mine),
                       needs_upgrade, valid)))))
            return
        text = fill(self.tr("New content is available: %1, %2 (%3), published by %4.\n\n"
                            "It has %5. You have %6.\n\nInstall it now? It is checked "
                            "before it replaces what you see."),
                    newest.name or "?", messages.edition_text(newest.version, newest.date),
                    self.parent_widget.locale().formattedDataSize(newest.size),
                    newest.publisher or "?", messages.counts_text(newest.counts), mine)
        box = self._tell(QMessageBox.Icon.Question, text)
        install = box.addButton(self.tr("Install"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.removeButton(box.button(QMessageBox.StandardButton.Ok))
        location = report.feed.location
        box.buttonClicked.connect(
            lambda button: self.install_location(location, newest.version)
            if button is install else None)

    # Installed, or refused

    def _installed(self, result) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ...content import DatabaseError, open_content

        offer, path = result
        try:
            opened = open_content(Path(path))
        except DatabaseError as exc:
            self._tell(QMessageBox.Icon.Warning, str(exc))
            return
        self.library.set_database(opened)
        self.library.tell(fill(
            self.tr("Installed %1; it is shown now and opens by default."),
            messages.edition_text(offer.version, offer.date)), 0)

    def _refused(self, error: Exception, reading: bool = False) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ...editions.errors import EditionError

        if not isinstance(error, EditionError):
            raise error  # a bug: the exception hook logs and tells it
        if error.code == "cancelled":
            self.library.tell(
                self.tr("Looking for new content was cancelled.") if reading
                else self.tr("Installing was cancelled; nothing was changed."), 0)
            return
        shown = self.library.content.edition()
        heading = (self.tr("The feed could not be read.") if reading
                   else self.tr("The content edition was not installed."))
        text = fill(self.tr("%1 %2\n\nNothing was changed: you still see %3."), heading,
                    messages.refusal(error), messages.edition_text(shown.version, shown.date))
        box = self._tell(QMessageBox.Icon.Warning, text)
        box.setObjectName("edition-refused")
        box.setDetailedText(messages.plain(error.detail, 2000))
        if reading:
            self._offer_feed_choice(box)

    # Setting a feed

    def _no_feed(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = self._tell(QMessageBox.Icon.Information, self.tr(
            "No content feed is set up, so the app does not look for new content (it never "
            "uses the network on its own).\n\nA feed is a folder or web address where your "
            "organisation publishes content editions. Your IT department can set one for "
            "everyone, or you can set one here."))
        box.setObjectName("no-feed")
        self._offer_feed_choice(box, self.tr("Set a feed…"))

    def _offer_feed_choice(self, box: QMessageBox, label: str | None = None) -> None:
        """A button on ``box`` that asks for the feed (to set it, or change it); on a PC
        whose feed the administrator set, a sentence saying so instead."""
        from PySide6.QtWidgets import QMessageBox

        if administrators_feed() is not None:
            box.setInformativeText(self.tr("The feed is set by your IT department for "
                                           "everyone on this PC."))
            return
        choose = box.addButton(label or self.tr("Change the feed…"),
                               QMessageBox.ButtonRole.ActionRole)
        box.buttonClicked.connect(lambda button: self.ask_feed() if button is choose else None)

    def ask_feed(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        current = configured_feed(self.library.settings) or ""
        text, ok = QInputDialog.getText(
            self.parent_widget, self.tr("Content feed"),
            self.tr("Folder or web address (http or https) of the content feed:"),
            text=current)
        if ok:
            self.set_feed(text)

    def set_feed(self, location: str) -> None:
        self.library.settings[FEED] = location.strip()
        self.library.settings.sync()

    def stop(self) -> None:
        """The window is closing: stop the transfer at once, and let its thread clean up
        for a moment (it is a daemon: it never holds the app open)."""
        if self.task is not None and self.task.thread.is_alive():
            self.task.stop(wait=1.5)

    def _tell(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(icon, self.tr("Content editions"), text,
                          QMessageBox.StandardButton.Ok, self.parent_widget)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a feed's words never become markup
        self.box = box
        box.open()  # window-modal, without stopping the event loop here
        return box
