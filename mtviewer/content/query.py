"""What people type into a search field, split into terms. Never fails, whatever the text.

- words are case-insensitive and folded (æ/ae, ø/o/oe, å/a/aa);
- several words narrow (AND); "quoted phrases" match as phrases; -word excludes;
- speaker:/person:, year:/år:, place:/sted:, source:/kilde: search one field;
- stop words ("hva", "er", "the": ``stopwords``) are left out, unless quoted or every word
  typed is one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from .stopwords import is_stop
from .text import fold, words

MAX_INPUT = 500
"""Characters of a query that are read; the rest of a pasted essay is ignored."""
MAX_TERMS = 16
IDENTIFIER = re.compile(r"([a-z]{1,4})[- ]?(\d{2,})")
"""A guideline number as typed: IS-2211, is2211, "is 2211"."""

FIELDS = {
    "speaker": "who", "person": "who", "hvem": "who",
    "year": "year", "år": "year", "ar": "year",
    "place": "place", "sted": "place",
    "source": "source", "kilde": "source",
}


@dataclass(frozen=True)
class Term:
    text: str
    column: str = "folded"
    phrase: bool = False
    exclude: bool = False
    stop: bool = False
    """A stop word: left out of the search when other words are typed."""

    @cached_property
    def folded_words(self) -> list[str]:
        return words(fold(self.text))

    @cached_property
    def written_words(self) -> list[str]:
        return words(self.text.casefold())


@dataclass
class Query:
    terms: list[Term] = field(default_factory=list)

    @property
    def key(self) -> tuple:
        """What the search depends on: two texts with the same key search the same (the
        rest of a pasted essay past ``MAX_INPUT``, spaces, punctuation aside)."""
        return tuple((t.text, t.column, t.phrase, t.exclude) for t in self.terms)

    @cached_property
    def positive(self) -> list[Term]:
        """The terms searched for: stop words left out, unless every word is one."""
        terms = [t for t in self.terms if not t.exclude and t.folded_words]
        return [t for t in terms if not t.stop] or terms

    @property
    def left_out(self) -> list[Term]:
        """The stop words left out."""
        kept = self.positive
        return [t for t in self.terms if t.folded_words and t not in kept
                and (not t.exclude or t.stop)]

    @property
    def typed_words(self) -> list[str]:
        """The folded words of every term searched for and every stop word left out (not
        fields' values, not -words): what a title must hold to match the whole query."""
        return [w for t in self.terms if not t.exclude and t.column == "folded"
                for w in t.folded_words]

    @property
    def negative(self) -> list[Term]:
        """The -words; not a stop word, whose minus is a dash ("-Vi på Stortinget")."""
        return [t for t in self.terms if t.exclude and t.folded_words and not t.stop]

    def is_empty(self) -> bool:
        return not self.positive and not self.negative

    def highlight_needles(self) -> list[str]:
        """Folded words to mark in the text shown (year filters mark nothing). An identifier
        (IS-2211, IS2211, is 2211) marks itself whole, never its letters alone."""
        terms = [t for t in self.positive if t.column != "year"]
        needles: list[str] = []
        i = 0
        while i < len(terms):
            folded, joined = fold(terms[i].text), 1
            if (i + 1 < len(terms) and folded.isalpha() and terms[i + 1].text.isdigit()
                    and not terms[i].phrase):
                joined, folded = 2, f"{folded} {terms[i + 1].text}"
            found = IDENTIFIER.fullmatch(folded)
            if found is None:
                needles += terms[i].folded_words
                joined = 1
            else:
                letters, number = found.groups()
                needles += [f"{letters}-{number}", f"{letters}{number}", f"{letters} {number}"]
            i += joined
        return needles


def parse(text: str) -> Query:
    """Split what the user typed into terms."""
    text = "".join(c if c.isprintable() else " " for c in text[:MAX_INPUT])
    terms: list[Term] = []
    i = 0
    while i < len(text) and len(terms) < MAX_TERMS:
        if text[i].isspace():
            i += 1
            continue
        exclude = text[i] == "-" and i + 1 < len(text) and not text[i + 1].isspace()
        if exclude:
            i += 1
        column = "folded"
        end = i
        while end < len(text) and not text[end].isspace() and text[end] not in ':"':
            end += 1
        if end < len(text) and text[end] == ":" and text[i:end].casefold() in FIELDS:
            column = FIELDS[text[i:end].casefold()]
            i = end + 1
        phrase = i < len(text) and text[i] == '"'
        if phrase:
            close = text.find('"', i + 1)
            close = len(text) if close < 0 else close
            value, i = text[i + 1:close], close + 1
        else:
            end = i
            while end < len(text) and not text[end].isspace():
                end += 1
            value, i = text[i:end], end
        terms.append(Term(value, column, phrase, exclude))
    return Query(_mark_stop_words(terms))


def _mark_stop_words(terms: list[Term]) -> list[Term]:
    """Mark the unquoted single words of the folded column that are stop words; not the
    letters of a number written apart ("IS 2211": "is" is an English stop word)."""
    marked = []
    for i, term in enumerate(terms):
        folded = term.folded_words
        number_follows = (i + 1 < len(terms) and terms[i + 1].text.isdigit()
                          and IDENTIFIER.fullmatch(f"{fold(term.text)} {terms[i + 1].text}"))
        if (term.column == "folded" and not term.phrase and len(folded) == 1
                and not number_follows and is_stop(folded[0])):  # -word too: see negative
            term = Term(term.text, term.column, term.phrase, term.exclude, stop=True)
        marked.append(term)
    return marked
