"""The search-as-you-type policy of one tab's field, without widgets or Qt.

Driven by text and time: ``typed(text, now)`` for each change of the field, ``tick(now)``
when ``deadline`` has passed. Each answers an :class:`Outcome` saying what the list shows
now; the tab hands it to its model and words the status. The policy:

- **stale while typing**: a word still being typed ("gitare" on the way to "gitaren") that
  finds nothing (or only records with some of the words, where the last result had them
  all) keeps the last result, marked as waiting, until the text finds something or typing
  pauses (``STALE_AFTER``);
- **correction**: a word found nowhere is searched as its nearest word; the correction is
  kept for the tab to show, and ``as_typed()`` searches the text as typed instead;
- **counting when typing pauses**: a broad search lists its first pages at once; its hits
  are counted ``COUNT_AFTER`` later, unless the text changes first;
- **the empty list** says what was searched for, where else the global search found
  something, or a spelling that does find something.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from ...content import Content, Hits, Prepared
from ...content.api import Order

STALE_AFTER = 0.8
"""Seconds without typing after which a text that finds nothing shows that it does."""
COUNT_AFTER = 0.25
"""Seconds without typing after which a broad search's hits are counted."""


class Status(enum.Enum):
    """What the count beside the field says."""

    FAILED = "the database can no longer be read"
    WAITING = "no match yet; the last matches are still shown"
    SEARCH_OFF = "search is not available; every record is listed"
    BROWSING = "every record is listed"
    COMPLETE = "every hit is listed"
    MORE_THAN = "more hits than are ranked; not counted yet"
    COUNTED = "more hits than are ranked; counted"


@dataclass(frozen=True)
class Outcome:
    """What one step of the session changes."""

    show: bool = False
    """The list changes to ``session.prepared`` and ``session.hits``."""
    began: bool = False
    """A search began (the tab remembers what was selected while browsing)."""
    ended: bool = False
    """Browsing again (the tab selects what was selected before the search)."""


NOTHING = Outcome()


class SearchSession:
    """One tab's search: what its list shows, and why."""

    def __init__(self, content: Content, kind: str, scope: tuple[str, ...] = ()):
        self.content, self.kind = content, kind
        self.scope = scope or (kind,)
        """The kinds searched together with this one (its tab's, or every kind for the
        global search): when one has every word, this one lists none with only some."""
        self.text = ""
        """The field's text."""
        self.prepared: Prepared | None = None
        """The search the list shows, or None while it lists every record."""
        self.hits: Hits | None = None
        self.waiting: str | None = None
        """Text being typed that finds nothing yet, while the last result stays listed."""
        self.literal: str | None = None
        """A text the user asked to search as typed, without correcting it."""
        self.counted: int | None = None
        """How many hits a broad search has, once counted."""
        self.elsewhere: dict[str, int] = {}
        """Hits per kind of the global search, for saying where else there are some."""
        self._stale_at: float | None = None
        self._count_at: float | None = None

    # Driving it

    @property
    def deadline(self) -> float | None:
        """When ``tick`` wants to be called next, if at all."""
        pending = [t for t in (self._stale_at, self._count_at) if t is not None]
        return min(pending) if pending else None

    def typed(self, text: str, now: float, order: Order | None = None,
              correct: bool = True, pausing: bool = False) -> Outcome:
        """The field now holds ``text``: one call to the read side. ``order`` is the list's
        sort while a search is shown (a new search starts by relevance)."""
        self.text, self.counted, self._stale_at = text, None, None
        was_searching = self.prepared is not None
        prepared = self.content.prepare(text)
        if prepared.empty:
            self.waiting = None
            self._count_at = None
            if not was_searching:
                return NOTHING
            self.prepared, self.hits = None, None
            return Outcome(show=True, ended=True)
        hits = self.content.search(self.kind, prepared, order if was_searching else None,
                                   correct and text != self.literal, self.scope)
        if hits.unavailable and self.content.failure is None:  # search off: still browsable
            self.waiting, self.prepared, self.hits = None, None, None
            return Outcome(show=was_searching, ended=was_searching)
        shown = self.prepared
        if shown is not None and prepared.plan is shown.plan and hits is self.hits:
            self.waiting = None  # the same search (a keystroke past what is read): no change
            return NOTHING
        worse = not hits.ids or (hits.relaxed is not None and self.hits is not None
                                 and self.hits.relaxed is None)
        if (worse and shown is not None and self.hits is not None and self.hits.ids
                and text != shown.text and text.startswith(shown.text) and correct
                and not text[-1:].isspace() and not pausing):
            self.waiting = text
            self._stale_at = now + STALE_AFTER
            return NOTHING
        self.waiting = None
        self.prepared, self.hits = prepared, hits
        self._count_at = now + COUNT_AFTER if hits.ids and not hits.complete else None
        return Outcome(show=True, began=not was_searching)

    def tick(self, now: float, order: Order | None = None) -> Outcome:
        """Typing paused: count a broad search's hits, or show that a text finds nothing."""
        if self._count_at is not None and now >= self._count_at:
            self._count_at = None
            if self.prepared is not None and self.hits is not None and not self.hits.complete:
                self.counted = self.content.count(self.kind, self.prepared)
        if self._stale_at is not None and now >= self._stale_at:
            return self.typed(self.text, now, order, pausing=True)
        return NOTHING

    def as_typed(self, now: float, order: Order | None = None) -> Outcome:
        """Search for the text as typed, not for its correction."""
        self.literal = self.text
        return self.typed(self.text, now, order, correct=False)

    def stop(self) -> None:
        """Forget the search (the database failed): the list shows every record it can."""
        self.prepared = self.hits = self.waiting = None
        self._stale_at = self._count_at = None

    # What it says

    @property
    def correction(self) -> str | None:
        """The text searched instead of the one typed, if a word was corrected."""
        return self.hits.corrected if self.hits is not None else None

    @property
    def empty(self) -> bool:
        """A search is shown and it found nothing."""
        return self.prepared is not None and self.hits is not None and not self.hits.ids

    def other_kinds_with_hits(self) -> dict[str, int]:
        return {kind: n for kind, n in self.elsewhere.items() if n and kind != self.kind}

    def status(self) -> Status:
        if self.content.failure is not None:
            return Status.FAILED
        if self.waiting is not None:
            return Status.WAITING
        if self.content.search_failure is not None and self.text.strip():
            return Status.SEARCH_OFF
        if self.prepared is None:
            return Status.BROWSING
        if self.hits is None or self.hits.complete:
            return Status.COMPLETE
        return Status.MORE_THAN if self.counted is None else Status.COUNTED
