"""A list's column widths: the main text column keeps room, no column title is cut short."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHeaderView, QTableView


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
