"""The status bar's edition label: which edition is shown, and whether it was verified."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .. import formatting
from ..content import Content
from ..editions.store import SHIPPED
from ..editions.verify import CHANGED, UNTRUSTED, Provenance, provenance

translate = QCoreApplication.translate


def edition_date(iso: str | None) -> str:
    """An ISO date as the interface writes dates ("23 November 2026")."""
    try:
        year, month, day = (int(part) for part in (iso or "").split("-"))
    except ValueError:
        return iso or ""
    return formatting.partial_date(year, month, day)


def shipped_text(version: str | None, date: str | None) -> str:
    """The edition that came with the app, as people would say it: "The content that came
    with the app (edition 1.0, 1 December 2026)"."""
    if not version:
        return translate("Edition", "The content that came with the app")
    return formatting.fill(translate("Edition", "The content that came with the app (edition "
                                                "%1, %2)"), version, edition_date(date))


def origin_text(found: Provenance) -> str:
    """Whether the edition shown was verified, and whose it is, in a phrase."""
    if found.origin == "installed":
        if found.edition is not None and found.edition.store.scope == "system":
            return translate("Edition", "verified: installed for every user of this PC by an "
                                        "administrator, from an edition signed by a trusted "
                                        "publisher")
        return translate("Edition", "verified: installed for you from an edition signed by a "
                                    "trusted publisher")
    if found.origin == SHIPPED:
        return translate("Edition", "the content that came with the app")
    if found.verdict == CHANGED:
        return translate("Edition", "unverified: this installed edition was changed after it "
                                    "was installed")
    if found.verdict == UNTRUSTED:
        return translate("Edition", "unverified: its publisher is not trusted on this PC")
    return translate("Edition", "unverified: not installed from a signed edition")


def edition_label(content: Content) -> tuple[tuple[str, ...], str]:
    """The label's texts, longest first (a narrow window shows a shorter one), and its
    tooltip, which names the database's file."""
    edition = content.edition()
    found = provenance(content.location)
    texts = []
    if edition.version:
        date = edition_date(edition.date)
        if edition.name:
            texts.append(formatting.fill(translate("Edition", "%1, edition %2 of %3"),
                                         plain_name(edition.name), edition.version, date))
        texts += [formatting.fill(translate("Edition", "Edition %1 of %2"), edition.version,
                                  date),
                  formatting.fill(translate("Edition", "Edition %1"), edition.version)]
    else:
        texts.append(translate("Edition", "No edition recorded"))
    if found.origin == "unverified":
        texts = [formatting.fill(translate("Edition", "%1 · unverified"), t) for t in texts]
    if found.origin == "unverified":  # the file's own words, not a publisher's
        tip = formatting.fill(translate("Edition", "%1, as the file describes itself; %2. "
                                                   "Database: %3"),
                              plain_name(edition.name) or "?", origin_text(found),
                              str(content.location))
    else:
        tip = formatting.fill(translate("Edition", "%1, published by %2; %3. Database: %4"),
                              plain_name(edition.name) or "?", plain_name(edition.publisher) or "?",
                              origin_text(found), str(content.location))
    return tuple(texts), tip


def plain_name(text: str | None, limit: int = 120) -> str:
    """A name from a database as one line of plain text, cut when long."""
    from ..editions.errors import printable

    return printable(" ".join((text or "").split()), limit)
