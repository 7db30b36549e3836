"""The print selection as a Qt list model: one row per chosen quote, in print order.

It wraps :class:`~mtviewer.printing.selection.PrintSelection` (keys and options, no Qt),
fetches each chosen quote once from the read side, and saves the selection to the user's
data folder after every change. The Quotes list asks it which rows are ticked.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ... import formatting
from ...content import Content
from ...printing import selection as stored
from ...printing.layouts import PrintOptions
from ...printing.selection import PrintSelection

if TYPE_CHECKING:
    from ...content.printable import PrintQuote

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
ROWS_MIME = "application/x-mtviewer-selection-rows"
SHORT = 120
Index = QModelIndex | QPersistentModelIndex


class SelectionModel(QAbstractListModel):
    """Chosen quotes in print order; drag rows to reorder them."""

    changed = Signal()
    """The selection or its options changed (and were saved, where they can be)."""
    saveFailed = Signal(object)
    """The selection could not be saved (a ``files.SaveError``); it is kept in memory."""

    def __init__(self, content: Content, data_dir: Path, parent=None):
        super().__init__(parent)
        self.content, self.data_dir = content, data_dir
        self.saving = stored.usable(data_dir)
        """False once the data folder has proved unusable: the selection lives in memory."""
        self.selection: PrintSelection = (stored.load(data_dir) if self.saving
                                          else PrintSelection())
        self._quotes: dict[str, PrintQuote] = {
            q.key: q for q in content.print_quotes(keys=self.selection.keys)}

    def set_content(self, content: Content) -> None:
        """Show the chosen quotes as another database has them (keys it lacks are kept)."""
        self.beginResetModel()
        self.content = content
        self._quotes = {q.key: q for q in content.print_quotes(keys=self.selection.keys)}
        self.endResetModel()

    @property
    def options(self) -> PrintOptions:
        return self.selection.options

    @property
    def set_aside(self) -> Path | None:
        return self.selection.set_aside

    def keys(self) -> list[str]:
        return list(self.selection.keys)

    def quotes(self) -> list[PrintQuote]:
        """The chosen quotes this database has, in print order."""
        return [self._quotes[k] for k in self.selection.keys if k in self._quotes]

    def sensitive(self) -> list[PrintQuote]:
        """The chosen quotes that name what a wall poster may not want to show."""
        return [q for q in self.quotes() if q.sensitive]

    # Changing it

    def is_chosen(self, key: str) -> bool:
        return key in self.selection

    def set_chosen(self, key: str, chosen: bool) -> None:
        if chosen:
            self.add_keys([key])
        else:
            self.remove_keys([key])

    def add_ids(self, ids: Sequence[int]) -> int:
        """Add quotes by id, at the end; how many were new."""
        found = self.content.print_quotes(ids=list(dict.fromkeys(ids)))
        self._quotes.update((q.key, q) for q in found)
        return self.add_keys([q.key for q in found])

    def add_keys(self, keys: Sequence[str]) -> int:
        new = [k for k in dict.fromkeys(keys) if k not in self.selection]
        missing = [k for k in new if k not in self._quotes]
        if missing:
            self._quotes.update((q.key, q) for q in self.content.print_quotes(keys=missing))
        if new:
            first = len(self.selection)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self.selection.add(new)
            self.endInsertRows()
            self._save()
        return len(new)

    def remove_keys(self, keys: Sequence[str]) -> None:
        gone = set(keys)
        for row in reversed(range(len(self.selection))):
            if self.selection.keys[row] in gone:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.selection.keys[row]
                self.endRemoveRows()
        self._save()

    def remove_rows(self, rows: Sequence[int]) -> None:
        self.remove_keys([self.selection.keys[r] for r in rows if 0 <= r < len(self.selection)])

    def move(self, row: int, to: int) -> bool:
        """Move one quote from ``row`` to ``to``; False when it cannot move there."""
        if not (0 <= row < len(self.selection) and 0 <= to < len(self.selection)) or row == to:
            return False
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to + (1 if to > row else 0))
        self.selection.move(row, to)
        self.endMoveRows()
        self._save()
        return True

    def clear(self) -> None:
        self.beginResetModel()
        self.selection.clear()
        self.endResetModel()
        self._save()

    def set_options(self, **changes: Any) -> None:
        for name, value in changes.items():
            setattr(self.selection.options, name, value)
        self._save()

    def _save(self) -> None:
        if self.saving:
            from ...files import SaveError

            before = list(self.selection.keys)
            try:
                stored.save(self.data_dir, self.selection)
            except SaveError as exc:
                self.saving = False
                self.saveFailed.emit(exc)
            else:
                if self.selection.keys != before:  # another window chose or dropped quotes
                    missing = [k for k in self.selection.keys if k not in self._quotes]
                    self._quotes.update((q.key, q) for q in self.content.print_quotes(
                        keys=missing))
                    self.beginResetModel()
                    self.endResetModel()
        self.changed.emit()

    # The Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.selection)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.selection):
            return None
        key = self.selection.keys[index.row()]
        quote = self._quotes.get(key)
        if role == KEY_ROLE:
            return key
        if role == Qt.ItemDataRole.DisplayRole:
            if quote is None:
                return self.tr("Not in this edition of the content: %1").replace("%1", key)
            short = quote.text if len(quote.text) <= SHORT else (
                quote.text[:SHORT - 3].rstrip() + "…")
            who = formatting.speaker(quote.who, quote.cites, quote.unnamed, quote.organisation)
            mark = "⚠ " if quote.sensitive else ""
            return f"{mark}«{short}»\n— {who}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if quote is None:
                return None
            from ..pages.quote import sensitive_note

            note = sensitive_note(quote.sensitive)
            return f"{quote.text}\n\n{note}" if note else quote.text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROWS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(ROWS_MIME, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        """Dragged rows land before ``row`` (or at the end), in their order."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROWS_MIME):
            return False
        try:
            rows = [int(r) for r in bytes(data.data(ROWS_MIME).data()).decode().split(",") if r]
        except ValueError:
            return False
        keys = self.selection.keys
        rows = [r for r in rows if 0 <= r < len(keys)]
        if not rows:
            return False
        target = len(keys) if row < 0 else min(row, len(keys))
        moved = [keys[r] for r in rows]
        before = sum(1 for r in rows if r < target)
        rest = [k for i, k in enumerate(keys) if i not in set(rows)]
        target -= before
        self.beginResetModel()
        keys[:] = rest[:target] + moved + rest[target:]
        self.endResetModel()
        self._save()
        return True

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:
        return False  # a drop has already put the rows in place; nothing to remove after it
