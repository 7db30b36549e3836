"""Compiling a parsed query into FTS5 expressions against the content database's index.

Rules (each covered by tests on the real content, and measured by a judged query set):
- folded matching (see ``text.fold``); exact spellings rank first;
- a word matches whole words that contain it ("terap" finds "musikkterapeut") and prefixes;
- and its other forms: its Norwegian stem meets the stems of the index ("gitaren", "håper",
  "brukere"), and a long stem also widens like a word part ("psykoser" finds
  "psykoselidelser");
- a word, or a run of up to three words, that is a term of the thesaurus also seeks the
  entry's other terms ("avhengighet": "rus", "addiction"; "mental health": "psykisk helse");
  the expression without them (``plain``) ranks the words as typed first;
- a word found nowhere is tried as two known words ("rusbehandling": "rus" and
  "behandling"); still unknown, it is left for the tab to correct (``Corrector``), unless it
  is longer than any indexed word, which nothing could be near;
- anything else (quotes, stars, brackets, FTS5 operators, SQL) is only ever text: user text
  reaches MATCH as double-quoted letters and digits, bound as a parameter.

Each word's compiled form is kept (``WORD_CACHE`` of them), so a keystroke recompiles only
the word it changed.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace

from .compiled import UNKNOWN, Compiled, Word, fts_string
from .db import Database
from .kinds import KINDS
from .marks import Marks
from .query import Query, Term
from .stems import stems
from .text import fold

__all__ = ["UNKNOWN", "Compiled", "Compiler", "Word", "fts_string"]
from .thesaurus import LONGEST, thesaurus

MAX_EXPANSION = 64
"""A word part that occurs in more whole words than this is matched as a prefix instead."""
COMPOUND = 8
"""A word this long may be a compound: when it is rare as a whole (in at most ``RARE``
records), it also seeks its two parts, both in one record."""
RARE = 5
STEM_WIDENS = 5
"""A stem this long also widens to the words it starts ("psykoser": "psykoselidelser";
shorter ones, such as "fol", would find unrelated words: "folk")."""
STEM_CONTAINED = 7
"""A stem this long widens like a word part, to the words that contain it
("behandlingen": "rusbehandling"); a shorter one would turn up inside unrelated words
("semin", the stem of "seminar", inside "helseministeren")."""
LONGEST_PREFIX = 8
"""The longest prefix with an index of its own (the build's ``prefix='1 … 8'``). FTS5 answers
a longer prefix by merging every word that starts with it, which at a million records costs
a tenth of a second; ``_prefix`` avoids that where an exact cheaper form exists."""
LISTED_PREFIX = 32
"""A long prefix shared by at most this many words is sought as those words."""
WORD_CACHE = 2048


class Compiler:
    """Compiles parsed queries against one content database's word list."""

    def __init__(self, db: Database):
        self.db = db
        self._words: OrderedDict[tuple, Word] = OrderedDict()
        self._longest: int | None = None

    @property
    def longest(self) -> int:
        """The length of the longest indexed word."""
        if self._longest is None:  # each kind's last row by its key: no word list is read
            found = [self.db.scalar("SELECT length FROM search_vocabulary WHERE kind = ? "
                                    "ORDER BY length DESC LIMIT 1", (kind.number,))
                     for kind in KINDS.values() if kind.number]
            self._longest = max((n for n in found if isinstance(n, int)), default=0)
        return self._longest

    def compile(self, query: Query) -> Compiled:
        kept = query.positive
        words = tuple(self._group([t for t in query.terms if t in kept
                                   or (t.stop and not t.exclude)], kept))
        negatives = [self._prefix(t.folded_words[0])
                     if t.column == "folded" and len(t.folded_words) == 1 and not t.phrase
                     else f"{t.column}:{fts_string(t.folded_words)}*" for t in query.negative]
        exclude = " OR ".join(negatives) or None
        marks = Marks()
        for word in words:
            marks += word.marks
        typed = query.typed_words  # each a whole word, but the last, which may be unfinished
        title = (" AND ".join([*(f"title:{fts_string([w])}" for w in typed[:-1]),
                               self._prefix(typed[-1], "title")])
                 if typed and len(typed) <= 16 else None)
        if not words or any(w.expr is None for w in words):
            return Compiled(words, None, exclude, title=title, marks=marks,
                            bound=0 if words else UNKNOWN)
        match = " AND ".join(w.expr for w in words)  # type: ignore[misc]
        rank_match = " AND ".join(w.rank or w.expr for w in words)  # type: ignore[misc]
        plain = None
        if any(w.synonyms for w in words):
            plains = [w.plain if w.synonyms else w.expr for w in words]
            plain = " AND ".join(plains) if all(plains) else ""  # type: ignore[arg-type]
        if exclude:  # FTS5's own NOT streams; a NOT IN subquery reads every hit
            match, rank_match = f"({match}) NOT ({exclude})", f"({rank_match}) NOT ({exclude})"
            plain = f"({plain}) NOT ({exclude})" if plain else plain
        titles = [w.title for w in words if not w.filter]
        titled = " AND ".join(titles) if titles and all(titles) else None  # type: ignore[arg-type]
        return Compiled(words, match, exclude, rank_match, plain, title, titled,
                        min(w.bound for w in words), marks)

    # Words

    def _group(self, terms: list[Term], kept: list[Term]) -> list[Word]:
        """Each term kept compiled, runs of plain words the thesaurus knows as one (a
        stop word within such a run belongs to it: "directorate of health")."""
        found: list[Word] = []
        i = 0
        while i < len(terms):
            for size in range(min(LONGEST, len(terms) - i), 0, -1):
                run = terms[i:i + size]
                if run[0] not in kept or run[-1] not in kept:
                    continue
                if all(_plain_word(t) for t in run):
                    written = tuple(t.written_words[0] for t in run)
                    entry = thesaurus().entry(written)
                    if entry is not None:
                        found.append(self._cached(("thesaurus", written),
                                                  lambda r=run, e=entry, w=written:
                                                  self._synonyms(r, e.others(w))))
                        i += size
                        break
            else:
                term = terms[i]
                if term in kept:
                    found.append(self._cached(("term", term.text, term.column, term.phrase),
                                              lambda t=term: self._term(t)))
                i += 1
        return found

    def _cached(self, key: tuple, make) -> Word:
        word = self._words.get(key)
        if word is None:
            word = self._words[key] = make()
            if len(self._words) > WORD_CACHE:
                self._words.popitem(last=False)
        else:
            self._words.move_to_end(key)
        return word

    def _term(self, term: Term) -> Word:
        word = self._term_word(term)
        if word.filter or word.expr is None:
            return word
        return replace(word, title=self._title(term.written_words or term.folded_words))

    def _term_word(self, term: Term) -> Word:
        folded = term.folded_words
        if term.column == "year":
            return Word(term.text, f"year:{fts_string(folded)}", filter=True)
        filtered = term.column != "folded"
        if len(folded) != 1 or term.phrase or filtered:
            expr = f"{term.column}:{fts_string(folded)}*"
            rank = (self._ranked(expr, term.written_words)
                    if term.column == "folded" and term.written_words else None)
            return Word(term.text, expr, rank=rank, filter=filtered, marks=Marks(tuple(folded)),
                        size=1 if term.phrase else len(folded))
        word, written = folded[0], (term.written_words or folded)[0]
        if len(word) > self.longest:
            return Word(term.text, None, too_long=True)
        if len(word) < 3:
            expr = self._prefix(word)
            return Word(term.text, expr, rank=self._ranked(expr, [written]),
                        marks=Marks((word,)))
        found = self._word_forms(word, written)
        rare = found is None or found[1] <= RARE
        parts = self._compound(word) if len(word) >= COMPOUND and rare else None
        if found is None and parts is None:
            return Word(term.text, None)
        if found is None:
            assert parts is not None
            return Word(term.text, parts[0], parts[1], parts=parts[3], marks=parts[2])
        expr, bound, marks = found
        if parts is not None:
            expr, bound, marks = (f"({expr} OR {parts[0]})", min(bound + parts[1], UNKNOWN),
                                  marks + parts[2])
        return Word(term.text, expr, bound, rank=self._ranked(expr, [written]), marks=marks)

    def _synonyms(self, run: list[Term], others: list[tuple[str, ...]]) -> Word:
        """A run of words the thesaurus knows: the words as typed, or any other term."""
        typed = [self._term(t) for t in run]
        plain = (" AND ".join(w.expr for w in typed)  # type: ignore[misc]
                 if all(w.expr for w in typed) else None)
        alternatives, bound, marks = [], 0, Marks()
        for word in typed:
            marks += word.marks
        for other in others:
            if len(other) == 1:
                found = self._word_forms(other[0], other[0])
                if found is not None:
                    alternatives.append(found[0])
                    bound += found[1]
                    marks += found[2]
            else:  # a phrase: in no more records than its rarest whole word
                docs = min(self._docs(w) for w in other[:-1])
                if docs:
                    alternatives.append(f"folded:{fts_string(other)}*")
                    bound += docs
                    marks += Marks(other)
        text = " ".join(t.text for t in run)
        if not alternatives and len(typed) == 1:
            return typed[0]
        if plain is None and not alternatives:
            return Word(text, None, size=len(run))
        if plain is not None:
            bound += min(w.bound for w in typed)
        expr = " OR ".join(([f"({plain})"] if plain else []) + alternatives)
        title = " OR ".join([self._title([w for t in run for w in t.written_words]),
                             *(self._title(o) for o in others)])
        rank = (" AND ".join(w.rank or w.expr for w in typed)  # type: ignore[misc]
                if plain is not None else None)
        return Word(text, f"({expr})", min(bound, UNKNOWN), plain=plain,
                    synonyms=bool(alternatives), size=len(run),
                    rank=f"(({expr}) AND ({expr} OR {rank}))" if rank else None, marks=marks,
                    title=f"({title})")

    def _word_forms(self, word: str, written: str) -> tuple[str, int, Marks] | None:
        """The word, the words containing it and its other forms."""
        parts, bound, words = [], 0, {}
        stemmed = [s for s in stems(written) if len(written) >= 4]
        widen = [word, *(s for s in stemmed if len(s) >= STEM_WIDENS and s != word)]
        for part in widen:
            found = (self._expansions(part) if part == word or len(part) >= STEM_CONTAINED
                     else self._starting(part))
            if found is None:  # too many words contain it: a prefix instead
                parts.append(self._prefix(part))
                bound = UNKNOWN
            else:
                words.update(found)
        if words:
            parts.append("folded:(" + " OR ".join(fts_string([w]) for w in words) + ")")
            bound += sum(words.values())
        known_stems = {s: docs for s in stemmed
                       if (docs := self.db.scalar("SELECT docs FROM search_stems WHERE term = ?",
                                                  (s,)))}
        if known_stems:
            parts.append("stemmed:(" + " OR ".join(fts_string([s]) for s in known_stems) + ")")
            bound += sum(known_stems.values())
        if not parts:
            return None
        expr = "(" + " OR ".join(parts) + ")" if len(parts) > 1 else parts[0]
        return expr, min(bound, UNKNOWN), Marks(tuple(widen), tuple(known_stems))

    def _prefix(self, part: str, column: str = "folded") -> str:
        """``part`` as the start of a folded word, in the cheapest exact form: the indexed
        prefix of its first ``LONGEST_PREFIX`` letters when every word starting with those
        starts with ``part`` ("fellessk" for "fellesskap"), else the few words starting
        with ``part``, else the prefix itself (exact, but FTS5 merges all its words)."""
        if len(part) <= LONGEST_PREFIX:
            return f"{column}:{fts_string([part])}*"
        head = part[:LONGEST_PREFIX]
        other = self.db.first(
            "SELECT 1 FROM search_words WHERE (term >= ? AND term < ?) OR (term > ? AND term < ?) "
            "LIMIT 1", (head, part, part + "\uffff", head + "\uffff"))
        if other is None:
            return f"{column}:{fts_string([head])}*"
        words = [w for (w,) in self.db.all(
            "SELECT term FROM search_words WHERE term >= ? AND term < ? LIMIT ?",
            (part, part + "\uffff", LISTED_PREFIX + 1)) if isinstance(w, str)]
        if not words:
            return f"{column}:{fts_string([part])}*"
        if len(words) <= LISTED_PREFIX:
            return f"{column}:(" + " OR ".join(fts_string([w]) for w in words) + ")"
        return f"{column}:{fts_string([part])}*"

    def _title(self, written: list[str] | tuple[str, ...]) -> str:
        """A title holding each of these words, in any of its forms: each as the start of
        a title word, by its stem when the word starts with that ("toppmøtet": "toppmot")."""
        starts = []
        for word in written:
            folded = fold(word)
            stem = stems(word)[0]
            starts.append(self._prefix(stem if len(stem) >= 3 and folded.startswith(stem)
                                       else folded, "title"))
        return "(" + " AND ".join(starts) + ")"

    @staticmethod
    def _ranked(expr: str, written: list[str]) -> str:
        """``expr`` also seeking the words as written, so bm25 puts exact spellings first.
        A last word longer than ``LONGEST_PREFIX`` is sought by its indexed start, and the
        whole is held to ``expr``'s records, so ranking never merges a long prefix."""
        last = written[-1]
        if len(last) <= LONGEST_PREFIX:
            return f"({expr} OR body:{fts_string(written)}*)"
        short = [*written[:-1], last[:LONGEST_PREFIX]]
        return f"({expr} AND ({expr} OR body:{fts_string(short)}*))"

    def _starting(self, part: str) -> dict[str, int] | None:
        """The indexed words starting with ``part``, with their record counts; None when
        there are more than MAX_EXPANSION of them."""
        found = self.db.all("SELECT term, docs FROM search_words WHERE term >= ? AND term < ? "
                            "LIMIT ?", (part, part + "\uffff", MAX_EXPANSION + 1))
        if len(found) > MAX_EXPANSION:
            return None
        return {term: docs for term, docs in found if isinstance(docs, int)}

    def _expansions(self, part: str) -> dict[str, int] | None:
        """The indexed words containing ``part``, with their record counts; None when there
        are more than MAX_EXPANSION of them."""
        found = self.db.all("SELECT term, docs FROM search_terms WHERE search_terms MATCH ? "
                            "LIMIT ?", (fts_string([part]), MAX_EXPANSION + 1))
        if len(found) > MAX_EXPANSION:
            return None
        return {term: docs for term, docs in found if isinstance(docs, int)}

    def _compound(self, word: str) -> tuple[str, int, Marks, tuple[str, str]] | None:
        """A long word as two known words ("rusbehandling": "rus" + "behandling")."""
        best = None
        for cut in range(3, len(word) - 2):
            left, right = word[:cut], word[cut:]
            if right.startswith("s") and len(right) > 4 and not self._part(right)[0]:
                right = right[1:]  # the joining s of Norwegian compounds: "mestrings|glede"
            (left_whole, left_docs), (right_whole, right_docs) = (self._part(left),
                                                                  self._part(right))
            if left_docs and right_docs:
                score = (left_whole + right_whole, min(left_docs, right_docs))
                if best is None or score > best[0]:
                    best = (score, left, right)
        if best is None:
            return None
        left_forms, right_forms = (self._word_forms(part, part) for part in best[1:])
        if left_forms is None or right_forms is None:
            return None
        return (f"({left_forms[0]} AND {right_forms[0]})", min(left_forms[1], right_forms[1]),
                left_forms[2] + right_forms[2], (best[1], best[2]))

    def _docs(self, word: str) -> int:
        """In how many records the folded ``word`` occurs."""
        docs = self.db.scalar("SELECT docs FROM search_words WHERE term = ?", (word,))
        return docs if isinstance(docs, int) else 0

    def _part(self, part: str) -> tuple[bool, int]:
        """Whether ``part`` is a whole indexed word, and in how many records it begins a
        word: a part of a compound must be a word, or (from five letters) a word's start."""
        docs = self.db.scalar("SELECT docs FROM search_words WHERE term = ?", (part,))
        if isinstance(docs, int) and docs:
            return True, docs
        if len(part) < 5:
            return False, 0
        docs = self.db.scalar("SELECT sum(docs) FROM (SELECT docs FROM search_words "
                              "WHERE term > ? AND term < ? LIMIT 200)", (part, part + "\uffff"))
        return False, docs if isinstance(docs, int) else 0


def _plain_word(term: Term) -> bool:
    """An unquoted word of the folded column, which the thesaurus may know."""
    return (term.column == "folded" and not term.phrase and len(term.folded_words) == 1
            and len(term.written_words) == 1)

