"""A person's page: role, organisation, what they said and where they took part."""

from __future__ import annotations

from dataclasses import dataclass

from ..clean import Damage, coerce
from . import PageReader, QuoteRef, Ref, Related, SourceRef


@dataclass(frozen=True)
class PersonPage:
    id: int
    key: str
    name: str
    role: str | None
    role_year: int | None
    role_until: int | None
    role_year_certain: bool
    organisation: Ref | None
    quotes: Related[QuoteRef]
    events: Related[Ref]
    reports: Related[Ref]
    """Reports they wrote, edited or interviewed for."""
    sources: Related[SourceRef]
    kind: str = "person"
    damaged: bool = False
    """Some of what the database holds for it could not be read as it should."""


def read(reader: PageReader, record_id: int, d: Damage) -> PersonPage | None:
    row = reader.record("SELECT id, key, name, role, role_year, role_until, role_year_certain, "
                        "organisation_id FROM person WHERE id = ?", (record_id,))
    if row is None:
        return None
    return coerce(PersonPage, row, d, followed=("organisation_id",),
                  organisation=reader.ref("organisation", row["organisation_id"], "name", d),
                  quotes=reader.quotes("speaker_id", record_id, d),
                  events=reader.events("event_person", "person_id", record_id, d),
                  reports=reader.titled(
                      "report", "JOIN report_person l ON x.id = l.report_id "
                      "WHERE l.person_id = ? ORDER BY x.year, x.id", (record_id,), d),
                  sources=reader.sources("person", record_id, d))
