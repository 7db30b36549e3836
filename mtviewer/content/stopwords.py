"""Stop words: the function words a search leaves out ("hva", "er", "på", "the", "of").

The lists are the Snowball project's for Norwegian (bokmål and nynorsk) and English, shipped
as published (``resources/search/*-stop.txt``: a word at the start of a line, ``|`` starts a
comment). A typed word is a stop word when its folded form is on either list, so "sa" is one
as well as "så". The parser keeps a stop word when it is in quotation marks, or when every
word typed is one (``query.parse``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .text import fold

LISTS = ("norwegian-stop.txt", "english-stop.txt")


def read_list(path: Path) -> list[str]:
    """The words of a Snowball stop list, in its order."""
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("|", 1)[0].strip()
        if word:
            found.append(word.split()[0])
    return found


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Every folded stop word of the shipped lists (none when they are missing: then every
    word is searched, which is what search did before it had them)."""
    from .. import paths

    folded: set[str] = set()
    for name in LISTS:
        try:
            words = read_list(paths.shipped(f"resources/search/{name}"))
        except (OSError, UnicodeDecodeError):
            continue
        folded.update(fold(word) for word in words)
    return frozenset(folded)


def is_stop(word: str) -> bool:
    return fold(word) in stop_words()
