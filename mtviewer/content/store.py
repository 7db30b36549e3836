"""The content library in a local SQLite file: :class:`~mtviewer.content.api.Content` over
the standard library's ``sqlite3``."""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from . import printable
from .api import About, Hits, Order, Prepared
from .db import Database, open_database
from .kinds import KINDS, Kind, Row, order_sql
from .pages import Page, PageReader
from .printable import PrintBrochure, PrintQuote
from .query import parse
from .search import PAGE, RANK_LIMIT, Compiled, Searcher

PREPARED_CACHE = 32
ABOUT_KINDS = ("event", "quote", "guideline", "brochure", "report", "person", "organisation")


def open_content(path: Path | str) -> SqliteContent:
    """Open and check a content database file; DatabaseError says why it cannot be shown."""
    return SqliteContent(open_database(path))


class SqliteContent:
    """One content database file, opened read-only."""

    def __init__(self, db: Database):
        self.db = db
        self.location = db.path
        self._searcher = Searcher(db)
        self._pages = PageReader(db)
        self._prepared: OrderedDict[str, Prepared] = OrderedDict()
        self._totals: dict[str, int] = {}

    def close(self) -> None:
        self.db.close()

    # Lists

    def total(self, kind: str) -> int:
        if kind not in self._totals:
            self._totals[kind] = self.db.scalar(f"SELECT count(*) FROM {KINDS[kind].table}")
        return self._totals[kind]

    def ids(self, kind: str, order: Order | None = None) -> array:
        spec = KINDS[kind]
        sort, descending = order or (spec.default_sort, spec.default_descending)
        ids = self.db.ids(f"SELECT t.id FROM {spec.table} t ORDER BY "
                          f"{order_sql(spec, sort, descending)}")
        self._totals[kind] = len(ids)
        return ids

    def rows(self, kind: str, ids: Sequence[int]) -> dict[int, Row]:
        sql, make = _row_sql(kind)
        found: dict[int, Row] = {}
        ids = list(ids)
        for start in range(0, len(ids), printable.CHUNK):
            chunk = ids[start:start + printable.CHUNK]
            for row in self.db.all(sql.format(marks=",".join("?" * len(chunk))), chunk):
                found[row[0]] = make(row)
        return found

    # Search

    def prepare(self, text: str) -> Prepared:
        cached = self._prepared.get(text)
        if cached is not None:
            self._prepared.move_to_end(text)
            return cached
        query = parse(text)
        empty = query.is_empty()
        compiled = None if empty else self._searcher.compile(query)
        prepared = Prepared(text, tuple(query.highlight_needles()), empty, (query, compiled))
        self._prepared[text] = prepared
        if len(self._prepared) > PREPARED_CACHE:
            self._prepared.popitem(last=False)
        return prepared

    def search(self, kind: str, prepared: Prepared, order: Order | None = None) -> Hits:
        spec = KINDS[kind]
        query, compiled = prepared.plan  # type: ignore[misc]
        if compiled is None:
            ids = self.ids(kind, order)
            return Hits(ids, True, len(ids))
        if compiled.impossible:
            return Hits(array("q"), True, 0, self._searcher.suggestion(query))
        if order is not None:
            ids = self._searcher.sorted(spec, compiled, *order)
        elif compiled.match is None:
            ids = self._searcher.without(spec, compiled)
        elif compiled.bound <= RANK_LIMIT or self.total(kind) <= RANK_LIMIT:
            ids = self._searcher.ranked(spec, compiled)
        else:
            probe = self._searcher.page(spec, compiled, None, RANK_LIMIT + 1)
            if len(probe) > RANK_LIMIT:
                return Hits(probe[:PAGE], False, None)
            ids = self._searcher.ranked(spec, compiled)  # the words' counts promised more
        hint = self._searcher.suggestion(query) if not ids else None
        return Hits(ids, True, len(ids), hint)

    def more(self, kind: str, prepared: Prepared, after: int, limit: int) -> array:
        compiled = _compiled(prepared)
        if compiled is None or compiled.match is None:
            return array("q")
        return self._searcher.page(KINDS[kind], compiled, after, limit)

    def count(self, kind: str, prepared: Prepared) -> int:
        compiled = _compiled(prepared)
        if compiled is None:
            return self.total(kind)
        return self._searcher.count(KINDS[kind], compiled)

    def counts(self, prepared: Prepared) -> dict[str, int]:
        compiled = _compiled(prepared)
        if compiled is None:
            return {kind: self.total(kind) for kind in KINDS if KINDS[kind].listed}
        return self._searcher.counts(compiled)

    # Pages, printing, About

    def page(self, kind: str, record_id: int) -> Page | None:
        return self._pages.page(kind, record_id)

    def print_quotes(self, *, ids: Sequence[int] = (),
                     keys: Sequence[str] = ()) -> list[PrintQuote]:
        return printable.quotes(self.db, ids, keys)

    def brochures(self) -> list[PrintBrochure]:
        return printable.brochures(self.db)

    def about(self) -> About:
        counts = {kind: self.total(kind) for kind in ABOUT_KINDS}
        sources = self.db.all("SELECT title, publisher FROM source ORDER BY publisher, title "
                              "LIMIT 50")
        more = max(0, self.db.scalar("SELECT count(*) FROM source") - len(sources))
        digest = self.db.scalar("SELECT value FROM meta WHERE key = 'content_digest'")
        edition = self.db.scalar("SELECT value FROM meta WHERE key = 'content_date'")
        return About(counts, digest or "", edition, [tuple(s) for s in sources], more)


def _compiled(prepared: Prepared) -> Compiled | None:
    return prepared.plan[1]  # type: ignore[index]


@cache
def _row_sql(kind: str) -> tuple[str, type]:
    spec: Kind = KINDS[kind]
    assert spec.row is not None
    row_type = spec.row
    columns = ", ".join(row_type._fields)
    return f"SELECT {columns} FROM {spec.table} WHERE id IN ({{marks}})", row_type._make
