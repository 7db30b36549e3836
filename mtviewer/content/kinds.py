"""The kinds of record, each declared once: its table, list row, sort keys and search range.

Everything else on the read side derives from this table; the window's own registry
(``mtviewer.ui.kinds``) adds titles, columns and page renderers on top of it.
"""

from __future__ import annotations

from collections import namedtuple
from dataclasses import dataclass
from functools import cache

TEXT, OPTIONAL, NUMBER, FLAG = "text", "optional text", "number", "flag"
EVENT_ROW = {"id": NUMBER, "name": TEXT, "date_year": NUMBER, "date_month": NUMBER,
             "date_day": NUMBER, "date_year_certain": FLAG, "venue": OPTIONAL, "city": OPTIONAL}
QUOTE_ROW = {"id": NUMBER, "key": TEXT, "text": TEXT, "who": TEXT, "cites": OPTIONAL,
             "source_title": TEXT, "year": NUMBER, "year_certain": FLAG, "said_at": OPTIONAL}
GUIDELINE_ROW = {"id": NUMBER, "name": TEXT, "short_name": TEXT, "identifier": OPTIONAL,
                 "year": NUMBER, "strength": OPTIONAL}
TOPIC_ROW = {"id": NUMBER, "key": TEXT, "title": TEXT, "summary": OPTIONAL}
BROCHURE_ROW = {"id": NUMBER, "key": TEXT, "title": TEXT, "audience": TEXT, "url": OPTIONAL}
PERSON_ROW = {"id": NUMBER, "name": TEXT, "role": OPTIONAL}
ORGANISATION_ROW = {"id": NUMBER, "name": TEXT, "short_name": OPTIONAL}
REPORT_ROW = {"id": NUMBER, "title": TEXT, "status": TEXT, "year": NUMBER}


@dataclass(frozen=True)
class Kind:
    """One kind of record as the read side sees it."""

    name: str
    table: str
    row: dict[str, str] | None = None
    """The columns of a list row and how each is read (the first is the id); None for kinds
    only shown as pages."""
    sort_keys: dict[str, tuple[str, ...]] | None = None
    """Column key → the table columns it sorts by (ties are broken by id)."""
    default_sort: str = ""
    default_descending: bool = False
    newest: str = "id"
    """The column that puts the newest records first among equally good search hits."""
    number: int = 0
    """Search index rows of this kind have ids ``number << 32 | record id``; 0: not indexed."""

    @property
    def listed(self) -> bool:
        return self.row is not None


KINDS: dict[str, Kind] = {kind.name: kind for kind in (
    Kind("topic", "topic", TOPIC_ROW, {"order": ("id",), "title": ("title",)}, "order",
         newest="id", number=8),  # the knowledge pages, in the order they are written
    Kind("event", "event", EVENT_ROW,
         {"name": ("name",), "date": ("sort_date",), "place": ("city", "venue")},
         "date", default_descending=True,  # upcoming events first, then the past, newest first
         newest="sort_date", number=1),
    Kind("quote", "quote", QUOTE_ROW,
         {"text": ("text",), "who": ("who", "cites"), "source": ("source_title",),
          "year": ("year",), "said_at": ("said_at",)},
         "year", newest="year", number=2),
    Kind("guideline", "guideline", GUIDELINE_ROW,
         {"name": ("name",), "identifier": ("identifier",), "year": ("year",),
          "strength": ("strength",)},
         "year", newest="year", number=3),
    Kind("brochure", "brochure", BROCHURE_ROW,
         {"title": ("title",), "audience": ("audience",)}, "title", number=4),
    Kind("person", "person", PERSON_ROW, {"name": ("name",), "role": ("role",)}, "name",
         number=5),
    Kind("organisation", "organisation", ORGANISATION_ROW,
         {"name": ("name",), "short_name": ("short_name",)}, "name", number=6),
    Kind("report", "report", REPORT_ROW,
         {"title": ("title",), "status": ("status",), "year": ("year",)}, "title",
         newest="year", number=7),
)}

LISTED = tuple(name for name, kind in KINDS.items() if kind.listed)
"""The kinds that have a list and a search (the window's tabs)."""


@cache
def row_type(kind: str) -> type:
    """A list row of ``kind`` as a named tuple (made when the kind is first listed); its last
    field says whether a value had to be repaired."""
    fields = KINDS[kind].row
    assert fields is not None
    return namedtuple(f"{kind.capitalize()}Row", [*fields, "damaged"])


def order_sql(kind: Kind, sort: str, descending: bool, alias: str = "t") -> str:
    """ORDER BY terms for sorting ``kind`` by the column key ``sort`` (ties by id)."""
    assert kind.sort_keys is not None
    direction = "DESC" if descending else "ASC"
    return ", ".join([f"{alias}.{column} {direction}" for column in kind.sort_keys[sort]]
                     + [f"{alias}.id {direction}"])


def rowid_range(kind: Kind) -> tuple[int, int]:
    """The search index rows of ``kind``: ``number << 32`` up to ``number << 32 | 0xFFFFFFFF``."""
    return kind.number << 32, kind.number << 32 | 0xFFFFFFFF
