"""The read side's interface: what the window, printing and the command line may ask."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .marks import Marks

if TYPE_CHECKING:  # loaded when first used, not to start the window
    from .pages import Page
    from .printable import PrintQuote, ReadMore

Order = tuple[str, bool]
"""A list's order: a column key of the kind's ``sort_keys`` and whether it descends."""
RANK_LIMIT = 1000
"""Hit sets up to this size are ranked by relevance; larger ones are listed page by page in
index order (newest record first) until the search narrows: ranking them all would cost a
full pass over every hit on every keystroke."""
PAGE = 1000
"""Hits per page of a broad search."""


@dataclass(frozen=True)
class Prepared:
    """Search text parsed and compiled once, shared by every tab that searches it."""

    text: str
    needles: tuple[str, ...]
    """Folded words and word parts to mark where they occur in what is shown."""
    empty: bool
    """Nothing to search for: the full list is shown."""
    plan: object
    """What the implementation compiled the text into; only it reads this."""
    stems: tuple[str, ...] = ()
    """Folded stems: a word shown is marked when its stem is one of them ("gitaren")."""
    searched: tuple[str, ...] = ()
    """The words searched for, as typed (stop words left out)."""
    stop_words: tuple[str, ...] = ()
    """The stop words left out, as typed."""

    @property
    def marks(self) -> Marks:
        return Marks(self.needles, self.stems)


@dataclass(frozen=True)
class Hits:
    """One search of one kind: the answer to one keystroke."""

    ids: array
    complete: bool
    """Every hit is in ``ids``; otherwise ``more`` lists the next pages."""
    count: int | None
    """How many hits there are, when known without counting (always when complete)."""
    hint: str | None = None
    """When nothing matched: a nearby spelling, as the content writes it, that does."""
    unavailable: bool = False
    """Search could not run: the database, or only its search index, is damaged."""
    corrected: str | None = None
    """The text searched instead of a word found nowhere ("gittar" → "gitar"), if any."""
    parts: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Words found nowhere whole, searched as the parts of a compound ("musikterapi":
    "musik", "terapi")."""
    relaxed: tuple[int, int] | None = None
    """No record has every word: these records have the most of them, (how many, of how
    many words typed)."""
    left_out: tuple[str, ...] = ()
    """Of a "most words" search: the words (as typed) the first record lacks."""


@dataclass(frozen=True)
class Edition:
    """Which edition of the content a library holds (cheap: read without counting)."""

    digest: str
    date: str | None
    """ISO 8601, when the database records one."""
    name: str | None
    version: str | None
    publisher: str | None
    schema: int | None


@dataclass(frozen=True)
class About:
    counts: dict[str, int]
    """Records per kind (event, quote, guideline, brochure, report, person, organisation)."""
    digest: str
    edition: str | None
    """The content's edition date, ISO 8601, when the database records one."""
    sources: list[tuple[str, str]]
    """(title, publisher) of the first sources, by publisher and title."""
    more_sources: int
    name: str | None = None
    """The edition's name, version and publisher, when the database records them."""
    version: str | None = None
    publisher: str | None = None
    schema: int | None = None
    """The schema version the database was built for."""


class Content(Protocol):
    """A content library: everything the app reads goes through one of these.

    Reading never raises for what the library holds: values are repaired (and their records
    marked damaged), and when the library fails while open, ``failure`` says why, the
    watchers hear it once, and every read answers empty from then on."""

    location: Path

    @property
    def failure(self) -> Exception | None:
        """Why the library can no longer be read, once it could not."""

    @property
    def search_failure(self) -> Exception | None:
        """Why search is off (its index is damaged) while the records still read."""

    def watch(self, callback: Callable[[Exception, bool], None]) -> None:
        """Call ``callback(error, search_only)`` once when the library, or its search, fails."""

    def total(self, kind: str) -> int: ...

    def ids(self, kind: str, order: Order | None = None, limit: int | None = None) -> array:
        """Every id of ``kind`` in ``order`` (the kind's default order when None), or the
        first ``limit`` of them."""

    def rows(self, kind: str, ids: Sequence[int]) -> dict[int, Any]:
        """The list rows of the records with ``ids``, by id; unknown ids are left out."""

    def prepare(self, text: str) -> Prepared: ...

    def search(self, kind: str, prepared: Prepared, order: Order | None = None,
               correct: bool = True, scope: Sequence[str] = ()) -> Hits:
        """Hits best first (ties: newest first), or sorted by ``order``; a word found nowhere
        is corrected from this kind's words, unless ``correct`` is False. When no record has
        every word, records with most of them are listed, unless a record of another kind
        of ``scope`` (the kinds searched together: a tab's, or every kind for the global
        search; by default ``kind`` alone) has every word."""

    def more(self, kind: str, prepared: Prepared, after: int, limit: int) -> array:
        """The next page of an incomplete search: up to ``limit`` hits listed after ``after``."""

    def count(self, kind: str, prepared: Prepared) -> int: ...

    def counts(self, prepared: Prepared) -> dict[str, int]:
        """Hits per listed kind, for the global search: what each kind's list shows."""

    def ranking(self, prepared: Prepared, kinds: Sequence[str] | None = None) -> list[str]:
        """The listed kinds (or ``kinds``) with hits, the one with the best hit first."""

    def page(self, kind: str, record_id: int) -> Page | None:
        """Everything a record's page shows, or None when there is no such record."""

    def print_quotes(self, *, ids: Sequence[int] = (),
                     keys: Sequence[str] = ()) -> list[PrintQuote]:
        """Quotes to print, in the order asked for; unknown ones are left out."""

    def read_more(self) -> list[ReadMore]:
        """Brochures and source articles a print can point to, each with its own address
        (or none)."""

    def about(self) -> About: ...

    def edition(self) -> Edition:
        """The edition's identity alone, without the counts About needs."""

    def warm_up(self) -> None:
        """Load, in idle time, what the first corrected typo would otherwise wait for."""

    def close(self) -> None: ...
