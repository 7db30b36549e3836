"""Norwegian word forms: the Snowball Norwegian stemmer (PyStemmer), used the same way when
the search index is built and when a search is typed.

Words are stemmed as written (lower case, with æ ø å, which the stemmer's rules know), then
folded like everything else the index holds. The stemmer shortens a few words past their
meaning; those are protected: ``gitar`` would become ``git``.
"""

from __future__ import annotations

from functools import lru_cache

from .text import fold

PROTECTED = {"gitar": "gitar"}
"""Words the stemmer mangles, and the stem to use instead (its forms, such as ``gitaren``
and ``gitarer``, already stem to ``gitar``)."""


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer  # PyStemmer: the Snowball stemmers in C

    return Stemmer.Stemmer("norwegian")


def stemmer_version() -> str:
    """'PyStemmer 3.1.0': which stemmer a database's search index was built with (another
    version may stem some words differently, and so build another index)."""
    from importlib import metadata

    try:
        return f"PyStemmer {metadata.version('PyStemmer')}"
    except metadata.PackageNotFoundError:  # a bundle without the distribution's metadata
        import Stemmer

        return f"PyStemmer {Stemmer.version()}"


@lru_cache(maxsize=65536)
def _raw(lower: str) -> str:
    return PROTECTED.get(lower) or _stemmer().stemWord(lower)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The folded stem of one written word."""
    return fold(_raw(word.casefold()))


def stems(word: str) -> tuple[str, ...]:
    """The stems a searched word may meet in the index: its stem, and the stem of that
    (the stemmer takes ``brukere`` to ``bruker`` but ``bruker`` to ``bruk``)."""
    first = _raw(word.casefold())
    second = _raw(first)
    return (fold(first),) if second == first else (fold(first), fold(second))
