"""Folding text so people find Norwegian words typed without Norwegian keys.

``fold`` lower-cases, turns æ into "ae", ø into "o", å into "a", strips accents, then reads
"aa" as "a" and "oe" as "o". Applied to both the index and the query, this lets `o`/`oe`
find ø, `a`/`aa` find å and `ae` find æ. ``fold_with_map`` does the same while remembering
where each folded character came from, for highlighting matches in the original text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
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


SHORT = 3
"""Search words shorter than this match the starts of words only (search widens longer ones
to the words that contain them), so they are marked only where a word starts."""


@dataclass(frozen=True)
class Marks:
    """What to mark where a search matched: folded word parts (``parts``, marked wherever
    they occur, short ones only where a word starts) and folded Norwegian stems (``stems``:
    a whole word is marked when its stem is one of them, "gitaren" for "gitar")."""

    parts: tuple[str, ...] = ()
    stems: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.parts or self.stems)

    def __add__(self, other: Marks) -> Marks:
        return Marks(tuple(dict.fromkeys((*self.parts, *other.parts))),
                     tuple(dict.fromkeys((*self.stems, *other.stems))))


def match_spans(text: str, needles: Iterable[str] | Marks) -> list[tuple[int, int]]:
    """Where the folded ``needles`` (or the ``Marks``) occur in ``text``: sorted, merged
    (start, end) spans."""
    marks = needles if isinstance(needles, Marks) else Marks(tuple(needles))
    needles = [n for n in marks.parts if n]
    if not (needles or marks.stems) or not text:
        return []
    folded, origin = fold_with_map(text)
    spans = _stem_spans(text, marks.stems) if marks.stems else []
    for needle in needles:
        start = folded.find(needle)
        while start >= 0:
            end = start + len(needle)
            if len(needle) >= SHORT or start == 0 or not folded[start - 1].isalnum():
                spans.append((origin[start], origin[end - 1] + 1))
            start = folded.find(needle, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _stem_spans(text: str, stems: tuple[str, ...]) -> list[tuple[int, int]]:
    """The words of ``text`` whose folded stem is one of ``stems`` (a stem starts its word,
    so only words starting with one are stemmed)."""
    from .stems import stem

    wanted = set(stems)
    return [(m.start(), m.end()) for m in WORD.finditer(text)
            if _fold_word(m.group()).startswith(stems) and stem(m.group()) in wanted]


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return fold(word)
