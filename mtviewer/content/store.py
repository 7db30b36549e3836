"""The content library in a local SQLite file: :class:`~mtviewer.content.api.Content` over
the standard library's ``sqlite3``."""

from __future__ import annotations

import contextlib
import sqlite3
from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .api import About, Edition, Hits, Order, Prepared
from .clean import Damage, coerce, number, text
from .db import Database, DatabaseError, classify, open_database
from .kinds import KINDS, LISTED, order_sql
from .titles import shown_title

if TYPE_CHECKING:  # searching, pages and printing load when first used
    from .compile import Compiled
    from .correct import Corrector
    from .finding import Finder, Plan
    from .pages import Page, PageReader
    from .printable import PrintQuote, ReadMore
    from .search import Searcher

PREPARED_CACHE = 32
CHUNK = 500
"""Ids per query (SQLite allows a limited number of bound parameters)."""


def _guarded(fallback: Callable[..., Any], search: bool = False):
    """Run a read; when the database fails, note it once and answer ``fallback`` from then
    on without touching the broken handle. A failing search index (``search``) turns only
    search off, when the tables themselves still read."""
    def wrap(method):
        @wraps(method)
        def run(self: SqliteContent, *args, **kwargs):
            if self.failure is None and not (search and self.search_failure is not None):
                try:
                    return method(self, *args, **kwargs)
                except sqlite3.Error as exc:
                    self._failed(exc, search)
                except OverflowError:  # a number SQLite cannot hold
                    pass
            return fallback(self, *args)
        return run
    return wrap


def _no_hits(self: SqliteContent, *args: Any) -> Hits:
    return Hits(array("q"), True, 0, unavailable=self.failure is not None
                or self.search_failure is not None)


def open_content(path: Path | str) -> SqliteContent:
    """Open and check a content database file; DatabaseError says why it cannot be shown."""
    return SqliteContent(open_database(path))


