"""An event's page: when and where, who organised it and took part, what was said and shown."""

from __future__ import annotations

from dataclasses import dataclass

from ..clean import Damage, coerce
from . import PageReader, PersonRef, QuoteRef, Ref, Related, SourceRef


@dataclass(frozen=True)
class EventPage:
    id: int
    key: str
    name: str
    description: str | None
    year: int | None
    month: int | None
    day: int | None
    last_day: int | None
    year_certain: bool
    date_note: str | None
    time: str | None
    venue: str | None
    city: str | None
    participants: int | None
    participants_qualifier: str | None
    fee: str | None
    """A code the interface words ("free")."""
    status: str | None
    """Announced or postponed (a code), as of ``status_year``; None: held as dated."""
    status_year: int | None
    organisers: Related[Ref]
    people: Related[PersonRef]
    contributors: Related[Ref]
    quotes: Related[QuoteRef]
    guidelines: Related[Ref]
    reports: Related[Ref]
    sources: Related[SourceRef]
    kind: str = "event"
    damaged: bool = False
    """Some of what the database holds for it could not be read as it should."""


ORGANISATIONS = ("SELECT o.id, o.name AS label FROM event_{role} eo JOIN organisation o "
                 "ON o.id = eo.organisation_id WHERE eo.event_id = ? ORDER BY o.name")


def read(reader: PageReader, record_id: int, d: Damage) -> EventPage | None:
    row = reader.record(
        "SELECT id, key, name, description, date_year AS year, date_month AS month, "
        "date_day AS day, date_last_day AS last_day, date_year_certain AS year_certain, "
        "date_note, time, venue, city, participants, participants_qualifier, fee, status, "
        "status_year FROM event WHERE id = ?", (record_id,))
    if row is None:
        return None
    return coerce(
        EventPage, row, d,
        organisers=reader.refs("organisation", ORGANISATIONS.format(role="organiser"),
                               (record_id,), d),
        people=reader.people("JOIN event_person ep ON ep.person_id = p.id "
                             "WHERE ep.event_id = ? ORDER BY ep.position", (record_id,), d,
                             part="ep.role"),
        contributors=reader.refs("organisation", ORGANISATIONS.format(role="contributor"),
                                 (record_id,), d),
        quotes=reader.quotes("event_id", record_id, d),
        guidelines=reader.refs(
            "guideline", "SELECT g.id, g.name AS label FROM event_guideline eg JOIN guideline g "
            "ON g.id = eg.guideline_id WHERE eg.event_id = ? ORDER BY g.year, g.id",
            (record_id,), d),
        reports=reader.titled(
            "report", "JOIN report_event re ON x.id = re.report_id WHERE re.event_id = ? "
            "ORDER BY x.year, x.id", (record_id,), d),
        sources=reader.sources("event", record_id, d))
