"""The main window: a tab per kind of record, the search bar, menus, remembered geometry.

Features get narrow views of the window (``host``: ``Host``, ``Browser``, ``Library``), not
the window itself; the menus' actions are bound to ``slots()`` when they are built.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QSizeGrip, QTabWidget, QWidget

from ..content import Content
from ..formatting import fill
from ..settings import CURRENT_TAB, WINDOW_GEOMETRY, WINDOW_STATE, Settings
from .actions import build_menus
from .browse.group_tab import GroupTab
from .browse.record_tab import RecordTab
from .browse.search_field import SearchField
from .database_door import DatabaseDoor
from .describe import describe_from_tooltips
from .edition_label import edition_label
from .fitting_label import FittingLabel
from .global_search import SearchEverything, literal
from .kinds import GROUPS, TABS, VIEWS, tab_of, tab_shortcut, tab_tip, tab_title
from .look.colours import Colours, recolour_rich_labels
from .look.zoom import Zoom, zoom_label
from .navigation import Navigator
from .printsel.controller import PrintController
from .tab_titles import TabTitles

WARM_UP_MS = 1500
"""After start-up, in idle time, the read side loads what a first typo would wait for."""


class MainWindow(QMainWindow):
    languageChangeRequested = Signal(str)
    """The user chose another interface language (the app rebuilds the window)."""

    def __init__(self, content: Content, settings: Settings, data_dir: Path | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.content, self.settings = content, settings
        self.translators: list = []
        """The Qt translators in use, kept alive as long as the window."""
        self.setWindowTitle(self.tr("Music therapy resources"))  # the app's name follows
        self.setMinimumSize(640, 480)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Content kinds"))
        last = tab_shortcut(TABS[-1])
        self.tabs.setToolTip(fill(self.tr("Choose what to browse (Ctrl+1 to %1)"), last))
        self.tabs.setAccessibleDescription(fill(self.tr(
            "%1, one tab each. Ctrl+1 to %2 switch tabs; F1 lists every keyboard shortcut."),
            ", ".join(tab_title(tab) for tab in TABS), last))
        self.setCentralWidget(self.tabs)
        self.record_tabs: dict[str, RecordTab] = {}
        """Every list, by kind (those of a group's tab too)."""
        self.pages: dict[str, QWidget] = {}
        """The tabs' widgets, by the name in ``TABS``."""
        self.titles = TabTitles(self.tabs, self.pages)
        self.navigator = Navigator(self)
        self._make_status_bar()
        self.zoom = Zoom(settings, self)
        self.statusBar().addPermanentWidget(zoom_label(self.zoom, self))
        self.zoom.changed.connect(self.titles.fit)
        self.titles.fit(self.zoom.percent)
        self.colours = Colours(settings, self)
        self.colours.changed.connect(self._recolour_pages)
        self.search = SearchEverything(self, self.show_search_help)
        self.search.countsChanged.connect(self._show_hit_counts)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.search.bar)
        self.door = DatabaseDoor(self)
        self.printing = PrintController(self, self, settings, data_dir)
        self._editions = None
        self._make_tabs()
        self.actions_by_name = build_menus(self, self.slots(), {
            "colours": lambda: self.colours.scheme, "language": lambda: self.language})
        self.insertToolBar(self.search.bar, self.navigator.make_toolbar(self.actions_by_name))
        self.printing.panelVisibilityChanged.connect(
            self.actions_by_name["show-print-selection"].setChecked)
        self._add_context_actions()
        self.door.opened(content, self._content_failed)
        self.resize(1100, 720)
        self._restore_state()
        describe_from_tooltips(self)
        QTimer.singleShot(WARM_UP_MS, self, lambda: self.content.warm_up())

    def slots(self) -> dict[str, Callable[..., object]]:
        """What each action of the menus does, by its name in ``actions.MENUS``."""
        printing, door = self.printing, self.door
        return {
            "open-database": door.choose_and_open, "recent": door.fill_recent_menu,
            "install-edition": lambda: self.editions.install_from_file(),
            "choose-edition": lambda: self.editions.choose_edition(),
            "quit": self.close,
            "find": self.focus_tab_search, "find-everywhere": self.focus_global_search,
            "copy-citation": self.copy_citation, "copy-apa": self.copy_apa,
            **{f"show-{tab}": partial(self.show_tab, tab) for tab in TABS},
            "back": self.navigator.back, "forward": self.navigator.forward,
            "zoom-in": self.zoom.zoom_in, "zoom-out": self.zoom.zoom_out,
            "zoom-reset": self.zoom.reset, "colours": self.colours.set_scheme,
            "language": self.languageChangeRequested.emit,
            "add-chosen": printing.add_chosen_quotes, "add-shown": printing.add_shown_quotes,
            "print": printing.print_preview, "export-pdf": printing.export_pdf,
            "present": printing.present, "show-print-selection": printing.set_panel_visible,
            "shortcuts": self.show_shortcuts, "search-help": self.show_search_help,
            "check-content": lambda: self.editions.check_for_new(), "about": self.show_about,
        }

    @property
    def editions(self):
        """Installing content editions and checking the feed (built on first use)."""
        if self._editions is None:
            from .editions.controller import EditionController

            self._editions = EditionController(self)
        return self._editions

    @property
    def db_path(self) -> Path:
        return self.content.location

    @property
    def language(self) -> str:
        from ..i18n import current

        return current()

    def _make_status_bar(self) -> None:
        self.edition_label = FittingLabel(self)  # says less, not cut, when narrow or zoomed
        self.edition_label.setObjectName("edition")
        self.edition_label.setAccessibleName(self.tr("Content edition"))
        self.edition_label.setContentsMargins(12, 0, 0, 0)
        self.statusBar().addPermanentWidget(self.edition_label)
        self.statusBar().setAccessibleName(self.tr("Status"))
        grip = self.statusBar().findChild(QSizeGrip)
        if grip is not None:
            grip.setAccessibleName(self.tr("Resize the window"))

    def _make_tabs(self) -> None:
        for name in TABS:
            page: QWidget
            if name in GROUPS:
                group = GroupTab(GROUPS[name], {
                    kind: self._record_tab(kind) for kind in GROUPS[name].kinds}, self.tabs)
                group.kindChanged.connect(self.navigator.tab_switched)
                page = group
            else:
                page = self._record_tab(name)
            page.setAccessibleName(tab_title(name))
            self.pages[name] = page
            index = self.tabs.addTab(page, literal(tab_title(name)))
            self.tabs.setTabToolTip(index, tab_tip(name))
        self.tabs.currentChanged.connect(self.navigator.tab_switched)
        quotes = self.record_tabs["quote"]
        quotes.model.selection = self.printing.model
        quotes.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.printing.model.changed.connect(quotes.model.refresh_checks)
        quotes.add_to_top(self.printing.count_button(quotes))
        self.show_edition()
        from .editions.background import check_shown_edition  # its bytes, in full, soon

        check_shown_edition(self)

    def _record_tab(self, kind: str) -> RecordTab:
        tab = RecordTab(self.content, VIEWS[kind], self.tabs)
        tab.setAccessibleName(VIEWS[kind].list_title())
        tab.actionRequested.connect(self.run_action)
        self.navigator.watch(tab)
        self.record_tabs[kind] = tab
        return tab

    def _recolour_pages(self) -> None:
        """Qt fixes link colours when it lays out rich text: do that again in the new ones."""
        for tab in self.record_tabs.values():
            tab.detail.refresh()
        recolour_rich_labels(self)

    def _show_hit_counts(self, counts: dict[str, int] | None) -> None:
        self.titles.show_counts(counts)
        titles = {kind: VIEWS[kind].list_title() for kind in self.record_tabs}
        for tab in self.record_tabs.values():
            tab.set_elsewhere(counts, titles)

    # Which database is shown (``Library``; ``database_door`` opens them)

    def set_database(self, content: Content) -> None:
        """Show another database; the tab and the splitter positions stay as they were."""
        kind = self.current_tab().kind
        for tab in self.record_tabs.values():
            tab.save_state(self.settings)
        self.tabs.currentChanged.disconnect(self.navigator.tab_switched)
        self.tabs.clear()
        for page in self.pages.values():
            page.deleteLater()
        self.record_tabs.clear()
        self.pages.clear()
        old, self.content = self.content, content
        self.printing.set_content(content)
        old.close()
        self.door.opened(content, self._content_failed)
        self._make_tabs()
        self._add_context_actions()
        self.search.clear()
        describe_from_tooltips(self)
        for tab in self.record_tabs.values():
            tab.restore_state(self.settings)
        self.show_tab(kind)
        self.navigator.forget()

    def show_edition(self) -> None:
        texts, tip = edition_label(self.content)  # the database's path is in its tooltip
        self.edition_label.set_texts(*texts)
        self.edition_label.setToolTip(tip)
        self.edition_label.setAccessibleDescription(tip)

    def _content_failed(self) -> None:
        for tab in self.record_tabs.values():
            tab.content_failed()

    @property
    def failure_box(self):
        return self.door.failure_box

    def open_path(self, path: Path) -> None:
        self.door.open_path(path)

    def open_database(self) -> None:
        self.door.choose_and_open()

    # Searching

    @property
    def global_search(self) -> SearchField:
        return self.search.field

    @property
    def hit_counts(self) -> dict[str, int] | None:
        """Hits per kind of the global search, or None when it is empty."""
        return self.search.counts

    def go_to_hits(self) -> None:
        self.search.go_to_hits()

    def focus_tab_search(self) -> None:
        field = self.current_tab().search_field
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()

    def focus_global_search(self) -> None:
        self.global_search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.global_search.selectAll()

    # Tabs, records and actions on them (``Browser``)

    def show_tab(self, kind: str) -> RecordTab:
        """Show the list of ``kind`` (or the tab named so in ``TABS``)."""
        name = kind if kind in self.pages else tab_of(kind)
        page = self.pages[name]
        if isinstance(page, GroupTab) and kind != name:
            page.show_kind(kind)
        self.tabs.setCurrentWidget(page)
        return self.current_tab()

    def current_tab(self) -> RecordTab:
        """The list on screen (in a group's tab, the kind its filter shows)."""
        page = self.tabs.currentWidget()
        return page.current() if isinstance(page, GroupTab) else page  # type: ignore[return-value]

    def open_record(self, kind: str, record_id: int) -> None:
        self.navigator.open_record(kind, record_id)

    def _add_context_actions(self) -> None:
        """Each list's and each pane's context menu offers to copy the record as a citation."""
        copies = [self.actions_by_name["copy-citation"], self.actions_by_name["copy-apa"]]
        for tab in self.record_tabs.values():
            tab.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            tab.view.addActions(copies)
            tab.detail.extra_actions = copies

    def copy_citation(self, style: str = "app") -> None:
        """Put the record shown on the clipboard as a citation (the app's style, or "apa"),
        as plain and as rich text."""
        tab = self.current_tab()
        kind, record_id = tab.detail.shown or (tab.kind, tab.current_id())  # may follow later
        page = self.content.page(kind, record_id) if record_id is not None else None
        if page is None:
            self.tell(self.tr("Choose a record to copy as a citation."))
            return
        from .citation import cite, cite_apa

        (cite_apa if style == "apa" else cite)(page).copy()
        self.tell(self.tr("Copied as APA 7 references.") if style == "apa"
                  else self.tr("Copied as a citation."))

    def copy_apa(self) -> None:
        self.copy_citation("apa")

    def run_action(self, kind: str, action: str, record_id: int) -> None:
        """An action link on a record page: add an event to a calendar, open a brochure…"""
        from .pages import run_action

        run_action(self, kind, action, record_id)

    # What features need of the window (``host.Host``)

    def dialog_parent(self) -> QWidget:
        return self

    def tell(self, message: str, milliseconds: int = 6000) -> None:
        self.statusBar().showMessage(message, milliseconds)

    # Help

    def show_shortcuts(self) -> None:
        from .dialogs.help import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def show_search_help(self) -> None:
        from .dialogs.help import show_search_help

        show_search_help(self)

    def show_about(self) -> None:
        from .dialogs.help import show_about

        show_about(self, self.content)

    # Remembered state

    def _restore_state(self) -> None:
        """The last session's layout, where it is sane: settings files can hold anything
        (``settings`` checks each value's type and size, this each state against the
        screen)."""
        geometry = self.settings[WINDOW_GEOMETRY]
        if not geometry.isEmpty() and self.restoreGeometry(geometry):
            self._fit_on_screen()
        state = self.settings[WINDOW_STATE]
        if not state.isEmpty():
            self.restoreState(state)
        for tab in self.record_tabs.values():
            tab.restore_state(self.settings)
        kind = self.settings[CURRENT_TAB]
        if kind in self.record_tabs:
            self.show_tab(kind)
        self.navigator.forget()

    def _fit_on_screen(self) -> None:
        """A restored window lies on a screen and fits it, whatever the file said."""
        if self.isMaximized() or self.isFullScreen():
            self.showNormal()
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None or screen.isEmpty():
            return
        width = max(self.minimumWidth(), min(self.width(), screen.width()))
        height = max(self.minimumHeight(), min(self.height(), screen.height()))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        if not screen.contains(self.geometry().topLeft()):
            self.move(screen.topLeft())

    def save_state(self) -> None:
        self.settings[WINDOW_GEOMETRY] = self.saveGeometry()
        self.settings[WINDOW_STATE] = self.saveState()
        self.settings[CURRENT_TAB] = self.current_tab().kind
        self.printing.save_state()
        for tab in self.record_tabs.values():
            tab.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._editions is not None:
            self._editions.stop()
        self.save_state()
        super().closeEvent(event)