class SqliteContent:
    """One content database file, opened read-only."""

    def __init__(self, db: Database):
        self.db = db
        self.location = db.path
        self._search: Searcher | None = None
        self._corrector: Corrector | None = None
        self._finding: Finder | None = None
        self._page_reader: PageReader | None = None
        self._prepared: OrderedDict[str, Prepared] = OrderedDict()
        self._plans: dict[tuple, Plan] = {}
        """Compiled plans by what they search (``Query.key``), for texts that differ only
        in what is not searched."""
        self._totals: dict[str, int] = {}
        self.failure: DatabaseError | None = None
        """Why the database can no longer be read, once it could not; nothing is asked of it
        after that."""
        self.search_failure: DatabaseError | None = None
        """Why search is off (its index is damaged) while the records still read."""
        self._watchers: list[Callable[[DatabaseError, bool], None]] = []

    def watch(self, callback: Callable[[DatabaseError, bool], None]) -> None:
        """Call ``callback(error, search_only)`` once when the database, or only its search
        index, fails."""
        self._watchers.append(callback)

    def _failed(self, exc: sqlite3.Error, search: bool) -> None:
        error = classify(self.location, exc)
        if search and self._tables_read():
            self.search_failure = error
        else:
            self.failure = error
        for callback in self._watchers:
            callback(error, self.failure is None)

    def _tables_read(self) -> bool:
        try:
            self.db.all("SELECT count(*) FROM meta")
            self.db.all("SELECT id FROM quote LIMIT 1")
            return True
        except sqlite3.Error:
            return False

    def close(self) -> None:
        self.db.close()

    def warm_up(self) -> None:
        with contextlib.suppress(ImportError):  # a search that needs it will say so
            self._corrections().warm_up()

    @property
    def _searcher(self) -> Searcher:
        if self._search is None:
            from .search import Searcher

            self._search = Searcher(self.db)
        return self._search

    # Lists

    @_guarded(lambda self, kind: 0)
    def total(self, kind: str) -> int:
        if kind not in self._totals:
            self._totals[kind] = self.db.scalar(f"SELECT count(*) FROM {KINDS[kind].table}")
        return self._totals[kind]

    @_guarded(lambda self, *args: array("q"))
    def ids(self, kind: str, order: Order | None = None, limit: int | None = None) -> array:
        spec = KINDS[kind]
        sort, descending = order or (spec.default_sort, spec.default_descending)
        sql = f"SELECT t.id FROM {spec.table} t ORDER BY {order_sql(spec, sort, descending)}"
        if limit is not None:
            return self.db.ids(sql + " LIMIT ?", (limit,))
        ids = self.db.ids(sql)
        self._totals[kind] = len(ids)
        return ids

    @_guarded(lambda self, *args: {})
    def rows(self, kind: str, ids: Sequence[int]) -> dict[int, Any]:
        spec = KINDS[kind]
        row_type = spec.row
        assert row_type is not None
        columns = ", ".join(name for name in row_type._fields if name != "damaged")
        sql = f"SELECT {columns} FROM {spec.table} WHERE id IN ({{marks}})"
        found: dict[int, Any] = {}
        ids = [i for i in ids if isinstance(i, int)]
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            for row in self.db.records(sql.format(marks=",".join("?" * len(chunk))), chunk):
                found[row["id"]] = coerce(row_type, row, Damage())
        return found

    # Search

    def prepare(self, text: str) -> Prepared:
        """The text parsed and compiled; a search index that fails to compile it turns search
        off (the text then finds nothing, and ``Hits.unavailable`` says why)."""
        cached = self._prepared.get(text)
        if cached is not None:
            self._prepared.move_to_end(text)
            return cached
        from .finding import Plan
        from .query import parse

        query = parse(text)
        empty = query.is_empty()
        plan = self._plans.get(query.key)  # another text that searches the same
        if plan is None:
            plan = Plan(query, None if empty else self._compile(query))
        query, compiled = plan.query, plan.compiled
        marks = compiled.marks if compiled is not None else None
        needles = tuple(query.highlight_needles())
        if marks is not None:  # with the words' other parts: synonyms, stems, compounds
            typed = {w for t in query.terms for w in t.folded_words}
            needles = tuple(dict.fromkeys(
                (*needles, *(p for p in marks.parts if p not in typed))))
        prepared = Prepared(text, needles, empty, plan,
                            marks.stems if marks is not None else (),
                            tuple(t.text for t in query.positive),
                            tuple(t.text for t in query.left_out))
        self._prepared[text] = prepared
        if len(self._prepared) > PREPARED_CACHE:
            self._prepared.popitem(last=False)
        if compiled is not None:
            self._plans[query.key] = plan
            if len(self._plans) > PREPARED_CACHE:
                self._plans.pop(next(iter(self._plans)))
        return prepared

    @_guarded(lambda self, *args: None, search=True)
    def _compile(self, query: Any) -> Compiled | None:
        return self._searcher.compile(query)

    @property
    def _finder(self) -> Finder:
        if self._finding is None:
            from .finding import Finder

            self._finding = Finder(self._searcher, self._corrections, self.prepare, self.total,
                                   self.ids)
        return self._finding

    @_guarded(_no_hits, search=True)
    def search(self, kind: str, prepared: Prepared, order: Order | None = None,
               correct: bool = True, scope: Sequence[str] = ()) -> Hits:
        hits = self._finder.search(kind, prepared, order, correct, tuple(scope) or (kind,))
        if hits.unavailable:
            return _no_hits(self)
        return hits

    def _corrections(self) -> Corrector:
        if self._corrector is None:
            from .correct import Corrector

            self._corrector = Corrector(self.db)
        return self._corrector

    @_guarded(lambda self, *args: array("q"), search=True)
    def more(self, kind: str, prepared: Prepared, after: int, limit: int) -> array:
        compiled = _compiled(prepared)
        if compiled is None or compiled.match is None:
            return array("q")
        return self._searcher.page(KINDS[kind], compiled, after, limit)

    @_guarded(lambda self, *args: 0, search=True)
    def count(self, kind: str, prepared: Prepared) -> int:
        """How many records ``search`` lists (counting a broad search's every hit)."""
        compiled = _compiled(prepared)
        if compiled is None:
            return self.total(kind)
        hits = self._finder.search(kind, prepared)
        return len(hits.ids) if hits.complete else self._searcher.count(KINDS[kind], compiled)

    @_guarded(lambda self, *args: {kind: 0 for kind in KINDS if KINDS[kind].listed},
              search=True)
    def counts(self, prepared: Prepared) -> dict[str, int]:
        if _compiled(prepared) is None:
            return {kind: self.total(kind) for kind in KINDS if KINDS[kind].listed}
        return self._finder.counts(prepared)

    @_guarded(lambda self, *args: [], search=True)
    def ranking(self, prepared: Prepared, kinds: Sequence[str] | None = None) -> list[str]:
        if _compiled(prepared) is None:
            return []
        return self._finder.ranking(prepared, kinds or LISTED)

    # Pages, printing, About

    @_guarded(lambda self, *args: None)
    def page(self, kind: str, record_id: int) -> Page | None:
        if self._page_reader is None:
            from .pages import PageReader

            self._page_reader = PageReader(self.db)
        return self._page_reader.page(kind, record_id)

    @_guarded(lambda self, *args, **kwargs: [])
    def print_quotes(self, *, ids: Sequence[int] = (),
                     keys: Sequence[str] = ()) -> list[PrintQuote]:
        from . import printable

        return printable.quotes(self.db, ids, keys)

    @_guarded(lambda self: [])
    def read_more(self) -> list[ReadMore]:
        from . import printable

        return printable.read_more(self.db)

    @_guarded(lambda self: About({kind: 0 for kind in KINDS}, "", None, [], 0))
    def about(self) -> About:
        d = Damage()
        counts = {kind: self.total(kind) for kind in KINDS}
        sources = [(text(title, d) or "", text(publisher, d) or "")
                   for title, publisher in self.db.all(
                       f"SELECT {shown_title('source')}, publisher FROM source "
                       "ORDER BY publisher, title LIMIT 50")]
        more = max(0, (number(self.db.scalar("SELECT count(*) FROM source"), d) or 0)
                   - len(sources))
        edition = self.edition()
        return About(counts, edition.digest, edition.date, sources, more, edition.name,
                     edition.version, edition.publisher, edition.schema)

    @_guarded(lambda self: Edition("", None, None, None, None, None))
    def edition(self) -> Edition:
        d = Damage()
        meta = dict(self.db.all("SELECT key, value FROM meta WHERE key IN ('content_digest', "
                                "'content_date', 'edition_name', 'edition_version', "
                                "'edition_publisher', 'schema_version')"))

        def value(key: str) -> str | None:
            return text(meta.get(key), d, required=False) or None
        return Edition(value("content_digest") or "", value("content_date"), value("edition_name"),
                       value("edition_version"), value("edition_publisher"),
                       _whole(value("schema_version")))


def _whole(value: str | None) -> int | None:
    return int(value) if value and value.isascii() and value.isdigit() and len(value) < 10 else None


def _compiled(prepared: Prepared) -> Compiled | None:
    return prepared.plan.compiled  # type: ignore[attr-defined]

