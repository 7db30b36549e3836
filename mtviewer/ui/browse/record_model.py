"""A table model that holds only ids and fetches the rows on screen in small batches.

After Anki's browser: a list costs one query for its ids, a search one call to the read side
(``Content.search``), and rows are fetched by id when the view asks for them. Each row's
cell texts and search marks are computed once, with the row, and kept; ``data`` answers
from them without further work, as it is called for every cell on every paint.
"""

from __future__ import annotations

import sys
from array import array
from collections import OrderedDict
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...content import Content, Hits, Prepared
from ...content.api import PAGE, Order
from ...content.marks import Marks, match_spans
from ..kinds import KindView

DISPLAY = Qt.ItemDataRole.DisplayRole.value
CHECK = Qt.ItemDataRole.CheckStateRole.value
INITIAL_ORDER = Qt.ItemDataRole.InitialSortOrderRole.value
FULL_TEXT_ROLE = Qt.ItemDataRole.UserRole.value + 2
TEXT_ROLES = frozenset({Qt.ItemDataRole.ToolTipRole.value,
                        Qt.ItemDataRole.AccessibleTextRole.value, FULL_TEXT_ROLE})
QUICK_LIST = 20_000
"""A list longer than this shows its first page at once and reads the rest after the first
paint (a million ids take a third of a second to read)."""
CELL_CHARS = 300
"""A list cell shows one line: longer texts are cut here before Qt lays them out and elides."""
TOOLTIP_CHARS = 2000
MARKED_CHARS = 5000
"""Matches are looked for in a cell's first characters only: a list cell shows one line."""
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
Index = QModelIndex | QPersistentModelIndex
Spans = tuple[tuple[int, int], ...]


class Checkable(Protocol):
    """The print selection as the Quotes list sees it: keys in, keys out."""

    def is_chosen(self, key: str) -> bool: ...
    def set_chosen(self, key: str, chosen: bool) -> None: ...


