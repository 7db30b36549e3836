"""Search everything (Ctrl+K): one text for every list, hits per tab in the tab titles (also
told to screen readers), and landing on the first tab with hits."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton

from ..formatting import fill
from .browse.group_tab import GroupTab
from .browse.search_field import SearchField
from .kinds import GROUPS, TABS, VIEWS, tab_title


def literal(text: str) -> str:
    """A title shown as it is in a tab or menu ("People & organisations"), no mnemonic."""
    return text.replace("&", "&&")


class SearchEverything(QObject):
    """The window's global search field and what follows from it."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.counts: dict[str, int] | None = None
        """Hits per kind, or None when the field is empty."""
        self.bar = self._make_bar()

    def _make_bar(self) -> QToolBar:
        window = self.window
        bar = QToolBar(self.tr("Search"), window)
        bar.setObjectName("search-toolbar")
        bar.setMovable(False)
        self.field = SearchField(bar)
        self.field.setPlaceholderText(self.tr("Search everything… (Ctrl+K)"))
        self.field.setAccessibleName(self.tr("Search everything"))
        self.field.setAccessibleDescription(self.tr(
            "Searches every tab; each tab's title shows its number of hits."))
        self.field.setToolTip(self.tr(
            "Search every tab at once; each tab shows its number of hits. Enter goes to the "
            "first tab with hits."))
        self._count_timer = QTimer(self, singleShot=True, interval=200)
        self._count_timer.timeout.connect(self._count_hits)
        self.field.textChanged.connect(self.search_everywhere)
        self.field.returnPressed.connect(self.go_to_hits)
        bar.addWidget(self.field)
        help_button = QToolButton(bar)
        help_button.setText("?")
        help_button.setAccessibleName(self.tr("How to search"))
        help_button.setToolTip(self.tr("How to search: words, phrases, fields, leaving out"))
        help_button.clicked.connect(window.show_search_help)
        bar.addWidget(help_button)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        return bar

    def search_everywhere(self, text: str) -> None:
        """Search every tab at once; the hit counts in the tab titles follow when typing pauses."""
        for tab in self.window.record_tabs.values():
            tab.set_search_text(text)
        self._count_timer.start()

    def _count_hits(self) -> None:
        prepared = self.window.content.prepare(self.field.text())  # the tabs' own, cached
        counts = None if prepared.empty else self.window.content.counts(prepared)
        locale = QLocale()
        titles = {kind: VIEWS[kind].list_title() for kind in self.window.record_tabs}
        spoken = []
        for index, name in enumerate(TABS):
            title = tab_title(name)
            if counts is not None:
                hits = sum(counts[kind] for kind in self._kinds_of(name))
                title = fill(self.tr("%1 (%2)"), title, locale.toString(hits))
                spoken.append(fill(self.tr("%1: %2"), tab_title(name), locale.toString(hits)))
            self.window.tabs.setTabText(index, literal(title))
            if name in GROUPS:
                self.window.pages[name].set_counts(counts)
        for tab in self.window.record_tabs.values():
            tab.set_elsewhere(counts, titles)
        self.counts = counts
        self._announce_counts(spoken)
        if counts and not counts[self.window.current_tab().kind] and any(counts.values()):
            self.go_to_hits()  # never "no hits" here while another tab has some

    @staticmethod
    def _kinds_of(name: str) -> tuple[str, ...]:
        return GROUPS[name].kinds if name in GROUPS else (name,)

    def _announce_counts(self, spoken: list[str]) -> None:
        """Screen readers hear the hits per tab (the titles change silently otherwise)."""
        text = fill(self.tr("Hits: %1"), ", ".join(spoken)) if spoken else ""
        self.window.tabs.tabBar().setAccessibleDescription(text)
        if text:
            from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.window.tabs, text))

    def go_to_hits(self) -> None:
        """Show the current tab if it has hits, else the first tab (and kind) that has."""
        if self._count_timer.isActive():
            self._count_timer.stop()
            self._count_hits()
        if not self.counts or self.counts[self.window.current_tab().kind]:
            return
        current = self.window.tabs.currentWidget()
        kinds = [k for name in TABS for k in self._kinds_of(name)]
        if isinstance(current, GroupTab):  # first the other kinds of this tab
            kinds = [*current.group.kinds, *kinds]
        for kind in kinds:
            if self.counts[kind]:
                self.window.show_tab(kind)
                return
