"""Running searches against the SQLite FTS5 index: one query per keystroke where possible.

Rules (each covered by tests on the real content, and measured by a judged query set):
- folded matching (see ``text.fold``); exact spellings rank first;
- a word matches whole words that contain it ("terap" finds "musikkterapeut") and prefixes;
- and its other forms: its Norwegian stem meets the stems of the index ("gitaren", "håper",
  "brukere"), and a long stem also widens like a word part ("psykoser" finds
  "psykoselidelser");
- a few English and nynorsk words also seek their bokmål ones (``ALSO``);
- a word found nowhere is tried as two known words ("rusbehandling": "rus" and
  "behandling"); still unknown, it is left for the tab to correct (``Corrector``);
- anything else (quotes, stars, brackets, FTS5 operators, SQL) is only ever text: user text
  reaches MATCH as double-quoted letters and digits, bound as a parameter.

How a keystroke is answered: compiling the text looks each word up in the word list, which
also says in how many records each word occurs. When that bounds the hits at ``RANK_LIMIT``
or fewer (or the kind has no more records than that), one ranked query answers; otherwise
one query fetches the first page in index order (newest first), and only if the words
together matched fewer records than their counts promised does a ranked query follow.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass

from .api import PAGE, RANK_LIMIT  # noqa: F401 (part of this module's interface)
from .db import Database
from .kinds import KINDS, LISTED, Kind, order_sql, rowid_range
from .query import Query, Term
from .stems import stems

MAX_EXPANSION = 64
"""A word part that occurs in more whole words than this is matched as a prefix instead."""
WEIGHTS = "10.0, 1.0, 0.4, 2.0, 1.0, 1.0, 1.0"
"""bm25 weights per column (body, folded, stemmed, who, place, source, year): as written
first, then folded, then other forms of the word."""
COMPOUND = 8
"""A word this long may be a compound: when it is rare as a whole (in at most ``RARE``
records), it also seeks its two parts, both in one record."""
RARE = 5
STEM_WIDENS = 5
"""A stem this long also widens like a word part (shorter ones, such as "fol", would find
unrelated words: "folk")."""
ALSO = {
    # English words people type, and the bokmål words they mean
    "music": ("musikk",), "therapy": ("terapi",), "therapist": ("terapeut",),
    "guideline": ("retningslinje",), "guidelines": ("retningslinje",),
    "conference": ("konferanse",), "summit": ("toppmote",), "brochure": ("brosjyre",),
    "guitar": ("gitar",), "song": ("sang",), "songs": ("sang",), "choir": ("kor",),
    "hope": ("hap",), "health": ("helse",), "treatment": ("behandling",),
    "psychosis": ("psykose",), "detox": ("avrusning",), "addiction": ("rus", "avhengighet"),
    "substance": ("rus",), "user": ("bruker",), "users": ("bruker",), "report": ("rapport",),
    "mental": ("psykisk",), "songwriting": ("latskriving",),
    # nynorsk words, and their bokmål forms
    "teneste": ("tjeneste",), "tenester": ("tjeneste",), "tenesta": ("tjeneste",),
    "brukar": ("bruker",), "brukarar": ("bruker",), "brukarane": ("bruker",),
    "ikkje": ("ikke",), "eg": ("jeg",), "kva": ("hva",), "korleis": ("hvordan",),
    "helsetenesta": ("helsetjeneste",), "rusbehandlinga": ("rusbehandling",),
    "kjensle": ("folelse",), "kjensler": ("folelse",), "songar": ("sang",),
    "musikkterapeutar": ("musikkterapeut",), "retningsline": ("retningslinje",),
    "retningsliner": ("retningslinje",), "tilbod": ("tilbud",),
}
"""Folded words seeking other folded words (English and nynorsk words in bokmål content)."""
UNKNOWN = 1 << 62
LONGEST_PREFIX = 8
"""The longest prefix with an index of its own (the build's ``prefix='1 … 8'``). FTS5 answers
a longer prefix by merging every word that starts with it, which at a million records costs
a tenth of a second; ``Searcher._prefix`` avoids that where an exact cheaper form exists."""
LISTED_PREFIX = 32
"""A long prefix shared by at most this many words is sought as those words."""


def _fts_string(tokens: list[str]) -> str:
    return '"' + " ".join(tokens) + '"'  # tokens are letters and digits only


@dataclass(frozen=True)
class Compiled:
    match: str | None
    """The FTS5 expression for the positive terms (with any -words as its NOT part); None
    when there are no positive terms."""
    exclude: str | None
    """The -words, only when there is no ``match`` to attach them to."""
    impossible: bool = False
    """A term matches no word in the index, so nothing can match."""
    rank_match: str | None = None
    """``match`` with each word also sought as written, so bm25 puts exact spellings first;
    it matches the same records, at twice the cost, so it is used only for ranking."""
    bound: int = UNKNOWN
    """At most this many records (of all kinds) can match, by the word list's counts."""
    unknown: tuple[str, ...] = ()
    """Words (as typed) found nowhere in the index: a tab may correct them."""


class Searcher:
    """Compiles and runs parsed queries against one content database."""

    def __init__(self, db: Database):
        self.db = db

    def compile(self, query: Query) -> Compiled:
        parts, ranked, bound, unknown = [], [], UNKNOWN, []
        for term in query.positive:
            expression = self._expression(term)
            if expression is None:
                unknown.append(term.text)
                continue
            expr, term_bound = expression
            bound = min(bound, term_bound)
            parts.append(expr)
            written = term.written_words
            ranked.append(self._ranked(expr, written)
                          if term.column == "folded" and written else expr)
        if unknown:
            return Compiled(None, None, impossible=True, bound=0, unknown=tuple(unknown))
        negatives = [self._prefix(t.folded_words[0])
                     if t.column == "folded" and len(t.folded_words) == 1 and not t.phrase
                     else f"{t.column}:{_fts_string(t.folded_words)}*" for t in query.negative]
        match, rank_match = " AND ".join(parts), " AND ".join(ranked)
        exclude = " OR ".join(negatives)
        if match and exclude:  # FTS5's own NOT streams; a NOT IN subquery reads every hit
            match, rank_match, exclude = (f"({match}) NOT ({exclude})",
                                          f"({rank_match}) NOT ({exclude})", "")
        return Compiled(match or None, exclude or None, rank_match=rank_match or None,
                        bound=bound)

    def _expression(self, term: Term) -> tuple[str, int] | None:
        """The FTS5 expression of one term and a bound on its hits; None: it matches nothing."""
        folded = term.folded_words
        if term.column == "year":
            return f"year:{_fts_string(folded)}", UNKNOWN
        if len(folded) != 1 or term.phrase or term.column != "folded":
            return f"{term.column}:{_fts_string(folded)}*", UNKNOWN
        word, written = folded[0], (term.written_words or folded)[0]
        if len(word) < 3:
            return self._prefix(word), UNKNOWN
        found = self._word_forms(word, written)
        rare = found is None or found[1] <= RARE
        parts = self._compound(word) if len(word) >= COMPOUND and rare else None
        if found is None or parts is None:
            return found or parts
        return f"({found[0]} OR {parts[0]})", min(found[1] + parts[1], UNKNOWN)

    def _word_forms(self, word: str, written: str) -> tuple[str, int] | None:
        """The word, the words containing it, its other forms and its bokmål words."""
        parts, bound, words = [], 0, {}
        widen = [word, *ALSO.get(word, ())]
        stemmed = [s for s in stems(written) if len(written) >= 4]
        widen += [s for s in stemmed if len(s) >= STEM_WIDENS and s != word]
        for part in widen:
            found = self._expansions(part)
            if found is None:  # too many words contain it: a prefix instead
                parts.append(self._prefix(part))
                bound = UNKNOWN
            else:
                words.update(found)
        if words:
            parts.append("folded:(" + " OR ".join(_fts_string([w]) for w in words) + ")")
            bound += sum(words.values())
        known_stems = {s: docs for s in stemmed
                       if (docs := self.db.scalar("SELECT docs FROM search_stems WHERE term = ?",
                                                  (s,)))}
        if known_stems:
            parts.append("stemmed:(" + " OR ".join(_fts_string([s]) for s in known_stems) + ")")
            bound += sum(known_stems.values())
        if not parts:
            return None
        return ("(" + " OR ".join(parts) + ")" if len(parts) > 1 else parts[0]), min(bound,
                                                                                    UNKNOWN)

    def _prefix(self, part: str) -> str:
        """``part`` as the start of a folded word, in the cheapest exact form: the indexed
        prefix of its first ``LONGEST_PREFIX`` letters when every word starting with those
        starts with ``part`` ("fellessk" for "fellesskap"), else the few words starting
        with ``part``, else the prefix itself (exact, but FTS5 merges all its words)."""
        if len(part) <= LONGEST_PREFIX:
            return f"folded:{_fts_string([part])}*"
        head = part[:LONGEST_PREFIX]
        other = self.db.first(
            "SELECT 1 FROM search_words WHERE (term >= ? AND term < ?) OR (term > ? AND term < ?) "
            "LIMIT 1", (head, part, part + "\uffff", head + "\uffff"))
        if other is None:
            return f"folded:{_fts_string([head])}*"
        words = [w for (w,) in self.db.all(
            "SELECT term FROM search_words WHERE term >= ? AND term < ? LIMIT ?",
            (part, part + "\uffff", LISTED_PREFIX + 1)) if isinstance(w, str)]
        if not words:
            return f"folded:{_fts_string([part])}*"
        if len(words) <= LISTED_PREFIX:
            return "folded:(" + " OR ".join(_fts_string([w]) for w in words) + ")"
        return f"folded:{_fts_string([part])}*"

    @staticmethod
    def _ranked(expr: str, written: list[str]) -> str:
        """``expr`` also seeking the words as written, so bm25 puts exact spellings first.
        A last word longer than ``LONGEST_PREFIX`` is sought by its indexed start, and the
        whole is held to ``expr``'s records, so ranking never merges a long prefix."""
        last = written[-1]
        if len(last) <= LONGEST_PREFIX:
            return f"({expr} OR body:{_fts_string(written)}*)"
        short = [*written[:-1], last[:LONGEST_PREFIX]]
        return f"({expr} AND ({expr} OR body:{_fts_string(short)}*))"

    def _expansions(self, part: str) -> dict[str, int] | None:
        """The indexed words containing ``part``, with their record counts; None when there
        are more than MAX_EXPANSION of them."""
        found = self.db.all("SELECT term, docs FROM search_terms WHERE search_terms MATCH ? "
                            "LIMIT ?", (_fts_string([part]), MAX_EXPANSION + 1))
        if len(found) > MAX_EXPANSION:
            return None
        return {term: docs for term, docs in found if isinstance(docs, int)}

    def _compound(self, word: str) -> tuple[str, int] | None:
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
        return (f"({left_forms[0]} AND {right_forms[0]})",
                min(left_forms[1], right_forms[1]))

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

    # Running

    def ranked(self, kind: Kind, compiled: Compiled) -> array:
        """Every hit of ``kind``, best first; ties: newest first, then by id."""
        lo, hi = rowid_range(kind)
        return self.db.ids(
            f"SELECT t.id FROM search s JOIN {kind.table} t ON t.id = s.rowid - {lo} "
            "WHERE search MATCH ? AND s.rowid BETWEEN ? AND ? "
            f"ORDER BY bm25(search, {WEIGHTS}), t.{kind.newest} DESC, t.id",
            (compiled.rank_match, lo, hi))

    def sorted(self, kind: Kind, compiled: Compiled, sort: str, descending: bool) -> array:
        """Every hit of ``kind`` in a column's order."""
        order = order_sql(kind, sort, descending)
        if compiled.match is None:
            return self.db.ids(f"SELECT t.id FROM {kind.table} t {self._left_out(kind)} "
                               f"ORDER BY {order}", self._left_out_params(kind, compiled))
        lo, hi = rowid_range(kind)
        return self.db.ids(
            f"SELECT t.id FROM search s JOIN {kind.table} t ON t.id = s.rowid - {lo} "
            f"WHERE search MATCH ? AND s.rowid BETWEEN ? AND ? ORDER BY {order}",
            (compiled.match, lo, hi))

    def without(self, kind: Kind, compiled: Compiled) -> array:
        """Every record of ``kind`` but those with the -words, newest first."""
        return self.db.ids(f"SELECT t.id FROM {kind.table} t {self._left_out(kind)} "
                           f"ORDER BY t.{kind.newest} DESC, t.id",
                           self._left_out_params(kind, compiled))

    def _left_out(self, kind: Kind) -> str:
        lo, _ = rowid_range(kind)
        return (f"WHERE t.id + {lo} NOT IN (SELECT rowid FROM search "
                "WHERE search MATCH ? AND rowid BETWEEN ? AND ?)")

    @staticmethod
    def _left_out_params(kind: Kind, compiled: Compiled) -> tuple:
        return (compiled.exclude, *rowid_range(kind))

    def page(self, kind: Kind, compiled: Compiled, before: int | None, limit: int) -> array:
        """Up to ``limit`` matching ids below ``before`` (or from the top), highest id first."""
        lo, hi = rowid_range(kind)
        if before is not None:
            hi = lo + before - 1
        return self.db.ids(
            "SELECT rowid FROM search WHERE search MATCH ? AND rowid BETWEEN ? AND ? "
            "ORDER BY rowid DESC LIMIT ?", (compiled.match, lo, hi, limit), offset=lo)

    def count(self, kind: Kind, compiled: Compiled) -> int:
        if compiled.impossible:
            return 0
        if compiled.match is None:
            return len(self.without(kind, compiled))
        lo, hi = rowid_range(kind)
        return self.db.scalar("SELECT count(*) FROM search WHERE search MATCH ? "
                              "AND rowid BETWEEN ? AND ?", (compiled.match, lo, hi))

    def counts(self, compiled: Compiled) -> dict[str, int]:
        """Hits per listed kind, in one pass over the index."""
        result = dict.fromkeys(LISTED, 0)
        if compiled.impossible:
            return result
        if compiled.match is None:
            return {kind: self.count(KINDS[kind], compiled) for kind in LISTED}
        by_number = {KINDS[kind].number: kind for kind in LISTED}
        for number, count in self.db.all("SELECT rowid >> 32, count(*) FROM search "
                                         "WHERE search MATCH ? GROUP BY 1", (compiled.match,)):
            if number in by_number:
                result[by_number[number]] = count
        return result

    def written(self, word: str) -> str:
        """A folded word as the content writes it."""
        return self.db.scalar("SELECT written FROM search_words WHERE term = ?", (word,)) or word