class RecordModel(QAbstractTableModel):
    """One kind's records: their ids in list order, and the cells of rows fetched so far."""

    BATCH = 64
    """Rows fetched at a time: a screenful and some (each is formatted when fetched)."""
    CACHE_LIMIT = 5000

    def __init__(self, content: Content, view: KindView, parent=None):
        super().__init__(parent)
        self.content, self.kind, self.columns = content, view.name, view.columns
        spec = view.kind
        self.default_order: Order = (spec.default_sort, spec.default_descending)
        self.order: Order | None = self.default_order
        """The list's order; None while searching means by relevance."""
        self.prepared: Prepared | None = None
        """The search shown, or None when the whole list is."""
        self.hits: Hits | None = None
        self.scope: tuple[str, ...] = (self.kind,)
        """The kinds the search is made with (see ``SearchSession.scope``)."""
        self._exhausted = False
        self._browse: tuple[Order, array] | None = None
        """The full list in its last order, kept so clearing a search costs nothing."""
        self.partial = False
        """Only the first page of the full list is read yet (see ``read_rest``)."""
        self._ids = array("q")
        self._raw: tuple[array, bytes] | None = None
        """The ids' bytes, for finding a record's row (kept while the list is unchanged)."""
        self.loaded = False
        """Ids are read when the list is first shown, so start-up reads only the tab on screen."""
        self._cells: OrderedDict[int, tuple[tuple[str, ...], tuple[str, ...], Any]] = (
            OrderedDict())
        """id → (cell texts as shown, full one-line texts, the row)."""
        self._marks: dict[int, tuple[Spans, ...]] = {}
        self._searched = tuple(i for i, c in enumerate(self.columns) if c.searched)
        self.selection: Checkable | None = None
        """When set (the Quotes tab), the first column has a print-selection check box."""
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        self._flags = base | Qt.ItemFlag.ItemNeverHasChildren
        self._check_flags = self._flags | Qt.ItemFlag.ItemIsUserCheckable

    # What is listed

    @property
    def needles(self) -> Marks:
        """What the current search (or its correction) matched, for marking: word parts,
        and stems for other forms of a word."""
        if self.prepared is None:
            return Marks()
        if self.hits is not None and self.hits.corrected:
            return self.content.prepare(self.hits.corrected).marks
        return self.prepared.marks

    @property
    def complete(self) -> bool:
        """Every hit of the search is listed (always true when not searching)."""
        return self.hits is None or self.hits.complete or self._exhausted

    @property
    def total(self) -> int:
        return self.content.total(self.kind)

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.beginResetModel()
            self.loaded = True
            self._load()
            self.endResetModel()

    def set_search(self, text: str) -> Hits | None:
        """Show what ``text`` finds, best first, or every record when it finds nothing to
        search for: one call to the read side. The hits, or None when browsing. (A tab's
        field goes through its ``SearchSession``, which decides what to ``show``.)"""
        prepared = self.content.prepare(text)
        if prepared.empty:
            return self.show(None, None)
        order = self.order if self.prepared is not None else None  # new searches: relevance
        return self.show(prepared, self.content.search(self.kind, prepared, order,
                                                       scope=self.scope))

    def show(self, prepared: Prepared | None, hits: Hits | None) -> Hits | None:
        """Show ``hits`` of the search ``prepared``, or every record when it is None."""
        self.loaded = True
        self.beginResetModel()
        if prepared is None and self.order is None:
            self.order = self.default_order
        elif prepared is not None and self.prepared is None:
            self.order = None  # a new search starts by relevance
        self.prepared = prepared
        self._load(hits)
        self.endResetModel()
        return self.hits

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column; column -1 means by relevance (searching) or the default."""
        if 0 <= column < len(self.columns):
            wanted: Order | None = (self.columns[column].sort_key,
                                    order == Qt.SortOrder.DescendingOrder)
        else:
            wanted = None if self.prepared is not None else self.default_order
        if wanted == self.order:
            return
        self.order = wanted
        if self.loaded:
            self.beginResetModel()
            self._load()
            self.endResetModel()

    def _load(self, hits: Hits | None = None) -> None:
        self._marks.clear()
        self._exhausted = False
        self.partial = False
        if self.prepared is None:
            self.hits = None
            order = self.order or self.default_order
            if self._browse is None or self._browse[0] != order:
                if self.content.total(self.kind) > QUICK_LIST:
                    self._ids, self.partial = self.content.ids(self.kind, order, PAGE), True
                    return
                self._browse = order, self.content.ids(self.kind, order)
            self._ids = self._browse[1]
        else:
            self.hits = hits or self.content.search(self.kind, self.prepared, self.order,
                                                    scope=self.scope)
            self._ids = self.hits.ids

    def read_rest(self) -> None:
        """Complete a list shown by its first page: the rest is read and appended."""
        if not self.partial:
            return
        self.partial = False
        order = self.order or self.default_order
        full = self.content.ids(self.kind, order)
        self._browse = order, full
        shown = len(self._ids)
        if len(full) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(full) - 1)
            self._ids = full
            self.endInsertRows()
        else:
            self._ids = full

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self.complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        """Load the next page of a large search result as the view scrolls to it."""
        if parent.isValid() or self.complete or self.prepared is None:
            return
        searched = (self.content.prepare(self.hits.corrected)
                    if self.hits is not None and self.hits.corrected else self.prepared)
        page = self.content.more(self.kind, searched, self._ids[-1], PAGE)
        if len(page) < PAGE:
            self._exhausted = True
        if page:
            self.beginInsertRows(QModelIndex(), len(self._ids), len(self._ids) + len(page) - 1)
            self._ids.extend(page)
            self.endInsertRows()

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, record_id: int) -> int:
        """The row showing ``record_id``, or -1 when it is not listed."""
        self.ensure_loaded()
        self.read_rest()
        if self._raw is None or self._raw[0] is not self._ids or len(self._raw[1]) != 8 * len(
                self._ids):
            self._raw = self._ids, self._ids.tobytes()
        return find_id(self._raw[1], record_id)

    # The Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self.columns[section].title()
        if orientation == Qt.Orientation.Horizontal and role == INITIAL_ORDER:
            return (Qt.SortOrder.DescendingOrder if self.columns[section].newest_first
                    else Qt.SortOrder.AscendingOrder)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        column = index.column()  # -1 for the invalid index
        if column < 0:
            return Qt.ItemFlag.NoItemFlags
        return self._check_flags if column == 0 and self.selection is not None else self._flags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role == DISPLAY:
            cells = self.cells(index.row())
            return cells[0][index.column()] if cells else None
        if role in TEXT_ROLES:
            cells = self.cells(index.row())
            if cells is None:
                return None
            text = cells[1][index.column()]
            return text if role == FULL_TEXT_ROLE or len(text) <= TOOLTIP_CHARS else (
                text[:TOOLTIP_CHARS - 1] + "…")
        if role == CHECK and self.selection is not None and index.column() == 0:
            return CHECKED if self.is_checked(index.row()) else UNCHECKED
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == CHECK and self.selection is not None and index.column() == 0:
            cells = self.cells(index.row())
            if cells is None:
                return False
            self.selection.set_chosen(cells[2].key, Qt.CheckState(value) == CHECKED)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            return True
        return False

    def refresh_checks(self) -> None:
        """Repaint the check boxes after the print selection changed elsewhere."""
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    # Rows, fetched in batches and kept

    def is_checked(self, row: int) -> bool:
        cells = self.cells(row)
        return (self.selection is not None and cells is not None
                and self.selection.is_chosen(cells[2].key))

    def cells(self, row: int) -> tuple[tuple[str, ...], tuple[str, ...], Any] | None:
        """A row's cell texts as shown and in full, and the row, fetched on first use."""
        record_id = self._ids[row]
        cached = self._cells.get(record_id)
        if cached is not None:
            return cached
        start = max(0, row - self.BATCH // 8)
        batch = [i for i in self._ids[start:start + self.BATCH] if i not in self._cells]
        columns = self.columns
        for rid, fetched in self.content.rows(self.kind, batch).items():
            full = tuple(c.display(fetched) for c in columns)
            shown = tuple(t if len(t) <= CELL_CHARS else t[:CELL_CHARS - 1] + "…" for t in full)
            self._cells[rid] = (shown, full, fetched)
        while len(self._cells) > self.CACHE_LIMIT:
            self._cells.popitem(last=False)
        return self._cells.get(record_id)

    def marks(self, row: int, column: int) -> Spans:
        """Where the search matched in a cell's full text, computed once per row."""
        needles = self.needles
        if not needles:
            return ()
        record_id = self._ids[row]
        marks = self._marks.get(record_id)
        if marks is None:
            cells = self.cells(row)
            if cells is None:
                return ()
            full = cells[1]
            marks = tuple(tuple(match_spans(full[i][:MARKED_CHARS], needles))
                          if i in self._searched
                          else () for i in range(len(full)))
            self._marks[record_id] = marks
        return marks[column]

    @property
    def cached_rows(self) -> int:
        return len(self._cells)


def find_id(raw: bytes, record_id: int) -> int:
    """The position of ``record_id`` in an id array given as its bytes, or -1: a byte search,
    many times faster than ``array.index`` (which compares Python ints one by one)."""
    if not -(1 << 63) <= record_id < 1 << 63:
        return -1
    needle = record_id.to_bytes(8, sys.byteorder, signed=True)
    position = raw.find(needle)
    while position >= 0 and position % 8:
        position = raw.find(needle, position + 1)
    return position // 8 if position >= 0 else -1
