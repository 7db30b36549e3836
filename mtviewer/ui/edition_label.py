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


def edition_label(content: Content) -> tuple[tuple[str, ...], str]:
    """The label's texts, longest first (a narrow window shows a shorter one), and its
    tooltip, which names the database's file."""
    edition = content.edition()
    origin, _installed = provenance(content.location)
    texts = []
    if edition.version:
        date = edition_date(edition.date)
        if edition.name:
            texts.append(formatting.fill(translate("Edition", "%1, edition %2 of %3"),
                                         edition.name, edition.version, date))
        texts += [formatting.fill(translate("Edition", "Edition %1 of %2"), edition.version,
                                  date),
                  formatting.fill(translate("Edition", "Edition %1"), edition.version)]
    else:
        texts.append(translate("Edition", "No edition recorded"))
    if origin == "unverified":
        texts = [formatting.fill(translate("Edition", "%1 · unverified"), t) for t in texts]
    tip = formatting.fill(translate("Edition", "%1, published by %2; %3. Database: %4"),
                          edition.name or "?", edition.publisher or "?", origin_text(origin),
                          str(content.location))
    return tuple(texts), tip
