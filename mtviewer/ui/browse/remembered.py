"""A tab's remembered layout, its list's columns and the split between list and details,
restored only where it still makes sense: settings files can hold anything.

A state that would hide the list (a collapsed side, columns hidden or absurdly wide, a
state for other columns) is put back to the tab's own layout rather than restored.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QDataStream
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView

from ...settings import TAB_HEADER, TAB_SPLITTER, Settings

SMALLEST_SHARE = 0.12
"""Neither the list nor the details may be restored to less of the tab than this."""
SPLITTER_MARKER = 0xFF
WIDEST_COLUMN = 8_000
"""Pixels; a wider remembered column is a damaged state, not a choice."""


def save(settings: Settings, kind: str, splitter: QSplitter, view: QTableView) -> None:
    """The split and the columns; columns hidden for want of room are saved as shown (the
    list hides them again where it is still narrow)."""
    settings.set(TAB_SPLITTER, splitter.saveState(), kind=kind)
    header = view.horizontalHeader()
    hidden = [i for i in range(header.count()) if header.isSectionHidden(i)]
    for column in hidden:
        header.showSection(column)
    settings.set(TAB_HEADER, header.saveState(), kind=kind)
    for column in hidden:
        header.hideSection(column)


def restore_splitter(settings: Settings, kind: str, splitter: QSplitter) -> None:
    """The remembered split, unless it would leave either side almost nothing (the state's
    sizes are read before it is restored: a splitter not yet laid out has no sizes to check
    afterwards)."""
    state = settings.get(TAB_SPLITTER, kind=kind)
    sizes = splitter_sizes(state)
    total = sum(sizes)
    if len(sizes) == 2 and total > 0 and min(sizes) >= total * SMALLEST_SHARE:
        splitter.restoreState(state)


def splitter_sizes(state: QByteArray) -> list[int]:
    """The sizes a ``QSplitter.saveState`` holds ([] when it is not one): a marker, a
    version, then the list of sizes."""
    stream = QDataStream(state)
    marker, version = stream.readInt32(), stream.readInt32()
    count = stream.readInt32()
    if marker != SPLITTER_MARKER or version != 1 or not 0 < count <= 16:
        return []
    sizes = [stream.readInt32() for _ in range(count)]
    return sizes if stream.status() == QDataStream.Status.Ok else []


def restore_header(settings: Settings, kind: str, view: QTableView, columns: int,
                   set_up: Callable[[], None]) -> bool:
    """The remembered column widths and order; False (and the tab's own layout, through
    ``set_up``) when the state is missing, for other columns, or would hide the list."""
    state = settings.get(TAB_HEADER, kind=kind)
    header = view.horizontalHeader()
    if state.isEmpty() or not header.restoreState(state):
        return False
    if header.count() != columns or any(
            header.isSectionHidden(i) or not 0 < header.sectionSize(i) <= WIDEST_COLUMN
            or header.sectionResizeMode(i) not in (QHeaderView.ResizeMode.Interactive,
                                                   QHeaderView.ResizeMode.Stretch)
            for i in range(header.count())):
        for i in range(header.count()):
            header.showSection(i)
        set_up()
        return False
    return True
