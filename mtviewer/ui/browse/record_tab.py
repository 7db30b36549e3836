"""One tab: a search field, a sortable list of one kind of record, and its detail pane."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...content import Content, Hits
from ...content.api import RANK_LIMIT
from ...formatting import fill
from ..details.detail_view import DetailView
from ..details.where import WhereLine
from ..kinds import KindView
from .columns import fit_columns
from .delegate import MarkingDelegate
from .record_model import RecordModel
from .search_field import SearchField


class AfterPaint(QObject):
    """Calls ``callback`` once ``widget`` has next been painted (the list first, then the
    details: what was typed shows at once, the record follows)."""

    def __init__(self, widget: QWidget, callback):
        super().__init__(widget)
        self.widget, self.callback = widget, callback
        self.armed = False

    def arm(self) -> None:
        if not self.armed:
            self.armed = True
            self.widget.installEventFilter(self)
            self.widget.update()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.widget.removeEventFilter(self)
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if self.armed:
            self.armed = False
            self.callback()


class RecordTab(QWidget):
    """Lists one kind and shows the selected record; links leave through a signal."""

    recordLinkActivated = Signal(str, int)
    actionRequested = Signal(str, str, int)
    """An action link on the page shown: (kind, action, record id)."""
    recordShown = Signal(str, int)
    """The detail pane now shows this record (for the window's history)."""
    showInListRequested = Signal(str, int)
    """The pane shows a record this list does not select; the user asked to see it in its."""
    WIDE = 140
    """Narrower than this many average characters, the detail pane moves below the list
    (about 1000 pixels at normal size; more when zoomed, so the details stay readable)."""

    def __init__(self, content: Content, view: KindView, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind, self.title = view.name, view.list_title()
        self.model = RecordModel(content, view, self)
        self._deferring_detail = False
        self._count_timer = QTimer(self, singleShot=True, interval=250)
        self._count_timer.timeout.connect(self._count_all_hits)
        """Counting every hit of a broad search waits until typing pauses."""
        self._exact_hits: int | None = None
        self._browse_selection: int | None = None
        """What was selected before a search began, restored when it is cleared."""
        self._pending_search = False
        self._selected_id: int | None = None
        self._stale_text: str | None = None
        """Text being typed that finds nothing yet, while the last result stays listed."""
        self._stale_timer = QTimer(self, singleShot=True, interval=800)
        self._stale_timer.timeout.connect(self._typing_paused)
        self._literal: str | None = None
        """A text the user asked to search as typed, without correcting it."""
        self._pausing = False
        self._elsewhere: list[str] = []

        title = view.holds_text()
        self.search_field = SearchField(self)
        self.search_field.setPlaceholderText(self.tr("Search %1…").replace("%1", title))
        self.search_field.setAccessibleName(self.tr("Search %1").replace("%1", title))
        self.search_field.setToolTip(self.tr(
            "Type to filter this list (Ctrl+F). Several words narrow; \"quotes\" match a phrase; "
            "-word excludes; speaker:, year:, place: and source: search one field."))
        self.search_field.setAccessibleDescription(self.tr(
            "Filters the list as you type. Press Tab to go to the list, Esc to empty the field."))
        self.search_field.textChanged.connect(self._search_text_changed)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of records"))
        self.count_label.setToolTip(self.tr("How many records this list shows"))
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.correction = QLabel(self)
        self.correction.setTextFormat(Qt.TextFormat.RichText)
        self.correction.setAccessibleName(self.tr("Search correction"))
        self.correction.setToolTip(self.tr("A word found nowhere was searched as the nearest "
                                           "word the content has"))
        self.correction.linkActivated.connect(self.search_as_typed)
        self.correction.hide()

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.delegate = MarkingDelegate(self.model, self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setAccessibleName(self.tr("%1 list").replace("%1", self.title))
        self.view.setAccessibleDescription(self.tr(
            "Arrow keys move between records; the selected record is shown in full beside or "
            "below the list. Click a column title, or use the header, to sort."))
        self.view.setToolTip(self.tr("Click a column title to sort; use the arrow keys to move"))
        self._set_up_header()
        self.view.installEventFilter(self)
        self._detail_later = AfterPaint(self.view.viewport(), self._show_current_now)
        """While typing, the detail pane follows right after the list has been repainted."""
        self._rest_later = AfterPaint(self.view.viewport(), self.model.read_rest)
        """A long list shows its first page, then reads the rest."""

        self.detail = DetailView(content, self)
        self.detail.recordLinkActivated.connect(self.recordLinkActivated)
        self.detail.actionRequested.connect(self.actionRequested)
        self.detail.setPlaceholderText(self.tr("Select a record in the list to see it in full."))
        self.where = WhereLine(self.kind, self)
        self.where.linkActivated.connect(self._show_in_list)
        self.detail.textChanged.connect(
            lambda: self.detail.shown is None and self.where.hide())  # a message, or nothing
        pane = QWidget(self)
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.addWidget(self.where)
        pane_layout.addWidget(self.detail, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"{self.kind}-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(pane)
        list_share, page_share = (2, 3) if view.reading else (3, 2)
        self.splitter.setStretchFactor(0, list_share)
        self.splitter.setStretchFactor(1, page_share)
        self.splitter.setAccessibleName(self.tr("List and details"))
        divider = self.splitter.handle(1)
        divider.setAccessibleName(self.tr("Divider between the list and the details"))
        divider.setToolTip(self.tr("Drag to give the list or the details more room"))

        top = self._top = QHBoxLayout()
        top.addWidget(self.search_field, 2)
        top.addWidget(self.count_label, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.correction)
        layout.addWidget(self.splitter, 1)

        self.setTabOrder(self.search_field, self.view)
        self.setTabOrder(self.view, self.detail)
        self.view.selectionModel().currentRowChanged.connect(self._show_current)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)

    def add_to_top(self, widget: QWidget) -> None:
        """A control beside the search field and the count (the print selection's size)."""
        self._top.addWidget(widget)

    # The list's columns and order

    def _set_up_header(self) -> None:
        header = self.view.horizontalHeader()
        header.setSectionsMovable(False)
        header.setHighlightSections(False)
        char = self.fontMetrics().averageCharWidth()
        for column, spec in enumerate(self.model.columns):
            if spec.width:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, max(spec.width * char,
                                                 header.sectionSizeHint(column)))
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._set_sort_indicator()
        self.view.setSortingEnabled(True)

    def _set_sort_indicator(self) -> None:
        """Show the model's order in the header without asking the model to sort again."""
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        order = self.model.order
        if order is None:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            column = next((i for i, c in enumerate(self.model.columns) if c.sort_key == order[0]),
                          -1)
            header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if order[1]
                                    else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:  # zoom: rows and columns follow the text
            self._follow_font()
        super().changeEvent(event)

    def _follow_font(self) -> None:
        # A header created in a hidden tab keeps the font it was polished with; give it ours.
        self.view.horizontalHeader().setFont(self.font())
        self.delegate.font_changed()
        self._place_details(self.width())
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self._fit_columns(self.view.width())

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._fit_columns(event.size().width())
        return super().eventFilter(watched, event)

    def _fit_columns(self, width: int) -> None:
        fit_columns(self.view, self.model.columns, width)

    def resizeEvent(self, event) -> None:
        self._place_details(event.size().width())
        super().resizeEvent(event)

    def _place_details(self, width: int) -> None:
        """Details beside the list in a wide tab, below it in a narrow one."""
        wide = width >= self.WIDE * self.fontMetrics().averageCharWidth()
        self.splitter.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)

    # Searching

    def set_search_text(self, text: str) -> None:
        """Search this tab (as the global search does); applied when the tab is shown."""
        self.search_field.setText(text)

    def _search_text_changed(self, _text: str) -> None:
        if self.isVisible():
            self.apply_search()
        else:
            self._pending_search = True

    def showEvent(self, event) -> None:
        self._follow_font()
        self.load()
        if self._pending_search:
            self.apply_search()
        super().showEvent(event)

    def load(self) -> None:
        """Read the list the first time it is needed; its details follow after painting."""
        if not self.model.loaded:
            self._deferring_detail = True
            try:
                self.model.ensure_loaded()
            finally:
                self._deferring_detail = False
            self._update_count()

    def apply_search(self, correct: bool = True) -> None:
        """Hand the field's text to the model: one call to the read side per keystroke.

        While a word is still being typed ("gitare" on the way to "gitaren", "-g" on the way
        to "-gitar"), a text that finds nothing keeps the last result, marked as waiting,
        until the text finds something or typing pauses."""
        self._pending_search = False
        self._exact_hits = None
        self._stale_timer.stop()
        text = self.search_field.text()
        was_searching = self.model.prepared is not None
        if not was_searching and self.model.loaded and self.model.content.prepare(text).empty:
            self._show_correction(None)
            return
        prepared, hits = self.model.look_up(text, correct and text != self._literal)
        if hits is not None and hits.unavailable and self.model.content.failure is None:
            prepared, hits = None, None  # search is off: the list stays browsable
        shown = self.model.prepared
        if (hits is not None and not hits.ids and shown is not None and self.model.rowCount()
                and text != shown.text and text.startswith(shown.text) and correct
                and not text[-1:].isspace() and not self._pausing):
            self._stale_text = text
            self._stale_timer.start()
            self._update_count()
            return
        self._stale_text = None
        if not was_searching:
            self._browse_selection = self.current_id()
        self._deferring_detail = True
        try:
            hits = self.model.show(prepared, hits)
        finally:
            self._deferring_detail = False
        self._set_sort_indicator()
        self._show_correction(hits)
        if hits is None:
            if was_searching and self._browse_selection is not None:
                self.select_record(self._browse_selection)
        elif not hits.ids:
            self._show_no_results(hits)
        elif not hits.complete:
            self._count_timer.start()
        self._update_count()
        if self.current_id() is not None:
            self._detail_later.arm()

    def _typing_paused(self) -> None:
        """Typing stopped on a text that finds nothing: show that, with a hint."""
        self._pausing = True
        try:
            self.apply_search()
        finally:
            self._pausing = False

    def _show_correction(self, hits: Hits | None) -> None:
        """ "Showing results for «gitar». Search for «gittar» instead." """
        corrected = hits.corrected if hits is not None else None
        self.correction.setVisible(bool(corrected))
        if corrected:
            typed = self.search_field.text().strip()
            self.correction.setText(fill(
                self.tr("Showing results for «%1». Search for %2 instead."), escape(corrected),
                f'<a href="literal">«{escape(typed)}»</a>'))

    def search_as_typed(self, _link: str = "") -> None:
        """Search for the text as typed, not for its correction."""
        self._literal = self.search_field.text()
        self.apply_search(correct=False)

    def set_elsewhere(self, counts: dict[str, int] | None, titles: dict[str, str]) -> None:
        """Where else the global search found something, for saying so when this tab has
        nothing."""
        self._elsewhere = [fill(self.tr("%1 (%2)"), titles[kind], n)
                           for kind, n in (counts or {}).items() if n and kind != self.kind]
        if (self.model.prepared is not None and self.model.hits is not None
                and not self.model.hits.ids):
            self._show_no_results(self.model.hits)

    def _count_all_hits(self) -> None:
        if self.model.prepared is not None and not self.model.complete:
            self._exact_hits = self.model.content.count(self.kind, self.model.prepared)
            self._update_count()

    def _show_no_results(self, hits: Hits) -> None:
        text = self.tr("No results for “%1”.").replace("%1", self.search_field.text().strip())
        if self._elsewhere:
            text += " " + self.tr("Found in other tabs: %1.").replace(
                "%1", ", ".join(self._elsewhere))
        elif hits.hint:
            text += " " + self.tr("Try “%1”.").replace("%1", hits.hint)
        else:
            text += " " + self.tr("Try fewer or shorter words.")
        self.detail.show_message(text)

    def content_failed(self) -> None:
        """The database, or its search, failed: show what can still be shown, and say why."""
        if self.model.content.failure is not None:
            self.model.set_search("")
            self.detail.show_message(self.tr("This database can no longer be read."))
        self._update_count()

    def _update_count(self) -> None:
        content = self.model.content
        if content.failure is not None:
            self.count_label.setText(self.tr("This database can no longer be read."))
            return
        if self._stale_text is not None:
            self.count_label.setText(fill(
                self.tr("No match for “%1” yet; still showing the matches for “%2”."),
                self._stale_text.strip(),
                self.model.prepared.text.strip() if self.model.prepared else ""))
            return
        if content.search_failure is not None and self.search_field.text().strip():
            self.count_label.setText(self.tr("Search is not available: the search index is "
                                             "damaged. All records are listed."))
            return
        locale = QLocale()
        total = locale.toString(self.model.total)
        if self.model.prepared is None:
            text = self.tr("Records: %1").replace("%1", total)
        elif self.model.complete:
            text = fill(self.tr("%Ln of %1 match", None, self.model.rowCount()), total)
        elif self._exact_hits is None:
            text = fill(self.tr("More than %1 of %2 match; type more to rank them by relevance"),
                        locale.toString(RANK_LIMIT), total)
        else:
            text = fill(self.tr("%1 of %2 match; type more to rank them by relevance"),
                        locale.toString(self._exact_hits), total)
        self.count_label.setText(text)

    # Selection and details

    def select_record(self, record_id: int) -> bool:
        """Select and show ``record_id`` in the list; False when it is not listed."""
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        if not self._deferring_detail and self.detail.shown != (self.kind, record_id):
            self.show_page(self.kind, record_id)  # it was current already, but not shown
        return True

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def show_page(self, kind: str, record_id: int) -> None:
        """Show any record in this tab's pane; one the list does not select gets a header
        that says where it is listed, with a link to show it there."""
        shown = self.detail.show_record(kind, record_id, self.model.needles)
        elsewhere = shown and (kind != self.kind or self.current_id() != record_id)
        if elsewhere:
            self.view.selectionModel().clearSelection()  # the list no longer claims it
            self.where.show_for(kind)
        else:
            self.where.hide()
        if shown:
            self.recordShown.emit(kind, record_id)

    def _show_in_list(self, _link: str = "") -> None:
        if self.detail.shown is not None:
            self.showInListRequested.emit(*self.detail.shown)

    def _show_current(self, current, _previous) -> None:
        if self._deferring_detail:
            self._detail_later.arm()
        elif current.isValid():
            self.show_page(self.kind, self.model.id_at(current.row()))
        else:
            self.detail.clear()

    def _show_current_now(self) -> None:
        current = self.current_id()
        if current is not None:
            self.show_page(self.kind, current)

    def _remember_selection(self) -> None:
        self._selected_id = self.current_id()

    def _restore_selection(self) -> None:
        if self.model.partial:
            self._rest_later.arm()
        if self._selected_id is not None and self.select_record(self._selected_id):
            return
        if self.model.rowCount():
            self.view.selectRow(0)
        else:
            self.detail.clear()

    # Remembered layout

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"tabs/{self.kind}/splitter", self.splitter.saveState())
        settings.setValue(f"tabs/{self.kind}/header", self.view.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value(f"tabs/{self.kind}/splitter")
        if isinstance(splitter, QByteArray) and splitter.size() <= 256:
            self.splitter.restoreState(splitter)
        header_state = settings.value(f"tabs/{self.kind}/header")
        header = self.view.horizontalHeader()
        if (isinstance(header_state, QByteArray) and header_state.size() <= 1024
                and header.restoreState(header_state)):
            if header.count() != len(self.model.columns) or any(
                    not 0 <= header.sectionSize(i) <= 20_000 for i in range(header.count())):
                self._set_up_header()  # a state for other columns, or absurd widths
                return
            section = header.sortIndicatorSection()
            if 0 <= section < len(self.model.columns):  # the remembered order
                self.model.sort(section, header.sortIndicatorOrder())
            self._set_sort_indicator()
