"""A research record's page: who, where published, design, size, the main result in
numbers and where they come from, and what rests on it."""

from __future__ import annotations

from dataclasses import dataclass

from ..clean import Damage, coerce
from ..clean import text as clean_text
from ..titles import shown_title
from . import PageReader, Ref, Related, SourceRef


@dataclass(frozen=True)
class ResearchPage:
    id: int
    key: str
    title: str
    title_from: str | None
    authors: str
    year: int | None
    journal: str | None
    published_in: str | None
    doi: str | None
    design: str
    studies: int | None
    study_unit: str
    participants: int | None
    result: str
    numbers_from: str
    numbers_source: str | None
    """The source its numbers are taken from: its title as shown, and its publisher."""
    limits: str | None
    description: str | None
    made_by: Related[Ref]
    guidelines: Related[Ref]
    topics: Related[Ref]
    """The pages about music therapy that rest on it."""
    sources: Related[SourceRef]
    kind: str = "research"
    damaged: bool = False
    """Some of what the database holds for it could not be read as it should."""


def read(reader: PageReader, record_id: int, d: Damage) -> ResearchPage | None:
    row = reader.record(
        "SELECT id, key, title, title_from, authors, year, journal, published_in, doi, design, "
        "studies, study_unit, participants, result, numbers_from, numbers_source_id, limits, "
        "description FROM research WHERE id = ?", (record_id,))
    if row is None:
        return None
    source = reader.db.record(f"SELECT {shown_title('s')} || ', ' || s.publisher AS label "
                              "FROM source s WHERE s.id = ?", (row["numbers_source_id"],))
    return coerce(
        ResearchPage, row, d, followed=("numbers_source_id",),
        numbers_source=clean_text(source["label"], d, required=False) if source else None,
        made_by=reader.refs(
            "organisation", "SELECT o.id, o.name AS label FROM research_by l JOIN organisation o "
            "ON o.id = l.organisation_id WHERE l.research_id = ? ORDER BY o.name",
            (record_id,), d),
        guidelines=reader.refs(
            "guideline", "SELECT g.id, g.name AS label FROM research_guideline l JOIN guideline g "
            "ON g.id = l.guideline_id WHERE l.research_id = ? ORDER BY g.year, g.id",
            (record_id,), d),
        topics=reader.refs(
            "topic", "SELECT t.id, t.title AS label FROM topic_research l JOIN topic t "
            "ON t.id = l.topic_id WHERE l.research_id = ? ORDER BY t.id", (record_id,), d),
        sources=reader.sources("research", record_id, d))
