"""Search as people type it: parsing the text and running it against the FTS5 index.

Rules (each covered by tests on the real content):
- words are case-insensitive and folded (æ/ae, ø/o/oe, å/a/aa), exact spellings rank first;
- a word matches whole words that contain it ("terap" finds "musikkterapeut") and prefixes;
- several words narrow (AND); "quoted phrases" match as phrases; -word excludes;
- speaker:/person:, year:/år:, place:/sted:, source:/kilde: filter fields;
- anything else (quotes, stars, brackets, FTS5 operators, SQL) is only ever text: user text
  reaches MATCH as double-quoted letters and digits, bound as a parameter.
"""

from __future__ import annotations

import difflib
from array import array
from dataclasses import dataclass, field

from sqlalchemy import Engine

from .search_index import KIND_NUMBER, rowid_range
from .text import fold, words

MAX_INPUT = 500
"""Characters of a query that are read; the rest of a pasted essay is ignored."""
MAX_TERMS = 16
MAX_EXPANSION = 64
"""A word part that occurs in more whole words than this is matched as a prefix instead."""

FIELDS = {
    "speaker": "who", "person": "who", "hvem": "who",
    "year": "year", "år": "year", "ar": "year",
    "place": "place", "sted": "place",
    "source": "source", "kilde": "source",
}
WEIGHTS = "10.0, 1.0, 2.0, 1.0, 1.0, 1.0"
"""bm25 weights per column (body, folded, who, place, source, year): as-written text first."""

RANK_LIMIT = 1000
"""Hit sets up to this size are ranked by relevance; larger ones are listed page by page in
index order (newest record first) until the search narrows: ranking them all would cost a
full pass over every hit on every keystroke."""
PAGE = 1000

DATE_ORDER = {"quote": "t.year DESC", "event": "t.sort_date DESC",
              "guideline": "t.year DESC", "brochure": "t.id"}


@dataclass(frozen=True)
class Term:
    text: str
    column: str = "folded"
    phrase: bool = False
    exclude: bool = False

    @property
    def folded_words(self) -> list[str]:
        return words(fold(self.text))

    @property
    def written_words(self) -> list[str]:
        return words(self.text.casefold())


@dataclass
class Query:
    terms: list[Term] = field(default_factory=list)

    @property
    def positive(self) -> list[Term]:
        return [t for t in self.terms if not t.exclude and t.folded_words]

    @property
    def negative(self) -> list[Term]:
        return [t for t in self.terms if t.exclude and t.folded_words]

    def is_empty(self) -> bool:
        return not self.positive and not self.negative

    def highlight_needles(self) -> list[str]:
        """Folded words to mark in the text shown (year filters mark nothing)."""
        return [w for t in self.positive if t.column != "year" for w in t.folded_words]


def parse(text: str) -> Query:
    """Split what the user typed into terms; never fails, whatever the text."""
    text = "".join(c if c.isprintable() else " " for c in text[:MAX_INPUT])
    terms: list[Term] = []
    i = 0
    while i < len(text) and len(terms) < MAX_TERMS:
        if text[i].isspace():
            i += 1
            continue
        exclude = text[i] == "-" and i + 1 < len(text) and not text[i + 1].isspace()
        if exclude:
            i += 1
        column = "folded"
        end = i
        while end < len(text) and not text[end].isspace() and text[end] not in ':"':
            end += 1
        if end < len(text) and text[end] == ":" and text[i:end].casefold() in FIELDS:
            column = FIELDS[text[i:end].casefold()]
            i = end + 1
        phrase = i < len(text) and text[i] == '"'
        if phrase:
            close = text.find('"', i + 1)
            close = len(text) if close < 0 else close
            value, i = text[i + 1:close], close + 1
        else:
            end = i
            while end < len(text) and not text[end].isspace():
                end += 1
            value, i = text[i:end], end
        terms.append(Term(value, column, phrase, exclude))
    return Query(terms)


def _fts_string(tokens: list[str]) -> str:
    return '"' + " ".join(tokens) + '"'  # tokens are letters and digits only


@dataclass
class Hits:
    ids: array
    complete: bool
    """All hits are in ``ids`` (ranked); otherwise more pages follow, in index order."""


@dataclass
class Compiled:
    match: str | None
    """The FTS5 expression for the positive terms (with any -words as its NOT part); None
    when there are no positive terms."""
    exclude: str | None
    """The -words, only when there is no ``match`` to attach them to."""
    impossible: bool = False
    rank_match: str | None = None
    """``match`` with each word also sought as written, so bm25 puts exact spellings first;
    it matches the same records, at twice the cost, so it is used only for ranking."""
    """A term matches no word in the index, so nothing can match."""


