"""What a search shows, kind by kind and across kinds: the records with every word; else,
when a word is found nowhere, the text with it corrected; else the records with most of the
words (``relax``); else nothing, with a query worth trying instead.

Across kinds (the global search), each kind's best hit is scored (``search.Score``: a title
holding every word typed first, then every word found, as typed, through the words
themselves, then a title holding the words searched for or their synonyms, then bm25 over
the one index), and the kinds are ranked by it. A broad kind (its
first page listed in index order, not ranked) is judged by the best of that page.
"""

from __future__ import annotations

import math
import re
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any, cast

from .api import PAGE, RANK_LIMIT, Hits, Order, Prepared
from .compile import Compiled
from .correct import Corrector
from .kinds import KINDS, LISTED
from .relax import Relaxed, most_words
from .search import BM25_LIMIT, Score, Searcher
from .stopwords import is_stop

HITS_CACHE = 64
MATCHED_SHARE = 0.75
RARITY_SHARE = 0.5
"""Of a "most words" search across kinds, a kind lists its records with the most words when
they have at least ``MATCHED_SHARE`` as many as the best of any kind (a long page holds
more of a pasted sentence's words than the record it comes from), and of them those whose
words are at least ``RARITY_SHARE`` as rare (together) as the best record's."""


@dataclass(frozen=True)
class Plan:
    """What ``Prepared.plan`` holds for this implementation."""

    query: Any
    compiled: Compiled | None

    @property
    def key(self) -> tuple:
        return self.query.key


def plan_of(prepared: Prepared) -> Plan:
    """What this implementation keeps in ``prepared`` (the protocol types it ``object``)."""
    return cast(Plan, prepared.plan)


