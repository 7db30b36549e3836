"""The detail pane: shows a record page and turns its links into signals."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from . import details

OPENABLE_SCHEMES = ("http", "https", "mailto")


class DetailView(QTextBrowser):
    """Read-only record page. Internal links emit ``recordLinkActivated(kind, id)``."""

    recordLinkActivated = Signal(str, int)
    calendarRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(details.STYLE)
        self.anchorClicked.connect(self._follow)
        self.setAccessibleName(self.tr("Record details"))
        self.setToolTip(self.tr("The selected record in full, with its sources"))
        self.setAccessibleDescription(self.tr(
            "Tab moves between the links in the record; Enter follows a link."))

    def loadResource(self, type: int, name: QUrl) -> object:  # noqa: A002 (Qt's name)
        """Never fetch anything a page refers to: no images, no remote style sheets."""
        return None

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "mtv":
            kind, _, record_id = url.path().partition("/")
            if kind == "calendar" and record_id.isdigit():
                self.calendarRequested.emit(int(record_id))
            elif kind in details.MODELS and record_id.isdigit():
                self.recordLinkActivated.emit(kind, int(record_id))
        elif url.scheme() in OPENABLE_SCHEMES:
            address = url.toString()
            answer = QMessageBox.question(
                self, self.tr("Open link"),
                self.tr("Open this address in your web browser?\n\n%1").replace("%1", address))
            if answer == QMessageBox.StandardButton.Yes:
                QDesktopServices.openUrl(url)
        else:
            QMessageBox.information(self, self.tr("Open link"), self.tr(
                "Only web and e-mail addresses can be opened. This link was not opened:\n\n%1")
                .replace("%1", url.toString()))
