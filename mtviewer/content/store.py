"""The content library in a local SQLite file: :class:`~mtviewer.content.api.Content` over
the standard library's ``sqlite3``."""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .api import PAGE, RANK_LIMIT, About, Hits, Order, Prepared
from .db import Database, open_database
from .kinds import KINDS, order_sql, row_type

if TYPE_CHECKING:  # searching, pages and printing load when first used
    from .pages import Page, PageReader
    from .printable import PrintBrochure, PrintQuote
    from .search import Compiled, Searcher

PREPARED_CACHE = 32
CHUNK = 500
"""Ids per query (SQLite allows a limited number of bound parameters)."""
ABOUT_KINDS = ("event", "quote", "guideline", "brochure", "report", "person", "organisation")


def open_content(path: Path | str) -> SqliteContent:
    """Open and check a content database file; DatabaseError says why it cannot be shown."""
    return SqliteContent(open_database(path))


class SqliteContent:
    """One content database file, opened read-only."""

    def __init__(self, db: Database):
        self.db = db
        self.location = db.path
        self._search: Searcher | None = None
        self._page_reader: PageReader | None = None
        self._prepared: OrderedDict[str, Prepared] = OrderedDict()
        self._totals: dict[str, int] = {}

    def close(self) -> None:
        self.db.close()

    @property
    def _searcher(self) -> Searcher:
        if self._search is None:
            from .search import Searcher

            self._search = Searcher(self.db)
        return self._search

    # Lists

    def total(self, kind: str) -> int:
        if kind not in self._totals:
            self._totals[kind] = self.db.scalar(f"SELECT count(*) FROM {KINDS[kind].table}")
        return self._totals[kind]

    def ids(self, kind: str, order: Order | None = None, limit: int | None = None) -> array:
        spec = KINDS[kind]
        sort, descending = order or (spec.default_sort, spec.default_descending)
        sql = f"SELECT t.id FROM {spec.table} t ORDER BY {order_sql(spec, sort, descending)}"
        if limit is not None:
            return self.db.ids(sql + " LIMIT ?", (limit,))
        ids = self.db.ids(sql)
        self._totals[kind] = len(ids)
        return ids

    def rows(self, kind: str, ids: Sequence[int]) -> dict[int, Any]:
        make = row_type(kind)._make
        sql = (f"SELECT {', '.join(KINDS[kind].row or ())} FROM {KINDS[kind].table} "
               "WHERE id IN ({marks})")
        found: dict[int, Any] = {}
        ids = list(ids)
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            for row in self.db.all(sql.format(marks=",".join("?" * len(chunk))), chunk):
                found[row[0]] = make(row)
        return found

    # Search

    def prepare(self, text: str) -> Prepared:
        cached = self._prepared.get(text)
        if cached is not None:
            self._prepared.move_to_end(text)
            return cached
        from .query import parse

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
        if self._page_reader is None:
            from .pages import PageReader

            self._page_reader = PageReader(self.db)
        return self._page_reader.page(kind, record_id)

    def print_quotes(self, *, ids: Sequence[int] = (),
                     keys: Sequence[str] = ()) -> list[PrintQuote]:
        from . import printable

        return printable.quotes(self.db, ids, keys)

    def brochures(self) -> list[PrintBrochure]:
        from . import printable

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

