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
    audience: str
    description: str | None
    url: str | None
    paper_copies_from: Related[Ref]
    sources: Related[SourceRef]
    kind: str = "brochure"
    damaged: bool = False
    """Some of what the database holds for it could not be read as it should."""


def read(reader: PageReader, record_id: int, d: Damage) -> BrochurePage | None:
    row = reader.record("SELECT id, key, title, audience, description, url FROM brochure "
                        "WHERE id = ?", (record_id,))
    if row is None:
        return None
    return coerce(
        BrochurePage, row, d,
        paper_copies_from=reader.refs(
            "organisation", "SELECT o.id, o.name AS label FROM brochure_paper_copies bp JOIN "
            "organisation o ON o.id = bp.organisation_id WHERE bp.brochure_id = ? "
            "ORDER BY o.name", (record_id,), d),
        sources=reader.sources("brochure", record_id, d))
