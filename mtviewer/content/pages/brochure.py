"""A brochure's page: for whom, where to find it, and who has paper copies."""

from __future__ import annotations

from dataclasses import dataclass

from ..clean import Damage, coerce
from . import PageReader, Ref, Related, SourceRef


@dataclass(frozen=True)
class BrochurePage:
    id: int
    key: str
    title: str
    title_from: str | None
    audience: str
    year: int | None
    year_certain: bool
    description: str | None
    url: str | None
    url_kind: str | None
    """What the address leads to when not the brochure itself ("announcement")."""
    not_found: str | None
    """What was looked for and not found (codes, space-separated)."""
    paper_copies_year: int | None
    paper_copies_year_certain: bool
    paper_copies_from: Related[Ref]
    sources: Related[SourceRef]
    kind: str = "brochure"
    damaged: bool = False
    """Some of what the database holds for it could not be read as it should."""


def read(reader: PageReader, record_id: int, d: Damage) -> BrochurePage | None:
    row = reader.record("SELECT id, key, title, title_from, audience, year, year_certain, "
                        "description, url, url_kind, not_found, paper_copies_year, "
                        "paper_copies_year_certain FROM brochure WHERE id = ?", (record_id,))
    if row is None:
        return None
    return coerce(
        BrochurePage, row, d,
        paper_copies_from=reader.refs(
            "organisation", "SELECT o.id, o.name AS label FROM brochure_paper_copies bp JOIN "
            "organisation o ON o.id = bp.organisation_id WHERE bp.brochure_id = ? "
            "ORDER BY o.name", (record_id,), d),
        sources=reader.sources("brochure", record_id, d))
