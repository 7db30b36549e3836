"""A guideline's page: its recommendation, badges, issuer and where it was presented."""

from __future__ import annotations

from dataclasses import dataclass

from ..clean import Damage, coerce
from . import PageReader, Ref, Related, SourceRef


@dataclass(frozen=True)
class GuidelinePage:
    id: int
    key: str
    name: str
    short_name: str
    identifier: str | None
    year: int | None
    issuer: Ref | None
    recommendation: str | None
    rationale: str | None
    """The guideline's reason for its recommendation, in its own words."""
    summary: str | None
    strength: str | None
    """A code the interface words ("A", "suggested", "not_given")."""
    strength_note: str | None
    evidence_level: str | None
    evidence_note: str | None
    treatment_role: str | None
    note: str | None
    events: Related[Ref]
    research: Related[Ref]
    """Research that bears on it."""
    topics: Related[Ref]
    """The pages about music therapy that link it."""
    sources: Related[SourceRef]
    kind: str = "guideline"
    damaged: bool = False
    """Some of what the database holds for it could not be read as it should."""


def read(reader: PageReader, record_id: int, d: Damage) -> GuidelinePage | None:
    row = reader.record(
        "SELECT id, key, name, short_name, identifier, year, issuer_id, recommendation, "
        "rationale, summary, strength, strength_note, evidence_level, evidence_note, "
        "treatment_role, note FROM guideline WHERE id = ?", (record_id,))
    if row is None:
        return None
    return coerce(GuidelinePage, row, d, followed=("issuer_id",),
                  issuer=reader.ref("organisation", row["issuer_id"], "name", d),
                  events=reader.events("event_guideline", "guideline_id", record_id, d),
                  research=reader.titled(
                      "research", "JOIN research_guideline l ON x.id = l.research_id "
                      "WHERE l.guideline_id = ? ORDER BY x.year, x.id", (record_id,), d),
                  topics=reader.refs(
                      "topic", "SELECT t.id, t.title AS label FROM topic_guideline l JOIN "
                      "topic t ON t.id = l.topic_id WHERE l.guideline_id = ? ORDER BY t.id",
                      (record_id,), d),
                  sources=reader.sources("guideline", record_id, d))
