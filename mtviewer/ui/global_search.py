"""Search everything (Ctrl+K): one text for every list, hits per tab in the tab titles (also
told to screen readers), and landing on the tab (and kind) that holds the best hit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QToolBar, QToolButton

from .browse.search_field import SearchField
from .browser import Browser
from .kinds import GROUPS, VIEWS

EVERY_KIND = tuple(VIEWS)
"""What the global field searches with, in every tab, built yet or not."""


def literal(text: str) -> str:
    """A title shown as it is in a tab or menu ("People & organisations"), no mnemonic."""
    return text.replace("&", "&&")


def kinds_of(tab: str) -> tuple[str, ...]:
    """The kinds a tab lists: its own, or its group's."""
    return GROUPS[tab].kinds if tab in GROUPS else (tab,)


class SearchEverything(QObject):
    """The window's global search field and what follows from it."""

    countsChanged = Signal(object)
    """Hits per kind (a dict), or None when the field is empty: the window shows them."""

    def __init__(self, browser: Browser, show_help: Callable[[], None]):
        super().__init__(browser.dialog_parent())
        self.browser = browser
        self.counts: dict[str, int] | None = None
        """Hits per kind, or None when the field is empty."""
        self.best: list[str] = []
        """The kinds with hits, the one with the best hit first."""
        self.bar = self._make_bar(show_help)

    def _make_bar(self, show_help: Callable[[], None]) -> QToolBar:
        bar = QToolBar(self.tr("Search"), self.browser.dialog_parent())
        bar.setObjectName("search-toolbar")
        bar.setMovable(False)
        self.field = SearchField(bar)
        self.field.setPlaceholderText(self.tr("Search everything… (Ctrl+K)"))
        self.field.setAccessibleName(self.tr("Search everything"))
        self.field.setAccessibleDescription(self.tr(
            "Searches every tab; each tab's title shows its number of hits."))
        self.field.setToolTip(self.tr(
            "Search every tab at once; each tab shows its number of hits, and the tab with the "
            "best hit opens. Enter goes back to it."))
        self._count_timer = QTimer(self, singleShot=True, interval=200)
        self._count_timer.timeout.connect(self._count_hits)
        self.field.textChanged.connect(self.search_everywhere)
        self.field.returnPressed.connect(self.go_to_hits)
        bar.addWidget(self.field)
        help_button = QToolButton(bar)
        help_button.setText("?")
        help_button.setAccessibleName(self.tr("How to search"))
        help_button.setToolTip(self.tr("How to search: words, phrases, fields, leaving out"))
        help_button.clicked.connect(show_help)
        bar.addWidget(help_button)
        return bar

    def search_everywhere(self, text: str) -> None:
        """Search every tab at once; the hit counts in the tab titles follow when typing pauses."""
        for tab in self.browser.record_tabs.values():  # the tabs built so far; the others
            tab.set_search_text(text, EVERY_KIND)  # take it when built
        self._count_timer.start()

    def _count_hits(self) -> None:
        content = self.browser.content
        prepared = content.prepare(self.field.text())  # the tabs' own, cached
        self.counts = None if prepared.empty else content.counts(prepared)
        self.best = [] if prepared.empty else content.ranking(prepared)
        self.countsChanged.emit(self.counts)
        if self.best:
            self.go_to_hits()  # the tab and kind with the best hit

    def clear(self) -> None:
        self.field.clear()

    def go_to_hits(self) -> None:
        """Show the tab (and kind) with the best hit."""
        if self._count_timer.isActive():
            self._count_timer.stop()
            self._count_hits()
            return
        if self.best and self.browser.current_tab().kind != self.best[0]:
            self.browser.show_tab(self.best[0])
