"""A tab listing several kinds one at a time (people, organisations, reports), with a kind
filter above them; each kind keeps its own list, search and details (a ``RecordTab``). A
search typed in it searches every kind, and when typing pauses the tab shows the kind that
holds the best hit."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...formatting import fill
from ..kinds import VIEWS, TabGroup
from .record_tab import RecordTab


class GroupTab(QWidget):
    kindChanged = Signal(str)

    def __init__(self, group: TabGroup, tabs: dict[str, RecordTab],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.group, self.tabs = group, tabs
        self._syncing = False
        self._best_timer = QTimer(self, singleShot=True, interval=250)
        self._best_timer.timeout.connect(self.show_best_kind)
        self.filter = QButtonGroup(self)
        self.filter.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        self.stack = QStackedWidget(self)
        row = QHBoxLayout()
        shown = QLabel(self.tr("Show:"), self)
        row.addWidget(shown)
        for kind in group.kinds:
            view = VIEWS[kind]
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setText(view.list_title())
            button.setAccessibleName(view.list_title())
            button.setToolTip(view.tip_text())
            button.setAccessibleDescription(fill(self.tr(
                "%1. The Left and Right arrow keys choose another kind."), view.tip_text()))
            self.filter.addButton(button)
            self.buttons[kind] = button
            row.addWidget(button)
            button.toggled.connect(lambda on, k=kind: on and self.show_kind(k))
            tab = tabs[kind]
            tab_layout = tab.layout()
            if tab_layout is not None:
                tab_layout.setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(tab)
            tab.search_field.textChanged.connect(lambda text, k=kind: self._sync_search(k, text))
        row.addStretch(1)
        shown.setBuddy(self.buttons[group.kinds[0]])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)
        self.buttons[group.kinds[0]].setChecked(True)
        buttons = list(self.buttons.values())  # Tab: the filter first, then the list's search
        for before, after in pairwise(buttons):
            QWidget.setTabOrder(before, after)
        for tab in tabs.values():
            QWidget.setTabOrder(buttons[-1], tab.search_field)

    @property
    def kind(self) -> str:
        return self.current().kind

    def current(self) -> RecordTab:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def show_kind(self, kind: str) -> RecordTab:
        tab = self.tabs[kind]
        if self.stack.currentWidget() is not tab:
            self.buttons[kind].setChecked(True)
            self.stack.setCurrentWidget(tab)
            self.kindChanged.emit(kind)
        return tab

    def set_counts(self, counts: dict[str, int] | None) -> None:
        """The global search's hits per kind in the filter's buttons (None: no search)."""
        locale = QLocale()
        for kind, button in self.buttons.items():
            title = VIEWS[kind].list_title()
            text = title if counts is None else fill(self.tr("%1 (%2)"), title,
                                                    locale.toString(counts[kind]))
            button.setText(text)
            button.setAccessibleName(text)

    def _sync_search(self, source: str, text: str) -> None:
        """One search for the whole tab: what is typed for one kind searches the others."""
        if self._syncing:
            return
        self._syncing = True
        try:
            for kind, tab in self.tabs.items():
                if kind != source:
                    tab.set_search_text(text, self.tabs[source].session.scope)
        finally:
            self._syncing = False
        self._best_timer.start()

    def show_best_kind(self) -> None:
        """Show the kind with the best hit of the search; the search field keeps the focus
        and the cursor where they were."""
        self._best_timer.stop()
        shown = self.current()
        if shown.session.scope != self.group.kinds:
            return  # the global search's: it shows the kind with the best hit itself
        content = shown.model.content
        prepared = content.prepare(shown.search_field.text())
        best = [] if prepared.empty else content.ranking(prepared, self.group.kinds)
        if not best or best[0] == shown.kind:
            return
        field = shown.search_field
        focused, cursor = field.hasFocus(), field.cursorPosition()
        tab = self.show_kind(best[0])
        if focused:
            tab.search_field.setFocus()
            tab.search_field.setCursorPosition(cursor)
