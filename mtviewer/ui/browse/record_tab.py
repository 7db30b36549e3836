"""One tab: a search field, a sortable list of one kind of record, and its detail pane."""

from __future__ import annotations

from time import monotonic

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...content import Content
from ...settings import Settings
from ..details.detail_view import DetailView
from ..details.where import WhereLine
from ..kinds import GROUPS, KindView
from ..pages import render_page
from . import remembered
from .after_paint import AfterPaint
from .columns import content_widths, fit_columns, set_up_header, show_order
from .delegate import MarkingDelegate
from .list_look import ListLook
from .list_view import list_view
from .record_model import RecordModel
from .search_field import SearchField
from .search_note import SearchNote
from .search_status import no_results_text, status_text
from .session import Outcome, SearchSession
from .split import Split
from .top_row import TopRow


class RecordTab(QWidget):
    """Lists one kind and shows the selected record; links leave through a signal."""

    recordLinkActivated = Signal(str, int)
    actionRequested = Signal(str, str, int)
    """An action link on the page shown: (kind, action, record id)."""
    recordShown = Signal(str, int)
    """The detail pane now shows this record (for the window's history)."""
    showInListRequested = Signal(str, int)
    """The pane shows a record this list does not select; the user asked to see it in its."""
    def __init__(self, content: Content, view: KindView, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind, self.title = view.name, view.list_title()
        self.model = RecordModel(content, view, self)
        self._deferring_detail = False
        self.scope = GROUPS[view.group].kinds if view.group else (self.kind,)
        """The kinds its own search field searches with (its group's)."""
        self.session = SearchSession(content, self.kind, self.scope)
        self._next_scope: tuple[str, ...] | None = None
        self._timer = QTimer(self, singleShot=True)
        """Wakes the session when it asked to be (typing paused)."""
        self._timer.timeout.connect(self._tick)
        self._browse_selection: int | None = None
        """What was selected before a search began, restored when it is cleared."""
        self._chosen: int | None = None
        """The record the user chose while searching: kept while the search lists it."""
        self._automatic = self._new_result = False
        self._pending_search = False
        self._selected_id: int | None = None
        self._titles: dict[str, str] = {}
        self._natural: dict[int, int] | None = None
        """Each fixed column's width from its content, measured when the list is first shown."""
        self._followed: str | None = None
        """The font the list and its caches were last laid out for."""

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
        self.correction = SearchNote(self)
        self.correction.asTypedRequested.connect(self.search_as_typed)

        self.view = list_view(self.model, self.title, self)
        self.delegate = MarkingDelegate(self.model, self.view)
        self.view.setItemDelegate(self.delegate)
        self._set_up_header()
        self.view.installEventFilter(self)
        self._detail_later = AfterPaint(self.view.viewport(), self._show_current_now)
        """While typing, the detail pane follows right after the list has been repainted."""
        self._rest_later = AfterPaint(self.view.viewport(), self.model.read_rest)
        """A long list shows its first page, then reads the rest."""

        self.detail = DetailView(content, render_page, self)
        self.detail.recordLinkActivated.connect(self.recordLinkActivated)
        self.detail.actionRequested.connect(self.actionRequested)
        self.detail.setPlaceholderText(self.tr("Select a record in the list to see it in full."))
        self.where = WhereLine(self.kind, self)
        self.where.linkActivated.connect(self._show_in_list)
        self.detail.textChanged.connect(self._hide_where_for_messages)
        pane = self.pane = QWidget(self)
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
        self.split = Split(self.splitter, self.view, pane, (list_share, page_share))

        top = self._top = TopRow(self.search_field, self.count_label)
        self.look = ListLook(self.view, self.model, self.kind, self)
        """The list's columns, or its reading view (``view.wraps`` kinds offer one)."""
        self.look.changed.connect(lambda _on: self._fit_columns(self.view.width()))
        self._wraps = view.wraps
        if view.wraps:
            top.add(self.look.button)
        else:
            self.look.button.hide()
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

    def _hide_where_for_messages(self) -> None:
        if self.detail.shown is None:  # a message, or nothing: it is listed nowhere
            self.where.hide()

    def add_to_top(self, widget: QWidget) -> None:
        """A control beside the search field and the count (the print selection's size)."""
        self._top.add(widget)

    # The list's columns and order

    def _set_up_header(self) -> None:
        set_up_header(self.view, self.model.columns, self.model.order)

    def _set_sort_indicator(self) -> None:
        show_order(self.view.horizontalHeader(), self.model.columns, self.model.order)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:  # zoom: rows and columns follow the text
            self._follow_font()
        super().changeEvent(event)

    def _follow_font(self) -> None:
        # A header created in a hidden tab keeps the font it was polished with; give it ours.
        self._followed = self.font().key()
        self.view.horizontalHeader().setFont(self.font())
        self.delegate.font_changed()
        self.look.font_changed()
        self._natural = None  # the columns measure their text again
        self._place_details(self.width())
        self._top.fit(self.width() - 12)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self._fit_columns(self.view.width())

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._fit_columns(event.size().width())
        return super().eventFilter(watched, event)

    def _fit_columns(self, width: int) -> None:
        if self.look.reading:  # one column, as wide as the list
            return
        if self._natural is None and self.model.loaded and self.model.rowCount():
            self._natural = content_widths(self.view, self.model, self.model.columns)
        fit_columns(self.view, self.model.columns, width, self._natural)

    def resizeEvent(self, event) -> None:
        self._place_details(event.size().width())
        self._top.fit(event.size().width() - 12)
        super().resizeEvent(event)

    def _place_details(self, width: int) -> None:
        self.split.place(width)

    # Searching: the field → the session → the model, one way (``session.SearchSession``)

    def set_search_text(self, text: str, scope: tuple[str, ...] | None = None) -> None:
        """Search this tab (as the global search does, with every kind: ``scope``);
        applied when the tab is shown."""
        scope = scope or self.scope
        if text == self.search_field.text():
            if scope != self.session.scope:
                self._search_text_changed(text, scope)
            return
        self._next_scope = scope
        self.search_field.setText(text)

    def _search_text_changed(self, _text: str, scope: tuple[str, ...] | None = None) -> None:
        self.session.scope = self.model.scope = scope or self._next_scope or self.scope
        self._next_scope = None
        if self.isVisible():
            self.apply_search()
        else:
            self._pending_search = True

    def showEvent(self, event) -> None:
        if self._followed != self.font().key():  # first shown, or zoomed while hidden
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
            self._fit_columns(self.view.width())

    def apply_search(self) -> None:
        """Hand the field's text to the search session: one call to the read side."""
        self._pending_search = False
        self._apply(self.session.typed(self.search_field.text(), monotonic(), self.model.order))

    def _tick(self) -> None:
        self._apply(self.session.tick(monotonic(), self.model.order))

    def search_as_typed(self, _link: str = "") -> None:
        """Search for the text as typed, not for its correction."""
        self._apply(self.session.as_typed(monotonic(), self.model.order))

    def _apply(self, outcome: Outcome) -> None:
        """Show what the session decided, then wait for it as long as it wants."""
        session = self.session
        if outcome.began:
            self._browse_selection = self.current_id()
        if outcome.began or outcome.ended:
            self._chosen = None
        if outcome.show:
            self._deferring_detail = self._new_result = True
            try:
                self.model.show(session.prepared, session.hits)
            finally:
                self._deferring_detail = self._new_result = False
            self._set_sort_indicator()
            if outcome.ended and self._browse_selection is not None:
                self.select_record(self._browse_selection)
            if session.empty:
                self._show_no_results()
            if self.current_id() is not None:
                self._detail_later.arm()
        self.correction.show_for(session.hits if session.prepared is not None else None,
                                 self.search_field.text())
        self._update_count()
        deadline = session.deadline
        if deadline is None:
            self._timer.stop()
        else:
            self._timer.start(max(0, round((deadline - monotonic()) * 1000)))

    def set_elsewhere(self, counts: dict[str, int] | None, titles: dict[str, str]) -> None:
        """Where else the global search found something, for saying so when this tab has
        nothing."""
        self._titles = titles
        self.session.elsewhere = dict(counts or {})
        if self.session.empty:
            self._show_no_results()

    def _show_no_results(self) -> None:
        self.detail.show_message(no_results_text(self.session, self.search_field.text(),
                                                 self._titles))

    def content_failed(self) -> None:
        """The database, or its search, failed: show what can still be shown, and say why."""
        if self.model.content.failure is not None:
            self.session.stop()
            self.model.show(None, None)
            self.detail.show_message(self.tr("This database can no longer be read."))
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(status_text(self.session, self.model.rowCount(),
                                             self.model.total, self.model.complete))

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
        if not self._deferring_detail and (self.detail.shown != (self.kind, record_id)
                                           or not self.where.isHidden()):
            self.show_page(self.kind, record_id)  # current already, but not shown as listed
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
        if not self._automatic and current.isValid() and self.session.prepared is not None:
            self._chosen = self.model.id_at(current.row())  # the user's choice
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
        """After a new search result, its best hit, unless the user chose a record it still
        lists; after sorting (or browsing again), the record selected before."""
        if self.model.partial:
            self._rest_later.arm()
        keep = self._chosen if self._new_result else self._selected_id
        self._automatic = True
        try:
            if keep is not None and self.select_record(keep):
                return
            if self.model.rowCount():
                self.view.selectRow(0)
            else:
                self.detail.clear()
        finally:
            self._automatic = False

    # Remembered layout (``remembered``: only what still makes sense is restored)

    def save_state(self, settings: Settings) -> None:
        remembered.save(settings, self.kind, self.splitter, self.view)
        self.look.save(settings)

    def restore_state(self, settings: Settings) -> None:
        remembered.restore_splitter(settings, self.kind, self.splitter)
        if remembered.restore_header(settings, self.kind, self.view, len(self.model.columns),
                                     self._set_up_header):
            header = self.view.horizontalHeader()
            section = header.sortIndicatorSection()
            if 0 <= section < len(self.model.columns):  # the remembered order
                self.model.sort(section, header.sortIndicatorOrder())
            self._set_sort_indicator()
        if self._wraps:
            self.look.restore(settings)
