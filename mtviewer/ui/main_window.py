"""The main window: a tab per kind of record, the search bar, menus, remembered geometry.

Features get narrow views of the window (``host``: ``Host``, ``Browser``, ``Library``), not
the window itself; the menus' actions are bound to ``slots()`` when they are built.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from ..content import Content
from ..formatting import fill
from ..i18n import app_name
from ..settings import CURRENT_TAB, Settings
from . import window_state
from .actions import build_menus
from .browse.after_paint import AfterPaint
from .browse.group_tab import GroupTab
from .browse.record_tab import RecordTab
from .browse.search_field import SearchField
from .database_door import DatabaseDoor
from .describe import describe_from_tooltips, name_toolbar_toggles
from .global_search import EVERY_KIND, SearchEverything, kinds_of
from .kinds import GROUPS, TABS, VIEWS, tab_of, tab_shortcut, tab_title
from .look.colours import Colours, recolour_rich_labels
from .look.zoom import Zoom, zoom_label
from .navigation import Navigator
from .status_line import make_status_bar
from .tab_pages import LazyTabs, TabSlot, add_slots, put_in_place
from .tab_titles import ReadableTabs, TabTitles

if TYPE_CHECKING:
    from .printsel.controller import PrintController

WARM_UP_MS = 1500
"""After start-up, in idle time, the read side loads what a first typo would wait for."""


class MainWindow(QMainWindow):
    languageChangeRequested = Signal(str)
    """The user chose another interface language (the app rebuilds the window)."""

    def __init__(self, content: Content, settings: Settings, data_dir: Path | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.content, self.settings, self.data_dir = content, settings, data_dir
        self.translators: list = []
        """The Qt translators in use, kept alive as long as the window."""
        self.setWindowTitle(app_name())
        self.setMinimumSize(640, 480)
        self.tabs = ReadableTabs(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Content kinds"))
        self.tabs.tabBar().setAccessibleName(self.tr("Content kinds"))
        self.tabs.tabBar().setAccessibleDescription(self.tr(
            "One tab for each kind of content; the arrow keys choose another"))
        last = tab_shortcut(TABS[-1])
        self.tabs.setToolTip(fill(self.tr("Choose what to browse (Ctrl+1 to %1)"), last))
        self.tabs.setAccessibleDescription(fill(self.tr(
            "%1, one tab each. Ctrl+1 to %2 switch tabs; F1 lists every keyboard shortcut."),
            ", ".join(tab_title(tab) for tab in TABS), last))
        self.setCentralWidget(self.tabs)
        self.record_tabs: LazyTabs = LazyTabs(self._build_tab)
        """Every list built so far, by kind (those of a group's tab too); asking for one
        not built yet builds its tab."""
        self.pages: dict[str, QWidget] = {}
        """The tabs' widgets built so far, by the name in ``TABS``."""
        self.titles = TabTitles(self.tabs, self.pages)
        self.navigator = Navigator(self)
        self.edition_label = make_status_bar(self)
        self.zoom = Zoom(settings, self)
        self.statusBar().addPermanentWidget(zoom_label(self.zoom, self))
        self.zoom.changed.connect(self.titles.fit)
        self.colours = Colours(settings, self)
        self.colours.changed.connect(self._recolour_pages)
        self.search = SearchEverything(self, self.show_search_help)
        self.search.countsChanged.connect(self._show_hit_counts)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.search.bar)
        self.door = DatabaseDoor(self)
        self._printing: PrintController | None = None
        self._editions = None
        self.actions_by_name = build_menus(self, self.slots(), {
            "colours": lambda: self.colours.scheme, "language": lambda: self.language})
        self.insertToolBar(self.search.bar, self.navigator.make_toolbar(self.actions_by_name))
        name_toolbar_toggles(self)
        self._slots = add_slots(self.tabs)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.door.opened(content, self._content_failed)
        if not window_state.restore(self, settings):
            window_state.place_first(self)
        self.show_tab(self.settings[CURRENT_TAB] if self.settings[CURRENT_TAB] in VIEWS
                      else TABS[0])
        self.titles.fit(self.zoom.percent)
        self.navigator.forget()
        describe_from_tooltips(self)
        self._later = AfterPaint(self.current_tab().view.viewport(), self._after_first_paint)
        self._later.arm()
        QTimer.singleShot(WARM_UP_MS, self, lambda: self.content.warm_up())

    def _after_first_paint(self) -> None:
        """What the first paint need not wait for: the print selection (it says at once when
        it cannot be kept), and checking the edition shown, in full."""
        self.show_edition()
        self.printing  # noqa: B018 (built for its messages)
        from .editions.background import check_shown_edition

        check_shown_edition(self)

    def slots(self) -> dict[str, Callable[..., object]]:
        """What each action of the menus does, by its name in ``actions.MENUS``."""
        door = self.door

        def printing(name: str) -> Callable[..., object]:
            return lambda *args: getattr(self.printing, name)(*args)
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
            "add-chosen": printing("add_chosen_quotes"),
            "add-shown": printing("add_shown_quotes"), "print": printing("print_preview"),
            "export-pdf": printing("export_pdf"), "present": printing("present"),
            "show-print-selection": printing("set_panel_visible"),
            "shortcuts": self.show_shortcuts, "search-help": self.show_search_help,
            "check-content": lambda: self.editions.check_for_new(), "about": self.show_about,
        }

    @property
    def printing(self) -> PrintController:
        """The print selection, its panel and printing (built with the Quotes tab, or when
        a print action is first used)."""
        if self._printing is None:
            from .printsel.controller import PrintController

            self._printing = PrintController(self, self, self.settings, self.data_dir)
            self._printing.panelVisibilityChanged.connect(
                self.actions_by_name["show-print-selection"].setChecked)
        return self._printing

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

    def _build_tab(self, name: str) -> None:
        """Build the tab ``name`` (in ``TABS``) into its slot, as the last session left it."""
        if name in GROUPS:
            group = GroupTab(GROUPS[name], {
                kind: self._record_tab(kind) for kind in GROUPS[name].kinds}, self.tabs)
            group.kindChanged.connect(self.navigator.tab_switched)
            page: QWidget = group
        else:
            page = self._record_tab(name)
        page.setAccessibleName(tab_title(name))
        self.pages[name] = page
        if name == "quote":
            quotes = self.record_tabs["quote"]
            self.printing.attach(quotes)
        text, counts = self.search.field.text(), self.search.counts
        for kind in kinds_of(name):
            tab = self.record_tabs[kind]
            tab.restore_state(self.settings)
            if text:
                tab.set_search_text(text, EVERY_KIND)
            if counts is not None:
                tab.set_elsewhere(counts, {k: VIEWS[k].list_title() for k in counts})
        if isinstance(page, GroupTab):
            page.set_counts(counts)
        describe_from_tooltips(page)
        put_in_place(self.tabs, self._slots[name], page)

    def _record_tab(self, kind: str) -> RecordTab:
        tab = RecordTab(self.content, VIEWS[kind], self.tabs)
        tab.setAccessibleName(VIEWS[kind].list_title())
        tab.actionRequested.connect(self.run_action)
        self.navigator.watch(tab)
        copies = [self.actions_by_name["copy-citation"],  # each list's and pane's context menu
                  self.actions_by_name["copy-apa"]]
        tab.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        tab.view.addActions(copies)
        tab.detail.extra_actions = copies
        dict.__setitem__(self.record_tabs, kind, tab)
        return tab

    def _page(self, name: str) -> QWidget:
        if name not in self.pages:
            self._build_tab(name)
        return self.pages[name]

    def _tab_changed(self, index: int) -> None:
        slot = self.tabs.widget(index)
        if slot is not None:
            if isinstance(slot, TabSlot):
                self._page(slot.name)
            self.navigator.tab_switched()
            if self._printing is not None:
                self._printing.tab_shown(self.current_tab().kind)

    def _recolour_pages(self) -> None:
        """Qt fixes link colours when it lays out rich text: do that again in the new ones."""
        for tab in self.record_tabs.values():
            tab.detail.refresh()
        recolour_rich_labels(self)

    def _show_hit_counts(self, counts: dict[str, int] | None) -> None:
        self.titles.show_counts(counts)
        titles = {kind: VIEWS[kind].list_title() for kind in counts or {}}
        for tab in self.record_tabs.values():
            tab.set_elsewhere(counts, titles)

    # Which database is shown (``Library``; ``database_door`` opens them)

    def set_database(self, content: Content) -> None:
        """Show another database; the tab and the splitter positions stay as they were."""
        kind = self.current_tab().kind
        for tab in self.record_tabs.values():
            tab.save_state(self.settings)
        self.tabs.currentChanged.disconnect(self._tab_changed)
        for page in [self.tabs.widget(i) for i in range(self.tabs.count())]:
            if page is not None:
                page.deleteLater()
        self.tabs.clear()
        self.record_tabs.clear()
        self.pages.clear()
        old, self.content = self.content, content
        if self._printing is not None:
            self._printing.set_content(content)
        old.close()
        self.door.opened(content, self._content_failed)
        self._slots = add_slots(self.tabs)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.search.clear()
        self.show_edition()
        self.show_tab(kind)
        self.navigator.forget()
        self._later = AfterPaint(self.current_tab().view.viewport(), self._after_first_paint)
        self._later.arm()

    def show_edition(self) -> None:
        from .edition_label import edition_label  # the editions' checks, after the first paint

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
        name = kind if kind in self._slots else tab_of(kind)
        page = self._page(name)
        if isinstance(page, GroupTab) and kind != name:
            page.show_kind(kind)
        self.tabs.setCurrentWidget(page)
        return self.current_tab()

    def current_tab(self) -> RecordTab:
        """The list on screen (in a group's tab, the kind its filter shows)."""
        page = self.tabs.currentWidget()
        if isinstance(page, TabSlot):
            page = self._page(page.name)
        return page.current() if isinstance(page, GroupTab) else page  # type: ignore[return-value]

    def open_record(self, kind: str, record_id: int) -> None:
        self.navigator.open_record(kind, record_id)

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

    def save_state(self) -> None:
        window_state.save(self, self.settings)
        self.settings[CURRENT_TAB] = self.current_tab().kind
        if self._printing is not None:
            self._printing.save_state()
        for tab in self.record_tabs.values():
            tab.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._editions is not None:
            self._editions.stop()
        self.save_state()
        super().closeEvent(event)
