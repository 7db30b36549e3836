"""A report's page: its form and status, who made it and for whom, where it was published
and presented, and the quotes printed in it."""

from __future__ import annotations

from dataclasses import dataclass

from ..clean import Damage, coerce
from . import PageReader, PersonRef, QuoteRef, Ref, Related, SourceRef


@dataclass(frozen=True)
class ReportPage:
    id: int
    key: str
    title: str
    title_from: str | None
    form: str | None
    status: str
    status_year: int | None
    year: int | None
    year_certain: bool
    authors: str | None
    editors: str | None
    published_in: str | None
    participants: int | None
    description: str | None
    people: Related[PersonRef]
    made_by: Related[Ref]
    made_for: Related[Ref]
    presented_at: Related[Ref]
    quotes: Related[QuoteRef]
    sources: Related[SourceRef]
    kind: str = "report"
    damaged: bool = False
    """Some of what the database holds for it could not be read as it should."""


ORGANISATIONS = ("SELECT o.id, o.name AS label FROM report_{link} l JOIN organisation o "
                 "ON o.id = l.organisation_id WHERE l.report_id = ? ORDER BY o.name")


def read(reader: PageReader, record_id: int, d: Damage) -> ReportPage | None:
    row = reader.record("SELECT id, key, title, title_from, form, status, status_year, year, "
                        "year_certain, authors, editors, published_in, participants, "
                        "description FROM report WHERE id = ?", (record_id,))
    if row is None:
        return None
    return coerce(
        ReportPage, row, d,
        people=reader.people("JOIN report_person rp ON rp.person_id = p.id "
                             "WHERE rp.report_id = ? ORDER BY p.name", (record_id,), d),
        made_by=reader.refs("organisation", ORGANISATIONS.format(link="by"), (record_id,), d),
        made_for=reader.refs("organisation", ORGANISATIONS.format(link="for"), (record_id,),
                             d),
        presented_at=reader.events("report_event", "report_id", record_id, d),
        quotes=reader.quotes("report_id", record_id, d),
        sources=reader.sources("report", record_id, d))
