"""What printing needs to know about quotes and brochures, fetched in the order asked for."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .clean import Damage, coerce
from .db import Database

CHUNK = 500
"""Ids or keys per query (SQLite allows a limited number of bound parameters)."""


@dataclass(frozen=True)
class PrintQuote:
    id: int
    key: str
    text: str
    who: str
    source: str
    year: int | None
    year_certain: bool
    publishers: tuple[str, ...]


@dataclass(frozen=True)
class PrintBrochure:
    id: int
    title: str
    url: str
    """The brochure's own address, or (when the sources do not give one) its source's."""


_QUOTES = """
    SELECT q.id, q.key, q.text, q.who, q.source_title, q.year, q.year_certain,
           (SELECT group_concat(p, char(31)) FROM (SELECT DISTINCT s.publisher AS p
            FROM quote_source qs JOIN source s ON s.id = qs.source_id
            WHERE qs.quote_id = q.id))
    FROM quote q WHERE q.{column} IN ({marks})"""


def quotes(db: Database, ids: Sequence[int] = (), keys: Sequence[str] = ()) -> list[PrintQuote]:
    """The quotes with ``ids`` (or ``keys``) in that order; unknown ones are left out."""
    column, wanted = ("id", [i for i in ids if isinstance(i, int) and -(1 << 63) <= i < 1 << 63]
                      ) if ids else ("key", list(keys))
    found: dict[object, PrintQuote] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start:start + CHUNK]
        sql = _QUOTES.format(column=column, marks=",".join("?" * len(chunk)))
        for *values, publishers in db.all(sql, chunk):
            quote = coerce(PrintQuote, values, Damage(), publishers=tuple(
                publishers.split("\x1f")) if isinstance(publishers, str) and publishers else ())
            found[quote.id if column == "id" else quote.key] = quote
    return [found[w] for w in wanted if w in found]


def brochures(db: Database) -> list[PrintBrochure]:
    rows = db.all(
        "SELECT b.id, b.title, coalesce(b.url, (SELECT s.url FROM brochure_source bs "
        " JOIN source s ON s.id = bs.source_id WHERE bs.brochure_id = b.id "
        " AND s.url IS NOT NULL ORDER BY s.id LIMIT 1)) FROM brochure b ORDER BY b.title")
    return [coerce(PrintBrochure, row, Damage()) for row in rows if isinstance(row[2], str)
            and row[2]]
