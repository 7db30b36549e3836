"""The tab bar's titles: each tab's name, with the global search's hits beside it (also told
to screen readers), shortened or scrolled to fit as the zoom asks."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from ..formatting import fill
from .browse.group_tab import GroupTab
from .global_search import kinds_of, literal
from .kinds import TABS, tab_title

ELIDE_UP_TO = 150
"""Zoom (percent) up to which tab titles shorten to fit rather than scroll."""


class TabTitles(QObject):
    def __init__(self, tabs: QTabWidget, pages: dict[str, QWidget]):
        super().__init__(tabs)
        self.tabs, self.pages = tabs, pages

    def fit(self, percent: int) -> None:
        """At ordinary sizes every tab, and its hit count, stays in sight: titles shorten in
        the middle. Zoomed, shortened titles would be hard to read: whole titles scroll,
        the current one always in view."""
        small = percent <= ELIDE_UP_TO
        self.tabs.setElideMode(Qt.TextElideMode.ElideMiddle if small
                               else Qt.TextElideMode.ElideNone)
        self.tabs.setUsesScrollButtons(not small)

    def show_counts(self, counts: dict[str, int] | None) -> None:
        """Each tab's hits in its title ("Quotes (3)"), or the bare titles without a search."""
        locale, spoken = QLocale(), []
        for index, name in enumerate(TABS):
            title = tab_title(name)
            if counts is not None:
                hits = locale.toString(sum(counts[kind] for kind in kinds_of(name)))
                title = fill(self.tr("%1 (%2)"), title, hits)
                spoken.append(fill(self.tr("%1: %2"), tab_title(name), hits))
            self.tabs.setTabText(index, literal(title))
            page = self.pages.get(name)
            if isinstance(page, GroupTab):
                page.set_counts(counts)
        self._announce(spoken)

    def _announce(self, spoken: list[str]) -> None:
        """Screen readers hear the hits per tab (the titles change silently otherwise)."""
        text = fill(self.tr("Hits: %1"), ", ".join(spoken)) if spoken else ""
        self.tabs.tabBar().setAccessibleDescription(text)
        if text:
            from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.tabs, text))