class Finder:
    """Answers searches for one content database (the store guards each call)."""

    def __init__(self, searcher: Searcher, corrector: Callable[[], Corrector],
                 prepare: Callable[[str], Prepared], total: Callable[[str], int],
                 every: Callable[[str, Order | None], array]):
        self.searcher, self._corrector, self.prepare = searcher, corrector, prepare
        self.total, self.every = total, every
        self._hits: OrderedDict[tuple, Hits] = OrderedDict()
        self._every: dict[tuple[str, str | None], bool] = {}
        """(kind, expression) → whether a record of the kind has every word."""
        self._relaxations: dict[tuple, Relaxed | None] = {}
        self._indexed: int | None = None

    def search(self, kind: str, prepared: Prepared, order: Order | None = None,
               correct: bool = True, scope: tuple[str, ...] = (), corrected: int = 0) -> Hits:
        """What ``kind``'s list shows. ``scope``: the kinds searched together (a tab's
        kinds, or every kind for the global search); when one of them has every word, the
        others list no record with only some of them."""
        key = (kind, plan_of(prepared).key, order, correct, scope, corrected)
        hits = self._hits.get(key)
        if hits is None:
            hits = self._hits[key] = self._search(kind, prepared, order, correct, scope,
                                                  corrected)
            if len(self._hits) > HITS_CACHE:
                self._hits.popitem(last=False)
        else:
            self._hits.move_to_end(key)
        return hits

    def _search(self, kind: str, prepared: Prepared, order: Order | None,
                correct: bool, scope: tuple[str, ...], corrected: int) -> Hits:
        plan = plan_of(prepared)
        compiled = plan.compiled
        if compiled is None:
            if not prepared.empty:  # search failed to compile it
                return Hits(array("q"), True, 0, unavailable=True)
            ids = self.every(kind, order)
            return Hits(ids, True, len(ids))
        parts = tuple((w.text, w.parts) for w in compiled.splits)
        if not compiled.impossible:
            hits = self._every_word(kind, compiled, order)
            if hits.ids:
                return replace(hits, parts=parts)
        elif correct and compiled.unknown:
            text = self._corrected(kind, prepared.text, compiled.unknown)
            if text is not None:
                again = self.prepare(text)
                recompiled = plan_of(again).compiled
                changed = len(compiled.unknown) - (len(recompiled.unknown) if recompiled else 0)
                hits = self.search(kind, again, order, False, scope, changed)
                if hits.ids:
                    return replace(hits, corrected=text)
        if not compiled.impossible and self._elsewhere(compiled, kind, scope):
            return Hits(array("q"), True, 0, parts=parts)  # other kinds have every word
        relaxed = self._most_words(kind, compiled, scope, corrected)
        if relaxed is not None:
            ids = relaxed.ids
            if order is not None:
                ids = self.searcher.in_order(KINDS[kind], ids, *order)
            return Hits(ids, True, len(ids), parts=parts, left_out=relaxed.left_out,
                        relaxed=(relaxed.matched, relaxed.words))
        return Hits(array("q"), True, 0, self._hint(kind, plan), parts=parts)

    def _every_word(self, kind: str, compiled: Compiled, order: Order | None) -> Hits:
        spec, searcher = KINDS[kind], self.searcher
        if order is not None:
            ids = searcher.sorted(spec, compiled, *order)
        elif compiled.match is None:
            ids = searcher.without(spec, compiled)
        elif compiled.bound <= RANK_LIMIT or self.total(kind) <= RANK_LIMIT:
            ids = searcher.ranked(spec, compiled, self.bm25(compiled.bound))
        else:
            probe = searcher.page(spec, compiled, None, RANK_LIMIT + 1)
            if len(probe) > RANK_LIMIT:
                return Hits(probe[:PAGE], False, None)
            ids = searcher.ranked(spec, compiled, self.bm25(compiled.bound))  # counts promised more
        return Hits(ids, True, len(ids))

    def _most_words(self, kind: str, compiled: Compiled, scope: tuple[str, ...],
                    corrected: int) -> Relaxed | None:
        """``kind``'s records with the most words, unless the kinds of ``scope`` have records
        with many more (``MATCHED_SHARE``, ``RARITY_SHARE``)."""
        found = {k: self._relaxed(k, compiled, corrected) for k in dict.fromkeys((kind, *scope))}
        mine = found[kind]
        if mine is None:
            return None
        most = max(r.matched for r in found.values() if r is not None)
        if mine.matched < math.ceil(MATCHED_SHARE * most):
            return None
        best = max(r.rarity[0] for r in found.values() if r is not None and r.matched == most)
        kept = mine.at_least(RARITY_SHARE * best)
        return kept if kept.ids else None

    def _relaxed(self, kind: str, compiled: Compiled, corrected: int) -> Relaxed | None:
        key = (kind, compiled.match or str(compiled.words), corrected)
        if key not in self._relaxations:
            self._relaxations[key] = most_words(self.searcher.db, KINDS[kind], compiled,
                                                self.indexed, corrected, self.bm25)
            if len(self._relaxations) > HITS_CACHE:
                self._relaxations.pop(next(iter(self._relaxations)))
        return self._relaxations[key]

    def _elsewhere(self, compiled: Compiled, kind: str, scope: tuple[str, ...]) -> bool:
        """Whether a record of another kind of ``scope`` has every word."""
        for other in scope:
            if other != kind:
                key = (other, compiled.match)
                found = self._every.get(key)
                if found is None:
                    found = self._every[key] = bool(
                        self.searcher.rows(KINDS[other], compiled.match, None, 1))
                    if len(self._every) > HITS_CACHE * len(KINDS):
                        self._every.pop(next(iter(self._every)))  # the oldest
                if found:
                    return True
        return False

    def bm25(self, bound: int) -> bool:
        """Whether ranking words in at most ``bound`` records by bm25 is cheap enough."""
        return bound <= BM25_LIMIT or self.indexed <= BM25_LIMIT

    @property
    def indexed(self) -> int:
        """Records in the search index (how rare a word is is told against this)."""
        if self._indexed is None:
            self._indexed = sum(self.total(kind) for kind in LISTED)
        return self._indexed

    # Corrections and hints

    def _corrected(self, kind: str, text: str, unknown: Iterable[str],
                   loose: bool = False) -> str | None:
        """``text`` with each unknown word that has a near word in ``kind`` replaced by it;
        None when none has."""
        changed = False
        for word in unknown:
            better = self._corrector().correct(KINDS[kind], word, loose)
            if better is None or better.casefold() == word.casefold():
                continue
            changed = True
            text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", better.replace("\\", "\\\\"),
                          text, count=1, flags=re.IGNORECASE)
        return text if changed else None

    def _hint(self, kind: str, plan: Plan) -> str | None:
        """A query that finds something in ``kind`` when this one finds nothing: the words
        that are found, else the text with its unknown words spelled as the nearest words of
        ``kind`` (one edit more than a correction). Never a lone stop word."""
        compiled = plan.compiled
        assert compiled is not None
        words = [w for w in compiled.words if not w.filter]
        typed = " ".join(w.text for w in compiled.words)
        tries = []
        found = [w.text for w in words if w.expr is not None]
        if found and len(found) < len(words):
            tries.append(" ".join(found))
        if compiled.unknown:
            spelled = self._corrected(kind, typed, compiled.unknown, loose=True)
            if spelled is not None:
                tries.append(spelled)
        for hint in tries:
            if (len(hint.split()) == 1 and is_stop(hint)) or hint == typed:
                continue
            if self.search(kind, self.prepare(hint), correct=False, scope=(kind,)).ids:
                return hint
        return None

    # Across kinds

    def ranking(self, prepared: Prepared, kinds: Iterable[str] = LISTED) -> list[str]:
        """The kinds with hits (searched together), the one with the best hit first."""
        scores, scope = {}, tuple(kinds)
        for kind in scope:
            hits = self.search(kind, prepared, scope=scope)
            if hits.ids:
                scores[kind] = self.score(kind, prepared, hits)
        return sorted(scores, key=lambda k: scores[k], reverse=True)

    def score(self, kind: str, prepared: Prepared, hits: Hits) -> Score:
        searched = self.prepare(hits.corrected) if hits.corrected else prepared
        compiled: Compiled | None = plan_of(searched).compiled
        if compiled is None:
            return Score(title=False, every_word=True, as_typed=True, plain=True, titled=False,
                         relevance=0.0)
        if hits.relaxed:
            known = [w.rank or w.expr for w in compiled.words if w.expr and not w.filter]
            *_, relevance = self.searcher.best(
                KINDS[kind], replace(compiled, title=None, titled=None, plain=None),
                " OR ".join(known), hits.ids[0],
                bm25=self.bm25(max(w.bound for w in compiled.words if w.expr)))
            return Score(title=False, every_word=False, as_typed=hits.corrected is None,
                         plain=True, titled=False, relevance=relevance)
        rank = compiled.rank_match or compiled.match
        if rank is None:  # only -words: every record without them
            return Score(title=False, every_word=True, as_typed=hits.corrected is None,
                         plain=True, titled=False, relevance=0.0)
        window = None if hits.complete else min(hits.ids)
        title, titled, plain, relevance = self.searcher.best(
            KINDS[kind], compiled, rank, hits.ids[0], window, self.bm25(compiled.bound))
        return Score(title=title, every_word=True, as_typed=hits.corrected is None,
                     plain=plain if compiled.plain is not None else True, titled=titled,
                     relevance=relevance)

    def counts(self, prepared: Prepared) -> dict[str, int]:
        """Hits per listed kind: what each tab lists (counted for a broad search)."""
        compiled: Compiled | None = plan_of(prepared).compiled
        every = (self.searcher.counts(compiled) if compiled is not None
                 and not compiled.impossible else dict.fromkeys(LISTED, 0))
        result = {}
        for kind in LISTED:
            if every[kind]:
                result[kind] = every[kind]
            else:
                hits = self.search(kind, prepared, scope=LISTED)
                result[kind] = len(hits.ids)
        return result
