"""One tab: a sortable list of one kind of record beside its detail pane."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from . import details
from .detail_view import DetailView
from .record_model import RecordModel


class RecordTab(QWidget):
    """Lists ``kind`` and shows the selected record; links leave through a signal."""

    recordLinkActivated = Signal(str, int)
    WIDE = 1000
    """Narrower than this (in pixels), the detail pane moves below the list."""

    def __init__(self, engine: Engine, kind: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.engine, self.kind, self.title = engine, kind, title
        self.model = RecordModel(engine, kind, self)

        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of records"))
        self.count_label.setToolTip(self.tr("How many records this list shows"))

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setAccessibleName(self.tr("%1 list").replace("%1", title))
        self.view.setToolTip(self.tr("Click a column title to sort; use the arrow keys to move"))
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
        default_column = next(i for i, c in enumerate(self.model.columns)
                              if c.sort_key == self.model.sort_key)
        header.setSortIndicator(default_column, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)

        self.detail = DetailView(self)
        self.detail.recordLinkActivated.connect(self.recordLinkActivated)
        self.detail.setPlaceholderText(self.tr("Select a record in the list to see it in full."))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"{kind}-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.count_label)
        layout.addWidget(self.splitter, 1)

        self.view.selectionModel().currentRowChanged.connect(self._show_current)
        self.model.modelReset.connect(self._update_count)
        self._selected_id: int | None = None
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self._update_count()
        if self.model.rowCount():
            self.view.selectRow(0)

    def resizeEvent(self, event) -> None:
        """Details beside the list in a wide window, below it in a narrow one."""
        wide = event.size().width() >= self.WIDE
        self.splitter.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        super().resizeEvent(event)

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
        return True

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def show_page(self, kind: str, record_id: int) -> None:
        """Show any record (a person, an organisation, a report) in this tab's pane."""
        page = details.render(self.engine, kind, record_id)
        if page is None:
            self.detail.setPlainText(self.tr("This record is not in the database."))
        else:
            self.detail.setHtml(page)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"tabs/{self.kind}/splitter", self.splitter.saveState())
        settings.setValue(f"tabs/{self.kind}/header", self.view.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value(f"tabs/{self.kind}/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        header = settings.value(f"tabs/{self.kind}/header")
        if isinstance(header, QByteArray):
            self.view.horizontalHeader().restoreState(header)

    def _show_current(self, current, _previous) -> None:
        if current.isValid():
            self.show_page(self.kind, self.model.id_at(current.row()))
        else:
            self.detail.clear()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("Records: %1").replace(
            "%1", str(self.model.rowCount())))

    def _remember_selection(self) -> None:
        self._selected_id = self.current_id()

    def _restore_selection(self) -> None:
        if self._selected_id is not None and not self.select_record(self._selected_id):
            self.detail.clear()
