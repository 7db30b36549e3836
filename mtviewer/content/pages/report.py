"""A report's page: its status, authors, where it was published and presented."""

from __future__ import annotations

from dataclasses import dataclass

from ..clean import Damage, coerce
from . import PageReader, Ref, Related, SourceRef


@dataclass(frozen=True)
class ReportPage:
    id: int
    key: str
    title: str
    status: str
    year: int | None
    authors: str | None
    published_in: str | None
    description: str | None
    presented_at: Related[Ref]
    sources: Related[SourceRef]
    kind: str = "report"
    damaged: bool = False
    """Some of what the database holds for it could not be read as it should."""


def read(reader: PageReader, record_id: int, d: Damage) -> ReportPage | None:
    row = reader.record("SELECT id, key, title, status, year, authors, published_in, "
                        "description FROM report WHERE id = ?", (record_id,))
    if row is None:
        return None
    return coerce(ReportPage, row, d,
                  presented_at=reader.events("report_event", "report_id", record_id, d),
                  sources=reader.sources("report", record_id, d))
