"""An organisation's page: what it is, its people, its events and the reports shown there."""

from __future__ import annotations

from dataclasses import dataclass

from ..clean import Damage, coerce
from . import PageReader, PersonRef, Ref, Related, SourceRef


@dataclass(frozen=True)
class OrganisationPage:
    id: int
    key: str
    name: str
    short_name: str | None
    description: str | None
    part_of: Ref | None
    people: Related[PersonRef]
    events: Related[Ref]
    reports: Related[Ref]
    """Reports presented at the events it organised or contributed to."""
    sources: Related[SourceRef]
    kind: str = "organisation"
    damaged: bool = False
    """Some of what the database holds for it could not be read as it should."""


ITS_EVENTS = ("SELECT event_id FROM event_organiser WHERE organisation_id = ? UNION "
              "SELECT event_id FROM event_contributor WHERE organisation_id = ?")
"""The events an organisation organised or contributed to."""


def read(reader: PageReader, record_id: int, d: Damage) -> OrganisationPage | None:
    row = reader.record("SELECT id, key, name, short_name, description, part_of_id "
                        "FROM organisation WHERE id = ?", (record_id,))
    if row is None:
        return None
    return coerce(
        OrganisationPage, row, d, followed=("part_of_id",),
        part_of=reader.ref("organisation", row["part_of_id"], "name", d),
        people=reader.people("WHERE p.organisation_id = ? ORDER BY p.name", (record_id,), d),
        events=reader.refs(
            "event", f"SELECT e.id, e.name AS label FROM event e WHERE e.id IN ({ITS_EVENTS}) "
            "ORDER BY e.sort_date, e.id", (record_id, record_id), d),
        reports=reader.refs(
            "report", "SELECT r.id, r.title AS label FROM report r WHERE r.id IN (SELECT "
            f"report_id FROM report_event WHERE event_id IN ({ITS_EVENTS})) ORDER BY r.id",
            (record_id, record_id), d),
        sources=reader.sources("organisation", record_id, d))
