"""The detail pane: shows a record page and turns its links into signals."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QUrl, Signal
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QMenu, QTextBrowser, QWidget

from ...content import Content
from ...content.marks import Marks
from ..kinds import VIEWS

Render = Callable[[str, Any, Marks | tuple[str, ...]], str]
"""Makes a page's HTML from its kind, the page and the words to mark."""
STYLE = """
h1 { font-size: x-large; margin-bottom: 4px; }
h2 { font-size: medium; margin-top: 14px; margin-bottom: 2px; }
p.kind { color: palette(placeholder-text); margin: 0; }
blockquote { font-size: large; font-style: italic; margin: 8px 12px; }
td.label { color: palette(placeholder-text); padding-right: 12px; }
p.notice { font-style: italic; }
span.badge { font-weight: bold; background-color: palette(highlight);
             color: palette(highlighted-text); }
"""

OPENABLE_SCHEMES = ("http", "https", "mailto")
translate = QCoreApplication.translate


class DetailView(QTextBrowser):
    """Read-only record page. Internal links emit ``recordLinkActivated(kind, id)``."""

    recordLinkActivated = Signal(str, int)
    actionRequested = Signal(str, str, int)
    """An action link (``mtv:do/ACTION/ID``) on a page of a kind, such as 'calendar' on an
    event's: (kind, action, id)."""

    def __init__(self, content: Content, render: Render, parent: QWidget | None = None):
        """``render(kind, page, needles)`` makes a page's HTML (``pages.render_page``)."""
        super().__init__(parent)
        self.content, self._render = content, render
        self.shown: tuple[str, int] | None = None
        """The kind and id of the record shown, if one is."""
        self.extra_actions: list[QAction] = []
        """Offered in the context menu after Qt's own (Copy, Select all)."""
        self._needles = Marks()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(STYLE)
        self.anchorClicked.connect(self._follow)
        self.setAccessibleName(self.tr("Record details"))
        self.setToolTip(self.tr("The selected record in full, with its sources"))
        self.setAccessibleDescription(self.tr(
            "Tab moves between the links in the record; Enter follows a link."))

    def show_record(self, kind: str, record_id: int, needles: Marks | None = None) -> bool:
        """Show a record's page with the matches of ``needles`` marked; False if it is gone."""
        needles = needles or Marks()
        page = self.content.page(kind, record_id)
        if page is None:
            self.shown = None
            self.setPlainText(self.tr("This database can no longer be read.")
                              if self.content.failure is not None
                              else self.tr("This record is not in the database."))
            return False
        self.shown, self._needles = (kind, record_id), needles
        self.setHtml(self._render(kind, page, needles))
        return True

    def refresh(self) -> None:
        """Lay the page out again in the current colours: Qt fixes a page's link and label
        colours from the palette when it reads the page."""
        if self.shown is not None:
            bar = self.verticalScrollBar()
            position = bar.value()
            self.show_record(*self.shown, self._needles)
            bar.setValue(position)

    def clear(self) -> None:
        self.shown = None
        super().clear()

    def show_message(self, text: str) -> None:
        """A message in place of a record (no results, a database that failed), wrapped to
        the pane (Qt's placeholder text does not wrap)."""
        self.shown = None
        self.setHtml(f'<p class="notice">{escape(text)}</p>')

    def message(self) -> str:
        """The message shown, or "" when a record (or nothing) is shown."""
        return self.toPlainText() if self.shown is None else ""

    def context_menu(self, pos: QPoint) -> QMenu:
        menu = self.createStandardContextMenu(pos)
        if self.extra_actions:
            menu.addSeparator()
            menu.addActions(self.extra_actions)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def loadResource(self, type: int, name: QUrl | str) -> object:  # noqa: A002 (Qt's name)
        """Never fetch anything a page refers to: no images, no remote style sheets."""
        return None

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "mtv":
            parts = url.path().split("/")
            if (len(parts) == 3 and parts[0] == "do" and parts[2].isdigit()
                    and self.shown is not None):
                self.actionRequested.emit(self.shown[0], parts[1], int(parts[2]))
            elif len(parts) == 2 and parts[0] in VIEWS and parts[1].isdigit():
                self.recordLinkActivated.emit(parts[0], int(parts[1]))
        else:
            open_external(self, url)


def open_external(parent: QWidget, url: QUrl) -> bool:
    """Open a web or e-mail address after showing it; refuse anything else. Opened?"""
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    if url.scheme() not in OPENABLE_SCHEMES:
        QMessageBox.information(parent, translate("DetailView", "Open link"), translate(
            "DetailView",
            "Only web and e-mail addresses can be opened. This link was not opened:\n\n%1")
            .replace("%1", url.toString()))
        return False
    answer = QMessageBox.question(
        parent, translate("DetailView", "Open link"),
        translate("DetailView", "Open this address in your web browser?\n\n%1")
        .replace("%1", url.toString()))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    QDesktopServices.openUrl(url)
    return True
