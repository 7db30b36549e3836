"""Correcting a typed word that is found nowhere: the nearest words of the tab's own records.

Distance is the optimal string alignment distance (Damerau–Levenshtein with adjacent swaps,
as rapidfuzz computes it in C): at most 1 for words of 4 to 7 letters, 2 from 8 letters,
none below 4. Among the nearest, the word in most records wins; it is given as the content
writes it (with æ ø å). Only words of a length within reach are compared; each kind's words
of one length are one row of the index, read once.
"""

from __future__ import annotations

from .db import Database
from .kinds import Kind
from .text import fold

CANDIDATES = 8


def allowed_distance(word: str) -> int:
    return 0 if len(word) < 4 else 1 if len(word) <= 7 else 2


class Corrector:
    def __init__(self, db: Database):
        self.db = db
        self._words: dict[tuple[int, int], list[str]] = {}

    def _of_length(self, kind: Kind, length: int) -> list[str]:
        """The kind's folded words of ``length`` letters."""
        key = kind.number, length
        words = self._words.get(key)
        if words is None:
            found = self.db.scalar(
                "SELECT words FROM search_vocabulary WHERE kind = ? AND length = ?", key)
            words = self._words[key] = found.split("\n") if isinstance(found, str) else []
        return words

    @staticmethod
    def warm_up() -> None:
        """Load the edit-distance library (a few hundredths of a second), in idle time
        before the first typo."""
        from rapidfuzz import process  # noqa: F401
        from rapidfuzz.distance import OSA  # noqa: F401

    def correct(self, kind: Kind, typed: str, loose: bool = False) -> str | None:
        """The word the content most likely means by ``typed``, as it writes it; or None.
        ``loose`` allows one edit more (not on short words), for a suggestion the user
        chooses to try."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        word = fold(typed)
        strict = allowed_distance(word)
        limit = strict + (1 if loose and len(word) >= 3 else 0)
        if not limit:
            return None
        candidates = [w for n in range(max(1, len(word) - strict), len(word) + limit + 1)
                      for w in self._of_length(kind, n)]
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
