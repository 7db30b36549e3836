"""What a tab says about its search, in words: the count beside the field, and the message
in place of an empty list (the ``SearchSession`` decides which; this words it)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ...content.api import RANK_LIMIT
from ...formatting import fill
from ...i18n import TranslationContext
from .search_note import elided
from .session import SearchSession, Status


class SearchStatus(TranslationContext):
    """The translation context of these words (``lupdate`` reads ``SearchStatus.tr(text,
    None, n)`` as a plural)."""


def status_text(session: SearchSession, rows: int, total: int, listed_all: bool) -> str:
    """ "Records: 12", "3 of 12 match", or why there is nothing to count."""
    locale = QLocale()
    status = session.status()
    if status in (Status.MORE_THAN, Status.COUNTED) and listed_all:
        status = Status.COMPLETE  # every page has been read as the list scrolled
    shown_total = locale.toString(total)
    if status is Status.FAILED:
        return SearchStatus.tr("This database can no longer be read.")
    if status is Status.WAITING:
        return fill(SearchStatus.tr("No match for “%1” yet; still showing the matches for “%2”."),
                    (session.waiting or "").strip(),
                    session.prepared.text.strip() if session.prepared else "")
    if status is Status.SEARCH_OFF:
        return SearchStatus.tr("Search is not available: the search index is damaged. "
                                      "All records are listed.")
    if status is Status.BROWSING:
        return fill(SearchStatus.tr("Records: %1"), shown_total)
    if status is Status.COMPLETE:
        return fill(SearchStatus.tr("%Ln of %1 match", None, rows), shown_total)
    if status is Status.MORE_THAN:
        return fill(SearchStatus.tr("More than %1 of %2 match; type more to rank them "
                                           "by relevance"), locale.toString(RANK_LIMIT),
                    shown_total)
    return fill(SearchStatus.tr("%1 of %2 match; type more to rank them by relevance"),
                locale.toString(session.counted or 0), shown_total)


def no_results_text(session: SearchSession, typed: str, titles: dict[str, str]) -> str:
    """ "No results for “x”.", then where else there are some, or a spelling to try."""
    hits = session.hits
    text = fill(SearchStatus.tr("No results for “%1”."), elided(typed))
    elsewhere = [fill(SearchStatus.tr("%1 (%2)"), titles.get(kind, kind), n)
                 for kind, n in session.other_kinds_with_hits().items()]
    if elsewhere:
        return text + " " + fill(SearchStatus.tr("Found in other tabs: %1."),
                                 ", ".join(elsewhere))
    if hits is not None and hits.hint:
        return text + " " + fill(SearchStatus.tr("Try “%1”."), elided(hits.hint))
    return text + " " + SearchStatus.tr("Try fewer or shorter words.")
