"""The tab bar's titles: each tab's name, with the global search's hits beside it (also told
to screen readers), shortened to fit, but never below a readable word: past that the bar
scrolls, the current tab always in view."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, QObject, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QTabBar, QTabWidget, QToolButton, QWidget

from ..formatting import fill
from .browse.group_tab import GroupTab
from .global_search import kinds_of, literal
from .kinds import TABS, tab_title

READABLE = 8
"""A shortened title keeps its first word, and at least this many letters of it."""


def readable_part(title: str) -> str:
    """What of ``title`` a tab shows at the least: its first word ("Personer", "Sitater"),
    at least ``READABLE`` letters, then "…"; the whole title when that is no shorter."""
    words = title.split(" ")
    keep = len(words[0])
    while keep < READABLE and keep < len(title):
        keep += 1
    return title if keep >= len(title) - 1 else title[:keep].rstrip() + "…"


COUNT = re.compile(r"^(.*?)( \([^()]*\))?$", re.DOTALL)
"""A title and the global search's hits beside it ("Sitater (3)")."""


def title_and_count(plain: str) -> tuple[str, str]:
    """("Sitater", " (3)") from "Sitater (3)"; ("Sitater", "") without hits."""
    match = COUNT.match(plain)
    assert match is not None  # every text matches: the count is optional
    name, count = match.groups()
    return name, count or ""


def shown_title(title: str, width: int, metrics: QFontMetrics) -> str:
    """``title`` (a tab's text, "&&" for "&") as it fits ``width`` pixels: whole, or cut at
    its end with its hits kept ("Personer og organ… (3)")."""
    plain = title.replace("&&", "&")
    if metrics.horizontalAdvance(plain) <= width:
        return title
    name, count = title_and_count(plain)
    cut = metrics.elidedText(name, Qt.TextElideMode.ElideRight,
                             max(0, width - metrics.horizontalAdvance(count)))
    return (cut + count).replace("&", "&&")


class ReadableTabBar(QTabBar):
    """A tab bar whose titles shorten at their ends, hits kept, each down to a readable
    word; when even that does not fit, the bar scrolls."""

    def minimumTabSizeHint(self, index: int) -> QSize:  # noqa: N802
        hint = self.tabSizeHint(index)
        metrics = self.fontMetrics()
        plain = self.tabText(index).replace("&&", "&")
        name, count = title_and_count(plain)
        chrome = hint.width() - metrics.horizontalAdvance(plain)
        least = (metrics.horizontalAdvance(readable_part(name) + (count or ""))
                 + metrics.averageCharWidth())  # eliding measures "…" apart
        return QSize(min(hint.width(), chrome + least), hint.height())

    def initStyleOption(self, option, index: int) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        text = self.style().subElementRect(QStyle.SubElement.SE_TabBarTabText, option, self)
        option.text = shown_title(self.tabText(index), text.width(), self.fontMetrics())


class ReadableTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        bar = ReadableTabBar(self)
        self.setTabBar(bar)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.setUsesScrollButtons(True)
        for button, tip in zip(bar.findChildren(QToolButton), (
                self.tr("Show the tabs further to the left"),
                self.tr("Show the tabs further to the right")), strict=False):
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)


class TabTitles(QObject):
    def __init__(self, tabs: QTabWidget, pages: dict[str, QWidget]):
        super().__init__(tabs)
        self.tabs, self.pages = tabs, pages

    def fit(self, percent: int) -> None:
        """Titles follow the zoom: the bar works out again what fits."""
        self.tabs.tabBar().updateGeometry()

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
