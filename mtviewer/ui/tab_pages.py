"""The window's tabs, each built the first time it is shown (or asked for by a feature).

Start-up builds only the tab on screen: the others are empty slots in the tab bar until
their turn. ``LazyTabs`` is the window's ``record_tabs``: a dict of the lists built so far,
where asking for a kind not built yet builds its tab (a group's tab builds all its kinds).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget

from .browse.record_tab import RecordTab
from .global_search import literal
from .kinds import TABS, VIEWS, tab_of, tab_tip, tab_title


class TabSlot(QWidget):
    """A tab's place in the tab bar until its page is built and put in its place."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self.setAccessibleName(tab_title(name))


def put_in_place(tabs: QTabWidget, slot: TabSlot, page: QWidget) -> None:
    """Put the built ``page`` where ``slot`` was, with its title (and hits) and tooltip, and
    still current if it was; no other tab is shown meanwhile, nor is the change signalled."""
    index = tabs.indexOf(slot)
    title, tip, current = tabs.tabText(index), tabs.tabToolTip(index), tabs.currentIndex()
    blocked = tabs.blockSignals(True)
    try:
        tabs.insertTab(index, page, title)
        tabs.setTabToolTip(index, tip)
        if current == index:
            tabs.setCurrentIndex(index)
        tabs.removeTab(index + 1)
    finally:
        tabs.blockSignals(blocked)
    slot.deleteLater()


class LazyTabs(dict):
    """Every list built so far, by kind; ``tabs[kind]`` builds the tab listing ``kind``."""

    def __init__(self, build: Callable[[str], None]):
        super().__init__()
        self._build = build

    def __missing__(self, kind: str) -> RecordTab:
        if kind not in VIEWS or not (VIEWS[kind].title or VIEWS[kind].group):
            raise KeyError(kind)
        self._build(tab_of(kind))
        return dict.__getitem__(self, kind)


def add_slots(tabs: QTabWidget) -> dict[str, TabSlot]:
    """An empty slot per tab, with its title and tooltip, in the order of ``TABS``."""
    slots = {}
    for name in TABS:
        slot = TabSlot(name, tabs)
        index = tabs.addTab(slot, literal(tab_title(name)))
        tabs.setTabToolTip(index, tab_tip(name))
        slots[name] = slot
    return slots

