"""What printing needs to know about quotes, fetched in the order they were chosen."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine


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


def quotes_by_id(engine: Engine, ids: Sequence[int]) -> list[PrintQuote]:
    """The quotes with ``ids`` in that order; unknown ids are left out."""
    found = _fetch(engine, "q.id", list(ids))
    return [found[i] for i in ids if i in found]


def quotes_by_key(engine: Engine, keys: Sequence[str]) -> list[PrintQuote]:
    found = {q.key: q for q in _fetch(engine, "q.key", list(keys)).values()}
    return [found[k] for k in keys if k in found]


def _fetch(engine: Engine, column: str, values: list) -> dict[int, PrintQuote]:
    result: dict[int, PrintQuote] = {}
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        for start in range(0, len(values), 500):
            chunk = values[start:start + 500]
            rows = raw.execute(
                "SELECT q.id, q.key, q.text, q.who, q.source_title, q.year, q.year_certain, "
                "(SELECT group_concat(p, char(31)) FROM (SELECT DISTINCT s.publisher AS p "
                " FROM quote_source qs JOIN source s ON s.id = qs.source_id "
                " WHERE qs.quote_id = q.id)) "
                f"FROM quote q WHERE {column} IN ({','.join('?' * len(chunk))})", chunk)
            for qid, key, text, who, source, year, certain, publishers in rows:
                result[qid] = PrintQuote(qid, key, text, who, source, year, bool(certain),
                                         tuple(publishers.split("\x1f")) if publishers
                                         else ())
    return result


def brochures(engine: Engine) -> list[PrintBrochure]:
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        rows = raw.execute(
            "SELECT b.id, b.title, coalesce(b.url, (SELECT s.url FROM brochure_source bs "
            " JOIN source s ON s.id = bs.source_id WHERE bs.brochure_id = b.id "
            " AND s.url IS NOT NULL ORDER BY s.id LIMIT 1)) FROM brochure b ORDER BY b.title")
        return [PrintBrochure(i, t, u) for i, t, u in rows if u]
