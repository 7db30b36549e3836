"""The knowledge a clinic may cite: research in numbers (reviews and trials), and the pages
about music therapy (topics, in sections) that rest on it and on the other records."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..content.schema import DESIGNS, NUMBERS_FROM, STUDY_UNITS, TITLE_FROM
from . import derive
from .base import ID, SOURCES, Base, Source, link_table, sources_table
from .declare import Document, Words, derived, source

if TYPE_CHECKING:
    from .models import Brochure, Guideline, Organisation, Report

research_source = sources_table("research")
research_by = link_table("research_by", "research", "organisation", reverse=True)
research_guideline = link_table("research_guideline", "research", "guideline", reverse=True)
topic_source = sources_table("topic")
topic_section_source = link_table("topic_section_source", "topic_section", "source")
topic_guideline = link_table("topic_guideline", "topic", "guideline")
topic_report = link_table("topic_report", "topic", "report")
topic_brochure = link_table("topic_brochure", "topic", "brochure")
topic_research = link_table("topic_research", "topic", "research", reverse=True)
DESIGN_WORDS = {
    "cochrane_review": "Cochrane-oversikt systematisk oversikt Cochrane review systematic review",
    "systematic_review": "systematisk oversikt systematic review",
    "metasynthesis": "metasyntese metasynthesis",
    "cluster_randomised_trial": "klyngerandomisert studie randomisert RCT cluster-randomised "
                                "trial",
}
"""A design is found by the words the interface names it with, in both languages."""


class Research(Base):
    """A review or trial a clinic may cite: who, where published, its design and size, its
    main result in numbers as published, and where those numbers come from."""

    __tablename__ = "research"
    __source__ = "research.toml"
    __search__ = Document(
        body=("title", "authors", "result"), title=("title",),
        extra=("journal", "published_in", "doi", "limits", "description",
               Words("design", DESIGN_WORDS),
               "guidelines.name", "guidelines.short_name", "made_by.name",
               "made_by.short_name"),
        who=("authors",), source=("sources.title", "sources.publisher"), year="year")
    __checks__ = (derive.numbers_cited,)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True, info=ID)
    title: Mapped[str] = mapped_column(info=source(required=True))
    title_from: Mapped[str | None] = mapped_column(info=source(choices=TITLE_FROM))
    authors: Mapped[str] = mapped_column(info=source(required=True))
    year: Mapped[int] = mapped_column(index=True, info=source(type=int, required=True))
    journal: Mapped[str | None] = mapped_column(info=source())
    published_in: Mapped[str | None] = mapped_column(info=source())
    """Volume, issue, pages or the review's number, as published."""
    doi: Mapped[str | None] = mapped_column(info=source())
    design: Mapped[str] = mapped_column(index=True,
                                        info=source(required=True, choices=DESIGNS))
    studies: Mapped[int | None] = mapped_column(info=source(type=int))
    study_unit: Mapped[str] = mapped_column(
        default="studies", info=source(choices=STUDY_UNITS, default="studies"))
    participants: Mapped[int | None] = mapped_column(info=source(type=int))
    size: Mapped[int] = mapped_column(index=True, info=derived(derive.research_size))
    """What the list sorts the size by: participants, else studies."""
    result: Mapped[str] = mapped_column(Text, info=source(required=True))
    """The main result in our words, with its numbers as published."""
    numbers_from: Mapped[str] = mapped_column(info=source(required=True, choices=NUMBERS_FROM))
    numbers_source_id: Mapped[int] = mapped_column(
        ForeignKey("source.id"), info=source("numbers_source", required=True, ref="source"))
    """The source the numbers are taken from (one of the record's sources)."""
    limits: Mapped[str | None] = mapped_column(Text, info=source())
    description: Mapped[str | None] = mapped_column(Text, info=source())
    made_by: Mapped[list[Organisation]] = relationship(
        secondary=research_by, order_by="Organisation.name",
        info=source("made_by", list, ref="organisation"))
    guidelines: Mapped[list[Guideline]] = relationship(
        secondary=research_guideline, order_by="Guideline.year",
        info=source("guidelines", list, ref="guideline"))
    """The guidelines it bears on; its description says how."""
    sources: Mapped[list[Source]] = relationship(
        secondary=research_source, info=SOURCES)


class Topic(Base):
    """A knowledge page about music therapy ("Om musikkterapi"), in sections."""

    __tablename__ = "topic"
    __source__ = "topics.toml"
    __search__ = Document(
        body=("title", "summary", "sections.heading", "sections.text", "sections.quote"),
        title=("title",),
        extra=("guidelines.name", "guidelines.short_name", "guidelines.identifier"),
        source=("sources.title", "sources.publisher"))
    __checks__ = (derive.has_sections, derive.dated_sections)
    id: Mapped[int] = mapped_column(primary_key=True)
    """Also the page's place in the list: the order of the source file."""
    key: Mapped[str] = mapped_column(String, unique=True, info=ID)
    title: Mapped[str] = mapped_column(String, index=True, info=source(required=True))
    summary: Mapped[str | None] = mapped_column(Text, info=source())
    sections: Mapped[list[TopicSection]] = relationship(
        order_by="TopicSection.position", info=source("sections", list, required=True))
    guidelines: Mapped[list[Guideline]] = relationship(
        secondary=topic_guideline, info=source("guidelines", list, ref="guideline"))
    reports: Mapped[list[Report]] = relationship(
        secondary=topic_report, info=source("reports", list, ref="report"))
    brochures: Mapped[list[Brochure]] = relationship(
        secondary=topic_brochure, info=source("brochures", list, ref="brochure"))
    research: Mapped[list[Research]] = relationship(
        secondary=topic_research, info=source("research", list, ref="research"))
    sources: Mapped[list[Source]] = relationship(secondary=topic_source,
                                                 info=derived(derive.sections_sources))
    """Every source its sections cite, each once."""


class TopicSection(Base):
    """One part of a topic: a heading, our own words, perhaps the source's, and sources."""

    __tablename__ = "topic_section"
    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topic.id"), index=True)
    position: Mapped[int]
    heading: Mapped[str] = mapped_column(info=source(required=True))
    text: Mapped[str | None] = mapped_column(Text, info=source())
    quote: Mapped[str | None] = mapped_column(Text, info=source())
    """The source's own words, shown as a quotation."""
    sources: Mapped[list[Source]] = relationship(secondary=topic_section_source, info=SOURCES)
