"""Following links, showing a record in its list, and going back and forward (Alt+Left,
Alt+Right, the mouse's back and forward buttons, the toolbar's arrows).

The mouse's buttons are caught on the lists' and the panes' viewports (which take every
press) and on the window (for presses other widgets leave), not by a filter on the whole
application, which would run Python for every event of every object."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar

from .browse.record_tab import RecordTab
from .browser import Browser
from .history import History, Step
from .kinds import tab_of


class Navigator(QObject):
    """The window's history, and every way a record comes to be shown in it."""

    changed = Signal()
    """Whether back or forward can be taken may have changed."""

    def __init__(self, browser: Browser):
        super().__init__(browser.dialog_parent())
        self.browser = browser
        self.history = History()
        self._navigating = False
        # presses the widgets under the mouse leave unused
        browser.dialog_parent().installEventFilter(self)

    def watch(self, tab: RecordTab) -> None:
        for widget in (tab.view.viewport(), tab.detail.viewport()):  # they take every press
            widget.installEventFilter(self)
        tab.recordShown.connect(lambda kind, record_id, t=tab: self._shown(t, kind, record_id))
        tab.recordLinkActivated.connect(self.open_record)
        tab.showInListRequested.connect(self.show_in_list)

    def tab_switched(self) -> None:
        tab = self.browser.current_tab()
        shown = tab.detail.shown
        self._visit(Step(tab.kind, *shown) if shown else Step(tab.kind))

    def _shown(self, tab: RecordTab, kind: str, record_id: int) -> None:
        if tab is self.browser.current_tab():
            self._visit(Step(tab.kind, kind, record_id))

    def _visit(self, step: Step) -> None:
        if not self._navigating:
            self.history.visit(step)
            self.changed.emit()

    def forget(self) -> None:
        """Another database: the steps named records of the old one."""
        self.history.clear()
        self.tab_switched()

    # Showing records

    def open_record(self, kind: str, record_id: int) -> None:
        """Follow a link: the list selects the record when this tab lists it; otherwise the
        pane shows it, and says where it is listed."""
        tab = self.browser.current_tab()
        if tab_of(kind) == tab_of(tab.kind):
            tab = self.browser.show_tab(kind)
            if tab.select_record(record_id):
                return
        tab.show_page(kind, record_id)

    def show_in_list(self, kind: str, record_id: int) -> None:
        """Go to the list of ``kind`` and select the record, emptying its search if needed."""
        tab = self.browser.show_tab(kind)
        if tab.select_record(record_id):
            return
        tab.search_field.clear()
        if not tab.select_record(record_id):
            tab.show_page(kind, record_id)

    def make_toolbar(self, actions: dict[str, QAction]) -> QToolBar:
        """Back and forward as arrows, enabled when there is somewhere to go."""
        bar = QToolBar(self.tr("Navigation"), self.browser.dialog_parent())
        bar.setObjectName("navigation-toolbar")
        bar.setMovable(False)
        back, forward = actions["back"], actions["forward"]
        for name, action, arrow in (("back", back, "←"), ("forward", forward, "→")):
            action.setIconText(arrow)
            bar.addAction(action)
            button = bar.widgetForAction(action)
            button.setObjectName(f"{name}-button")
            button.setAccessibleName(action.text().replace("&", ""))
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable with Tab, as Alt+Left

        def update() -> None:
            back.setEnabled(self.history.can_go_back())
            forward.setEnabled(self.history.can_go_forward())
        self.changed.connect(update)
        update()
        return bar

    # Back and forward

    def back(self) -> None:
        self._go(self.history.back())

    def forward(self) -> None:
        self._go(self.history.forward())

    def _go(self, step: Step | None) -> None:
        if step is None:
            return
        self._navigating = True
        try:
            tab = self.browser.show_tab(step.list_kind)
            if step.kind is not None and step.record_id is not None and not (
                    step.kind == tab.kind and tab.select_record(step.record_id)):
                tab.show_page(step.kind, step.record_id)
        finally:
            self._navigating = False
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            button = event.button()  # type: ignore[attr-defined]
            if button == Qt.MouseButton.BackButton:
                self.back()
                return True
            if button == Qt.MouseButton.ForwardButton:
                self.forward()
                return True
        return False
