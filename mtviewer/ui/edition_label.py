"""The status bar's edition label: which edition is shown, and whether it was verified."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .. import formatting
from ..content import Content
from ..editions.store import SHIPPED, provenance

translate = QCoreApplication.translate


def edition_date(iso: str | None) -> str:
    """An ISO date as the interface writes dates ("23 November 2026")."""
    try:
        year, month, day = (int(part) for part in (iso or "").split("-"))
    except ValueError:
        return iso or ""
    return formatting.partial_date(year, month, day)


def origin_text(origin: str) -> str:
    return {
        "installed": translate("Edition", "verified: installed from an edition signed by "
                                          "a trusted publisher"),
        SHIPPED: translate("Edition", "shipped with the app"),
    }.get(origin, translate("Edition", "unverified: not installed from a signed edition"))


def edition_label(content: Content) -> tuple[str, str]:
    """The label's text and its tooltip."""
    edition = content.edition()
    origin, _installed = provenance(content.location)
    if edition.version and edition.name:
        text = formatting.fill(translate("Edition", "%1, edition %2 of %3"), edition.name,
                               edition.version, edition_date(edition.date))
    elif edition.version:
        text = formatting.fill(translate("Edition", "Edition %1 of %2"), edition.version,
                               edition_date(edition.date))
    else:
        text = translate("Edition", "No edition recorded")
    if origin == "unverified":
        text = formatting.fill(translate("Edition", "%1 · unverified"), text)
    tip = formatting.fill(translate("Edition", "%1, published by %2; %3. Database: %4"),
                          edition.name or "?", edition.publisher or "?", origin_text(origin),
                          str(content.location))
    return text, tip
