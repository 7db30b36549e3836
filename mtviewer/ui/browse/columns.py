"""A list's columns: their widths (the main text column keeps room, no column title is cut
short) and the order the header shows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from ...content.api import Order


def fit_columns(view: QTableView, columns: Sequence, width: int) -> None:
    """Size the fixed columns (``spec.width`` average characters each) for a list ``width``
    pixels wide: at least 40 % of a narrow list stays for the main text column, and no
    column is narrower than its title. A list too narrow even for the main column's title
    scrolls sideways instead of cutting it."""
    header = view.horizontalHeader()
    char = view.fontMetrics().averageCharWidth()
    fixed = [(i, spec.width * char) for i, spec in enumerate(columns) if spec.width]
    wanted = sum(w for _, w in fixed)
    scale = min(1.0, 0.6 * width / wanted) if wanted else 1.0
    titles = [header.sectionSizeFromContents(c).width() for c in range(header.count())]
    sizes = {c: max(int(natural * scale), 4 * char, titles[c]) for c, natural in fixed}
    for column, size in sizes.items():
        header.resizeSection(column, size)
    scroll_bar = view.verticalScrollBar().sizeHint().width()
    room = width - 2 * view.frameWidth() - scroll_bar - sum(sizes.values())
    for column, spec in enumerate(columns):
        if not spec.width:
            tight = room < titles[column]
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive if tight
                                        else QHeaderView.ResizeMode.Stretch)
            if tight:
                header.resizeSection(column, titles[column])


def set_up_header(view: QTableView, columns: Sequence, char: int) -> None:
    """The columns' own layout: fixed ones ``spec.width`` average characters wide (``char``
    pixels each), the main one taking the rest."""
    header = view.horizontalHeader()
    header.setSectionsMovable(False)
    header.setHighlightSections(False)
    for column, spec in enumerate(columns):
        if spec.width:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(spec.width * char, header.sectionSizeHint(column)))
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def show_order(view: QTableView, columns: Sequence, order: Order | None) -> None:
    """Show ``order`` in the header without asking the model to sort again (Anki's
    ``_set_sort_indicator``): signals blocked while the indicator moves."""
    header = view.horizontalHeader()
    header.blockSignals(True)
    if order is None:
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    else:
        column = next((i for i, c in enumerate(columns) if c.sort_key == order[0]), -1)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if order[1]
                                else Qt.SortOrder.AscendingOrder)
    header.blockSignals(False)
