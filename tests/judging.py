"""Scoring a search engine on the judged queries: recall, precision and first hit per
category, each query typed in its tab and in the global field.

An engine answers two questions (``Engine``): what a tab lists for a text (a tab is a kind,
or "directory": People & organisations, its kinds together, opened on the kind the engine
ranks best; "library": Reports & research, likewise), and what the global field finds
(every kind's list, and the record it opens on: the first of the kind with the best hit).
Records are "kind:key".

Judgements come in two forms: ``search_questions.J`` (every record not judged wanted or
neutral is wrong), and the project's first set (``search_judgements.JUDGEMENTS``: only the
records it names as must-not are wrong), which keeps its own rule.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from mtviewer.ui.kinds import GROUPS as TAB_GROUPS

GROUPS = {name: group.kinds for name, group in TAB_GROUPS.items()}
"""The tabs that list several kinds, as the window has them (People & organisations is
"directory", Reports & research "library"); a bare key in a judgement is of the first."""


class Engine(Protocol):
    def tab(self, tab: str, text: str) -> tuple[list[str], str | None]:
        """Every record the tab lists (any order) and the first one it shows (None: none)."""

    def everywhere(self, text: str) -> tuple[list[str], str | None]:
        """Every record any kind lists, and the first of the kind the search opens on."""


@dataclass(frozen=True)
class Judged:
    category: str
    tab: str
    text: str
    wanted: frozenset[str]
    neutral: frozenset[str] = frozenset()
    wrong: frozenset[str] | None = None
    """Only these count as wrong (the first set's rule); None: all not wanted or neutral."""

    def kinds(self) -> tuple[str, ...]:
        return GROUPS.get(self.tab, (self.tab,))

    def is_wrong(self, record: str) -> bool:
        if record in self.wanted:
            return False
        if self.wrong is not None:
            return record in self.wrong
        kind = record.split(":", 1)[0]
        return record not in self.neutral and f"{kind}:*" not in self.neutral


def qualified(tab: str, keys: Iterable[str]) -> frozenset[str]:
    kind = GROUPS.get(tab, (tab,))[0]
    return frozenset(k if ":" in k else f"{kind}:{k}" for k in keys)


def from_question(j) -> Judged:
    return Judged(j.category, j.tab, j.text, qualified(j.tab, j.wanted),
                  qualified(j.tab, j.neutral))


def from_first_set(entry) -> Judged:
    category, tab, text, must, must_not = entry
    return Judged(category, tab, text, qualified(tab, must), wrong=qualified(tab, must_not))


@dataclass
class Tally:
    queries: int = 0
    wanted: int = 0
    found_wanted: int = 0
    found_wrong: int = 0
    first: int = 0

    @property
    def recall(self) -> float:
        return self.found_wanted / self.wanted if self.wanted else 1.0

    @property
    def precision(self) -> float:
        judged = self.found_wanted + self.found_wrong
        return self.found_wanted / judged if judged else 1.0

    def add(self, other: Tally) -> None:
        for name in ("queries", "wanted", "found_wanted", "found_wrong", "first"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class Result:
    tab: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    everywhere: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[str] = field(default_factory=list)

    def total(self, where: str) -> Tally:
        total = Tally()
        for tally in getattr(self, where).values():
            total.add(tally)
        return total


def _tally(judged: Judged, found: list[str], first: str | None, kinds: Iterable[str] | None,
           tally: Tally) -> list[str]:
    wanted = {w for w in judged.wanted if kinds is None or w.split(":", 1)[0] in kinds}
    right = [r for r in found if r in wanted]
    wrong = [r for r in found if judged.is_wrong(r)]
    tally.queries += 1
    tally.wanted += len(wanted)
    tally.found_wanted += len(set(right))
    tally.found_wrong += len(set(wrong))
    tally.first += (first in judged.wanted) if judged.wanted else (first is None)
    problems = []
    if set(right) != wanted:
        problems.append(f"missing {sorted(wanted - set(right))}")
    if wrong:
        problems.append(f"wrong {sorted(set(wrong))}")
    return problems


def score(engine: Engine, judgements: Iterable[Judged]) -> Result:
    result = Result()
    for judged in judgements:
        found, first = engine.tab(judged.tab, judged.text)
        problems = _tally(judged, found, first, judged.kinds(), result.tab[judged.category])
        if problems:
            result.misses.append(f"tab {judged.category}: {judged.tab} {judged.text!r}: "
                                 + "; ".join(problems))
        found, first = engine.everywhere(judged.text)
        problems = _tally(judged, found, first, None, result.everywhere[judged.category])
        if problems:
            result.misses.append(f"global {judged.category}: {judged.text!r}: "
                                 + "; ".join(problems))
    return result


def table(result: Result, title: str) -> str:
    lines = [title, f"{'category':26} {'queries':>7} │ {'tab: recall':>11} {'precision':>9} "
             f"{'first':>6} │ {'global: recall':>14} {'precision':>9} {'first':>6}"]
    categories = list(result.tab)
    rows = [(c, result.tab[c], result.everywhere[c]) for c in categories]
    rows.append(("all", result.total("tab"), result.total("everywhere")))
    for name, tab, every in rows:
        lines.append(f"{name:26} {tab.queries:>7} │ {tab.recall:>11.0%} {tab.precision:>9.0%} "
                     f"{tab.first / tab.queries:>6.0%} │ {every.recall:>14.0%} "
                     f"{every.precision:>9.0%} {every.first / every.queries:>6.0%}")
    return "\n".join(lines)


class Ours:
    """This project's search (``mtviewer.content``) as an ``Engine``."""

    def __init__(self, content):
        self.content = content
        self._keys: dict[tuple[str, int], str] = {}

    def _key(self, kind: str, record_id: int) -> str:
        key = self._keys.get((kind, record_id))
        if key is None:
            page = self.content.page(kind, record_id)
            key = self._keys[kind, record_id] = f"{kind}:{page.key if page else record_id}"
        return key

    def _lists(self, text: str, kinds: Iterable[str]) -> tuple[list[str], str | None]:
        prepared = self.content.prepare(text)
        found, firsts = [], {}
        kinds = tuple(kinds)
        for kind in kinds:
            ids = list(self.content.search(kind, prepared, scope=kinds).ids)
            found += [self._key(kind, i) for i in ids]
            if ids:
                firsts[kind] = self._key(kind, ids[0])
        best = self.content.ranking(prepared, list(kinds))
        return found, firsts.get(best[0]) if best else None

    def tab(self, tab: str, text: str) -> tuple[list[str], str | None]:
        kinds = GROUPS.get(tab)
        if kinds is None:
            found, _ = self._lists(text, (tab,))
            return found, found[0] if found else None
        return self._lists(text, kinds)

    def everywhere(self, text: str) -> tuple[list[str], str | None]:
        from mtviewer.content.kinds import LISTED

        return self._lists(text, LISTED)
