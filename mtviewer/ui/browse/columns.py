"""A list's columns: widths from their content, where the main text column keeps the
room and no column title is cut short; and the order shown in the header, its arrow
pointing down for newest (or Z) first, up for oldest (or A) first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QProxyStyle, QStyle, QTableView

from ...content.api import Order

_ARROWS: list[QProxyStyle] = []
"""The header style, made once (Qt does not take ownership of a widget's style)."""


class SortArrows(QProxyStyle):
    """Fusion points a header's arrow up for a descending sort on Linux (and down elsewhere):
    here, as in file managers everywhere, down means newest first, up oldest first."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow:
            down = option.sortIndicator == option.SortIndicator.SortUp  # Qt's for descending
            element = (QStyle.PrimitiveElement.PE_IndicatorArrowDown if down
                       else QStyle.PrimitiveElement.PE_IndicatorArrowUp)
        super().drawPrimitive(element, option, painter, widget)


def sort_arrows() -> QProxyStyle:
    if not _ARROWS:
        _ARROWS.append(SortArrows("Fusion"))
    return _ARROWS[0]


def set_up_header(view: QTableView, columns: Sequence, order: Order | None) -> None:
    """The list's header: fixed columns at their starting widths, the main one stretched,
    clicking a title sorts (dates and years newest first, the rest A to Z)."""
    header = view.horizontalHeader()
    header.setSectionsMovable(False)
    header.setHighlightSections(False)
    header.setStyle(sort_arrows())
    char = view.fontMetrics().averageCharWidth()
    for column, spec in enumerate(columns):
        if spec.width:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(spec.width * char, header.sectionSizeHint(column)))
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    show_order(header, columns, order)
    view.setSortingEnabled(True)


def show_order(header: QHeaderView, columns: Sequence, order: Order | None) -> None:
    """Show ``order`` (sort key, descending), or None for relevance, in the header without
    asking the model to sort again."""
    header.blockSignals(True)
    if order is None:
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    else:
        column = next((i for i, c in enumerate(columns) if c.sort_key == order[0]), -1)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if order[1]
                                else Qt.SortOrder.AscendingOrder)
    header.blockSignals(False)


SAMPLE = 64
"""Rows measured for a column's width: the first of the list as it is first shown (one
batch of rows read, a screenful and more)."""
MAIN_CHARS, MAIN = 30, 0.4
"""The main text column keeps at least this many average characters, or share of the list."""
PADDING_CHARS = 3
"""Room beside a cell's text, in average characters (margins, and a little air)."""


def content_widths(view: QTableView, model, columns: Sequence) -> dict[int, int]:
    """Each fixed column's width from its content: the widest of its first ``SAMPLE`` cells
    (or its title), at most its declared ``spec.width`` characters; {} with no rows yet."""
    rows = min(model.rowCount(), SAMPLE)
    if not rows:
        return {}
    metrics = view.fontMetrics()
    char = metrics.averageCharWidth()
    texts: dict[int, set[str]] = {i: set() for i, spec in enumerate(columns) if spec.width}
    for row in range(rows):
        cells = model.cells(row)
        if cells is not None:
            for column, seen in texts.items():
                seen.add(cells[0][column])
    header = view.horizontalHeader()
    return {column: max(header.sectionSizeFromContents(column).width(), min(
        columns[column].width * char,
        max((metrics.horizontalAdvance(t) for t in seen), default=0) + PADDING_CHARS * char))
        for column, seen in texts.items()}


def dropped(columns: Sequence, widths: dict[int, int], width: int, main: int) -> set[int]:
    """The columns to hide (``spec.drop``, 1 first) so the rest fit ``width`` at the widths
    they want with ``main`` pixels left for the main text."""
    hidden: set[int] = set()
    for column in sorted((i for i, s in enumerate(columns) if s.drop),
                         key=lambda i: columns[i].drop):
        if sum(w for i, w in widths.items() if i not in hidden) + main <= width:
            break
        hidden.add(column)
    return hidden


def fit_columns(view: QTableView, columns: Sequence, width: int,
                natural: dict[int, int] | None = None) -> None:
    """Size the fixed columns (``natural`` pixels each, from their content; else
    ``spec.width`` average characters) for a list ``width`` pixels wide: at least 40 % of a
    narrow list stays for the main text column, and no column is narrower than its title.
    A list too narrow even for the main column's title scrolls sideways instead of cutting
    it."""
    header = view.horizontalHeader()
    char = view.fontMetrics().averageCharWidth()
    fixed = [(i, (natural or {}).get(i, spec.width * char)) for i, spec in enumerate(columns)
             if spec.width]
    hidden = dropped(columns, dict(fixed), width, max(MAIN_CHARS * char, int(width * MAIN)))
    for column in range(header.count()):
        if header.isSectionHidden(column) != (column in hidden):
            header.setSectionHidden(column, column in hidden)
    fixed = [(i, w) for i, w in fixed if i not in hidden]
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

