"""Running compiled searches (``compile``) against the SQLite FTS5 index: one query per
keystroke where possible.

How a keystroke is answered: compiling the text looks each word up in the word list, which
also says in how many records each word occurs. When that bounds the hits at ``RANK_LIMIT``
or fewer (or the kind has no more records than that), one ranked query answers; otherwise
one query fetches the first page in index order (newest first), and only if the words
together matched fewer records than their counts promised does a ranked query follow.

A ranked list puts first the records whose title holds every word typed, then those with
the words themselves (before those found only through the thesaurus: "konferansen" lists
the conferences that write it, in a compound too, above the summit, a toppmøte), then those
whose title holds every word searched for or a term the thesaurus gives, then by bm25.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass

from .api import PAGE, RANK_LIMIT  # noqa: F401 (part of this module's interface)
from .compile import Compiled, Compiler
from .db import Database
from .kinds import KINDS, LISTED, Kind, order_sql, rowid_range
from .query import Query

BM25_LIMIT = 20_000
"""bm25 weighs each word by how many records of the whole index hold it, which FTS5 counts
by reading the word's every record: a tenth of a second for a word in a hundred thousand
records, even when the list to rank has ten. In an index of more records than this, words
that may be in more (a prefix, whose count is not known) rank by the tiers, then newest
first (``Finder`` decides)."""
WEIGHTS = "10.0, 1.0, 0.4, 2.0, 1.0, 1.0, 1.0"
"""bm25 weights per column (body, folded, stemmed, who, place, source, year): as written
first, then folded, then other forms of the word."""


@dataclass(frozen=True, order=True)
class Score:
    """How good a kind's best hit is, comparable across kinds (greater is better)."""

    title: bool
    """Its title holds every word typed."""
    every_word: bool
    """It has every word (not a "most words" hit)."""
    as_typed: bool
    """Found as typed (not after correcting a word)."""
    plain: bool
    """Found through the words themselves, not only through the thesaurus."""
    titled: bool
    """Its title holds every word searched for (or another term the thesaurus gives): it
    ranks below a record with the words themselves, as a synonym does."""
    relevance: float
    """-bm25 (greater is better; one index, so comparable across kinds)."""


