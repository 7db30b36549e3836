"""The columns each tab's list shows, declared in one place per kind."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .. import formatting
from .offline_copies import offline_label


@dataclass(frozen=True)
class ColumnSpec:
    header: str
    """Untranslated header; shown through QCoreApplication.translate('Columns', ...)."""
    sort_key: str
    display: Callable[[Any], str]
    width: int = 0
    """Starting width in average characters; 0 means the column takes the spare room."""
    searched: bool = True
    """Whether search matches are marked in this column (not in dates, years, audiences)."""

    def title(self) -> str:
        return QCoreApplication.translate("Columns", self.header)


def _one_line(text: str) -> str:
    return " ".join(text.split())


COLUMNS: dict[str, tuple[ColumnSpec, ...]] = {
    "event": (
        ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Name"), "name", lambda r: r.name),
        ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Date"), "date",
                   lambda r: formatting.partial_date(r.date_year, r.date_month, r.date_day,
                                                     r.date_year_certain), 28, False),
        ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Place"), "place",
                   lambda r: formatting.place(r.venue, r.city), 28),
        ColumnSpec(QT_TRANSLATE_NOOP("Columns", "When"), "date",
                   lambda r: formatting.when(r.date_year, r.date_month, r.date_day), 12, False),
    ),
    "quote": (
        ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Quote"), "text",
                   lambda r: _one_line(r.text)),
        ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Who"), "who", lambda r: r.who, 20),
        ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Source"), "source", lambda r: r.source_title,
                   22),
        ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Year"), "year",
                   lambda r: formatting.year_text(r.year, r.year_certain), 20, False),
    ),
    "guideline": (
        ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Name"), "name", lambda r: r.name),
        ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Identifier"), "identifier",
                   lambda r: r.identifier or "", 12),
        ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Year"), "year",
                   lambda r: formatting.year_text(r.year), 8, False),
    ),
    "brochure": (
        ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Title"), "title", lambda r: r.title),
        ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Audience"), "audience",
                   lambda r: formatting.audience(r.audience), 32, False),
        ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Offline copy"), "title",
                   lambda r: offline_label(r.key), 14, False),
    ),
}
