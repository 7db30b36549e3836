"""What each tab lists: ids in sort order first, then the few rows on screen.

Following Anki's browser, a list costs one query for its ids; rows are fetched by id in
small batches when the view asks for them, so a million quotes open as fast as ten.
"""

from __future__ import annotations

from array import array
from collections import namedtuple
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.sql.elements import ColumnElement

from . import models as m


@dataclass(frozen=True)
class Listing:
    """One kind's list: the model, the fields a row carries, and how each column sorts."""

    model: type[m.Base]
    fields: tuple[ColumnElement, ...]
    sort_keys: dict[str, tuple[ColumnElement, ...]]
    default_sort: str
    default_descending: bool = False


LISTINGS: dict[str, Listing] = {
    "quote": Listing(
        m.Quote,
        (m.Quote.id, m.Quote.text, m.Quote.who, m.Quote.source_title, m.Quote.year,
         m.Quote.year_certain),
        {"text": (m.Quote.text,), "who": (m.Quote.who,), "source": (m.Quote.source_title,),
         "year": (m.Quote.year,)},
        "year",
    ),
    "event": Listing(
        m.Event,
        (m.Event.id, m.Event.name, m.Event.date_year, m.Event.date_month, m.Event.date_day,
         m.Event.date_year_certain, m.Event.venue, m.Event.city),
        {"name": (m.Event.name,), "date": (m.Event.sort_date,),
         "place": (m.Event.city, m.Event.venue)},
        "date", default_descending=True,  # upcoming events first, then the past, newest first
    ),
    "guideline": Listing(
        m.Guideline,
        (m.Guideline.id, m.Guideline.name, m.Guideline.short_name, m.Guideline.identifier,
         m.Guideline.year),
        {"name": (m.Guideline.name,), "identifier": (m.Guideline.identifier,),
         "year": (m.Guideline.year,)},
        "year",
    ),
    "brochure": Listing(
        m.Brochure,
        (m.Brochure.id, m.Brochure.title, m.Brochure.audience, m.Brochure.url, m.Brochure.key),
        {"title": (m.Brochure.title,), "audience": (m.Brochure.audience,)},
        "title",
    ),
}


def list_ids(engine: Engine, kind: str, sort: str | None = None,
             descending: bool = False) -> array:
    """All ids of ``kind`` ordered by the column ``sort`` (ties by id)."""
    listing = LISTINGS[kind]
    order = order_sql(kind, sort or listing.default_sort, descending)
    table = listing.model.__tablename__
    with engine.connect() as conn:  # plain driver rows: this reads every id of the kind
        raw = conn.connection.driver_connection
        return array("q", (row[0] for row in raw.execute(
            f"SELECT t.id FROM {table} t ORDER BY {order}")))


def order_sql(kind: str, sort: str, descending: bool = False, alias: str = "t") -> str:
    """The ORDER BY terms of ``list_ids`` as SQL, for queries that join other tables."""
    direction = "DESC" if descending else "ASC"
    keys = LISTINGS[kind].sort_keys[sort]
    return ", ".join([f"{alias}.{k.key} {direction}" for k in keys] + [f"{alias}.id {direction}"])


def fetch_rows(engine: Engine, kind: str, ids: Sequence[int]) -> dict[int, Any]:
    """The list fields of the records with ``ids``, by id (rows with named fields)."""
    sql, row_type = _fetch_sql(kind)
    ids = list(ids)
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        rows = raw.execute(sql.format(marks=",".join("?" * len(ids))), ids)
        return {row[0]: row_type._make(row) for row in rows}


@cache
def _fetch_sql(kind: str) -> tuple[str, type]:
    """Plain SQL for fetch_rows (run on the driver: it is on every scroll's path)."""
    listing = LISTINGS[kind]
    names = [f.key for f in listing.fields]
    table = listing.model.__tablename__
    sql = f"SELECT {', '.join(names)} FROM {table} WHERE id IN ({{marks}})"
    return sql, namedtuple(f"{kind.capitalize()}Row", names)


def count(engine: Engine, kind: str) -> int:
    model = LISTINGS[kind].model
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()

