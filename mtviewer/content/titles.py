"""Titles the sources do not give: one rule, for every view, print and citation.

A record whose title the source does not give carries a flag (``title_from``: the page's
address, our description, or the work's first line) and a title of our making. It is shown
in square brackets, the cataloguer's sign for a title supplied from outside the work, the
same in every language, and never with words inside the title."""

from __future__ import annotations


def titled(title: str, title_from: str | None) -> str:
    """``title`` as shown: in brackets when the source does not give it."""
    return f"[{title}]" if title_from else title


def shown_title(alias: str) -> str:
    """SQL giving the title of ``alias`` as shown (``titled``), for link labels."""
    return (f"CASE WHEN {alias}.title_from IS NULL THEN {alias}.title "
            f"ELSE '[' || {alias}.title || ']' END")
