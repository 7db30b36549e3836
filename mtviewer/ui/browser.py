"""The window's tabs as the features that move between them see them (following links,
searching everything, choosing quotes to print): a narrow view of the window."""

from __future__ import annotations

from typing import Protocol

from .browse.record_tab import RecordTab
from .host import Host


class Browser(Host, Protocol):
    """The tabs: following links, searching everything, choosing quotes to print."""

    @property
    def record_tabs(self) -> dict[str, RecordTab]:
        """Every list, by kind (those of a group's tab too)."""
        ...

    def current_tab(self) -> RecordTab: ...

    def show_tab(self, kind: str) -> RecordTab: ...
