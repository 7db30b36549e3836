"""The kinds of record, each declared once: its table, list row, sort keys and search range.

Everything else on the read side derives from this table; the window's own registry
(``mtviewer.ui.kinds``) adds titles, columns and page renderers on top of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple


class EventRow(NamedTuple):
    id: int
    name: str
    date_year: int | None
    date_month: int | None
    date_day: int | None
    date_year_certain: bool
    date_last_day: int | None
    venue: str | None
    city: str | None
    status: str | None
    status_year: int | None
    damaged: bool = False


class QuoteRow(NamedTuple):
    id: int
    key: str
    text: str
    who: str
    unnamed: str | None
    who_organisation: str | None
    cites: str | None
    source_title: str
    year: int | None
    year_certain: bool
    said_at: str | None
    damaged: bool = False


class GuidelineRow(NamedTuple):
    id: int
    name: str
    short_name: str
    identifier: str | None
    year: int | None
    strength: str | None
    damaged: bool = False


class TopicRow(NamedTuple):
    id: int
    key: str
    title: str
    summary: str | None
    damaged: bool = False


class BrochureRow(NamedTuple):
    id: int
    key: str
    title: str
    title_from: str | None
    audience: str
    url: str | None
    damaged: bool = False


class PersonRow(NamedTuple):
    id: int
    name: str
    role: str | None
    role_year: int | None
    role_until: int | None
    role_year_certain: bool
    damaged: bool = False


class OrganisationRow(NamedTuple):
    id: int
    name: str
    short_name: str | None
    damaged: bool = False


class ReportRow(NamedTuple):
    id: int
    title: str
    title_from: str | None
    form: str | None
    status: str
    status_year: int | None
    year: int | None
    year_certain: bool
    damaged: bool = False


class ResearchRow(NamedTuple):
    id: int
    title: str
    title_from: str | None
    authors: str
    design: str
    studies: int | None
    study_unit: str
    participants: int | None
    year: int
    damaged: bool = False


@dataclass(frozen=True)
class Kind:
    """One kind of record as the read side sees it."""

    name: str
    table: str
    row: type[Any] | None = None
    """A list row (a NamedTuple): its fields are the columns read for the list, by name, each
    read by its type; its last field says whether a value had to be repaired. None for kinds
    only shown as pages."""
    sort_keys: dict[str, tuple[str, ...]] | None = None
    """Column key → the table columns it sorts by (ties are broken by id)."""
    default_sort: str = ""
    newest: str = "id"
    """The column that puts the newest records first among equally good search hits."""
    number: int = 0
    """Search index rows of this kind have ids ``number << 32 | record id``; 0: not indexed."""

    @property
    def default_descending(self) -> bool:
        """One rule for every list: by date or year newest first (``DATED``), else A to Z."""
        return self.default_sort in DATED

    @property
    def listed(self) -> bool:
        return self.row is not None


KINDS: dict[str, Kind] = {kind.name: kind for kind in (
    Kind("topic", "topic", TopicRow, {"order": ("id",), "title": ("title",)}, "order",
         newest="id", number=8),  # the knowledge pages, in the order they are written
    Kind("event", "event", EventRow,
         {"name": ("name",), "date": ("sort_date",), "place": ("city", "venue")},
         "date",  # upcoming events first, then the past, newest first
         newest="sort_date", number=1),
    Kind("quote", "quote", QuoteRow,
         {"text": ("text",), "who": ("who", "cites"), "source": ("source_title",),
          "year": ("year",), "said_at": ("said_at",)},
         "year", newest="year", number=2),
    Kind("guideline", "guideline", GuidelineRow,
         {"name": ("name",), "identifier": ("identifier",), "year": ("year",),
          "strength": ("strength",)},
         "year", newest="year", number=3),
    Kind("brochure", "brochure", BrochureRow,
         {"title": ("title",), "audience": ("audience",)}, "title", number=4),
    Kind("person", "person", PersonRow, {"name": ("name",), "role": ("role",)}, "name",
         number=5),
    Kind("organisation", "organisation", OrganisationRow,
         {"name": ("name",), "short_name": ("short_name",)}, "name", number=6),
    Kind("report", "report", ReportRow,
         {"title": ("title",), "form": ("form", "title"), "status": ("status",),
          "year": ("year",)}, "year", newest="year", number=7),
    Kind("research", "research", ResearchRow,
         {"title": ("title",), "design": ("design", "year"), "size": ("size",),
          "year": ("year",)}, "year", newest="year", number=9),
)}

DATED = frozenset({"date", "year"})
"""Sort keys that order by time: newest first, by default and at a first click."""

LISTED = tuple(name for name, kind in KINDS.items() if kind.listed)
"""The kinds that have a list and a search (the window's tabs)."""


def order_sql(kind: Kind, sort: str, descending: bool, alias: str = "t") -> str:
    """ORDER BY terms for sorting ``kind`` by the column key ``sort`` (ties by id)."""
    assert kind.sort_keys is not None
    direction = "DESC" if descending else "ASC"
    return ", ".join([f"{alias}.{column} {direction}" for column in kind.sort_keys[sort]]
                     + [f"{alias}.id {direction}"])


def rowid_range(kind: Kind) -> tuple[int, int]:
    """The search index rows of ``kind``: ``number << 32`` up to ``number << 32 | 0xFFFFFFFF``."""
    return kind.number << 32, kind.number << 32 | 0xFFFFFFFF
