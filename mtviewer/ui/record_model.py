"""A table model that holds only ids and fetches the rows on screen in small batches."""

from __future__ import annotations

from array import array
from collections import OrderedDict
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from sqlalchemy import Engine

from ..data import catalog
from ..data.search import PAGE, Compiled, Searcher
from .columns import COLUMNS

FULL_TEXT_ROLE = Qt.ItemDataRole.UserRole + 2
TEXT_ROLES = frozenset({Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole,
                        FULL_TEXT_ROLE})
CELL_CHARS = 300
"""A list cell shows one line: longer texts are cut here before Qt lays them out and elides."""
Index = QModelIndex | QPersistentModelIndex


class Checkable(Protocol):
    def is_checked(self, record_id: int) -> bool: ...
    def set_checked(self, record_id: int, checked: bool) -> None: ...


class RecordModel(QAbstractTableModel):
    """One kind's records: their ids in list order, and the texts of rows fetched so far."""

    BATCH = 200
    CACHE_LIMIT = 5000

    def __init__(self, engine: Engine, kind: str, searcher: Searcher | None = None, parent=None):
        super().__init__(parent)
        self.engine, self.kind = engine, kind
        self.searcher = searcher or Searcher(engine)
        self.columns = COLUMNS[kind]
        self.default_sort = catalog.LISTINGS[kind].default_sort
        self.default_descending = catalog.LISTINGS[kind].default_descending
        self.sort_key: str | None = self.default_sort
        """The column key the list is sorted by; None while searching means by relevance."""
        self._descending = self.default_descending
        self.search: Compiled | None = None
        self.needles: list[str] = []
        """Folded words of the current search, for highlighting."""
        self.complete = True
        """Every hit of the search is loaded (always true when not searching)."""
        self._browse: tuple[tuple[str, bool], array] | None = None
        """The full list in its last sort order, kept so clearing a search costs nothing."""
        self._ids = array("q")
        self.loaded = False
        """Ids are read when the list is first shown (see ``ensure_loaded``), so start-up
        reads only the tab on screen."""
        self.total = 0
        """How many records of this kind there are, searching or not."""
        self._cache: OrderedDict[int, tuple[str, ...]] = OrderedDict()
        self.checkable: Checkable | None = None
        """When set (the Quotes tab), the first column has a print-selection checkbox."""

    def _load_ids(self) -> array:
        self.complete = True
        if self.search is None:
            order = (self.sort_key or self.default_sort, self._descending)
            if self._browse is None or self._browse[0] != order:
                self._browse = order, catalog.list_ids(self.engine, self.kind, *order)
            return self._browse[1]
        if self.sort_key:
            order = catalog.order_sql(self.kind, self.sort_key, self._descending)
            return self.searcher.ids(self.kind, self.search, order)
        hits = self.searcher.first_hits(self.kind, self.search)
        self.complete = hits.complete
        return hits.ids

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self.complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        """Load the next page of a large search result as the view scrolls to it."""
        if parent.isValid() or self.complete or self.search is None:
            return
        page = self.searcher.page(self.kind, self.search, self._ids[-1], PAGE)
        if len(page) < PAGE:
            self.complete = True
        if page:
            self.beginInsertRows(QModelIndex(), len(self._ids), len(self._ids) + len(page) - 1)
            self._ids.extend(page)
            self.endInsertRows()

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.beginResetModel()
            self.loaded = True
            self._ids = self._load_ids()
            self.total = len(self._ids)
            self.endResetModel()

    def set_search(self, search: Compiled | None, needles: list[str]) -> None:
        """Show the records matching ``search`` best first, or all records when None."""
        self.ensure_loaded()
        self.beginResetModel()
        if search is None and self.sort_key is None:
            self.sort_key, self._descending = self.default_sort, self.default_descending
        elif self.search is None:
            self.sort_key, self._descending = None, False  # a new search starts by relevance
        self.search, self.needles = search, needles
        self._ids = self._load_ids()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.checkable is not None and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role == Qt.ItemDataRole.CheckStateRole and self.checkable is not None
                and index.isValid() and index.column() == 0):
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.checkable.set_checked(self._ids[index.row()], checked)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            return True
        return False

    def refresh_checks(self) -> None:
        """Repaint the checkboxes after the print selection changed elsewhere."""
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            texts = self._texts(index.row())
            if texts is None:
                return None
            text = texts[index.column()]
            return text if len(text) <= CELL_CHARS else text[:CELL_CHARS - 1] + "…"
        if role in TEXT_ROLES and index.isValid():
            texts = self._texts(index.row())
            return texts[index.column()] if texts is not None else None
        if (role == Qt.ItemDataRole.CheckStateRole and self.checkable is not None
                and index.column() == 0 and index.isValid()):
            return (Qt.CheckState.Checked if self.checkable.is_checked(self._ids[index.row()])
                    else Qt.CheckState.Unchecked)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column; column -1 means by relevance (searching) or the default."""
        if 0 <= column < len(self.columns):
            sort_key: str | None = self.columns[column].sort_key
        else:
            sort_key = None if self.search is not None else self.default_sort
        descending = order == Qt.SortOrder.DescendingOrder and sort_key is not None
        if (sort_key, descending) == (self.sort_key, self._descending) or not self.loaded:
            self.sort_key, self._descending = sort_key, descending
            return
        self.beginResetModel()
        self.sort_key, self._descending = sort_key, descending
        self._ids = self._load_ids()
        self.endResetModel()

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, record_id: int) -> int:
        """The row showing ``record_id``, or -1 when it is not listed."""
        self.ensure_loaded()
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def _texts(self, row: int) -> tuple[str, ...] | None:
        """The cell texts of a row, fetched with its neighbours on first use and kept."""
        record_id = self._ids[row]
        cached = self._cache.get(record_id)
        if cached is not None:
            self._cache.move_to_end(record_id)
            return cached
        start = max(0, row - self.BATCH // 4)
        batch = self._ids[start:start + self.BATCH]
        columns = self.columns
        for rid, fetched in catalog.fetch_rows(self.engine, self.kind, batch).items():
            self._cache[rid] = tuple(c.display(fetched) for c in columns)
        while len(self._cache) > self.CACHE_LIMIT:
            self._cache.popitem(last=False)
        return self._cache.get(record_id)

    @property
    def cached_rows(self) -> int:
        return len(self._cache)
