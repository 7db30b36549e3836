"""Correcting a typed word that is found nowhere: the nearest words of the tab's own records.

Distance is the optimal string alignment distance (Damerau–Levenshtein with adjacent swaps,
as rapidfuzz computes it in C): at most 1 for words of 4 to 7 letters, 2 from 8 letters,
none below 4. Among the nearest, the word in most records wins; it is given as the content
writes it (with æ ø å). Each kind's words are read once, in one row, and bucketed by length.
"""

from __future__ import annotations

from collections import defaultdict

from .db import Database
from .kinds import Kind
from .text import fold

CANDIDATES = 8


def allowed_distance(word: str) -> int:
    return 0 if len(word) < 4 else 1 if len(word) <= 7 else 2


class Corrector:
    def __init__(self, db: Database):
        self.db = db
        self._vocabularies: dict[int, dict[int, list[str]]] = {}

    def _vocabulary(self, kind: Kind) -> dict[int, list[str]]:
        if kind.number not in self._vocabularies:
            words = self.db.scalar("SELECT words FROM search_vocabulary WHERE kind = ?",
                                   (kind.number,))
            by_length: dict[int, list[str]] = defaultdict(list)
            for word in (words or "").split("\n") if isinstance(words, str) else ():
                by_length[len(word)].append(word)
            self._vocabularies[kind.number] = by_length
        return self._vocabularies[kind.number]

    def correct(self, kind: Kind, typed: str, loose: bool = False) -> str | None:
        """The word the content most likely means by ``typed``, as it writes it; or None.
        ``loose`` allows one edit more, for a suggestion the user chooses to try."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        word = fold(typed)
        limit = allowed_distance(word) + (1 if loose and len(word) >= 3 else 0)
        if not limit:
            return None
        vocabulary = self._vocabulary(kind)
        candidates = [w for n in range(len(word) - limit, len(word) + limit + 1)
                      for w in vocabulary.get(n, ())]
        found = process.extract(word, candidates, scorer=OSA.distance, score_cutoff=limit,
                                limit=CANDIDATES)
        if not found:
            return None
        nearest = min(distance for _, distance, _ in found)
        best = max((candidate for candidate, distance, _ in found if distance == nearest),
                   key=lambda c: (self._docs(c), c))
        written = self.db.scalar("SELECT written FROM search_words WHERE term = ?", (best,))
        return written if isinstance(written, str) else best

    def _docs(self, word: str) -> int:
        docs = self.db.scalar("SELECT docs FROM search_words WHERE term = ?", (word,))
        return docs if isinstance(docs, int) else 0