class Searcher:
    """Runs parsed queries against one content database."""

    def __init__(self, engine: Engine):
        self.engine = engine

    def compile(self, query: Query) -> Compiled:
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            parts, ranked = [], []
            for term in query.positive:
                expr = self._expression(raw, term)
                if expr is None:
                    return Compiled(None, None, impossible=True)
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
        return Compiled(match or None, exclude or None, rank_match=rank_match or None)

    def _expression(self, raw, term: Term) -> str | None:
        folded = term.folded_words
        if term.column == "year":
            return f"year:{_fts_string(folded)}"
        if len(folded) == 1 and not term.phrase and term.column == "folded" and len(folded[0]) >= 3:
            found = [row[0] for row in raw.execute(
                "SELECT term FROM search_terms WHERE search_terms MATCH ? LIMIT ?",
                (_fts_string(folded), MAX_EXPANSION + 1))]
            if not found:
                return None
            if len(found) <= MAX_EXPANSION:
                expr = "folded:(" + " OR ".join(_fts_string([w]) for w in found) + ")"
            else:
                expr = f"folded:{_fts_string(folded)}*"
        else:
            expr = f"{term.column}:{_fts_string(folded)}*"
        return expr

    def ids(self, kind: str, compiled: Compiled, order: str | None = None) -> array:
        """Ids of ``kind`` matching: best first (ties: newest first), or by ``order`` SQL."""
        if compiled.impossible:
            return array("q")
        lo, hi = rowid_range(kind)
        if compiled.match is None:  # nothing to find, perhaps words to leave out
            left_out, params = "", []
            if compiled.exclude:
                left_out = (f"WHERE t.id + {lo} NOT IN (SELECT rowid FROM search "
                            "WHERE search MATCH ? AND rowid BETWEEN ? AND ?)")
                params = [compiled.exclude, lo, hi]
            sql = (f"SELECT t.id FROM {kind} t {left_out} "
                   f"ORDER BY {order or DATE_ORDER[kind] + ', t.id'}")
        else:
            sql = (f"SELECT t.id FROM search s JOIN {kind} t ON t.id = s.rowid - {lo} "
                   f"WHERE search MATCH ? AND s.rowid BETWEEN ? AND ? "
                   f"ORDER BY {order or f'bm25(search, {WEIGHTS}), {DATE_ORDER[kind]}, t.id'}")
            params = [compiled.rank_match if order is None else compiled.match, lo, hi]
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            return array("q", (r[0] for r in raw.execute(sql, params)))

    def first_hits(self, kind: str, compiled: Compiled) -> Hits:
        """The best hits when there are few, else the first page of many (see RANK_LIMIT)."""
        if compiled.impossible:
            return Hits(array("q"), complete=True)
        probe = self.page(kind, compiled, None, RANK_LIMIT + 1)
        if len(probe) <= RANK_LIMIT:
            return Hits(self.ids(kind, compiled), complete=True)
        return Hits(probe[:PAGE], complete=False)

    def page(self, kind: str, compiled: Compiled, before: int | None, limit: int) -> array:
        """Up to ``limit`` matching ids below ``before`` (or from the top), highest id first."""
        lo, hi = rowid_range(kind)
        if before is not None:
            hi = lo + before - 1
        if compiled.match is None:
            sql = "SELECT rowid FROM search WHERE rowid BETWEEN ? AND ?"
            params: list = [lo, hi]
        else:
            sql = "SELECT rowid FROM search WHERE search MATCH ? AND rowid BETWEEN ? AND ?"
            params = [compiled.match, lo, hi]
        if compiled.exclude:
            sql += (" AND rowid NOT IN (SELECT rowid FROM search WHERE search MATCH ? "
                    "AND rowid BETWEEN ? AND ?)")
            params += [compiled.exclude, lo, hi]
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            rows = raw.execute(sql + " ORDER BY rowid DESC LIMIT ?", [*params, limit])
            return array("q", (r[0] - lo for r in rows))

    def count(self, kind: str, compiled: Compiled) -> int:
        if compiled.impossible:
            return 0
        if compiled.match is None:
            return len(self.ids(kind, compiled))
        return self.counts(compiled)[kind]

    def counts(self, compiled: Compiled) -> dict[str, int]:
        """Hits per kind, for the global search."""
        result = dict.fromkeys(KIND_NUMBER, 0)
        if compiled.impossible or compiled.match is None:
            return result if compiled.impossible else {
                kind: len(self.ids(kind, compiled)) for kind in KIND_NUMBER}
        number_to_kind = {n: k for k, n in KIND_NUMBER.items()}
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            for number, count in raw.execute(
                    "SELECT rowid >> 32, count(*) FROM search WHERE search MATCH ? GROUP BY 1",
                    (compiled.match,)):
                if number in number_to_kind:
                    result[number_to_kind[number]] = count
        return result

    def suggestion(self, query: Query) -> str | None:
        """A nearby spelling of a word that matched nothing, or None."""
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            for term in query.positive:
                for word in term.folded_words:
                    if len(word) < 3 or raw.execute(
                            "SELECT 1 FROM search_terms WHERE search_terms MATCH ? LIMIT 1",
                            (_fts_string([word]),)).fetchone():
                        continue
                    candidates = [r[0] for r in raw.execute(
                        "SELECT term FROM search_terms WHERE search_terms MATCH ? LIMIT 5000",
                        (_fts_string([word[:3]]),))]
                    close = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
                    if close:
                        return close[0]
        return None
