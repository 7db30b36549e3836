"""A knowledge page about music therapy: sections with their own sources, and links."""

from __future__ import annotations

from dataclasses import dataclass

from ..clean import Damage, coerce
from ..clean import text as clean_text
from ..titles import shown_title
from . import PageReader, Ref, Related, SourceRef


@dataclass(frozen=True)
class TopicSection:
    heading: str
    text: str | None
    quote: str | None
    """The source's own words, shown as a quotation."""
    sources: tuple[str, ...]
    """The titles of the sources this section rests on."""


@dataclass(frozen=True)
class TopicPage:
    id: int
    key: str
    title: str
    summary: str | None
    sections: tuple[TopicSection, ...]
    guidelines: Related[Ref]
    reports: Related[Ref]
    research: Related[Ref]
    brochures: Related[Ref]
    sources: Related[SourceRef]
    kind: str = "topic"
    damaged: bool = False
    """Some of what the database holds for it could not be read as it should."""


def read(reader: PageReader, record_id: int, d: Damage) -> TopicPage | None:
    row = reader.record("SELECT id, key, title, summary FROM topic WHERE id = ?", (record_id,))
    if row is None:
        return None
    sections = []
    for section in reader.db.records(
            "SELECT id, heading, text, quote FROM topic_section WHERE topic_id = ? "
            "ORDER BY position", (record_id,)):
        titles = reader.db.column(
            f"SELECT {shown_title('s')} FROM topic_section_source ts JOIN source s "
            "ON s.id = ts.source_id WHERE ts.topic_section_id = ? ORDER BY s.id",
            (section["id"],))
        sections.append(coerce(TopicSection, section, d, followed=("id",),
                               sources=tuple(clean_text(t, d) for t in titles)))

    def linked(kind: str, label: str) -> Related[Ref]:
        return reader.refs(kind, f"SELECT x.id, {label} AS label FROM topic_{kind} l "
                           f"JOIN {kind} x ON x.id = l.{kind}_id WHERE l.topic_id = ? "
                           "ORDER BY x.id", (record_id,), d)
    return coerce(TopicPage, row, d, sections=tuple(sections),
                  guidelines=linked("guideline", "x.name"),
                  reports=linked("report", shown_title("x")),
                  research=linked("research", shown_title("x")),
                  brochures=linked("brochure", shown_title("x")),
                  sources=reader.sources("topic", record_id, d))
