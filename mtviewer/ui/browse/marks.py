"""Where a list cell's search matches show: the text the cell shows and each match in it.

Loaded at the first cell with a match, so starting the window pays nothing for it. The cell
painter (``cells.CellPainter``) works this out once per cell and search and draws the
matches over the text on every paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from .record_model import CELL_CHARS, Spans

Pieces = tuple[tuple[int, int, str], ...]
"""Each visible match in a cell: x offset, width, its text."""

LEAD = 24
"""Characters of context kept before a match that would otherwise be cut off."""
ELIDE = Qt.TextElideMode.ElideRight


def measure(full: str, spans: Spans, metrics: QFontMetrics, width: int,
            fitting: Callable[[str, int], str]) -> tuple[str, Pieces]:
    """The text a cell of ``width`` pixels shows, elided (starting near the first match when
    that would be cut off), and where each match in it lies. ``fitting(text, width)`` cuts a
    text to what could be seen in ``width``."""
    lead = min(LEAD, width // max(1, 3 * metrics.averageCharWidth()))

    def shown_from(start: int) -> tuple[str, str, int]:
        source = fitting(("…" if start else "") + full[start:start + CELL_CHARS], width)
        return source, metrics.elidedText(source, ELIDE, width), start - (1 if start else 0)

    start = 0
    if spans[0][1] > CELL_CHARS // 2:  # show the text around a match that comes late
        start = _snippet_start(full, spans[0][0], lead)
    source, shown, offset = shown_from(start)
    if start == 0 and spans[0][1] > _visible(source, shown):  # cut off by the width
        start = _name_start(full, spans[0][0])  # the whole name, when it fits
        source, shown, offset = shown_from(start)
        if start == 0 or spans[0][1] - offset > _visible(source, shown):
            start = _snippet_start(full, spans[0][0], lead)
            source, shown, offset = shown_from(start)
    visible = _visible(source, shown)
    pieces = []
    for first, end in spans:
        first, end = max(first - offset, 1 if start else 0), min(end - offset, visible)
        if first < end:
            x = metrics.horizontalAdvance(shown[:first])
            pieces.append((x, metrics.horizontalAdvance(shown[:end]) - x, shown[first:end]))
    return shown, tuple(pieces)


def _visible(source: str, shown: str) -> int:
    """How many characters of ``source`` the cell shows (eliding ends it with "…")."""
    return len(shown) - 1 if shown != source else len(shown)


def _name_start(text: str, match: int) -> int:
    """Where the name or phrase holding the match at ``match`` begins: after the last comma,
    semicolon or bracket before it ("Tjenestebruker, Kjersti Toppe" → "Kjersti Toppe")."""
    return max(text.rfind(mark, 0, match) + len(mark) for mark in (", ", "; ", "(", " – "))


def _snippet_start(text: str, match: int, lead: int) -> int:
    """Where to start showing ``text`` so the match at ``match`` comes early: just after the
    last space within ``lead`` characters before it."""
    space = text.rfind(" ", max(0, match - lead), match)
    return space + 1 if space >= 0 else max(0, match - lead)
