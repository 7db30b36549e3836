"""The main window: a tab per kind of record, the search bar, menus, remembered geometry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMainWindow,
    QSizeGrip,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from ..content import Content
from ..formatting import fill
from .actions import build_menus
from .browse.record_tab import RecordTab
from .browse.search_field import SearchField
from .describe import describe_from_tooltips
from .kinds import TABS, VIEWS
from .look.colours import Colours, recolour_rich_labels
from .look.zoom import Zoom, zoom_label
from .printsel.controller import PrintController

WARM_UP_MS = 1500
"""After start-up, in idle time, the read side loads what a first typo would wait for."""


class MainWindow(QMainWindow):
    languageChangeRequested = Signal(str)
    """The user chose another interface language (the app rebuilds the window)."""

    def __init__(self, content: Content, settings: QSettings, data_dir: Path | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.content, self.settings = content, settings
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
        self.record_tabs: dict[str, RecordTab] = {}
        self.db_label = QLabel(self)
        self.db_label.setAccessibleName(self.tr("Database in use"))
        self.statusBar().addPermanentWidget(self.db_label)
        self.statusBar().setAccessibleName(self.tr("Status"))
        grip = self.statusBar().findChild(QSizeGrip)
        if grip is not None:
            grip.setAccessibleName(self.tr("Resize the window"))
        self.zoom = Zoom(settings, self)
        self.statusBar().addPermanentWidget(zoom_label(self.zoom, self))
        self.colours = Colours(settings, self)
        self._make_search_bar()
        self.printing = PrintController(self, content, data_dir)
        self._make_tabs()
        self.actions_by_name = build_menus(self)
        self.colours.changed.connect(self._recolour_pages)
        self.failure_box = None
        content.watch(self._content_failed)
        self.printing.panelVisibilityChanged.connect(
            self.actions_by_name["show-print-selection"].setChecked)
        self.resize(1100, 720)
        self._restore_state()
        describe_from_tooltips(self)
        QTimer.singleShot(WARM_UP_MS, self, lambda: self.content.warm_up())

    @property
    def db_path(self) -> Path:
        return self.content.location

    @property
    def language(self) -> str:
        return "nb" if QLocale().language() == QLocale.Language.NorwegianBokmal else "en"

    def _make_tabs(self) -> None:
        for kind in TABS:
            view = VIEWS[kind]
            tab = RecordTab(self.content, view, self.tabs)
            tab.setAccessibleName(view.title_text())
            tab.recordLinkActivated.connect(self.open_record)
            tab.actionRequested.connect(self.run_action)
            self.record_tabs[kind] = tab
            index = self.tabs.addTab(tab, view.title_text())
            self.tabs.setTabToolTip(index, view.tip_text())
        quotes = self.record_tabs["quote"]
        quotes.model.selection = self.printing.model
        quotes.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.printing.model.changed.connect(quotes.model.refresh_checks)
        self.db_label.setText(fill(self.tr("Database: %1"), self.db_path.name))  # fits at any zoom
        self.db_label.setToolTip(fill(self.tr("The content database this window shows: %1"),
                                      self.db_path))
        self.db_label.setAccessibleDescription(self.db_label.toolTip())

    def _recolour_pages(self) -> None:
        """Qt fixes link colours when it lays out rich text: do that again in the new ones."""
        for tab in self.record_tabs.values():
            tab.detail.refresh()
        recolour_rich_labels(self)

    def set_database(self, content: Content) -> None:
        """Show another database; the tab and the splitter positions stay as they were."""
        kind = self.current_tab().kind
        for tab in self.record_tabs.values():
            tab.save_state(self.settings)
        self.tabs.clear()
        for tab in self.record_tabs.values():
            tab.deleteLater()
        self.record_tabs.clear()
        self.printing.close()
        self.printing.deleteLater()
        old, self.content = self.content, content
        old.close()
        content.watch(self._content_failed)
        self.printing = PrintController(self, content, self.printing.data_dir)
        self.printing.panelVisibilityChanged.connect(
            self.actions_by_name["show-print-selection"].setChecked)
        self._make_tabs()
        self.global_search.clear()
        describe_from_tooltips(self)
        for tab in self.record_tabs.values():
            tab.restore_state(self.settings)
        self.show_tab(kind)

    def _content_failed(self, error, search_only: bool) -> None:
        """The database failed while open: say so once, after what is being painted now."""
        QTimer.singleShot(0, self, lambda: self._tell_failure(error, search_only))

    def _tell_failure(self, error, search_only: bool) -> None:
        from .dialogs.errors import database_problem_text

        for tab in self.record_tabs.values():
            tab.content_failed()
        if search_only:
            self.statusBar().showMessage(self.tr(
                "Search is not available: the search index of this database is damaged. "
                "Browsing still works."))
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The database can no longer be read"),
                          database_problem_text(error), parent=self)
        box.setObjectName("database-failed")
        reopen = box.addButton(self.tr("Reopen"), QMessageBox.ButtonRole.AcceptRole)
        choose = box.addButton(self.tr("Choose another file…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)

        def answered(_button) -> None:
            if box.clickedButton() is reopen:
                self.reopen_database()
            elif box.clickedButton() is choose:
                self.open_database()
        box.buttonClicked.connect(answered)
        self.failure_box = box
        box.open()  # window-modal, without stopping the event loop here

    def reopen_database(self) -> None:
        from .dialogs.open_database import open_with_recovery

        opened = open_with_recovery(self.db_path, self)
        if opened is not None:
            self.set_database(opened)

    def open_database(self) -> None:
        from .dialogs.open_database import choose_database_file, open_with_recovery

        chosen = choose_database_file(self, self.db_path.parent)
        if chosen is None:
            return
        opened = open_with_recovery(chosen, self)
        if opened is not None:
            self.set_database(opened)

    # Searching everything

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
        help_button = QToolButton(bar)
        help_button.setText("?")
        help_button.setAccessibleName(self.tr("How to search"))
        help_button.setToolTip(self.tr("How to search: words, phrases, fields, leaving out"))
        help_button.clicked.connect(self.show_search_help)
        bar.addWidget(help_button)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def search_everywhere(self, text: str) -> None:
        """Search every tab at once; the hit counts in the tab titles follow when typing pauses."""
        for tab in self.record_tabs.values():
            tab.set_search_text(text)
        self._count_timer.start()

    def _count_hits(self) -> None:
        prepared = self.content.prepare(self.global_search.text())  # the tabs' own, cached
        counts = None if prepared.empty else self.content.counts(prepared)
        locale = QLocale()
        titles = {kind: VIEWS[kind].title_text() for kind in TABS}
        for index, kind in enumerate(TABS):
            title = titles[kind]
            if counts is not None:
                title = fill(self.tr("%1 (%2)"), title, locale.toString(counts[kind]))
            self.tabs.setTabText(index, title)
            self.record_tabs[kind].set_elsewhere(counts, titles)
        self.hit_counts = counts
        if counts and not counts[self.current_tab().kind] and any(counts.values()):
            self.go_to_hits()  # never "no hits" here while another tab has some

    def go_to_hits(self) -> None:
        """Show the current tab if it has hits, else the first tab that has."""
        if self._count_timer.isActive():
            self._count_timer.stop()
            self._count_hits()
        if not self.hit_counts or self.hit_counts[self.current_tab().kind]:
            return
        for kind in TABS:
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

    # Tabs, records and actions on them

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

    def run_action(self, action: str, record_id: int) -> None:
        """An action link on a record page: add an event to a calendar, open a brochure…"""
        if action == "calendar":
            from .dialogs.calendar_export import export_calendar

            export_calendar(self, self.content, record_id)
        else:
            from .dialogs import brochures

            brochures.run_action(self, self.content, action, record_id)

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
        """The last session's layout, where it is sane: settings files can hold anything."""
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and geometry.size() <= 256:
            self.restoreGeometry(geometry)
            self._fit_on_screen()
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and state.size() <= 4096:
            self.restoreState(state)
        for tab in self.record_tabs.values():
            tab.restore_state(self.settings)
        kind = self.settings.value("window/tab")
        if kind in self.record_tabs:
            self.show_tab(str(kind))

    def _fit_on_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None or screen.isEmpty():
            return
        if self.width() > screen.width() or self.height() > screen.height():
            self.resize(min(self.width(), screen.width()), min(self.height(), screen.height()))
        if not screen.intersects(self.frameGeometry()):
            self.move(screen.topLeft())

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
