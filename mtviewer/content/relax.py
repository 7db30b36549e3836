"""A "most words" search, for when no record has every word: questions ("hvem holdt innlegg
på Polyfon-konferansen"), pasted sentences, a name with a word the content lacks.

It is used only when no record of any kind has every word (``Finder``). Like Lucene's
minimum-should-match: a record qualifies when it has at least half the words typed (a third
of a long text, a pasted sentence: ``needed``; stop words aside, a phrase the thesaurus
knows counting as its words), and the list shows the records with the most of them, best
first (by how rare the words they have are, then by bm25). Across the kinds searched
together, only the kinds whose best records have nearly as many words as the best of all
list any, and only the records whose words are about as rare (``Finder``). Words found nowhere count
against it: when they are half the words or more (a corrected word counting as half of
one), the query is about something the content does not hold, and nothing is shown. Field
filters (``speaker:``) and -words always hold.

Cost: one query for the records holding the rarest words, which every qualifying record must
have one of (the newest ``CANDIDATES`` of them at most), then one per word, each held to
those records.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable
from dataclasses import dataclass

from .compile import UNKNOWN, Compiled, Word
from .db import Database
from .kinds import Kind, rowid_range
from .search import WEIGHTS

CANDIDATES = 2000


@dataclass(frozen=True)
class Relaxed:
    ids: array
    """The records with the most words, best first."""
    rarity: tuple[float, ...]
    """How rare the words each of them has are together (bm25's idf summed)."""
    left_out: tuple[str, ...]
    """The words (as typed) the best record does not have."""
    matched: int
    """How many of the words each listed record has."""
    words: int
    """How many words were typed (stop words aside)."""

    def at_least(self, rarity: float) -> Relaxed:
        """Only the records whose words are this rare together."""
        keep = [i for i, r in enumerate(self.rarity) if r >= rarity]
        return Relaxed(array("q", (self.ids[i] for i in keep)),
                       tuple(self.rarity[i] for i in keep), self.left_out, self.matched,
                       self.words)


def needed(words: int) -> int:
    """How many of ``words`` typed words a record must have: half of a few, a third of
    many (a pasted sentence shares fewer of its words with the record it comes from)."""
    return (words + 1) // 2 if words <= 6 else (words + 2) // 3


def most_words(db: Database, kind: Kind, compiled: Compiled, total: int,
               corrected: int = 0, bm25: Callable[[int], bool] = lambda _bound: True
               ) -> Relaxed | None:
    """The records of ``kind`` with the most of the words; None when too few words match
    (``total``: records in the index, for how rare a word is; ``corrected``: how many of the
    words were corrected, each counting as half a word found nowhere; ``bm25(bound)``:
    whether words in that many records are cheap to weigh by bm25)."""
    words = [w for w in compiled.words if not w.filter]
    filters = [w.expr for w in compiled.words if w.filter]
    n = sum(w.size for w in words)
    known = sorted((w for w in words if w.expr is not None), key=lambda w: w.bound)
    if n < 2 or None in filters or 2 * (n - sum(w.size for w in known)) + corrected >= n:
        return None
    need = needed(n)
    rarest, rest = [], sum(w.size for w in known)
    for word in known:  # a qualifying record has one of these: the others are too few
        if rest < need:
            break
        rarest.append(word)
        rest -= word.size
    held = " AND ".join(f"({f})" for f in filters)
    candidates = _any_of(rarest, held, compiled.exclude)
    lo, hi = rowid_range(kind)
    found = db.ids("SELECT rowid FROM search WHERE search MATCH ? AND rowid BETWEEN ? AND ? "
                   "ORDER BY rowid DESC LIMIT ?", (candidates, lo, hi, CANDIDATES))
    if not found:
        return None
    low = found[-1]
    has: dict[int, list[Word]] = {rowid: [] for rowid in found}
    for word in known:
        for (rowid,) in db.all("SELECT rowid FROM search WHERE search MATCH ? "
                               "AND rowid BETWEEN ? AND ?",
                               (f"({candidates}) AND ({word.expr})", low, hi)):
            if rowid in has:
                has[rowid].append(word)
    size = {rowid: sum(w.size for w in ws) for rowid, ws in has.items()}
    most = max(size.values())
    if most < need:
        return None
    best = {rowid for rowid, s in size.items() if s == most}
    relevance: dict[int, float] = dict(db.all(
        f"SELECT rowid, bm25(search, {WEIGHTS}) FROM search WHERE search MATCH ? "
        "AND rowid BETWEEN ? AND ?",
        (f"({candidates}) AND ({' OR '.join(w.rank or w.expr for w in known)})",  # type: ignore[misc]
         low, hi))) if bm25(max(w.bound for w in known)) else {}

    def rarity(rowid: int) -> float:
        return sum(_weight(w.bound, total) for w in has[rowid])

    order = sorted(best, key=lambda r: (-rarity(r), relevance.get(r, 0.0), -r))
    first = has[order[0]]
    left_out = tuple(w.text for w in words if w not in first)
    return Relaxed(array("q", (r - lo for r in order)), tuple(rarity(r) for r in order),
                   left_out, most, n)


def _any_of(words: list[Word], held: str, exclude: str | None) -> str:
    expr = "(" + " OR ".join(w.expr for w in words) + ")"  # type: ignore[misc]
    if held:
        expr = f"{expr} AND {held}"
    return f"({expr}) NOT ({exclude})" if exclude else expr


def _weight(bound: int, total: int) -> float:
    """How rare a word is (bm25's idf): a word in fewer records tells more."""
    docs = min(bound, total) if bound < UNKNOWN else total
    return math.log(1 + (total - docs + 0.5) / (docs + 0.5))