class Searcher:
    """Compiles and runs parsed queries against one content database."""

    def __init__(self, db: Database):
        self.db = db
        self.compiler = Compiler(db)

    def compile(self, query: Query) -> Compiled:
        return self.compiler.compile(query)

    # Running

    def _tiers(self, compiled: Compiled, lo: int, hi: int) -> tuple[str, list]:
        """ORDER BY terms that put title matches, then the words themselves, then titles
        holding the words searched for (or their synonyms), first."""
        sql, params = "", []
        for table, expr in self._tier_exprs(compiled):
            if expr:
                sql += self._member(table, expr) + " DESC, "
                params += [expr, lo, hi]
        return sql, params

    @staticmethod
    def _tier_exprs(compiled: Compiled) -> tuple[tuple[str, str | None], ...]:
        titled = compiled.titled if compiled.titled != compiled.title else None
        return (("search_titles", compiled.title), ("search", compiled.plain),
                ("search_titles", titled))

    @staticmethod
    def _member(table: str, expr: str | None) -> str:
        return (f"s.rowid IN (SELECT rowid FROM {table} WHERE {table} MATCH ? AND rowid "
                "BETWEEN ? AND ?)") if expr else "0"

    def ranked(self, kind: Kind, compiled: Compiled, bm25: bool = True) -> array:
        """Every hit of ``kind``, best first; ties: newest first, then by id. Without
        ``bm25``: by the tiers, then newest first."""
        lo, hi = rowid_range(kind)
        tiers, params = self._tiers(compiled, lo, hi)
        relevance = f"bm25(search, {WEIGHTS}), " if bm25 else ""
        return self.db.ids(
            f"SELECT t.id FROM search s JOIN {kind.table} t ON t.id = s.rowid - {lo} "
            "WHERE search MATCH ? AND s.rowid BETWEEN ? AND ? "
            f"ORDER BY {tiers}{relevance}t.{kind.newest} DESC, t.id",
            (compiled.rank_match if relevance else compiled.match, lo, hi, *params))

    def sorted(self, kind: Kind, compiled: Compiled, sort: str, descending: bool) -> array:
        """Every hit of ``kind`` in a column's order."""
        order = order_sql(kind, sort, descending)
        if compiled.match is None:
            return self.db.ids(f"SELECT t.id FROM {kind.table} t {self._left_out(kind)} "
                               f"ORDER BY {order}", self._left_out_params(kind, compiled))
        lo, hi = rowid_range(kind)
        return self.db.ids(
            f"SELECT t.id FROM search s JOIN {kind.table} t ON t.id = s.rowid - {lo} "
            f"WHERE search MATCH ? AND s.rowid BETWEEN ? AND ? ORDER BY {order}",
            (compiled.match, lo, hi))

    def in_order(self, kind: Kind, ids: array, sort: str, descending: bool) -> array:
        """``ids`` (a few) in a column's order."""
        order = order_sql(kind, sort, descending)
        marks = ",".join("?" * len(ids))
        return self.db.ids(f"SELECT t.id FROM {kind.table} t WHERE t.id IN ({marks}) "
                           f"ORDER BY {order}", tuple(ids))

    def without(self, kind: Kind, compiled: Compiled) -> array:
        """Every record of ``kind`` but those with the -words, newest first."""
        return self.db.ids(f"SELECT t.id FROM {kind.table} t {self._left_out(kind)} "
                           f"ORDER BY t.{kind.newest} DESC, t.id",
                           self._left_out_params(kind, compiled))

    def _left_out(self, kind: Kind) -> str:
        lo, _ = rowid_range(kind)
        return (f"WHERE t.id + {lo} NOT IN (SELECT rowid FROM search "
                "WHERE search MATCH ? AND rowid BETWEEN ? AND ?)")

    @staticmethod
    def _left_out_params(kind: Kind, compiled: Compiled) -> tuple:
        return (compiled.exclude, *rowid_range(kind))

    def page(self, kind: Kind, compiled: Compiled, before: int | None, limit: int) -> array:
        """Up to ``limit`` matching ids below ``before`` (or from the top), highest id first."""
        return self.rows(kind, compiled.match, before, limit)

    def rows(self, kind: Kind, match: str | None, before: int | None, limit: int) -> array:
        lo, hi = rowid_range(kind)
        if before is not None:
            hi = lo + before - 1
        return self.db.ids(
            "SELECT rowid FROM search WHERE search MATCH ? AND rowid BETWEEN ? AND ? "
            "ORDER BY rowid DESC LIMIT ?", (match, lo, hi, limit), offset=lo)

    def count(self, kind: Kind, compiled: Compiled) -> int:
        if compiled.impossible:
            return 0
        if compiled.match is None:
            return len(self.without(kind, compiled))
        lo, hi = rowid_range(kind)
        return self.db.scalar("SELECT count(*) FROM search WHERE search MATCH ? "
                              "AND rowid BETWEEN ? AND ?", (compiled.match, lo, hi))

    def counts(self, compiled: Compiled) -> dict[str, int]:
        """Hits per listed kind, in one pass over the index."""
        result = dict.fromkeys(LISTED, 0)
        if compiled.impossible:
            return result
        if compiled.match is None:
            return {kind: self.count(KINDS[kind], compiled) for kind in LISTED}
        by_number = {KINDS[kind].number: kind for kind in LISTED}
        for number, count in self.db.all("SELECT rowid >> 32, count(*) FROM search "
                                         "WHERE search MATCH ? GROUP BY 1", (compiled.match,)):
            if number in by_number:
                result[by_number[number]] = count
        return result

    def best(self, kind: Kind, compiled: Compiled, rank: str, first: int,
             window: int | None = None, bm25: bool = True) -> tuple[bool, bool, bool, float]:
        """(title, titled, plain, -bm25 or 0 for broad words) of the record ``first`` of
        ``kind``; with
        ``window`` (the lowest id of a broad search's first page), of the best record among
        those from it up, whose id replaces nothing: the score alone is wanted."""
        lo, hi = rowid_range(kind)
        low = lo + (window if window is not None else first)
        high = hi if window is not None else lo + first
        exprs = self._tier_exprs(compiled)
        relevance = f"bm25(search, {WEIGHTS})" if bm25 else "0"
        found = self.db.first(
            f"SELECT {', '.join(self._member(t, e) for t, e in exprs)}, "
            f"{relevance} FROM search s WHERE search MATCH ? AND s.rowid "
            f"BETWEEN ? AND ? ORDER BY 1 DESC, 2 DESC, 3 DESC, 4, s.rowid DESC LIMIT 1",
            (*(p for _t, e in exprs if e for p in (e, low, high)), rank, low, high))
        if found is None:
            return False, False, False, 0.0
        title = bool(found[0])
        titled = bool(found[2]) or (title and compiled.titled == compiled.title)
        return title, titled, bool(found[1]), -float(found[3] or 0.0)

    def written(self, word: str) -> str:
        """A folded word as the content writes it."""
        return self.db.scalar("SELECT written FROM search_words WHERE term = ?", (word,)) or word
