"""An organisation's page: what it is, its people, networks, events, and the reports,
research, guidelines and brochures it stands in a named relation to."""

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
    also_known_as: str | None
    founded: int | None
    description: str | None
    part_of: Ref | None
    parts: Related[Ref]
    people: Related[PersonRef]
    members: Related[Ref]
    member_of: Related[Ref]
    organised: Related[Ref]
    """The events it organised."""
    took_part: Related[Ref]
    """The events it took part in without organising them."""
    reports_by: Related[Ref]
    """Reports it stood behind (wrote, made or commissioned)."""
    reports_for: Related[Ref]
    """Reports about a service of its, or written for it."""
    reports_presented: Related[Ref]
    """Reports presented at the events it organised or took part in."""
    research_by: Related[Ref]
    guidelines: Related[Ref]
    """The guidelines it issued."""
    brochures: Related[Ref]
    """The brochures it offered on paper."""
    sources: Related[SourceRef]
    kind: str = "organisation"
    damaged: bool = False
    """Some of what the database holds for it could not be read as it should."""


ITS_EVENTS = ("SELECT event_id FROM event_organiser WHERE organisation_id = ? UNION "
              "SELECT event_id FROM event_contributor WHERE organisation_id = ?")
"""The events an organisation organised or contributed to."""
ORGANISATIONS = ("SELECT o.id, o.name AS label FROM organisation_member m JOIN organisation o "
                 "ON o.id = m.{other} WHERE m.{this} = ? ORDER BY o.name")


def read(reader: PageReader, record_id: int, d: Damage) -> OrganisationPage | None:
    row = reader.record("SELECT id, key, name, short_name, also_known_as, founded, description, "
                        "part_of_id FROM organisation WHERE id = ?", (record_id,))
    if row is None:
        return None
    one, two = (record_id,), (record_id, record_id)

    def reports(link: str) -> Related[Ref]:
        return reader.titled("report", f"JOIN report_{link} l ON x.id = l.report_id "
                             "WHERE l.organisation_id = ? ORDER BY x.year, x.id", one, d)
    return coerce(
        OrganisationPage, row, d, followed=("part_of_id",),
        part_of=reader.ref("organisation", row["part_of_id"], "name", d),
        parts=reader.refs("organisation", "SELECT o.id, o.name AS label FROM organisation o "
                          "WHERE o.part_of_id = ? ORDER BY o.name", one, d),
        people=reader.people("WHERE p.organisation_id = ? ORDER BY p.name", one, d),
        members=reader.refs("organisation", ORGANISATIONS.format(
            other="member_id", this="organisation_id"), one, d),
        member_of=reader.refs("organisation", ORGANISATIONS.format(
            other="organisation_id", this="member_id"), one, d),
        organised=reader.events("event_organiser", "organisation_id", record_id, d),
        took_part=reader.events("event_contributor", "organisation_id", record_id, d),
        reports_by=reports("by"), reports_for=reports("for"),
        reports_presented=reader.titled(
            "report", f"WHERE x.id IN (SELECT report_id FROM report_event WHERE event_id IN "
            f"({ITS_EVENTS})) ORDER BY x.year, x.id", two, d),
        research_by=reader.titled("research", "JOIN research_by l ON x.id = l.research_id "
                                  "WHERE l.organisation_id = ? ORDER BY x.year, x.id", one, d),
        guidelines=reader.refs("guideline", "SELECT g.id, g.name AS label FROM guideline g "
                               "WHERE g.issuer_id = ? ORDER BY g.year, g.id", one, d),
        brochures=reader.titled("brochure", "JOIN brochure_paper_copies l ON x.id = "
                                "l.brochure_id WHERE l.organisation_id = ? ORDER BY x.id",
                                one, d),
        sources=reader.sources("organisation", record_id, d))
