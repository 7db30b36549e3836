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
    summary: str | None
    strength: str | None
    strength_note: str | None
    evidence_level: str | None
    evidence_note: str | None
    note: str | None
    events: Related[Ref]
    sources: Related[SourceRef]
    kind: str = "guideline"
    damaged: bool = False
    """Some of what the database holds for it could not be read as it should."""


def read(reader: PageReader, record_id: int, d: Damage) -> GuidelinePage | None:
    row = reader.record(
        "SELECT id, key, name, short_name, identifier, year, issuer_id, recommendation, "
        "summary, strength, strength_note, evidence_level, evidence_note, note "
        "FROM guideline WHERE id = ?", (record_id,))
    if row is None:
        return None
    return coerce(GuidelinePage, row, d, followed=("issuer_id",),
                  issuer=reader.ref("organisation", row["issuer_id"], "name", d),
                  events=reader.events("event_guideline", "guideline_id", record_id, d),
                  sources=reader.sources("guideline", record_id, d))
