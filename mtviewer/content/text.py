"""Folding text so people find Norwegian words typed without Norwegian keys.

``fold`` lower-cases, turns æ into "ae", ø into "o", å into "a", strips accents, then reads
"aa" as "a" and "oe" as "o". Applied to both the index and the query, this lets `o`/`oe`
find ø, `a`/`aa` find å and `ae` find æ. ``fold_with_map`` does the same while remembering
where each folded character came from, for highlighting matches in the original text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a"})
_PAIRS = (("aa", "a"), ("oe", "o"))
WORD = re.compile(r"[^\W_]+")
"""A word as SQLite's unicode61 tokenizer sees one: letters and digits."""


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char.casefold().translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """The searchable form of ``text``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    for pair, single in _PAIRS:
        folded = folded.replace(pair, single)
    return folded


@lru_cache(maxsize=2048)
def fold_with_map(text: str) -> tuple[str, tuple[int, ...]]:
    """``fold(text)`` and, for each of its characters, the index it came from in ``text``."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        piece = _fold_char(char)
        if len(piece) == 1:
            chars.append(piece)
            origin.append(index)
        else:
            chars.extend(piece)
            origin.extend([index] * len(piece))
    for pair, single in _PAIRS:
        if pair not in "".join(chars):
            continue
        merged_chars: list[str] = []
        merged_origin: list[int] = []
        i = 0
        while i < len(chars):
            if "".join(chars[i:i + 2]) == pair:
                merged_chars.append(single)
                merged_origin.append(origin[i])
                i += 2
            else:
                merged_chars.append(chars[i])
                merged_origin.append(origin[i])
                i += 1
        chars, origin = merged_chars, merged_origin
    return "".join(chars), tuple(origin)


def words(text: str) -> list[str]:
    return WORD.findall(text)
