"""The main window: four record tabs, menus, remembered geometry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QTabWidget,
    QToolBar,
    QWidget,
)
from sqlalchemy import Engine

from ..data.search import Searcher, parse
from . import brochures
from .calendar_export import export_calendar
from .colours import Colours
from .help_dialogs import ShortcutsDialog, show_about
from .open_database import choose_database_file, open_with_recovery
from .print_actions import PrintActions
from .record_tab import RecordTab
from .search_field import SearchField
from .zoom import Zoom

TAB_KINDS = ("event", "quote", "guideline", "brochure")
"""Tab order; Ctrl+1..4 follow it."""


def describe_from_tooltips(root: QWidget) -> None:
    """Screen readers read the accessible description; where a control has none of its
    own, its tooltip (which every control has) says what it does."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.accessibleDescription() and widget.toolTip():
            widget.setAccessibleDescription(widget.toolTip())


class MainWindow(QMainWindow):
    languageChangeRequested = Signal(str)
    """The user chose another interface language (the app rebuilds the window)."""
    def __init__(self, engine: Engine, db_path: Path, settings: QSettings,
                 data_dir: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.engine, self.db_path, self.settings = engine, db_path, settings
        self.hit_counts: dict[str, int] | None = None
        """Hits per tab of the global search, or None when it is empty."""
        self.translators: list = []
        """The Qt translators in use, kept alive as long as the window."""
        self.setWindowTitle(self.tr("mtviewer – music therapy resources"))
        self.setMinimumSize(640, 480)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Content kinds"))
        self.tabs.setToolTip(self.tr("Choose what to browse (Ctrl+1 to Ctrl+4)"))
        self.tabs.setAccessibleDescription(self.tr(
            "Events, quotes, guidelines and brochures, one tab each. Ctrl+1 to Ctrl+4 switch "
            "tabs; F1 lists every keyboard shortcut."))
        self.setCentralWidget(self.tabs)
        titles = {"event": self.tr("Events"), "quote": self.tr("Quotes"),
                  "guideline": self.tr("Guidelines"), "brochure": self.tr("Brochures")}
        tips = {"event": self.tr("Conferences and summits"),
                "quote": self.tr("What service users, politicians and leaders said"),
                "guideline": self.tr("National guidelines that recommend music therapy"),
                "brochure": self.tr(
                    "Brochures for professionals and for people with substance problems")}
        self.titles, self.tips = titles, tips
        self.record_tabs: dict[str, RecordTab] = {}
        self.db_label = QLabel(self)
        self.db_label.setAccessibleName(self.tr("Database in use"))
        self.db_label.setToolTip(self.tr("The content database this window shows"))
        self.statusBar().addPermanentWidget(self.db_label)
        self.searcher = Searcher(engine)
        self.zoom = Zoom(settings, self)
        self.colours = Colours(settings, self)
        self._make_search_bar()
        self._make_menus()
        self._make_tabs()
        self.printing = PrintActions(self, data_dir)
        self.resize(1100, 720)
        self._restore_state()
        describe_from_tooltips(self)

    def _make_tabs(self) -> None:
        for kind in TAB_KINDS:
            tab = RecordTab(self.engine, kind, self.titles[kind], self.searcher, self.tabs)
            tab.setAccessibleName(self.titles[kind])
            tab.recordLinkActivated.connect(self.open_record)
            tab.actionRequested.connect(self.run_action)
            self.record_tabs[kind] = tab
            index = self.tabs.addTab(tab, self.titles[kind])
            self.tabs.setTabToolTip(index, self.tips[kind])
        self.db_label.setText(self.tr("Database: %1").replace("%1", str(self.db_path)))

    def set_database(self, engine: Engine, db_path: Path) -> None:
        """Show another database; the tab and the splitter positions stay as they were."""
        kind = self.current_tab().kind
        for tab in self.record_tabs.values():
            tab.save_state(self.settings)
        self.tabs.clear()
        for tab in self.record_tabs.values():
            tab.deleteLater()
        self.record_tabs.clear()
        old, self.engine, self.db_path = self.engine, engine, db_path
        old.dispose()
        self.searcher = Searcher(engine)
        self._make_tabs()
        self.printing.attach()
        self.global_search.clear()
        describe_from_tooltips(self)
        for tab in self.record_tabs.values():
            tab.restore_state(self.settings)
        self.show_tab(kind)

    def open_database(self) -> None:
        chosen = choose_database_file(self, self.db_path.parent)
        if chosen is None:
            return
        opened = open_with_recovery(chosen, self)
        if opened is not None:
            self.set_database(*opened)

    def _make_search_bar(self) -> None:
        bar = QToolBar(self.tr("Search"), self)
        bar.setObjectName("search-toolbar")
        bar.setMovable(False)
        self.global_search = SearchField(bar)
        self.global_search.setPlaceholderText(self.tr("Search everything… (Ctrl+K)"))
        self.global_search.setAccessibleName(self.tr("Search everything"))
        self.global_search.setAccessibleDescription(self.tr(
            "Searches all four tabs; each tab's title shows its number of hits."))
        self.global_search.setToolTip(self.tr(
            "Search events, quotes, guidelines and brochures at once; each tab shows its "
            "number of hits. Enter goes to the first tab with hits."))
        self._count_timer = QTimer(self, singleShot=True, interval=200)
        self._count_timer.timeout.connect(self._count_hits)
        self.global_search.textChanged.connect(self.search_everywhere)
        self.global_search.returnPressed.connect(self.go_to_hits)
        bar.addWidget(self.global_search)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def search_everywhere(self, text: str) -> None:
        """Search every tab at once; the hit counts in the tab titles follow when typing pauses."""
        for kind in TAB_KINDS:
            self.record_tabs[kind].set_search_text(text)
        self._count_timer.start()

    def _count_hits(self) -> None:
        query = parse(self.global_search.text())
        counts = None if query.is_empty() else self.searcher.counts(self.searcher.compile(query))
        locale = QLocale()
        for index, kind in enumerate(TAB_KINDS):
            title = self.titles[kind]
            if counts is not None:
                title = self.tr("%1 (%2)").replace("%1", title).replace(
                    "%2", locale.toString(counts[kind]))
            self.tabs.setTabText(index, title)
        self.hit_counts = counts

    def go_to_hits(self) -> None:
        """Show the current tab if it has hits, else the first tab that has."""
        if self._count_timer.isActive():
            self._count_timer.stop()
            self._count_hits()
        if not self.hit_counts or self.hit_counts[self.current_tab().kind]:
            return
        for kind in TAB_KINDS:
            if self.hit_counts[kind]:
                self.show_tab(kind)
                return

    def focus_tab_search(self) -> None:
        field = self.current_tab().search_field
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()

    def focus_global_search(self) -> None:
        self.global_search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.global_search.selectAll()

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_action = QAction(self.tr("&Open database…"), self)
        open_action.setShortcut(QKeySequence("Ctrl+O"))
        open_action.setStatusTip(self.tr("Show another content database"))
        open_action.triggered.connect(self.open_database)
        file_menu.addAction(open_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setStatusTip(self.tr("Close mtviewer"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        find = QAction(self.tr("&Find in this tab"), self)
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.setStatusTip(self.tr("Search the list in the current tab"))
        find.triggered.connect(self.focus_tab_search)
        edit_menu.addAction(find)
        find_all = QAction(self.tr("Search &everything"), self)
        find_all.setShortcut(QKeySequence("Ctrl+K"))
        find_all.setStatusTip(self.tr("Search all tabs at once"))
        find_all.triggered.connect(self.focus_global_search)
        edit_menu.addAction(find_all)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number, kind in enumerate(TAB_KINDS, start=1):
            action = QAction(self.titles[kind], self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setStatusTip(self.tr("Show the %1 tab").replace("%1", self.titles[kind]))
            action.triggered.connect(lambda _=False, k=kind: self.show_tab(k))
            view_menu.addAction(action)

        view_menu.addSeparator()
        for text, keys, slot in (
                (self.tr("Zoom &in"), ["Ctrl++", "Ctrl+="], self.zoom.zoom_in),
                (self.tr("Zoom &out"), ["Ctrl+-"], self.zoom.zoom_out),
                (self.tr("&Actual size"), ["Ctrl+0"], self.zoom.reset)):
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setStatusTip(self.tr("Make all text larger or smaller (50 % to 300 %)"))
            action.triggered.connect(slot)
            view_menu.addAction(action)
        colour_menu = view_menu.addMenu(self.tr("&Colours"))
        group = QActionGroup(self)
        for scheme, text in (("system", self.tr("Follow the &system")),
                             ("light", self.tr("&Light")), ("dark", self.tr("&Dark")),
                             ("contrast", self.tr("&High contrast"))):
            action = QAction(text, group)
            action.setCheckable(True)
            action.setChecked(self.colours.scheme == scheme)
            action.triggered.connect(lambda _=False, s=scheme: self.colours.set_scheme(s))
            colour_menu.addAction(action)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        for code, name in (("nb", "Norsk bokmål"), ("en", "English")):
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(QLocale().language() == (QLocale.Language.NorwegianBokmal
                                                       if code == "nb"
                                                       else QLocale.Language.English))
            action.triggered.connect(lambda _=False, c=code: self.languageChangeRequested.emit(c))
            language_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.setShortcut(QKeySequence("F1"))
        shortcuts.triggered.connect(lambda: ShortcutsDialog(self).exec())
        help_menu.addAction(shortcuts)
        about = QAction(self.tr("&About mtviewer"), self)
        about.triggered.connect(lambda: show_about(self, self.engine))
        help_menu.addAction(about)

    def run_action(self, action: str, record_id: int) -> None:
        """An action link on a record page: add an event to a calendar, open a brochure…"""
        if action == "calendar":
            export_calendar(self, self.engine, record_id)
        else:
            brochures.run_action(self, self.engine, action, record_id)

    def show_tab(self, kind: str) -> RecordTab:
        tab = self.record_tabs[kind]
        self.tabs.setCurrentWidget(tab)
        return tab

    def current_tab(self) -> RecordTab:
        return self.tabs.currentWidget()  # type: ignore[return-value]

    def open_record(self, kind: str, record_id: int) -> None:
        """Follow a link: switch to the record's tab, or show it in the current pane."""
        if kind in self.record_tabs:
            tab = self.show_tab(kind)
            if not tab.select_record(record_id):
                tab.show_page(kind, record_id)
        else:
            self.current_tab().show_page(kind, record_id)

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        for tab in self.record_tabs.values():
            tab.restore_state(self.settings)
        kind = self.settings.value("window/tab")
        if kind in self.record_tabs:
            self.show_tab(str(kind))

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/tab", self.current_tab().kind)
        for tab in self.record_tabs.values():
            tab.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

