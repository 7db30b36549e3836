"""The search thesaurus: terms of this field that mean the same ("rus", "avhengighet",
"addiction"), read from ``resources/search/thesaurus.toml``, which editors may extend.

A term is a word or a phrase of up to ``LONGEST`` words. A typed word, or a run of typed
words, meets an entry's term when their folded words are the same, or their Norwegian stems
are ("brosjyrer" meets "brosjyre", "tenester" meets "teneste"); the search then also looks for
the entry's other terms, ranked below the words as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .stems import stem
from .text import fold, words

LONGEST = 3
"""The most words a term may have."""


@dataclass(frozen=True)
class Entry:
    terms: tuple[str, ...]
    note: str

    def others(self, written: tuple[str, ...]) -> list[tuple[str, ...]]:
        """The folded words of each term but those the typed words (``written``, in lower
        case) meet."""
        typed, met = tuple(fold(w) for w in written), key(written)
        return [tuple(words(fold(term))) for term in self.terms
                if tuple(words(fold(term))) != typed and key(_written(term)) != met]


def _written(term: str) -> tuple[str, ...]:
    return tuple(words(term.casefold()))


def key(written: tuple[str, ...]) -> tuple[str, ...]:
    """What two terms share when one meets the other: the (folded) stems of their words as
    written, in lower case."""
    return tuple(stem(word) for word in written)


class Thesaurus:
    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self._index: dict[tuple[str, ...], tuple[Entry, str]] = {}
        for entry in entries:
            for term in entry.terms:
                folded = words(fold(term))
                self._index.setdefault(("=", *folded), (entry, " ".join(folded)))
                self._index.setdefault(("~", *key(_written(term))), (entry, " ".join(folded)))

    def entry(self, written: tuple[str, ...]) -> Entry | None:
        """The entry one of whose terms these words (as typed, in lower case) are, folded,
        or share the stems of, or are forms of; not a term's mere start (the stemmer takes
        "bruker" to "bruk", which is another word)."""
        folded = tuple(fold(w) for w in written)
        exact = self._index.get(("=", *folded))
        if exact is not None:
            return exact[0]
        stemmed, typed = key(written), " ".join(folded)
        for found in (self._index.get(("~", *stemmed)), self._index.get(("=", *stemmed))):
            if found is not None and not found[1].startswith(typed):  # "brukarar": "brukar"
                return found[0]
        return None


class ThesaurusError(ValueError):
    """The thesaurus file is not as ``load`` expects (the message says where)."""


def load(path: Path) -> list[Entry]:
    """The file's entries; ThesaurusError names the first thing wrong with it."""
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ThesaurusError(f"{path.name}: {exc}") from exc
    entries = []
    for number, item in enumerate(data.get("entry", []), start=1):
        terms, note = (item.get("terms"), item.get("note")) if isinstance(item, dict) else (
            None, None)
        if not isinstance(terms, list) or len(terms) < 2 or not all(
                isinstance(t, str) and 1 <= len(words(fold(t))) <= LONGEST for t in terms):
            raise ThesaurusError(f"{path.name}: entry {number}: terms must be a list of at "
                                 f"least two words or phrases of 1 to {LONGEST} words")
        if not isinstance(note, str) or not note.strip():
            raise ThesaurusError(f"{path.name}: entry {number}: give a note")
        entries.append(Entry(tuple(terms), note))
    return entries


@lru_cache(maxsize=1)
def thesaurus() -> Thesaurus:
    """The shipped thesaurus; an empty one when its file is missing or damaged (search then
    finds the words as typed, as it did before there was one)."""
    from .. import paths

    try:
        return Thesaurus(load(paths.shipped("resources/search/thesaurus.toml")))
    except ThesaurusError:
        return Thesaurus([])
