"""What a query compiles into: each searched word's FTS5 expression, bound and marks
(``Word``), and the query's expressions (``Compiled``), made by ``compile.Compiler``."""

from __future__ import annotations

from dataclasses import dataclass, field

from .marks import Marks

UNKNOWN = 1 << 62
"""A bound when the word list cannot say how many records a word is in (a prefix)."""


def fts_string(tokens: list[str] | tuple[str, ...]) -> str:
    return '"' + " ".join(tokens) + '"'  # tokens are letters and digits only


@dataclass(frozen=True)
class Word:
    """One searched word of a query (or a quoted phrase, a run of words the thesaurus
    knows, a field's value), compiled."""

    text: str
    """As typed."""
    expr: str | None
    """Its FTS5 expression; None when it matches nothing in the index."""
    bound: int = UNKNOWN
    """At most this many records (of all kinds) hold it, by the word list's counts."""
    plain: str | None = None
    """``expr`` without the thesaurus's other terms, when it has some (None: it has none,
    or the words as typed are found nowhere)."""
    synonyms: bool = False
    rank: str | None = None
    """``expr`` also seeking the words as written, for ranking exact spellings first."""
    size: int = 1
    """How many typed words it stands for (a phrase the thesaurus knows: its words)."""
    filter: bool = False
    """A field's value (speaker:, year:): always required, never left out."""
    parts: tuple[str, ...] = ()
    """Found nowhere whole, it was searched as these parts of a compound."""
    too_long: bool = False
    """Longer than any indexed word: not looked up, nor corrected."""
    marks: Marks = field(default_factory=Marks)
    title: str | None = None
    """A title holding the word (or another term the thesaurus gives for it)."""


@dataclass(frozen=True)
class Compiled:
    words: tuple[Word, ...]
    match: str | None
    """The FTS5 expression of every word (with any -words as its NOT part); None when there
    are no positive words or one of them matches nothing."""
    exclude: str | None
    """The -words, as an expression to leave out."""
    rank_match: str | None = None
    """``match`` with each word also sought as written, so bm25 puts exact spellings first;
    it matches the same records, at twice the cost, so it is used only for ranking."""
    plain: str | None = None
    """``match`` without the thesaurus's other terms, when it has some: its records rank
    above those found only through them."""
    title: str | None = None
    """A title holding every word typed (stop words too): such records rank first."""
    titled: str | None = None
    """A title holding every word searched for, or the thesaurus's other terms for it:
    such records rank next."""
    bound: int = UNKNOWN
    marks: Marks = field(default_factory=Marks)

    @property
    def impossible(self) -> bool:
        """A word matches nothing in the index, so no record has every word."""
        return any(w.expr is None for w in self.words)

    @property
    def unknown(self) -> tuple[str, ...]:
        """Words (as typed) found nowhere that a tab may correct."""
        return tuple(w.text for w in self.words if w.expr is None and not w.too_long)

    @property
    def splits(self) -> tuple[Word, ...]:
        return tuple(w for w in self.words if w.parts)
