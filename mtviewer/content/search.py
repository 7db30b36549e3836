"""Running searches against the SQLite FTS5 index: one query per keystroke where possible.

Rules (each covered by tests on the real content):
- folded matching (see ``text.fold``); exact spellings rank first;
- a word matches whole words that contain it ("terap" finds "musikkterapeut") and prefixes;
- anything else (quotes, stars, brackets, FTS5 operators, SQL) is only ever text: user text
  reaches MATCH as double-quoted letters and digits, bound as a parameter.

How a keystroke is answered: compiling the text looks each word up in the word list, which
also says in how many records each word occurs. When that bounds the hits at ``RANK_LIMIT``
or fewer (or the kind has no more records than that), one ranked query answers; otherwise
one query fetches the first page in index order (newest first), and only if the words
together matched fewer records than their counts promised does a ranked query follow.
"""

from __future__ import annotations

import difflib
from array import array
from dataclasses import dataclass

from .api import PAGE, RANK_LIMIT  # noqa: F401 (part of this module's interface)
from .db import Database
from .kinds import KINDS, LISTED, Kind, order_sql, rowid_range
from .query import Query, Term

MAX_EXPANSION = 64
"""A word part that occurs in more whole words than this is matched as a prefix instead."""
WEIGHTS = "10.0, 1.0, 2.0, 1.0, 1.0, 1.0"
"""bm25 weights per column (body, folded, who, place, source, year): as-written text first."""
UNKNOWN = 1 << 62


def _fts_string(tokens: list[str]) -> str:
    return '"' + " ".join(tokens) + '"'  # tokens are letters and digits only


@dataclass(frozen=True)
class Compiled:
    match: str | None
    """The FTS5 expression for the positive terms (with any -words as its NOT part); None
    when there are no positive terms."""
    exclude: str | None
    """The -words, only when there is no ``match`` to attach them to."""
    impossible: bool = False
    """A term matches no word in the index, so nothing can match."""
    rank_match: str | None = None
    """``match`` with each word also sought as written, so bm25 puts exact spellings first;
    it matches the same records, at twice the cost, so it is used only for ranking."""
    bound: int = UNKNOWN
    """At most this many records (of all kinds) can match, by the word list's counts."""


class Searcher:
    """Compiles and runs parsed queries against one content database."""

    def __init__(self, db: Database):
        self.db = db

    def compile(self, query: Query) -> Compiled:
        parts, ranked, bound = [], [], UNKNOWN
        for term in query.positive:
            expression = self._expression(term)
            if expression is None:
                return Compiled(None, None, impossible=True, bound=0)
            expr, term_bound = expression
            bound = min(bound, term_bound)
            parts.append(expr)
            written = term.written_words
            ranked.append(f"({expr} OR body:{_fts_string(written)}*)"
                          if term.column == "folded" and written else expr)
        negatives = [f"{t.column}:{_fts_string(t.folded_words)}*" for t in query.negative]
        match, rank_match = " AND ".join(parts), " AND ".join(ranked)
        exclude = " OR ".join(negatives)
        if match and exclude:  # FTS5's own NOT streams; a NOT IN subquery reads every hit
            match, rank_match, exclude = (f"({match}) NOT ({exclude})",
                                          f"({rank_match}) NOT ({exclude})", "")
        return Compiled(match or None, exclude or None, rank_match=rank_match or None,
                        bound=bound)

    def _expression(self, term: Term) -> tuple[str, int] | None:
        """The FTS5 expression of one term and a bound on its hits; None: it matches nothing."""
        folded = term.folded_words
        if term.column == "year":
            return f"year:{_fts_string(folded)}", UNKNOWN
        if len(folded) == 1 and not term.phrase and term.column == "folded" and len(folded[0]) >= 3:
            found = self.db.all("SELECT term, docs FROM search_terms WHERE search_terms MATCH ? "
                                "LIMIT ?", (_fts_string(folded), MAX_EXPANSION + 1))
            if not found:
                return None
            if len(found) <= MAX_EXPANSION:
                words = " OR ".join(_fts_string([w]) for w, _ in found)
                return f"folded:({words})", sum(docs for _, docs in found)
            return f"folded:{_fts_string(folded)}*", UNKNOWN
        return f"{term.column}:{_fts_string(folded)}*", UNKNOWN

    # Running

    def ranked(self, kind: Kind, compiled: Compiled) -> array:
        """Every hit of ``kind``, best first; ties: newest first, then by id."""
        lo, hi = rowid_range(kind)
        return self.db.ids(
            f"SELECT t.id FROM search s JOIN {kind.table} t ON t.id = s.rowid - {lo} "
            "WHERE search MATCH ? AND s.rowid BETWEEN ? AND ? "
            f"ORDER BY bm25(search, {WEIGHTS}), t.{kind.newest} DESC, t.id",
            (compiled.rank_match, lo, hi))

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
        lo, hi = rowid_range(kind)
        if before is not None:
            hi = lo + before - 1
        return self.db.ids(
            "SELECT rowid FROM search WHERE search MATCH ? AND rowid BETWEEN ? AND ? "
            "ORDER BY rowid DESC LIMIT ?", (compiled.match, lo, hi, limit), offset=lo)

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

    def suggestion(self, query: Query) -> str | None:
        """A nearby spelling of a word that matched nothing, or None."""
        for term in query.positive:
            for word in term.folded_words:
                if len(word) < 3 or self.db.first(
                        "SELECT 1 FROM search_terms WHERE search_terms MATCH ? LIMIT 1",
                        (_fts_string([word]),)):
                    continue
                candidates = self.db.column(
                    "SELECT term FROM search_terms WHERE search_terms MATCH ? LIMIT 5000",
                    (_fts_string([word[:3]]),))
                close = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
                if close:
                    return close[0]
        return None
