"""What to mark where a search matched: the folded parts of the words typed, wherever
they occur, and words by their Norwegian stem ("gitaren" for "gitar")."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .stems import stem
from .text import WORD, fold, fold_with_map

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
    wanted = set(stems)
    return [(m.start(), m.end()) for m in WORD.finditer(text)
            if _fold_word(m.group()).startswith(stems) and stem(m.group()) in wanted]


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return fold(word)
